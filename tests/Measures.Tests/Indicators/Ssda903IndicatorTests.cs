using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Indicators;
using Measures.Returns;
using Measures.Returns.Ssda903;
using Measures.Time;
using Xunit;
using static Measures.Tests.Indicators.Ssda903TestReturns;

namespace Measures.Tests.Indicators;

public sealed class Ssda903IndicatorTests
{
    private static readonly ReportingPeriod Year = ReportingPeriod.FinancialYear(2023); // 01/04/2023 to 31/03/2024

    [Fact]
    public void An_episode_that_ends_on_31_March_is_not_open_that_day_but_the_child_ceased()
    {
        var result = Ssda903Indicators.Compute(Return(
        [
            Ep("A", "01/01/2023", "S", dec: "31/03/2024", rec: "E13"),
            Ep("B", "01/01/2023", "S"),
        ]), Year);

        Assert.Equal(["B"], Ids(result.Explain("cla-31-march").Numerator));
        Assert.Equal(1, result.Find("cla-31-march")!.Value.Numerator);
        Assert.Null(result.Find("cla-31-march")!.Value.Denominator);
        Assert.Equal(["A"], Ids(result.Explain("cla-ceased").Numerator));
        var left = Assert.Single(result.Explain("cla-31-march").Exclusions);
        Assert.Equal(("A", ExclusionReason.OutsideCohort), (left.ChildId, left.Reason));
        Assert.Contains("31/03/2024", left.Detail, StringComparison.Ordinal);
        AssertTraceable(result);
    }

    [Fact]
    public void An_X1_chain_is_one_period_of_care_that_neither_starts_twice_nor_ceases()
    {
        var result = Ssda903Indicators.Compute(Return(
        [
            Ep("C", "01/05/2023", "S", dec: "10/08/2023", rec: "X1"),
            Ep("C", "10/08/2023", "P"),
        ]), Year);

        Assert.Equal(1, result.Find("cla-started")!.Value.Numerator);
        Assert.Equal(0, result.Find("cla-ceased")!.Value.Numerator);
        Assert.Equal(1, result.Find("cla-31-march")!.Value.Numerator);
        Assert.Equal((0L, (long?)1), Figures(result, "cla-3-placements")); // two placements
        AssertTraceable(result);
    }

    [Fact]
    public void A_child_who_ceases_then_re_enters_is_counted_once_with_both_starts_behind_the_count()
    {
        var result = Ssda903Indicators.Compute(Return(
        [
            Ep("D", "01/05/2023", "S", dec: "01/07/2023", rec: "E13", line: 2),
            Ep("D", "01/09/2023", "S", line: 3),
        ]), Year);

        var started = Assert.Single(result.Explain("cla-started").Numerator);
        Assert.Equal(1, started.Amount);
        Assert.Equal([new RecordLocation("Episodes.csv", 2), new RecordLocation("Episodes.csv", 3)], started.Records);
        Assert.Equal(1, result.Find("cla-ceased")!.Value.Numerator);
        AssertTraceable(result);
    }

    [Fact]
    public void RNE_L_continues_a_placement_and_RNE_U_starts_a_new_one()
    {
        var result = Ssda903Indicators.Compute(Return(
        [
            // E: S + L are one placement, U a second, P a third.
            Ep("E", "01/04/2023", "S", dec: "01/06/2023", rec: "X1"),
            Ep("E", "01/06/2023", "L", dec: "01/08/2023", rec: "X1", ls: "C1"),
            Ep("E", "01/08/2023", "U", dec: "01/10/2023", rec: "X1"),
            Ep("E", "01/10/2023", "P"),
            // F: S and three changes of legal status only: one placement.
            Ep("F", "01/04/2023", "S", dec: "01/06/2023", rec: "X1"),
            Ep("F", "01/06/2023", "L", dec: "01/08/2023", rec: "X1", ls: "C1"),
            Ep("F", "01/08/2023", "L", dec: "01/10/2023", rec: "X1", ls: "E1"),
            Ep("F", "01/10/2023", "L", ls: "C2"),
        ]), Year);

        var explanation = result.Explain("cla-3-placements");
        Assert.Equal(["E"], Ids(explanation.Numerator));
        Assert.Equal(["E", "F"], Ids(explanation.Denominator));
        Assert.StartsWith("3 placements", explanation.Numerator[0].Detail, StringComparison.Ordinal);
        Assert.StartsWith("1 placement in", explanation.Denominator![1].Detail, StringComparison.Ordinal);
        AssertTraceable(result);
    }

