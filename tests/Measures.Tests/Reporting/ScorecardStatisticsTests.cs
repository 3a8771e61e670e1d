using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Json.Schema;
using Measures.Calculation;
using Measures.Definitions;
using Measures.Judgements;
using Measures.Judgements.Spc;
using Measures.Observations;
using Measures.Reporting;
using Measures.Tests.Calculation;
using Measures.Time;
using static Measures.Tests.Reporting.ScorecardTestMeasures;

namespace Measures.Tests.Reporting;

public sealed class ScorecardStatisticsTests
{
    private static readonly ReportingPeriod March2024 = ReportingPeriod.Month(2024, 3);

    private static ScorecardRow Row(MeasureDefinition measure, IEnumerable<Observation> observations, ScorecardOptions? options = null) =>
        new ScorecardBuilder(Catalogue(measure), options).Build(observations, March2024)[measure.Code];

    // Eleven steady months of 50 of 100, then the month the row is for.
    private static IEnumerable<Observation> Steady(string code, long lastNumerator, long lastDenominator) =>
        Months(code, 2023, [.. Enumerable.Range(0, 11).Select(i => i % 2 == 0 ? 50L : 52L), lastNumerator], [.. Enumerable.Repeat(100L, 11), lastDenominator]);

    [Fact]
    public void The_interval_of_a_percentage_is_Wilsons_as_PHEindicatormethods_prints_it()
    {
        // PHEindicatormethods' vignette (see PheIndicatorMethodsReference): Area1 2015, 87 of 131, is 66.4122137%
        // with a 95% interval of 57.9592491 to 73.930053.
        var statistics = Row(Flow(), Steady("FLOW", 87, 131)).Statistics.Judgement;
        Assert.Equal(57.9592491, statistics.Interval!.Lower, 7);
        Assert.Equal(73.930053, statistics.Interval.Upper, 6);
        Assert.Equal(ConfidenceLevel.NinetyFivePercent, statistics.Interval.Level);
        Assert.Equal(ConfidenceLevel.NinetyNinePointEightPercent, statistics.OuterInterval!.Level);
        Assert.True(statistics.OuterInterval.Lower < statistics.Interval.Lower && statistics.OuterInterval.Upper > statistics.Interval.Upper);
        Assert.Equal(string.Empty, statistics.IntervalNote);
    }

    [Fact]
    public void A_row_with_a_full_history_has_the_SPC_judgements_of_the_values_it_shows()
    {
        // 95 of 100 after months of 50 to 52 is far outside the limits: special cause improvement, high, for a measure where higher is better.
        var row = Row(Flow(), Steady("FLOW", 95, 100));
        var statistics = row.Statistics.Judgement;
        Assert.True(statistics.HasEnoughSpcPoints);
        Assert.Equal(12, statistics.SpcPoints);
        Assert.Equal(PointVariation.SpecialCauseImprovement, statistics.LatestPoint);
        Assert.Equal(VariationIcon.ImprovementHigh, statistics.Variation);
        Assert.Equal(string.Empty, statistics.SpcNote);

        // The chart is the one the library draws from the history's shown values, with the row's target (80%).
        var expected = XmrChart.Create(row.History.Select(p => new SpcValue(p.PeriodLabel, (double)p.Value!.Value)), Polarity.HigherIsBetter, 80, SpcOptions.Default);
        Assert.Equal(expected.Segments[0].Mean, statistics.Chart!.Segments[0].Mean);
        Assert.Equal(expected.Segments[0].UpperProcessLimit, statistics.Chart.Segments[0].UpperProcessLimit);
        Assert.Equal(expected.Assurance, statistics.Assurance);
        Assert.Equal(80, statistics.Chart.Target);
    }

    [Fact]
    public void A_row_with_too_few_points_says_so_and_gives_no_SPC_judgement()
    {
        var statistics = Row(Flow(), Steady("FLOW", 60, 100), new ScorecardOptions { HistoryLength = 6 }).Statistics.Judgement;
        Assert.False(statistics.HasEnoughSpcPoints);
        Assert.Null(statistics.LatestPoint);
        Assert.Null(statistics.Variation);
        Assert.Null(statistics.Assurance);
        Assert.Equal("Too few points for SPC judgements: 6 of the 12 needed; the chart's limits are trial limits.", statistics.SpcNote);
        Assert.True(statistics.Chart!.HasTrialLimits);

        // A single point has no moving range: no chart at all.
        var one = Row(Flow(), [new Observation("FLOW", March2024, 60, 100)]).Statistics.Judgement;
        Assert.Null(one.Chart);
        Assert.Equal(1, one.SpcPoints);
        Assert.Equal("Too few points for an SPC chart: 1 of the 12 needed.", one.SpcNote);
        Assert.Equal(RecentTrendMarker.CannotBeCalculated, one.RecentTrend.Marker);
    }

