using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Judgements;
using Measures.Reporting;
using Measures.Time;
using static Measures.Tests.Reporting.ScorecardTestMeasures;
using Measures.Observations;

namespace Measures.Tests.Reporting;

public sealed class ScorecardBuilderTests
{
    private static readonly long[] Hundreds = [.. Enumerable.Repeat(100L, 12)];

    private static Scorecard Build(MeasureDefinition measure, IEnumerable<Observation> observations, ReportingPeriod period, ScorecardOptions? options = null) =>
        new ScorecardBuilder(Catalogue(measure), options).Build(observations, period);

    [Fact]
    public void A_flow_percentage_for_a_year_is_its_summed_numerator_over_its_summed_denominator_never_an_average_of_months()
    {
        // 9 of 10 in April (90%), then 30 of 100 a month (30%): 339 of 1,110 is 30.5%; the mean of the monthly percentages would be 35%.
        long[] numerators = [9, .. Enumerable.Repeat(30L, 11)];
        long[] denominators = [10, .. Enumerable.Repeat(100L, 11)];
        var row = Build(Flow(), Months("FLOW", 2023, numerators, denominators), Year)["FLOW"];
        Assert.Equal(339m, row.Numerator);
        Assert.Equal(1110m, row.Denominator);
        Assert.Equal(339m * 100 / 1110, row.Value);
        Assert.Equal("30.5%", row.ValueText);
        Assert.Equal(RagStatus.Red, row.Rag.Judgement.Status);
        Assert.True(row.Completeness!.Value.IsComplete);
        Assert.Equal(12, row.Completeness.Value.PeriodsExpected);
    }

    [Fact]
    public void A_snapshot_for_a_year_is_its_last_month()
    {
        long[] numerators = [.. Enumerable.Repeat(80L, 11), 93];
        var row = Build(Snapshot(), Months("SNAP", 2023, numerators, Hundreds), Year)["SNAP"];
        Assert.Equal("93.0%", row.ValueText);
        Assert.Equal(93m, row.Numerator);
        Assert.Equal(RagStatus.Amber, row.Rag.Judgement.Status);
    }

    [Fact]
    public void An_average_of_snapshots_is_the_mean_numerator_over_the_mean_denominator()
    {
        // Sum 105 over sum 1,600 is 6.5625%; the mean of the monthly percentages would be 5.4%.
        long[] numerators = [.. Enumerable.Repeat(5L, 11), 50];
        long[] denominators = [.. Enumerable.Repeat(100L, 11), 500];
        var row = Build(Averaged(), Months("NEET", 2023, numerators, denominators), Year)["NEET"];
        Assert.Equal(105m / 12, row.Numerator);
        Assert.Equal(1600m / 12, row.Denominator);
        Assert.Equal(6.5625m, row.Value);
        Assert.Equal("6.6%", row.ValueText);
    }

    [Fact]
    public void A_rate_of_a_flow_sums_its_events_over_the_population_at_the_end()
    {
        long[] populations = [.. Enumerable.Repeat(50_000L, 11), 60_000];
        var row = Build(RateOfFlow(), Months("S47", 2023, [.. Enumerable.Repeat(10L, 12)], populations), Year)["S47"];
        Assert.Equal(120m, row.Numerator);
        Assert.Equal(60_000m, row.Denominator);
        Assert.Equal("20.0 per 10,000", row.ValueText);
        Assert.Equal(RagStatus.NoPolarity, row.Rag.Judgement.Status);
        Assert.Equal(BenchmarkPosition.Below, Assert.Single(row.Benchmark!.Comparisons.Judgement).Position);
    }