    [Fact]
    public void A_placement_that_ended_before_the_period_does_not_count_in_it()
    {
        // Placements: 01/01/2023–01/03/2023 (before the year), 01/03/2023–01/05/2023, 01/05/2023–01/02/2024, 01/02/2024–open.
        var data = Return(
        [
            Ep("G", "01/01/2023", "S", dec: "01/03/2023", rec: "X1"),
            Ep("G", "01/03/2023", "P", dec: "01/05/2023", rec: "X1"),
            Ep("G", "01/05/2023", "P", dec: "01/02/2024", rec: "X1"),
            Ep("G", "01/02/2024", "P"),
        ]);

        var year = Ssda903Indicators.Compute(data, Year).Explain("cla-3-placements");
        Assert.StartsWith("3 placements in the period: 01/03/2023 to 01/05/2023, 01/05/2023 to 01/02/2024, 01/02/2024 to open", Assert.Single(year.Numerator).Detail, StringComparison.Ordinal);
        Assert.Equal((0L, (long?)1), Figures(Ssda903Indicators.Compute(data, ReportingPeriod.FinancialYear(2022)), "cla-3-placements")); // the first two only
        Assert.Equal((0L, (long?)1), Figures(Ssda903Indicators.Compute(data, ReportingPeriod.Quarter(2023, 4)), "cla-3-placements")); // the last two only
    }

    [Fact]
    public void Short_breaks_are_removed_first_and_a_child_with_only_a_short_break_says_so()
    {
        var result = Ssda903Indicators.Compute(Return(
        [
            Ep("H", "01/03/2024", "S", ls: "V3", line: 7),
            // I: a short break between two placements does not split "consecutive": the L after it continues the first placement.
            Ep("I", "01/04/2022", "S", dec: "01/06/2023", rec: "X1", line: 8),
            Ep("I", "01/06/2023", "B", dec: "02/06/2023", rec: "X1", ls: "V4", line: 9),
            Ep("I", "02/06/2023", "L", ls: "C1", line: 10),
        ]), Year);

        var cla = result.Explain("cla-31-march");
        Assert.Equal(["I"], Ids(cla.Numerator));
        var h = Assert.Single(cla.Exclusions);
        Assert.Equal(("H", ExclusionReason.ShortBreak), (h.ChildId, h.Reason));
        Assert.Equal([new RecordLocation("Episodes.csv", 7)], h.Records);
        Assert.Equal(["H"], Ids(result.Explain("cla-started").Exclusions.Where(e => e.Reason == ExclusionReason.ShortBreak)));
        Assert.StartsWith("1 placement in", Assert.Single(result.Explain("cla-3-placements").Denominator!).Detail, StringComparison.Ordinal);
        AssertTraceable(result);
    }