    [Fact]
    public void The_SPC_points_needed_follow_the_options()
    {
        var statistics = Row(Flow(), Steady("FLOW", 60, 100), new ScorecardOptions { HistoryLength = 6, Spc = new SpcOptions { MinimumPoints = 6 } }).Statistics.Judgement;
        Assert.True(statistics.HasEnoughSpcPoints);
        Assert.NotNull(statistics.Variation);
        Assert.Equal(6, statistics.SpcPointsNeeded);
    }

    [Fact]
    public void The_recent_trend_of_a_percentage_is_Fingertips_chi_square_for_trend_over_the_last_five_periods()
    {
        // fingertips-open, PholioVisualisationWS/AnalysisTest/TrendMarkerCalculatorTest.cs (commit 678089724a516138232d273c4c7f511ed3c5a338),
        // GetTrendDataForProportion_Set1 in year order: χ² 47.9, increasing.
        long[] numerators = [50, 50, 50, 50, 50, 50, 50, 994, 1023, 1199, 1332, 1367];
        long[] denominators = [100, 100, 100, 100, 100, 100, 100, 40299, 41527, 42811, 44064, 44701];
        var statistics = Row(Flow(), Months("FLOW", 2023, numerators, denominators)).Statistics.Judgement;
        Assert.Equal(RecentTrendMarker.Increasing, statistics.RecentTrend.Marker);
        Assert.Equal(47.9, Math.Round(statistics.RecentTrend.ChiSquare!.Value, 2));
        Assert.Equal("Increasing and getting better", statistics.RecentTrend.Describe(Polarity.HigherIsBetter));
    }

    [Fact]
    public void A_value_without_counts_has_no_interval_and_no_recent_trend_but_has_its_chart()
    {
        var observations = Enumerable.Range(0, 12).Select(i => Observation.ValueOnly("FLOW", ReportingPeriod.Month(2023 + ((i + 3) / 12), ((i + 3) % 12) + 1), 70m + (i % 3))).ToList();
        var statistics = Row(Flow(), observations).Statistics.Judgement;
        Assert.Null(statistics.Interval);
        Assert.Equal("No counts: the value was given without them.", statistics.IntervalNote);
        Assert.Equal(RecentTrendMarker.CannotBeCalculated, statistics.RecentTrend.Marker);
        Assert.Contains("given without counts", statistics.RecentTrend.Reason, StringComparison.Ordinal);
        Assert.Equal(12, statistics.SpcPoints);
        Assert.NotNull(statistics.Variation);
    }

    [Fact]
    public void A_mean_has_no_standard_interval_and_says_why()
    {
        var measure = new MeasureDefinition(
            "DAYS", "Average days", "Children's Social Care", MeasureKind.Activity, MeasureValueType.Mean("days"), Polarity.LowerIsBetter,
            ReportingFrequency.Monthly, PeriodType.Month, TemporalRule.Sum, TemporalRule.Sum);
        var statistics = Row(measure, Months("DAYS", 2023, [.. Enumerable.Repeat(4000L, 12)], [.. Enumerable.Repeat(10L, 12)])).Statistics.Judgement;
        Assert.Null(statistics.Interval);
        Assert.StartsWith("No standard interval: a mean needs the spread of its values", statistics.IntervalNote, StringComparison.Ordinal);
        Assert.Equal(RecentTrendMarker.CannotBeCalculated, statistics.RecentTrend.Marker);
    }

    [Fact]
    public void A_benchmark_is_tested_against_the_values_two_intervals()
    {
        // 10 section 47 enquiries a month over 60,000 children: 1.7 per 10,000 for the month, far below England's 191.6.
        var measure = RateOfFlow();
        var row = Row(measure, Months("S47", 2023, [.. Enumerable.Repeat(10L, 12)], [.. Enumerable.Repeat(60_000L, 12)]));
        var statistics = row.Statistics.Judgement;
        var england = Assert.Single(statistics.BenchmarkSignificance);
        Assert.Equal(BenchmarkPosition.Below, england.Position);
        Assert.Equal(ConfidenceLevel.NinetyNinePointEightPercent, england.SignificantAt);
        Assert.Equal(IntervalComparisonMethod.TwoLevels, england.Method);
        Assert.Equal(IntervalComparison.TwoLevels(statistics.Interval!, statistics.OuterInterval!, 191.6, Polarity.None).Explanation, england.Explanation);

        // Without a benchmark there is nothing to test, and the row says so.
        var none = Row(Flow(), Steady("FLOW", 60, 100)).Statistics.Judgement;
        Assert.Empty(none.BenchmarkSignificance);
        Assert.Equal("No benchmark for the period.", none.BenchmarkSignificanceNote);
    }