    [Fact]
    public void A_monthly_scorecard_compares_with_the_previous_month_and_the_same_month_last_year()
    {
        long[] lastYear = [.. Enumerable.Range(0, 12).Select(i => 60L + i)];   // March 2023: 71 of 100
        long[] thisYear = [.. Enumerable.Range(0, 12).Select(i => 70L + i)];   // February 2024: 80; March 2024: 81
        var observations = Months("FLOW", 2022, lastYear, Hundreds).Concat(Months("FLOW", 2023, thisYear, Hundreds));
        var scorecard = Build(Flow(), observations, ReportingPeriod.Month(2024, 3));
        var row = scorecard["FLOW"];
        Assert.Equal("81.0%", row.ValueText);
        Assert.Equal("Mar 2024", row.PeriodLabel);
        Assert.False(row.HasOwnPeriod);
        Assert.Equal(ReportingPeriod.Month(2024, 2), row.VersusPreviousPeriod.Period);
        Assert.Equal(80m, row.VersusPreviousPeriod.Travel.Judgement.Previous);
        Assert.Equal(Direction.Improving, row.VersusPreviousPeriod.Travel.Judgement.Direction);
        Assert.Equal(ReportingPeriod.Month(2023, 3), row.VersusSamePeriodLastYear.Period);
        Assert.Equal(10m, row.VersusSamePeriodLastYear.Travel.Judgement.Change);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => Add(ReportingPeriod.Month(2023, 4), i)), row.History.Select(p => p.Period));
        Assert.Equal([.. thisYear.Select(n => (decimal?)n)], row.History.Select(p => p.Value));
        Assert.Equal("Mar 2024", scorecard.PeriodLabel);
    }

    [Fact]
    public void A_quarterly_scorecard_rolls_its_three_months_up()
    {
        long[] numerators = [.. Enumerable.Range(1, 12).Select(i => (long)i)];
        var row = Build(Flow(), Months("FLOW", 2023, numerators, Hundreds), ReportingPeriod.Quarter(2023, 4))["FLOW"];
        Assert.Equal(10m + 11 + 12, row.Numerator);
        Assert.Equal(300m, row.Denominator);
        Assert.Equal("Q4 2023/24", row.PeriodLabel);
        Assert.Equal(ReportingPeriod.Quarter(2023, 3), row.VersusPreviousPeriod.Period);
        Assert.Equal(7m + 8 + 9, row.VersusPreviousPeriod.Travel.Judgement.Previous * 3);
    }

    [Fact]
    public void A_missing_month_is_shown_as_incomplete()
    {
        var observations = Months("FLOW", 2023, [.. Enumerable.Repeat(90L, 12)], Hundreds).Where(o => o.Period != ReportingPeriod.Month(2023, 8));
        var row = Build(Flow(), observations, Year)["FLOW"];
        Assert.Equal(11, row.Completeness!.Value.PeriodsPresent);
        Assert.Equal(990m, row.Numerator);
        Assert.Contains("11 of 12 months", ScorecardHtmlWriter.ToHtml(Build(Flow(), observations, Year)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_termly_measure_in_a_monthly_scorecard_shows_its_latest_term_with_its_own_period()
    {
        var autumn = ReportingPeriod.Term(2023, SchoolTerm.Autumn);
        var summerBefore = ReportingPeriod.Term(2022, SchoolTerm.Summer);
        Observation[] observations = [new("PEP", autumn, 97, 100), new("PEP", summerBefore, 90, 100)];
        var row = Build(Termly(), observations, ReportingPeriod.Month(2024, 1))["PEP"];
        Assert.Equal(autumn, row.Period);
        Assert.Equal("Autumn term 2023/24", row.PeriodLabel);
        Assert.True(row.HasOwnPeriod);
        Assert.Equal("97.0%", row.ValueText);
        Assert.Equal(RagStatus.Green, row.Rag.Judgement.Status);
        Assert.Equal(summerBefore, row.VersusPreviousPeriod.Period);
        Assert.Equal(Direction.Improving, row.VersusPreviousPeriod.Travel.Judgement.Direction);
        Assert.Equal(ReportingPeriod.Term(2022, SchoolTerm.Autumn), row.VersusSamePeriodLastYear.Period);
        Assert.Equal(Direction.NotAvailable, row.VersusSamePeriodLastYear.Travel.Judgement.Direction);
    }

    [Fact]
    public void Exclusions_counted_to_the_end_of_a_term_add_up_the_terms_of_the_academic_year()
    {
        // As line 121 of the 2023/24 report: 11 by the end of term 2 against 6 by the same point last year
        // (the split between the terms is illustrative; the report gives only the totals).
        Observation[] observations =
        [
            new("EXCL", ReportingPeriod.Term(2023, SchoolTerm.Autumn), 4, null),
            new("EXCL", ReportingPeriod.Term(2023, SchoolTerm.Spring), 7, null),
            new("EXCL", ReportingPeriod.Term(2022, SchoolTerm.Autumn), 2, null),
            new("EXCL", ReportingPeriod.Term(2022, SchoolTerm.Spring), 4, null),
        ];
        var row = Build(Exclusions(), observations, Year)["EXCL"];
        Assert.Equal("AY 2023/24 to end of Spring term", row.PeriodLabel);
        Assert.Equal(ReportingPeriod.DateRange(new NodaTime.LocalDate(2023, 9, 1), new NodaTime.LocalDate(2024, 3, 31)), row.Period);
        Assert.Equal("11 exclusions", row.ValueText);
        Assert.Equal(6m, row.VersusSamePeriodLastYear.Travel.Judgement.Previous);
        Assert.Equal("AY 2022/23 to end of Spring term", row.VersusSamePeriodLastYear.PeriodLabel);
        Assert.Equal(Direction.Worsening, row.VersusSamePeriodLastYear.Travel.Judgement.Direction);
        Assert.Equal("AY 2023/24 to end of Autumn term", row.VersusPreviousPeriod.PeriodLabel);
        Assert.Equal(4m, row.VersusPreviousPeriod.Travel.Judgement.Previous);
    }

    [Fact]
    public void A_calendar_year_measure_shows_the_last_whole_calendar_year_not_the_one_in_progress()
    {
        // EHCP timeliness is "measured across the calendar year" (line 125 of the 2023/24 report); in a
        // 2023/24 scorecard it shows 2023, even with figures for January to March 2024.
        var observations = Enumerable.Range(0, 15).Select(i => new Observation("EHCP", ReportingPeriod.Month(2023 + (i / 12), (i % 12) + 1), i < 12 ? 6 : 9, 10));
        var row = Build(CalendarYear(), observations, Year)["EHCP"];
        Assert.Equal(ReportingPeriod.CalendarYear(2023), row.Period);
        Assert.Equal("60.0%", row.ValueText);
        Assert.Equal(RagStatus.Green, row.Rag.Judgement.Status);
        Assert.Equal(58m, row.Target!.Value);
    }

    [Fact]
    public void A_measure_with_a_data_lag_shows_its_latest_complete_window_within_the_lag()
    {
        // Figures to September 2023 only: six months late at the end of March 2024.
        var observations = Enumerable.Range(0, 18).Select(i => new Observation("REOFF", ReportingPeriod.Month(2022 + ((i + 3) / 12), ((i + 3) % 12) + 1), 1, 25_000)).ToList();

        // A quarterly scorecard steps back a quarter at a time, to the window ending in September 2023.
        var quarterly = Build(Lagged(), observations, ReportingPeriod.Quarter(2023, 4))["REOFF"];
        Assert.Equal(ReportingPeriod.RollingMonths(12, new NodaTime.YearMonth(2023, 9)), quarterly.Period);
        Assert.Equal("rolling 12 months to Sep 2023", quarterly.PeriodLabel);
        Assert.Equal("48.0 per 100,000", quarterly.ValueText);
        Assert.True(quarterly.Completeness!.Value.IsComplete);
        Assert.Equal(ReportingPeriod.RollingMonths(12, new NodaTime.YearMonth(2023, 6)), quarterly.VersusPreviousPeriod.Period);
        Assert.Equal(ReportingPeriod.RollingMonths(12, new NodaTime.YearMonth(2022, 9)), quarterly.VersusSamePeriodLastYear.Period);

        // A year's scorecard shows the latest window the lag allows, as a year-end report quotes "the latest data"
        // (seed 002, line 74: first-time entrants "increased ... to 186 per 100k"), and compares it a year back.
        var yearly = Build(Lagged(), observations, Year)["REOFF"];
        Assert.Equal(ReportingPeriod.RollingMonths(12, new NodaTime.YearMonth(2023, 9)), yearly.Period);
        Assert.Equal(ReportingPeriod.RollingMonths(12, new NodaTime.YearMonth(2022, 9)), yearly.VersusPreviousPeriod.Period);
    }

    [Fact]
    public void A_late_snapshot_shows_its_latest_month_in_the_year_with_the_year_marked_incomplete()
    {
        var lateSnapshot = new MeasureDefinition(
            "DENTAL", "Dental checks up to date", "Children's Social Care", MeasureKind.Benchmark, MeasureValueType.Percentage(1), Polarity.HigherIsBetter,
            ReportingFrequency.Monthly, PeriodType.Month, TemporalRule.Last, TemporalRule.Last, dataLag: NodaTime.Period.FromMonths(1));
        long[] numerators = [.. Enumerable.Range(0, 11).Select(i => 70L + i)];
        var row = Build(lateSnapshot, Months("DENTAL", 2023, numerators, Hundreds), Year)["DENTAL"];
        Assert.Equal(Year, row.Period);
        Assert.Equal("80.0%", row.ValueText);
        Assert.Equal((11, 12), (row.Completeness!.Value.PeriodsPresent, row.Completeness.Value.PeriodsExpected));
    }

    [Fact]
    public void A_year_to_date_measure_in_a_quarterly_scorecard_shows_the_year_to_the_quarters_end()
    {
        Observation[] observations =
        [
            new("ADOPT", ReportingPeriod.Quarter(2023, 1), 4000, 10),
            new("ADOPT", ReportingPeriod.Quarter(2023, 2), 3800, 10),
            new("ADOPT", ReportingPeriod.Quarter(2023, 3), 3440, 10),
        ];
        var row = Build(MeanDays(), observations, ReportingPeriod.Quarter(2023, 3))["ADOPT"];
        Assert.Equal(ReportingPeriod.FinancialYearToDate(new NodaTime.YearMonth(2023, 12)), row.Period);
        Assert.Equal("374.7 days", row.ValueText);
        Assert.Equal(ReportingPeriod.FinancialYearToDate(new NodaTime.YearMonth(2023, 9)), row.VersusPreviousPeriod.Period);
        Assert.Equal(390m, row.VersusPreviousPeriod.Travel.Judgement.Previous);
        Assert.Equal(Direction.Improving, row.VersusPreviousPeriod.Travel.Judgement.Direction);

        // The year's benchmark is in force over the year to date, as its target would be, and says whose year it is.
        Assert.Equal(Year, row.Benchmark!.Benchmark.Period);
        Assert.Equal("2023/24", row.Benchmark.PeriodLabel);
    }

    [Fact]
    public void A_benchmark_with_quartiles_gives_a_quartile_band()
    {
        Observation[] observations = [.. Enumerable.Range(1, 4).Select(q => new Observation("ADOPT", ReportingPeriod.Quarter(2023, q), 3750, 10))];
        var row = Build(MeanDays(), observations, Year)["ADOPT"];
        Assert.Equal("375.0 days", row.ValueText);
        Assert.Equal(QuartileBand.A, row.Benchmark!.QuartileBand.Judgement);
        Assert.Equal(BenchmarkPosition.Better, row.Benchmark.Comparisons.Judgement[0].Position);
    }

    [Fact]
    public void A_measure_without_observations_says_it_has_no_data()
    {
        var scorecard = new ScorecardBuilder(Catalogue(Flow(), Snapshot())).Build(Months("FLOW", 2023, Hundreds, Hundreds), Year);
        var row = scorecard["SNAP"];
        Assert.Equal(ScorecardValueState.NoData, row.State);
        Assert.Equal("no data", row.ValueText);
        Assert.Null(row.Completeness);
        Assert.Equal(RagStatus.NoValue, row.Rag.Judgement.Status);
        Assert.All(row.History, p => Assert.Equal(ScorecardValueState.NoData, p.State));
    }

    [Fact]
    public void A_zero_denominator_gives_no_value_rather_than_an_error()
    {
        var row = Build(Flow(), Months("FLOW", 2023, new long[12], new long[12]), Year)["FLOW"];
        Assert.Equal(ScorecardValueState.NoValue, row.State);
        Assert.Equal(0m, row.Denominator);
        Assert.Equal(RagStatus.NoValue, row.Rag.Judgement.Status);
    }

    [Fact]
    public void Observations_of_units_and_of_the_whole_council_give_the_same_scorecard()
    {
        long[] numerators = [.. Enumerable.Range(0, 12).Select(i => 40L + i)];
        var whole = Build(Flow(), Months("FLOW", 2023, numerators, Hundreds), Year);
        var byTeam = Months("FLOW", 2023, numerators, Hundreds).SelectMany(o => new[]
        {
            new Observation(o.MeasureCode, o.Period, o.Numerator / 2, o.Denominator / 2, "North"),
            new Observation(o.MeasureCode, o.Period, o.Numerator - (o.Numerator / 2), o.Denominator - (o.Denominator / 2), "South"),
        });
        Assert.Equal(whole.ToString(ScorecardFormat.Json), Build(Flow(), byTeam, Year).ToString(ScorecardFormat.Json));
    }

    [Fact]
    public void A_store_built_elsewhere_gives_the_same_scorecard_as_the_observations()
    {
        var catalogue = Catalogue(Flow(), Snapshot(), Count());
        var observations = Months("FLOW", 2023, Hundreds, Hundreds).Concat(Months("SNAP", 2023, Hundreds, Hundreds)).Concat(Months("CIC", 2023, Hundreds, null)).ToList();
        var builder = new ScorecardBuilder(catalogue);
        var store = ObservationStore.Create(CatalogueRules.For(catalogue, observations), observations).Value;
        Assert.Equal(builder.Build(observations, Year).ToString(ScorecardFormat.Json), builder.Build(store, Year).ToString(ScorecardFormat.Json));
    }

    [Fact]
    public void A_store_whose_rules_differ_from_the_definitions_is_refused()
    {
        var rules = new Dictionary<string, AggregationRule> { ["FLOW"] = AggregationRule.Proportion(TemporalRule.Last) };
        var store = ObservationStore.Create(rules, Months("FLOW", 2023, Hundreds, Hundreds).ToArray()).Value;
        var ex = Assert.Throws<ArgumentException>(() => new ScorecardBuilder(Catalogue(Flow())).Build(store, Year));
        Assert.Contains("FLOW", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Last", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_observation_of_an_unknown_measure_is_refused_with_its_code_and_nothing_is_built()
    {
        Observation[] observations = [new("FLOW", ReportingPeriod.Month(2023, 4), 1, 2), new("NOPE", ReportingPeriod.Month(2023, 4), 1, 2)];
        var ex = Assert.Throws<DataProblemException>(() => Build(Flow(), observations, Year));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal(DataProblemKind.UnknownMeasure, problem.Kind);
        Assert.StartsWith("NOPE for ", problem.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numerator_above_its_denominator_is_refused_for_a_percentage()
    {
        Observation[] observations = [new("FLOW", ReportingPeriod.Month(2023, 4), 12, 10)];
        var ex = Assert.Throws<DataProblemException>(() => Build(Flow(), observations, Year));
        Assert.Equal(DataProblemKind.NumeratorAboveDenominator, Assert.Single(ex.Problems).Kind);
    }

    [Fact]
    public void A_measure_with_observations_for_two_kinds_of_period_is_refused()
    {
        Observation[] observations = [new("FLOW", ReportingPeriod.Month(2023, 4), 1, 2), new("FLOW", ReportingPeriod.Quarter(2023, 1), 1, 2)];
        var ex = Assert.Throws<DataProblemException>(() => Build(Flow(), observations, Year));
        Assert.Equal(DataProblemKind.PeriodDoesNotFitFrequency, Assert.Single(ex.Problems).Kind);
    }

    [Fact]
    public void A_window_figure_is_shown_for_its_window_and_not_added_to_its_months()
    {
        // A rolling 12-month figure from another system, beside monthly figures for the same months.
        var measure = Flow() is var flow
            ? new MeasureDefinition(flow.Code, flow.Title, flow.ServiceArea, flow.Kind, flow.ValueType, flow.Polarity, ReportingFrequency.Monthly, PeriodType.RollingMonths, TemporalRule.Sum, TemporalRule.Sum)
            : null!;
        var window = ReportingPeriod.RollingMonths(12, new NodaTime.YearMonth(2024, 3));
        Observation[] observations = [.. Months("FLOW", 2023, [.. Enumerable.Repeat(8L, 12)], [.. Enumerable.Repeat(10L, 12)]), new("FLOW", window, 700, 1000)];
        var row = new ScorecardBuilder(Catalogue(measure)).Build(observations, ReportingPeriod.Month(2024, 3))["FLOW"];
        Assert.Equal(window, row.Period);
        Assert.Equal(70m, row.Value);
        Assert.Equal(700m, row.Numerator);

        // The months alone give the year: the window's figure is not added to them.
        var year = new ScorecardBuilder(Catalogue(Flow())).Build(observations, Year)["FLOW"];
        Assert.Equal(96m, year.Numerator);
        Assert.Equal(120m, year.Denominator);
    }

    [Fact]
    public void Arguments_are_checked_at_once()
    {
        Assert.Throws<ArgumentNullException>(() => new ScorecardBuilder(null!));
        var builder = new ScorecardBuilder(Catalogue(Flow()));
        Assert.Throws<ArgumentNullException>(() => builder.Build((IEnumerable<Observation>)null!, Year));
        Assert.Throws<ArgumentNullException>(() => builder.Build((ObservationStore)null!, Year));
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => builder.Build([], default)).ParamName);
        Assert.Equal("observations", Assert.Throws<ArgumentException>(() => builder.Build([default], Year)).ParamName);
    }

    [Fact]
    public void Observations_are_enumerated_once()
    {
        var observations = new CountingSequence(Months("FLOW", 2023, Hundreds, Hundreds));
        Build(Flow(), observations, Year);
        Assert.Equal(1, observations.Enumerations);
    }

    [Fact]
    public void A_list_of_observations_is_read_where_it_is_not_copied()
    {
        var observations = new CountingList([.. Months("FLOW", 2023, Hundreds, Hundreds)]);
        var scorecard = Build(Flow(), observations, Year);
        Assert.Equal(1200m, scorecard["FLOW"].Numerator);
        Assert.True(observations.Enumerations <= 1, $"{observations.Enumerations} enumerations");
        Assert.True(observations.Reads >= 12, "the rules were worked out by index");
    }

    [Fact]
    public void Progress_is_reported_for_the_observations_and_for_every_measure()
    {
        var progress = new Recorder();
        var catalogue = Catalogue(Flow(), Snapshot(), Count());
        new ScorecardBuilder(catalogue, new ScorecardOptions { Progress = progress }).Build(Months("FLOW", 2023, Hundreds, Hundreds), Year);
        Assert.Contains(new ScorecardProgress(ScorecardProgress.Observations, 12, 12), progress.Reports);
        Assert.Equal(
            [new(ScorecardProgress.Measures, 1, 3), new(ScorecardProgress.Measures, 2, 3), new ScorecardProgress(ScorecardProgress.Measures, 3, 3)],
            progress.Reports.Where(p => p.Stage == ScorecardProgress.Measures));
        Assert.Equal("measures: 3 of 3", progress.Reports[^1].ToString());
    }

    [Fact]
    public void Rows_are_found_by_code_and_an_unknown_code_names_itself()
    {
        var scorecard = Build(Flow(), [], Year);
        Assert.True(scorecard.TryGetRow("FLOW", out var row));
        Assert.Same(row, scorecard["FLOW"]);
        Assert.False(scorecard.TryGetRow("flow", out _));
        Assert.Contains("\"X\"", Assert.Throws<KeyNotFoundException>(() => scorecard["X"]).Message, StringComparison.Ordinal);
    }

    private static ReportingPeriod Add(ReportingPeriod month, int months)
    {
        for (int i = 0; i < months; i++)
        {
            month = month.Next();
        }

        return month;
    }

    private sealed class CountingSequence(IEnumerable<Observation> inner) : IEnumerable<Observation>
    {
        public int Enumerations { get; private set; }

        public IEnumerator<Observation> GetEnumerator()
        {
            Enumerations++;
            return inner.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class CountingList(Observation[] inner) : IReadOnlyList<Observation>
    {
        public int Enumerations { get; private set; }

        public int Reads { get; private set; }

        public int Count => inner.Length;

        public Observation this[int index]
        {
            get
            {
                Reads++;
                return inner[index];
            }
        }

        public IEnumerator<Observation> GetEnumerator()
        {
            Enumerations++;
            return ((IEnumerable<Observation>)inner).GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class Recorder : IProgress<ScorecardProgress>
    {
        public List<ScorecardProgress> Reports { get; } = [];

        public void Report(ScorecardProgress value) => Reports.Add(value);
    }
}
