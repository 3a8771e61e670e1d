using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Calculation;
using Measures.Definitions;
using Measures.Judgements;
using Measures.Observations;
using Measures.Reporting;
using Measures.Time;
using NodaTime;
using static Measures.Tests.Reporting.ScorecardTestMeasures;

namespace Measures.Tests.Reporting;

/// <summary>Comparisons with periods the analyst names, beside the previous period and the same period last year.</summary>
public sealed class NamedComparisonTests
{
    private static readonly ReportingPeriod December2020 = ReportingPeriod.Month(2020, 12);

    /// <summary>A summed count: assessments undertaken, contacts received.</summary>
    private static MeasureDefinition FlowCount(string code = "ASMT") => new(
        code, "Statutory assessments undertaken", "Inclusion", MeasureKind.Activity, MeasureValueType.Count("assessments"), Polarity.None,
        ReportingFrequency.Monthly, PeriodType.Month, TemporalRule.Sum);

    private static Scorecard Build(MeasureDefinition measure, IEnumerable<Observation> observations, ReportingPeriod period, params ScorecardComparison[] comparisons) =>
        new ScorecardBuilder(Catalogue(measure), new ScorecardOptions { Comparisons = comparisons }).Build(observations, period);

    [Fact]
    public void December_is_compared_with_the_previous_quarter_higher_and_so_improving()
    {
        // Children and Young People's Services Quarter 3 Performance Report (seed 000, line 33): "92.9% of early help
        // assessments ... completed within 45 days during the month of December. This was higher than the previous
        // quarter where 83.3% had been completed". 13 of 14 is 92.9%; 5 of 6 over July to September is 83.3%.
        Observation[] observations =
        [
            new("FLOW", ReportingPeriod.Month(2020, 7), 2, 2), new("FLOW", ReportingPeriod.Month(2020, 8), 1, 2), new("FLOW", ReportingPeriod.Month(2020, 9), 2, 2),
            new("FLOW", December2020, 13, 14),
        ];
        var row = Build(Flow(), observations, December2020, ScorecardComparison.Previous(PeriodType.Quarter))["FLOW"];

        var quarter = Assert.Single(row.Comparisons);
        Assert.Equal(ComparisonPeriod.Named, quarter.Comparison);
        Assert.Equal(ReportingPeriod.Quarter(2020, 2), quarter.Period);
        Assert.Equal("Q2 2020/21", quarter.PeriodLabel);
        var travel = quarter.Travel.Judgement;
        Assert.Equal(92.9m, travel.Current);
        Assert.Equal(83.3m, travel.Previous);
        Assert.True(travel.Change > 0);
        Assert.Equal(Direction.Improving, travel.Direction);
        Assert.Equal("92.9% is up 9.6 points on 83.3% (Q2 2020/21): improving", travel.Explanation);
        Assert.Null(quarter.PeriodsAveraged);
        Assert.True(quarter.EarlierPeriodIsLonger);
    }

    [Fact]
    public void A_percentage_against_the_previous_quarters_average_is_the_quarters_own_percentage()
    {
        // Seed 000, line 33 again: a percentage is never averaged, so "average" changes nothing for it.
        Observation[] observations =
        [
            new("FLOW", ReportingPeriod.Month(2020, 7), 2, 2), new("FLOW", ReportingPeriod.Month(2020, 8), 1, 2), new("FLOW", ReportingPeriod.Month(2020, 9), 2, 2),
            new("FLOW", December2020, 13, 14),
        ];
        var comparison = ScorecardComparison.Previous(PeriodType.Quarter).WithBasis(ComparisonBasis.PeriodAverage);
        var quarter = Build(Flow(), observations, December2020, comparison)["FLOW"].Comparisons[0];
        Assert.Equal(83.3m, quarter.Travel.Judgement.Previous);
        Assert.Null(quarter.PeriodsAveraged);
        Assert.Equal("Q2 2020/21", quarter.PeriodLabel);
    }