    [Fact]
    public void A_suppressed_value_withholds_its_statistics_in_every_format()
    {
        var options = new ScorecardOptions { Audience = ScorecardAudience.Public };
        var scorecard = new ScorecardBuilder(Catalogue(Flow()), options).Build(Steady("FLOW", 2, 3), March2024);
        var row = scorecard["FLOW"];
        Assert.Equal(ScorecardValueState.Suppressed, row.State);
        Assert.True(row.Statistics.IsWithheld);

        var csv = Rfc4180.Parse(scorecard.ToString(ScorecardFormat.Csv));
        var statistics = csv[1][ScorecardCsvWriter.Columns.Count..];
        Assert.Equal(ScorecardCsvWriter.StatisticsColumns, csv[0][ScorecardCsvWriter.Columns.Count..]);
        Assert.DoesNotContain(statistics, f => f.Length > 0 && f != "withheld");
        Assert.Contains("withheld", statistics);
        Assert.DoesNotContain("95% CI", scorecard.ToString(ScorecardFormat.Markdown), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(scorecard.ToString(ScorecardFormat.Json));
        var document = json.RootElement.GetProperty("rows")[0].GetProperty("statistics");
        Assert.Equal(row.Statistics.WithheldExplanation, document.GetProperty("withheld").GetString());
        Assert.Equal(JsonValueKind.Null, document.GetProperty("interval").ValueKind);
    }

    [Fact]
    public void Every_format_shows_the_statistics()
    {
        var scorecard = new ScorecardBuilder(Catalogue(Flow(), RateOfFlow())).Build(Steady("FLOW", 95, 100).Concat(Months("S47", 2023, [.. Enumerable.Repeat(10L, 12)], [.. Enumerable.Repeat(60_000L, 12)])), March2024);

        var csv = Rfc4180.Parse(scorecard.ToString(ScorecardFormat.Csv));
        int Column(string name) => Array.IndexOf(csv[0], name);
        Assert.Equal(ScorecardCsvWriter.Columns.Count, Column("ci95_lower"));
        Assert.Equal("improvementHigh", csv[1][Column("spc_variation")]);
        Assert.Equal("specialCauseImprovement", csv[1][Column("spc_point")]);
        Assert.Equal("12", csv[1][Column("spc_points")]);
        Assert.Equal("wilsonScore", csv[1][Column("ci_method")]);
        Assert.Equal("England: below (99.8%)", csv[2][Column("benchmark_significance")]);
        Assert.Equal(string.Empty, csv[1][Column("benchmark_significance")]);

        using var json = JsonDocument.Parse(scorecard.ToString(ScorecardFormat.Json));
        var flow = json.RootElement.GetProperty("rows")[0].GetProperty("statistics");
        Assert.Equal("improvementHigh", flow.GetProperty("spc").GetProperty("variation").GetString());
        Assert.Equal("wilsonScore", flow.GetProperty("interval").GetProperty("method").GetString());
        Assert.Equal(95m, flow.GetProperty("interval").GetProperty("level").GetDecimal());
        var s47 = json.RootElement.GetProperty("rows")[1].GetProperty("statistics");
        Assert.Equal(99.8m, s47.GetProperty("benchmarkSignificance")[0].GetProperty("significantAt").GetDecimal());
        Assert.Equal("below", s47.GetProperty("benchmarkSignificance")[0].GetProperty("position").GetString());

        string markdown = scorecard.ToString(ScorecardFormat.Markdown);
        Assert.Contains("**Statistics**", markdown, StringComparison.Ordinal);
        Assert.Contains("SPC: special cause improvement (high)", markdown, StringComparison.Ordinal);
        Assert.Contains("vs benchmarks: England: below (99.8%)", markdown, StringComparison.Ordinal);

        string text = scorecard.ToString(ScorecardFormat.Table);
        Assert.Contains("95% CI", text, StringComparison.Ordinal);
        Assert.Contains("I\u2191", text, StringComparison.Ordinal);
        Assert.Contains("L!", text, StringComparison.Ordinal);

        var page = ScorecardHtmlTests.Xml(ScorecardHtmlWriter.ToHtml(scorecard));
        var details = page.Descendants("details").ToList();
        Assert.Equal(2, details.Count);
        Assert.All(details, d => Assert.Single(d.Descendants("svg")));
        Assert.Equal(2, page.Descendants().Count(e => e.Attribute("id")?.Value.StartsWith("spc-title-", StringComparison.Ordinal) == true));
        var icon = page.Descendants("span").First(s => s.Attribute("class")?.Value == "measures-sc-why measures-spc measures-spc-improvementHigh");
        Assert.Equal("I\u2191 special cause improvement (high)", icon.Value);
    }

    [Fact]
    public void The_scorecards_page_lists_the_statistics_columns_in_order()
    {
        string page = RepositoryFile.ReadAllText("docs/concepts/scorecards.md");
        int start = page.IndexOf("in this order:", page.IndexOf("## Statistics on every row", StringComparison.Ordinal), StringComparison.Ordinal);
        int end = page.IndexOf(".\n", start, StringComparison.Ordinal);
        var documented = System.Text.RegularExpressions.Regex.Matches(page[start..end], "`([a-z_0-9]+)`").Select(m => m.Groups[1].Value);
        Assert.Equal(ScorecardCsvWriter.StatisticsColumns, documented);
    }

    [Fact]
    public void A_scorecard_with_every_kind_of_statistic_is_valid_under_the_schema()
    {
        var scorecard = new ScorecardBuilder(Catalogue(Flow(), RateOfFlow(), Count(), Snapshot())).Build(
            Steady("FLOW", 95, 100)
                .Concat(Months("S47", 2023, [.. Enumerable.Repeat(10L, 12)], [.. Enumerable.Repeat(60_000L, 12)]))
                .Concat(Months("CIC", 2023, [.. Enumerable.Range(300, 12).Select(i => (long)i)], null))
                .Append(new Observation("SNAP", March2024, 60, 100)),
            March2024);
        // The schema registers its $id once per process, so the one JSON tests load is shared.
        var schema = ScorecardJsonTests.Schema.Value;
        using var document = JsonDocument.Parse(scorecard.ToString(ScorecardFormat.Json));
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public void The_schema_lists_exactly_the_statistics_words_the_writer_uses()
    {
        using var schema = JsonDocument.Parse(RepositoryFile.ReadAllText("docs/reference/scorecard.schema.json"));
        var statistics = schema.RootElement.GetProperty("$defs").GetProperty("statistics").GetProperty("properties");
        var spc = statistics.GetProperty("spc").GetProperty("properties");
        static IEnumerable<string?> Words(JsonElement property) => property.GetProperty("enum").EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? null : e.GetString());
        Assert.Equal([null, .. Enum.GetValues<PointVariation>().Select(StatisticsWords.PointWord)], Words(spc.GetProperty("latestPoint")));
        Assert.Equal([null, .. Enum.GetValues<VariationIcon>().Select(StatisticsWords.VariationWord)], Words(spc.GetProperty("variation")));
        Assert.Equal([null, .. Enum.GetValues<AssuranceIcon>().Select(StatisticsWords.AssuranceWord)], Words(spc.GetProperty("assurance")));
        Assert.Equal(Enum.GetValues<RecentTrendMarker>().Select(StatisticsWords.TrendWord), Words(statistics.GetProperty("recentTrend").GetProperty("properties").GetProperty("marker")));
        Assert.Equal(Enum.GetValues<ConfidenceIntervalMethod>().Select(StatisticsWords.MethodWord), Words(schema.RootElement.GetProperty("$defs").GetProperty("interval").GetProperty("properties").GetProperty("method")));
    }

    [Fact]
    public void A_public_version_that_rounds_counts_gives_no_interval_from_the_exact_counts()
    {
        var rounded = new ScorecardOptions { Audience = ScorecardAudience.Public, SuppressionPolicy = new SuppressionPolicy(5, roundCountsTo: 5) };
        var statistics = Row(Flow(), Steady("FLOW", 87, 131), rounded).Statistics.Judgement;
        Assert.Null(statistics.Interval);
        Assert.Equal("Not shown: an interval worked out from the exact counts would undo the rounding of the counts shown.", statistics.IntervalNote);

        // Without rounding, the public version shows the interval the internal one does.
        var unrounded = new ScorecardOptions { Audience = ScorecardAudience.Public, SuppressionPolicy = new SuppressionPolicy(5) };
        Assert.Equal(Row(Flow(), Steady("FLOW", 87, 131)).Statistics.Judgement.Interval, Row(Flow(), Steady("FLOW", 87, 131), unrounded).Statistics.Judgement.Interval);
    }
}