    [Fact]
    public void Long_term_stability_takes_children_under_16_in_care_30_months_and_counts_placements_of_2_years()
    {
        // 31/03/2024 minus 30 months is 30/09/2021; minus 2 years is 31/03/2022.
        var result = Ssda903Indicators.Compute(Return(
            [
                Ep("J", "30/09/2021", "S", dec: "31/03/2022", rec: "X1"), // exactly 30 months in care
                Ep("J", "31/03/2022", "P"),                                // placement of exactly 2 years
                Ep("K", "01/10/2021", "S"),                                // one day short of 30 months
                Ep("L", "01/01/2020", "S", dec: "01/04/2022", rec: "X1"),
                Ep("L", "01/04/2022", "P"),                                // placement one day short of 2 years
                Ep("M", "01/01/2020", "S"),                                // aged 16 on 31 March
                Ep("N", "01/01/2020", "P"),                                // history cut off
            ],
            [Child("J", "01/04/2008"), Child("K", "01/01/2015"), Child("L", "01/01/2015"), Child("M", "31/03/2008"), Child("N", "01/01/2015")]), Year);

        var explanation = result.Explain("cla-long-term-stability");
        Assert.Equal(["J"], Ids(explanation.Numerator));
        Assert.Equal(["J", "L"], Ids(explanation.Denominator));
        var why = explanation.Exclusions.ToDictionary(e => e.ChildId, e => e.Reason);
        Assert.Equal(ExclusionReason.OutsideCohort, why["K"]);
        Assert.Equal(ExclusionReason.OutsideCohort, why["M"]);
        Assert.Contains("aged 16", explanation.Exclusions.Single(e => e.ChildId == "M").Detail, StringComparison.Ordinal);
        Assert.Equal(ExclusionReason.HistoryCutOff, why["N"]);
        AssertTraceable(result);
    }

    [Fact]
    public void Long_term_stability_leaves_out_a_child_without_a_Header_row()
    {
        var result = Ssda903Indicators.Compute(Return([Ep("P", "01/01/2020", "S")]), Year);
        var left = Assert.Single(result.Explain("cla-long-term-stability").Exclusions);
        Assert.Equal(ExclusionReason.MissingOrInconsistentRecord, left.Reason);
    }

    [Fact]
    public void Going_missing_counts_only_in_the_period_and_only_for_children_looked_after_in_it()
    {
        var data = Return(
        [
            Ep("Q", "01/01/2023", "S"),
            Ep("R", "01/01/2023", "S"),
            Ep("S", "01/01/2023", "S", dec: "01/04/2023", rec: "E13"), // last open day 31/03/2023: not looked after in 2023/24
        ]);
        data = With(data, missing:
        [
            new MissingEpisode("Q", null, "M", D("15/03/2023"), D("16/03/2023")), // before the year
            new MissingEpisode("R", null, "M", D("01/04/2023"), null),
            new MissingEpisode("R", null, "A", D("01/05/2023"), null),
            new MissingEpisode("S", null, "M", D("01/05/2023"), null),
        ]);
        var explanation = Ssda903Indicators.Compute(data, Year).Explain("cla-missing");

        Assert.Equal(["R"], Ids(explanation.Numerator));
        Assert.Equal(["Q", "R"], Ids(explanation.Denominator));
        Assert.Equal(["S"], Ids(explanation.Exclusions));
    }