    [Fact]
    public void The_number_on_plans_in_December_is_a_reduction_of_14_on_October()
    {
        // Seed 000, line 73: "The number of children subject to a child protection plan as of December was 462, a
        // reduction of 14 children compared to October 2020": 476 in October.
        Observation[] observations = [new("CIC", ReportingPeriod.Month(2020, 10), 476, null), new("CIC", ReportingPeriod.Month(2020, 11), 470, null), new("CIC", December2020, 462, null)];
        var row = Build(Count(), observations, December2020, ScorecardComparison.With(ReportingPeriod.Month(2020, 10)))["CIC"];

        var october = Assert.Single(row.Comparisons);
        Assert.Equal("Oct 2020", october.PeriodLabel);
        Assert.Equal(-14m, october.Travel.Judgement.Change);
        Assert.Equal(Direction.Down, october.Travel.Judgement.Direction);
        Assert.Contains("462 children is down 14 on 476 children (Oct 2020)", october.Travel.Judgement.Explanation, StringComparison.Ordinal);
        Assert.False(october.EarlierPeriodIsLonger);
        Assert.Equal(470m, row.VersusPreviousPeriod.Travel.Judgement.Previous);
    }

    [Fact]
    public void The_2019_to_date_count_is_96_percent_of_the_whole_of_2018()
    {
        // A London borough's children's scrutiny committee, performance management 2019/20 (seed 003, line 69), "as at the end
        // of August 2019" (line 19): "356 in 2018 ... In 2019 to date, the number of assessments undertaken was 343, (96% of
        // the full 2018 calendar year)".
        long[] months2018 = [.. Enumerable.Repeat(30L, 11), 26];
        long[] months2019 = [.. Enumerable.Repeat(43L, 7), 42];
        var observations = months2018.Select((n, i) => new Observation("ASMT", ReportingPeriod.Month(2018, i + 1), n, null))
            .Concat(months2019.Select((n, i) => new Observation("ASMT", ReportingPeriod.Month(2019, i + 1), n, null)))
            .ToList();
        var toDate = ReportingPeriod.DateRange(new LocalDate(2019, 1, 1), new LocalDate(2019, 8, 31));
        var scorecard = Build(FlowCount(), observations, toDate, ScorecardComparison.Previous(PeriodType.CalendarYear));
        var row = scorecard["ASMT"];

        Assert.Equal(343m, row.Value);
        var year = Assert.Single(row.Comparisons);
        Assert.Equal(ReportingPeriod.CalendarYear(2018), year.Period);
        Assert.True(year.EarlierPeriodIsLonger);
        Assert.Equal(356m, year.Travel.Judgement.Previous);
        Assert.Equal(343m / 356m, year.Travel.Judgement.Share);
        Assert.Equal(96m, decimal.Round(year.Travel.Judgement.Share!.Value * 100, 0, MidpointRounding.AwayFromZero));

        const string Share = "343 assessments is 96% of the whole of 2018 (356 assessments)";
        Assert.Contains(Share, scorecard.ToString(ScorecardFormat.Table), StringComparison.Ordinal);
        Assert.Contains(Share, scorecard.ToString(ScorecardFormat.Markdown), StringComparison.Ordinal);
        Assert.Contains(ScorecardHtmlTests.Xml(scorecard.ToString(ScorecardFormat.Html)).Descendants("span"), s => s.Value == Share);
        using var json = JsonDocument.Parse(scorecard.ToString(ScorecardFormat.Json));
        Assert.Equal(0.9635m, json.RootElement.GetProperty("rows")[0].GetProperty("comparisons")[0].GetProperty("share").GetDecimal());
        var csv = Rfc4180.Parse(scorecard.ToString(ScorecardFormat.Csv));
        Assert.Equal("0.9635", csv[1][Array.IndexOf(csv[0], "share_of_comparison_1")]);
    }

    [Fact]
    public void A_month_of_a_flow_count_is_compared_with_the_previous_quarters_monthly_average()
    {
        // The month-against-a-quarter comparison of seed 000, line 33, for a count of events: the fair comparison is the
        // quarter's total over its three months, not the total.
        long[] quarter = [120, 135, 150];
        Observation[] observations =
        [
            .. quarter.Select((n, i) => new Observation("ASMT", ReportingPeriod.Month(2020, 7 + i), n, null)),
            new("ASMT", December2020, 150, null),
        ];
        var average = ScorecardComparison.Previous(PeriodType.Quarter).WithBasis(ComparisonBasis.PeriodAverage);
        var row = Build(FlowCount(), observations, December2020, average, ScorecardComparison.Previous(PeriodType.Quarter))["ASMT"];

        var perMonth = row.Comparisons[0];
        Assert.Equal(3m, perMonth.PeriodsAveraged);
        Assert.Equal("Q2 2020/21 monthly average", perMonth.PeriodLabel);
        Assert.Equal(quarter.Sum() / 3m, perMonth.Travel.Judgement.Previous);
        Assert.Equal(150m - (quarter.Sum() / 3m), perMonth.Travel.Judgement.Change);
        Assert.Equal(Direction.Up, perMonth.Travel.Judgement.Direction);

        var total = row.Comparisons[1];
        Assert.Null(total.PeriodsAveraged);
        Assert.Equal(quarter.Sum(), total.Travel.Judgement.Previous);
        Assert.Equal(Direction.Down, total.Travel.Judgement.Direction);
        Assert.Equal("Q2 2020/21", total.PeriodLabel);
    }

    [Fact]
    public void A_year_is_averaged_over_the_length_of_a_part_year_or_a_quarter()
    {
        // Seed 003, line 69: 356 assessments in 2018 against 2019 to the end of August (line 19), eight months.
        long[] months2018 = [.. Enumerable.Repeat(30L, 11), 26];
        var observations = months2018.Select((n, i) => new Observation("ASMT", ReportingPeriod.Month(2018, i + 1), n, null))
            .Concat(Enumerable.Range(1, 8).Select(m => new Observation("ASMT", ReportingPeriod.Month(2019, m), 43, null)))
            .ToList();
        var average = ScorecardComparison.Previous(PeriodType.CalendarYear).WithBasis(ComparisonBasis.PeriodAverage);
        var toDate = ReportingPeriod.DateRange(new LocalDate(2019, 1, 1), new LocalDate(2019, 8, 31));
        var eightMonths = Build(FlowCount(), observations, toDate, average)["ASMT"].Comparisons[0];
        Assert.Equal("2018 average per 8 months", eightMonths.PeriodLabel);
        Assert.Equal(12m / 8m, eightMonths.PeriodsAveraged);
        Assert.Equal(decimal.Round(356m / (12m / 8m), 0, MidpointRounding.AwayFromZero), eightMonths.Travel.Judgement.Previous);
        Assert.Equal(string.Empty, ScorecardWords.Share(Build(FlowCount(), observations, toDate, average)["ASMT"], eightMonths));

        var quarter = Build(FlowCount(), observations, ReportingPeriod.Quarter(2019, 1), ScorecardComparison.Previous(PeriodType.CalendarYear).WithBasis(ComparisonBasis.PeriodAverage))["ASMT"].Comparisons[0];
        Assert.Equal("2018 quarterly average", quarter.PeriodLabel);
        Assert.Equal(4m, quarter.PeriodsAveraged);
        Assert.Equal(356m / 4, quarter.Travel.Judgement.Previous);
    }