    [Fact]
    public void A_missing_file_names_itself_instead_of_giving_zero()
    {
        var files = new HashSet<Ssda903File>(AllFiles);
        files.Remove(Ssda903File.Missing);
        files.Remove(Ssda903File.Oc2);
        var result = Ssda903Indicators.Compute(Return([Ep("Q", "01/01/2023", "S")], files: files), Year);

        Assert.Null(result.Find("cla-missing"));
        Assert.Null(result.Find("cla-health-check"));
        Assert.Contains(result.Notes, n => n.MeasureCode == "cla-missing" && n.Reason.Contains("Missing file", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.MeasureCode == "cla-dental-check" && n.Reason.Contains("OC2 file", StringComparison.Ordinal));
        Assert.Contains("no figure", result.Explain("cla-missing").ToString(), StringComparison.Ordinal);
        Assert.NotNull(result.Find("cla-31-march"));
        AssertTraceable(result);
    }

    [Fact]
    public void A_problem_leaves_the_child_out_of_exactly_the_indicators_that_use_its_file()
    {
        var problem = new ReturnProblem(new DataProblem(DataProblemKind.InvalidValue, "MIS_START is not a date.", "Missing.csv", 4, 3, "MIS_START", "32/01/2024"), (int)Ssda903File.Missing, "T");
        var data = With(Return([Ep("T", "01/01/2023", "S"), Ep("U", "01/01/2023", "S")]), problems: [problem]);
        var result = Ssda903Indicators.Compute(data, Year);

        Assert.Equal(["T", "U"], Ids(result.Explain("cla-31-march").Numerator));
        var missing = result.Explain("cla-missing");
        Assert.Equal(["U"], Ids(missing.Denominator));
        var left = Assert.Single(missing.Exclusions);
        Assert.Equal(("T", ExclusionReason.ProblemInReturn), (left.ChildId, left.Reason));
        Assert.Equal([new RecordLocation("Missing.csv", 4)], left.Records);
        foreach (string code in result.Observations.Select(o => o.MeasureCode).Where(c => c != "cla-missing"))
        {
            Assert.DoesNotContain(result.Explain(code).Exclusions, e => e.Reason == ExclusionReason.ProblemInReturn);
        }
    }

    [Fact]
    public void OC2_and_OC3_cohorts_are_the_children_in_those_files_for_any_period()
    {
        var data = With(Return([]),
            oc2: [new HealthOutcome("V", null, null, null, "0", "1", "1", "0", "1", "0", null, null), new HealthOutcome("W", null, null, null, "0", "0", "1", "1", "1", "0", null, null)],
            oc3: [new CareLeaverOutcome("X", null, "YES", "F2", "U1"), new CareLeaverOutcome("Y", null, "YES", "G5", "B2"), new CareLeaverOutcome("Z", null, "NO", "P4", "S2")]);
        foreach (var period in new[] { Year, ReportingPeriod.Month(2024, 3), ReportingPeriod.Quarter(2023, 2), ReportingPeriod.RollingMonths(12, new NodaTime.YearMonth(2023, 12)) })
        {
            var result = Ssda903Indicators.Compute(data, period);
            Assert.Equal((1L, (long?)2), Figures(result, "cla-health-check"));    // V
            Assert.Equal((1L, (long?)2), Figures(result, "cla-dental-check"));    // W
            Assert.Equal((2L, (long?)2), Figures(result, "cla-immunisations"));   // V, W
            Assert.Equal((2L, (long?)3), Figures(result, "care-leavers-eet"));    // X (F2), Z (P4); not Y (G5)
            Assert.Equal((1L, (long?)3), Figures(result, "care-leavers-accommodation")); // X (U1)
            AssertTraceable(result);
        }
    }

    [Fact]
    public void Any_period_reads_31_March_as_its_last_day()
    {
        var data = Return(
        [
            Ep("A", "01/05/2023", "S", dec: "15/07/2023", rec: "E13"),
            Ep("B", "10/07/2023", "S"),
        ]);
        var july = Ssda903Indicators.Compute(data, ReportingPeriod.Month(2023, 7));
        Assert.Equal(["B"], Ids(july.Explain("cla-31-march").Numerator)); // open on 31/07/2023
        Assert.Equal(["B"], Ids(july.Explain("cla-started").Numerator));
        Assert.Equal(["A"], Ids(july.Explain("cla-ceased").Numerator));
        var june = Ssda903Indicators.Compute(data, ReportingPeriod.Month(2023, 6));
        Assert.Equal(["A"], Ids(june.Explain("cla-31-march").Numerator));
        Assert.Empty(june.Explain("cla-started").Numerator);
    }

    [Fact]
    public void An_empty_REC_on_an_ended_episode_is_a_child_ceasing()
    {
        var result = Ssda903Indicators.Compute(Return([Ep("A", "01/05/2023", "S", dec: "15/07/2023", rec: null)]), Year);
        Assert.Equal(["A"], Ids(result.Explain("cla-ceased").Numerator));
        Assert.Contains("REC empty", result.Explain("cla-ceased").Numerator[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rate_needs_a_population_and_says_so_without_one()
    {
        var data = Return([Ep("A", "01/05/2023", "S"), Ep("B", "01/05/2023", "S")]);
        var without = Ssda903Indicators.Compute(data, Year);
        Assert.Null(without.Find("cla-31-march-rate"));
        Assert.Contains(without.Notes, n => n.MeasureCode == "cla-31-march-rate" && n.Reason.Contains("no population", StringComparison.Ordinal));

        var with = Ssda903Indicators.Compute(data, Year, new IndicatorOptions { Population = Population.Of(40_000) });
        var rate = with.Find("cla-31-march-rate")!.Value;
        Assert.Equal((2L, (long?)40_000), (rate.Numerator, rate.Denominator));
        AssertTraceable(with);
    }

    [Fact]
    public void Adoption_A1_and_A2_average_days_for_children_adopted_in_the_period()
    {
        var data = With(Return(
        [
            // A: entered care 01/01/2022, placement order 01/06/2022, moved in 01/01/2023 (P, A4), adopted 01/06/2023.
            Ep("A", "01/01/2022", "S", dec: "01/06/2022", rec: "X1", ls: "C2", place: "U1"),
            Ep("A", "01/06/2022", "L", dec: "01/01/2023", rec: "X1", ls: "E1", place: "U1"),
            Ep("A", "01/01/2023", "P", dec: "01/06/2023", rec: "E11", ls: "E1", place: "A4"),
            // B: adopted by the foster carers: with them from 01/03/2022 (P), a change of placement with the same carer (U) on 01/09/2022.
            Ep("B", "01/01/2022", "S", dec: "01/03/2022", rec: "X1", ls: "C2", place: "K2"),
            Ep("B", "01/03/2022", "P", dec: "01/05/2022", rec: "X1", ls: "C2", place: "U1"),
            Ep("B", "01/05/2022", "L", dec: "01/09/2022", rec: "X1", ls: "E1", place: "U1"),
            Ep("B", "01/09/2022", "U", dec: "01/02/2024", rec: "E12", ls: "E1", place: "A6"),
        ]), ad1:
        [
            new AdoptionRecord("A", null, null, D("01/12/2022"), "0", "L1", "MF", "L0"),
            new AdoptionRecord("B", null, null, D("01/07/2022"), "1", "L1", "MF", "L0"),
        ]);
        var result = Ssda903Indicators.Compute(data, Year);

        // A1: A 01/01/2022 → 01/01/2023 = 365 days; B 01/01/2022 → 01/03/2022 = 59 days (the foster carers, not the U on 01/09/2022).
        Assert.Equal((365L + 59L, (long?)2), Figures(result, "adoption-a1"));
        // A2: A 01/06/2022 → 01/12/2022 = 183 days; B 01/05/2022 → 01/07/2022 = 61 days.
        Assert.Equal((183L + 61L, (long?)2), Figures(result, "adoption-a2"));
        AssertTraceable(result);

        // The 3-year figures are for the 36 months to March 2024, and include the same two children.
        var threeYear = result.Find("adoption-a1-3-year")!.Value;
        Assert.Equal(ReportingPeriod.RollingMonths(36, new NodaTime.YearMonth(2024, 3)), threeYear.Period);
        Assert.Equal(424, threeYear.Numerator);

        // Without the AD1 file A2 names it; A1 still stands, and B is then timed from the U as any other move.
        var files = new HashSet<Ssda903File>(AllFiles);
        files.Remove(Ssda903File.Ad1);
        var withoutAd1 = Ssda903Indicators.Compute(With(data, files: files, ad1: []), Year);
        Assert.Null(withoutAd1.Find("adoption-a2"));
        Assert.Equal((365L + 243L, (long?)2), Figures(withoutAd1, "adoption-a1")); // B: 01/01/2022 → 01/09/2022 = 243 days
    }

    [Fact]
    public void Breakdowns_of_one_dimension_add_up_to_the_whole_figure()
    {
        var data = Return(
            [
                Ep("A", "01/05/2023", "S", ls: "C2", place: "U1"),
                Ep("B", "01/05/2023", "S", ls: "E1", place: "K2"),
                Ep("C", "01/05/2023", "S", ls: "C2", place: "U1"),
            ],
            [Child("A", "01/01/2010", "1"), Child("B", "01/01/2020", "2")]);
        var result = Ssda903Indicators.Compute(data, Year, new IndicatorOptions { Breakdowns = IndicatorBreakdowns.All });

        foreach (var code in new[] { "cla-31-march", "cla-started" })
        {
            long whole = result.Find(code)!.Value.Numerator;
            foreach (var dimension in result.Breakdowns.Where(b => b.Observation.MeasureCode == code).GroupBy(b => b.Dimension))
            {
                Assert.Equal(whole, dimension.Sum(b => b.Observation.Numerator));
            }
        }

        var sex = result.Breakdowns.Where(b => b.Observation.MeasureCode == "cla-31-march" && b.Dimension == "sex").ToDictionary(b => b.Value, b => b.Observation.Numerator);
        Assert.Equal(new Dictionary<string, long> { ["1"] = 1, ["2"] = 1, ["unknown"] = 1 }, sex);
        var age = result.Breakdowns.Where(b => b.Observation.MeasureCode == "cla-31-march" && b.Dimension == "age").ToDictionary(b => b.Breakdown, b => b.Observation.Numerator);
        Assert.Equal(new Dictionary<string, long> { ["age=10-15"] = 1, ["age=1-4"] = 1, ["age=unknown"] = 1 }, age);
        Assert.Empty(Ssda903Indicators.Compute(data, Year).Breakdowns);
    }

    [Fact]
    public void The_explanation_text_lists_the_figure_the_children_and_the_left_out()
    {
        var result = Ssda903Indicators.Compute(Return(
        [
            Ep("E", "01/04/2023", "S", dec: "01/06/2023", rec: "X1", line: 2),
            Ep("E", "01/06/2023", "P", dec: "01/08/2023", rec: "X1", line: 3),
            Ep("E", "01/08/2023", "P", line: 4),
            Ep("F", "01/04/2023", "S", line: 5),
            Ep("G", "01/04/2023", "S", dec: "01/05/2023", rec: "E13", line: 6),
        ]), Year);

        string text = result.Explain("cla-3-placements").ToString();
        Assert.StartsWith("cla-3-placements, FY 2023/24: 1 / 2\n", text, StringComparison.Ordinal);
        Assert.Contains("Numerator (1 child):\n  E (Episodes.csv, line 2; Episodes.csv, line 3; Episodes.csv, line 4): 3 placements", text, StringComparison.Ordinal);
        Assert.Contains("Denominator (2 children):", text, StringComparison.Ordinal);
        Assert.Contains("Left out (1 child):\n  G: outside the cohort: no episode open on 31/03/2024", text, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => result.Explain("cin-referrals"));
    }

    private static (long Numerator, long? Denominator) Figures(IndicatorResult result, string code)
    {
        var observation = result.Find(code)!.Value;
        return (observation.Numerator, observation.Denominator);
    }

    internal static Ssda903Return With(Ssda903Return data, IReadOnlyList<MissingEpisode>? missing = null, IReadOnlyList<ReturnProblem>? problems = null, IReadOnlyList<HealthOutcome>? oc2 = null, IReadOnlyList<CareLeaverOutcome>? oc3 = null, IReadOnlyList<AdoptionRecord>? ad1 = null, IReadOnlySet<Ssda903File>? files = null) => new()
    {
        Files = files ?? data.Files,
        Children = data.Children,
        Episodes = data.Episodes,
        MissingEpisodes = missing ?? data.MissingEpisodes,
        Problems = problems ?? data.Problems,
        HealthOutcomes = oc2 ?? data.HealthOutcomes,
        CareLeaverOutcomes = oc3 ?? data.CareLeaverOutcomes,
        Adoptions = ad1 ?? data.Adoptions,
    };
}