    [Fact]
    public void The_scorecards_page_states_what_the_library_does()
    {
        string page = RepositoryFile.ReadAllText("docs/concepts/scorecards.md").Replace("\n  ", " ", StringComparison.Ordinal);
        Observation[] months =
        [
            new("FLOW", ReportingPeriod.Month(2020, 7), 2, 2), new("FLOW", ReportingPeriod.Month(2020, 8), 1, 2), new("FLOW", ReportingPeriod.Month(2020, 9), 2, 2),
            new("FLOW", December2020, 13, 14),
        ];
        var quarter = Build(Flow(), months, December2020, ScorecardComparison.Previous(PeriodType.Quarter))["FLOW"].Comparisons[0];
        Assert.Contains("// " + quarter.Travel.Judgement.Explanation, page, StringComparison.Ordinal);

        Observation[] counts = [new("CIC", ReportingPeriod.Month(2020, 10), 476, null), new("CIC", December2020, 462, null)];
        var later = Build(Count(), counts, ReportingPeriod.Month(2020, 10), ScorecardComparison.With(December2020))["CIC"].Comparisons[0];
        Assert.Contains(later.Travel.Judgement.Explanation, page, StringComparison.Ordinal);
        Assert.Contains("\"343 assessments is 96% of the whole of 2018 (356 assessments)\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_previous_period_of_a_type_is_the_last_whole_one_before_the_rows_period()
    {
        var convention = AcademicYearConvention.Default;
        Assert.Equal(ReportingPeriod.Quarter(2020, 2), ScorecardComparison.Previous(PeriodType.Quarter).PeriodFor(December2020, convention));
        Assert.Equal(ReportingPeriod.Quarter(2020, 2), ScorecardComparison.Previous(PeriodType.Quarter).PeriodFor(ReportingPeriod.Month(2020, 10), convention));
        Assert.Equal(ReportingPeriod.Month(2020, 11), ScorecardComparison.Previous(PeriodType.Month).PeriodFor(December2020, convention));
        Assert.Equal(ReportingPeriod.FinancialYear(2019), ScorecardComparison.Previous(PeriodType.FinancialYear).PeriodFor(December2020, convention));
        Assert.Equal(ReportingPeriod.FinancialYear(2019), ScorecardComparison.Previous(PeriodType.FinancialYear).PeriodFor(ReportingPeriod.FinancialYear(2020), convention));
        Assert.Equal(ReportingPeriod.CalendarYear(2019), ScorecardComparison.Previous(PeriodType.CalendarYear).PeriodFor(December2020, convention));
    }

    [Fact]
    public void A_named_period_that_does_not_end_before_the_rows_gives_no_direction_and_says_why()
    {
        Observation[] observations = [new("CIC", ReportingPeriod.Month(2020, 10), 476, null), new("CIC", December2020, 462, null)];
        var later = Build(Count(), observations, ReportingPeriod.Month(2020, 10), ScorecardComparison.With(December2020))["CIC"].Comparisons[0];
        Assert.Equal(Direction.NotAvailable, later.Travel.Judgement.Direction);
        Assert.Equal("No direction of travel: Dec 2020 does not end before Oct 2020 begins.", later.Travel.Judgement.Explanation);
    }

    [Fact]
    public void The_public_version_withholds_a_comparison_with_a_suppressed_value_and_one_that_would_reveal_a_small_month()
    {
        // August's 3 is suppressed; July and September are shown in the history, so the quarter's total would give August away.
        Observation[] observations =
        [
            new("ASMT", ReportingPeriod.Month(2020, 7), 10, null), new("ASMT", ReportingPeriod.Month(2020, 8), 3, null), new("ASMT", ReportingPeriod.Month(2020, 9), 10, null),
            new("ASMT", ReportingPeriod.Month(2020, 10), 12, null), new("ASMT", ReportingPeriod.Month(2020, 11), 12, null), new("ASMT", December2020, 12, null),
        ];
        var options = new ScorecardOptions
        {
            Audience = ScorecardAudience.Public,
            Comparisons = [ScorecardComparison.Previous(PeriodType.Quarter), ScorecardComparison.With(ReportingPeriod.Month(2020, 8)), ScorecardComparison.With(ReportingPeriod.Month(2020, 7))],
        };
        var row = new ScorecardBuilder(Catalogue(FlowCount()), options).Build(observations, December2020)["ASMT"];
        Assert.True(row.Comparisons[0].Travel.IsWithheld);
        Assert.True(row.Comparisons[1].Travel.IsWithheld);
        Assert.Equal(10m, row.Comparisons[2].Travel.Judgement.Previous);

        var internalRow = Build(FlowCount(), observations, December2020, ScorecardComparison.Previous(PeriodType.Quarter))["ASMT"];
        Assert.Equal(23m, internalRow.Comparisons[0].Travel.Judgement.Previous);
    }

    [Fact]
    public void Comparisons_read_as_analysts_write_them_and_back()
    {
        Assert.Equal(ScorecardComparison.With(ReportingPeriod.Month(2020, 10)), ScorecardComparison.Parse("Oct 2020"));
        Assert.Equal(ScorecardComparison.Previous(PeriodType.Quarter), ScorecardComparison.Parse("  Previous   QUARTER "));
        Assert.Equal(ScorecardComparison.Previous(PeriodType.FinancialYear), ScorecardComparison.Parse("previous year"));
        Assert.Equal(ScorecardComparison.Previous(PeriodType.HalfTerm), ScorecardComparison.Parse("previous half-term"));
        Assert.Equal(ScorecardComparison.Previous(PeriodType.Month).WithBasis(ComparisonBasis.PeriodAverage), ScorecardComparison.Parse("previous month average"));
        Assert.Equal(ComparisonBasis.PeriodAverage, ScorecardComparison.Parse("Q2 2020/21 average").Basis);
        Assert.Equal(ReportingPeriod.Quarter(2020, 2), ScorecardComparison.Parse("Q2 2020/21 average").Period);
        foreach (var comparison in (ScorecardComparison[])[ScorecardComparison.With(ReportingPeriod.CalendarYear(2018)), ScorecardComparison.Previous(PeriodType.Term).WithBasis(ComparisonBasis.PeriodAverage), ScorecardComparison.Previous(PeriodType.AcademicYear)])
        {
            Assert.Equal(comparison, ScorecardComparison.Parse(comparison.ToString()));
        }

        Assert.Contains("after \"previous\" write month, quarter", Assert.Throws<FormatException>(() => ScorecardComparison.Parse("previous fortnight")).Message, StringComparison.Ordinal);
        Assert.Contains("\"Oct 20\" is neither a period label", Assert.Throws<FormatException>(() => ScorecardComparison.Parse("Oct 20")).Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ScorecardComparison.Parse("average"));
        Assert.Throws<ArgumentException>(() => ScorecardComparison.Previous(PeriodType.RollingMonths));
        Assert.Throws<ArgumentException>(() => ScorecardComparison.With(default));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScorecardOptions { SummaryDirection = ComparisonPeriod.Named });
        Assert.Throws<ArgumentException>(() => new ScorecardOptions { Comparisons = [null!] });
    }

    [Fact]
    public void Every_format_has_a_column_for_each_comparison_in_order()
    {
        Observation[] observations = [new("CIC", ReportingPeriod.Month(2020, 10), 476, null), new("CIC", December2020, 462, null)];
        var scorecard = Build(Count(), observations, December2020, ScorecardComparison.With(ReportingPeriod.Month(2020, 10)), ScorecardComparison.Previous(PeriodType.Quarter));
        var csv = Rfc4180.Parse(scorecard.ToString(ScorecardFormat.Csv));
        Assert.Equal([.. ScorecardCsvWriter.Columns, .. ScorecardCsvWriter.StatisticsColumns, .. ScorecardCsvWriter.ComparisonColumns(1), .. ScorecardCsvWriter.ComparisonColumns(2)], csv[0]);
        int first = ScorecardCsvWriter.Columns.Count + ScorecardCsvWriter.StatisticsColumns.Count;
        Assert.Equal(["Oct 2020", "down", "Oct 2020", "476", "-0.0294", "0.9706"], csv[1][first..(first + 6)]);
        Assert.Equal("previous quarter", csv[1][first + 6]);
        Assert.Equal("notAvailable", csv[1][first + 7]);

        using var json = JsonDocument.Parse(scorecard.ToString(ScorecardFormat.Json));
        var comparisons = json.RootElement.GetProperty("rows")[0].GetProperty("comparisons");
        Assert.Equal(["Oct 2020", "previous quarter"], comparisons.EnumerateArray().Select(c => c.GetProperty("comparison").GetString()));
        Assert.Equal("asReported", comparisons[0].GetProperty("basis").GetString());
        Assert.Equal(-14m, comparisons[0].GetProperty("change").GetDecimal());

        Assert.Contains("vs Oct 2020", scorecard.ToString(ScorecardFormat.Table), StringComparison.Ordinal);
        Assert.Contains("Down \u22123% (Oct 2020)", scorecard.ToString(ScorecardFormat.Table), StringComparison.Ordinal);
        Assert.Contains("| vs Oct 2020 | vs previous quarter | Benchmarks |", scorecard.ToString(ScorecardFormat.Markdown), StringComparison.Ordinal);
        var headers = ScorecardHtmlTests.Xml(scorecard.ToString(ScorecardFormat.Html)).Descendants("th").Select(t => t.Value).ToList();
        Assert.Equal(headers.IndexOf("vs last year") + 1, headers.IndexOf("vs Oct 2020"));
        Assert.Equal(headers.IndexOf("vs Oct 2020") + 1, headers.IndexOf("vs previous quarter"));
    }

    [Fact]
    public void The_scorecards_page_lists_the_columns_of_a_comparison_in_order()
    {
        string page = RepositoryFile.ReadAllText("docs/concepts/scorecards.md");
        int start = page.IndexOf("The columns of each comparison, in order (here the first):", StringComparison.Ordinal);
        int end = page.IndexOf(".\n", start, StringComparison.Ordinal);
        var documented = System.Text.RegularExpressions.Regex.Matches(page[start..end], "`([a-z_0-9]+)`").Select(m => m.Groups[1].Value);
        Assert.Equal(ScorecardCsvWriter.ComparisonColumns(1), documented);
    }

    [Property(Arbitrary = [typeof(ScorecardArbitraries)])]
    public void Comparisons_never_change_the_rest_of_a_row(ScorecardCase c)
    {
        foreach (var audience in (ScorecardAudience[])[ScorecardAudience.Internal, ScorecardAudience.Public])
        {
            var plain = new ScorecardOptions { Audience = audience, SuppressionPolicy = c.Policy };
            var compared = new ScorecardOptions
            {
                Audience = audience,
                SuppressionPolicy = c.Policy,
                Comparisons = [ScorecardComparison.Previous(PeriodType.Quarter).WithBasis(ComparisonBasis.PeriodAverage), ScorecardComparison.With(ReportingPeriod.Month(2022, 10)), ScorecardComparison.Previous(PeriodType.Month)],
            };
            var without = new ScorecardBuilder(ScorecardCase.Catalogue, plain).Build(c.Observations, c.Period);
            var with = new ScorecardBuilder(ScorecardCase.Catalogue, compared).Build(c.Observations, c.Period);
            Assert.Equal(Strip(without.ToString(ScorecardFormat.Json)), Strip(with.ToString(ScorecardFormat.Json)));
            Assert.All(with.Rows, r => Assert.Equal(3, r.Comparisons.Count));
        }
    }

    [Property]
    public Property Comparisons_never_change_the_rest_of_a_row_of_a_summed_count(NonNegativeInt[] counts, PositiveInt threshold)
    {
        // Small counts of events over two years, summed: the public version protects them from differencing.
        var observations = counts.Take(24).Select((n, i) => new Observation("ASMT", ReportingPeriod.Month(new YearMonth(2022, 4).PlusMonths(i)), n.Get % 12, null)).ToList();
        var policy = new SuppressionPolicy((threshold.Get % 8) + 2);
        var period = ReportingPeriod.Month(2024, 3);
        var plain = new ScorecardOptions { Audience = ScorecardAudience.Public, SuppressionPolicy = policy };
        var compared = new ScorecardOptions
        {
            Audience = ScorecardAudience.Public,
            SuppressionPolicy = policy,
            Comparisons = [ScorecardComparison.Previous(PeriodType.Quarter), ScorecardComparison.Previous(PeriodType.FinancialYear).WithBasis(ComparisonBasis.PeriodAverage), ScorecardComparison.With(ReportingPeriod.Month(2023, 6))],
        };
        var without = new ScorecardBuilder(Catalogue(FlowCount()), plain).Build(observations, period);
        var with = new ScorecardBuilder(Catalogue(FlowCount()), compared).Build(observations, period);
        bool unchanged = Strip(without.ToString(ScorecardFormat.Json)) == Strip(with.ToString(ScorecardFormat.Json));

        // A comparison shown never rests on a count below the threshold.
        bool safe = with.Rows[0].Comparisons.All(d => d.Travel.IsWithheld || d.Travel.Judgement.Previous is not { } v || d.PeriodsAveraged is not null || v == 0 || v >= policy.Threshold);
        return unchanged.Label("the rest of the row is unchanged").And(safe.Label("no small count is shown"));
    }

    // The document without its rows' named comparisons.
    private static string Strip(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        foreach (var row in node["rows"]!.AsArray())
        {
            row!.AsObject().Remove("comparisons");
        }

        return node.ToJsonString();
    }
}
