using System;
using System.Linq;
using Measures.Definitions;
using Measures.Judgements;
using Measures.Reporting;
using Measures.Time;
using Measures.Samples;

namespace Measures.Tests.Reporting;

/// <summary>
/// The sample council's scorecard for 2023/24, fed with the outturns published in its year-end report
/// (see <see cref="PublishedOutturns"/>), reproduces the report's figures and judgements. Line numbers
/// are those of the minutes in seed document 002_6e9f6af52e902438.txt.
/// </summary>
public sealed class PublishedOutturnScorecardTests
{
    internal static readonly Scorecard Scorecard = new ScorecardBuilder(SampleCouncil.Catalogue).Build(PublishedOutturns.Observations, PublishedOutturns.Year);

    [Theory]
    [InlineData("EH-01", "91.3%", "2023/24")]                       // line 56
    [InlineData("EH-02", "90.1%", "2023/24")]                       // line 58
    [InlineData("EH-03", "27.5%", "2023/24")]                       // line 59
    [InlineData("EH-04", "94.5%", "2023/24")]                       // line 60
    [InlineData("EH-05", "80.6%", "2023/24")]                       // line 61
    [InlineData("EH-06", "4.95%", "2023/24")]                       // line 64
    [InlineData("EH-07", "4.3%", "2023/24")]                        // line 62
    [InlineData("EH-08", "0.64%", "2023/24")]                       // line 63
    [InlineData("EH-09", "16.1 per 100,000", "rolling 12 months to Mar 2024")] // line 65
    [InlineData("EH-10", "186 per 100,000", "rolling 12 months to Mar 2024")] // line 74
    [InlineData("CSC-01", "316.8 per 10,000", "2023/24")]           // line 78
    [InlineData("CSC-02", "45.6 per 10,000", "2023/24")]            // line 79
    [InlineData("CSC-03", "88.4 per 10,000", "2023/24")]            // line 80
    [InlineData("CSC-04", "502 children", "2023/24")]               // line 81
    [InlineData("CSC-06", "348 young people", "2023/24")]           // line 82
    [InlineData("CSC-07", "17.3%", "2023/24")]                      // line 83
    [InlineData("CSC-08", "194.8 per 10,000", "2023/24")]           // line 84
    [InlineData("CSC-09", "95.0%", "2023/24")]                      // lines 85–87
    [InlineData("CSC-10", "387.2 days", "2023/24")]                 // line 90
    [InlineData("CSC-11", "182.6 days", "2023/24")]                 // line 91
    [InlineData("CSC-12", "69.3%", "2023/24")]                      // line 97
    [InlineData("CSC-13", "84.8%", "2023/24")]                      // line 98
    [InlineData("CSC-14", "65.2%", "2023/24")]                      // line 103
    [InlineData("CSC-15", "75.3%", "2023/24")]                      // line 105
    [InlineData("ED-01", "90.9%", "Spring term 2023/24")]           // line 107: "at the end of Term 2"
    [InlineData("ED-04", "67.3%", "AY 2022/23")]                    // line 110: "the 2022/2023 academic outturn"
    [InlineData("ED-05", "79%", "AY 2022/23")]                      // line 111
    [InlineData("ED-08", "38.7%", "AY 2022/23")]                    // line 122
    [InlineData("ED-09", "99.7%", "Spring term 2023/24")]           // line 113
    [InlineData("ED-10", "523 children", "Spring term 2023/24")]    // line 120
    [InlineData("INC-01", "59.9%", "2023")]                         // line 125: "measured across the calendar year"
    [InlineData("INC-02", "95.8%", "AY 2023/24")]                   // line 126: "on statutory deadline dates" of the 2023/24 academic year
    [InlineData("INC-03", "79.1%", "AY 2023/24")]                   // line 126
    [InlineData("INC-04", "3360 children and young people", "2023/24")] // line 131
    public void Each_measure_shows_its_published_value_for_its_own_period(string code, string value, string period)
    {
        var row = Scorecard[code];
        Assert.Equal(ScorecardValueState.Value, row.State);
        Assert.Equal(value, row.ValueText);
        Assert.Equal(period, row.PeriodLabel);
        Assert.Equal(period != "2023/24", row.HasOwnPeriod);
    }

    [Theory]
    [InlineData("EH-01", RagStatus.Green)]   // line 56: "significantly above the target of 75%"
    [InlineData("EH-06", RagStatus.Green)]   // line 64: "well within the 6% target"
    [InlineData("EH-07", RagStatus.Green)]   // line 62: "within the 4.5% target (lower was better)"
    [InlineData("CSC-07", RagStatus.Green)]  // line 83: "well within the target of below 22%"
    [InlineData("CSC-09", RagStatus.Green)]  // line 87: 95% "met the target of 95%"
    [InlineData("CSC-13", RagStatus.Red)]    // line 98: 84.8% "below the target of 90%"; 5.2 points short, beyond the sample's 5-point tolerance
    [InlineData("CSC-14", RagStatus.Amber)]  // line 103: 65.2% "below the target of 70%"; 4.8 points short, within the sample's 5-point tolerance
    [InlineData("ED-01", RagStatus.Green)]   // line 107: 90.9% "exceeding the target of 85%"
    [InlineData("ED-09", RagStatus.Green)]   // line 113: 99.7% "against a target of 95%"
    [InlineData("INC-01", RagStatus.Green)]  // line 125: 59.9% "above target of 58%"
    [InlineData("INC-02", RagStatus.Green)]  // line 126: 95.8% "exceeding their targets of 70%"
    [InlineData("INC-03", RagStatus.Green)]  // line 126: 79.1% "exceeding their targets of 70%"
    [InlineData("CSC-01", RagStatus.NoPolarity)] // line 78: children in need is a demand measure: no good direction
    [InlineData("EH-02", RagStatus.NoTarget)]    // line 58: no target quoted
    public void RAG_ratings_match_the_report(string code, RagStatus status)
    {
        Assert.Equal(status, Scorecard[code].Rag.Judgement.Status);
    }

    [Fact]
    public void The_explanation_states_the_figures_behind_a_rating()
    {
        Assert.Equal("84.8% is below the target of 90% by 5.2 points, beyond the 5-point tolerance: red", Scorecard["CSC-13"].Rag.Judgement.Explanation);
        Assert.Equal("95.0% meets the target of 95%: green", Scorecard["CSC-09"].Rag.Judgement.Explanation);
    }

    [Theory]
    [InlineData("EH-02", Direction.Improving)]  // line 58: "2.5% more than last year"
    [InlineData("EH-03", Direction.Improving)]  // line 59: "a pleasing increase of 1.9%"
    [InlineData("EH-04", Direction.Improving)]  // line 60: "an improvement of 2.5% from last year"
    [InlineData("EH-05", Direction.Improving)]  // line 61: "increased from 78% to 80.6%"
    [InlineData("EH-09", Direction.Improving)]  // line 65: reoffending "reduced … from 19.8 to 16.1"
    [InlineData("EH-10", Direction.Worsening)]  // line 74: first-time entrants "increased … to 186 … compared with 170"
    [InlineData("CSC-01", Direction.Down)]      // line 78: "reduced from 378.6"
    [InlineData("CSC-02", Direction.Down)]      // line 79
    [InlineData("CSC-03", Direction.Down)]      // line 80
    [InlineData("CSC-06", Direction.Up)]        // line 82: "increased … to 348 from 319"
    [InlineData("CSC-08", Direction.Down)]      // line 84: "194.8 (278.2 last year)"
    [InlineData("CSC-09", Direction.Improving)] // line 87: "an improvement when compared with last year (88.7%)"
    [InlineData("CSC-10", Direction.Improving)] // line 90: "significant improvement on last year when the figure was 492.5"
    [InlineData("CSC-11", Direction.Improving)] // line 91: "improvement on 197.4 last year"
    [InlineData("CSC-12", Direction.Worsening)] // line 97: "declined this year from 72.1% to 69.3"
    [InlineData("CSC-14", Direction.NoChange)]  // line 103: "remained the same as last year at 65.2%"
    [InlineData("CSC-15", Direction.Worsening)] // line 105: "75.3% … compared to 77% last year"
    [InlineData("ED-01", Direction.Improving)]  // line 107: "an improvement on 90% at outturn last year"
    [InlineData("ED-04", Direction.Improving)]  // line 110: "67.3% when compared to 64.5% the previous year"
    [InlineData("ED-05", Direction.Improving)]  // line 111: "79% compared with 75%"
    [InlineData("ED-06", Direction.Improving)]  // line 112: "a pleasing 1% improvement"
    [InlineData("ED-08", Direction.Worsening)]  // line 122: "reduced to 38.7% when compared with 44.7%"
    [InlineData("ED-10", Direction.Up)]         // line 120: "523 … another significant increase on the 435"
    [InlineData("INC-04", Direction.Up)]        // line 131: "3360 … compared to 3056"
    public void Directions_of_travel_against_last_year_match_the_report(string code, Direction direction)
    {
        Assert.Equal(direction, Scorecard[code].VersusSamePeriodLastYear.Travel.Judgement.Direction);
    }

    public static TheoryData<string, string> Outturns =>
        [.. PublishedOutturns.Used.Where(o => ReportingPeriod.Parse(o.Period).Start <= PublishedOutturns.Year.End).Select(o => (o.Code, o.Period))];

    [Theory]
    [MemberData(nameof(Outturns))]
    public void Every_published_figure_judgement_direction_and_benchmark_is_reproduced(string code, string period)
    {
        var outturn = PublishedOutturns.Used.Single(o => o.Code == code && o.Period == period);
        var row = Scorecard[code];
        Assert.Equal(outturn.Value, row.RoundedValue);
        Assert.True(row.Period.Contains(ReportingPeriod.Parse(period).End), $"{row.PeriodLabel} should end with {period}");
        switch (outturn.Judgement)
        {
            case "above target" or "within target" or "met target":
                Assert.Equal(RagStatus.Green, row.Rag.Judgement.Status);
                break;
            case "below target":
                Assert.True(row.Rag.Judgement.Status is RagStatus.Red or RagStatus.Amber, row.Rag.Judgement.Explanation);
                break;
        }

        if (outturn.Direction is { } word && outturn.Previous is not null)
        {
            Assert.Equal(word.Replace(" c", "C", StringComparison.Ordinal), ScorecardWords.Direction(row.VersusSamePeriodLastYear.Travel.Judgement.Direction));
            Assert.Equal(outturn.Previous, row.VersusSamePeriodLastYear.Travel.Judgement.Previous);
        }

        if (outturn.Benchmark is { } benchmark)
        {
            var comparison = Assert.Single(row.Benchmark!.Comparisons.Judgement, c => c.Comparator.Name == benchmark.Comparator);
            Assert.Equal(benchmark.Value, comparison.Comparator.Value);
            Assert.Equal(benchmark.Position, ScorecardWords.Position(comparison.Position));
        }
    }

    [Fact]
    public void Figures_published_for_a_period_after_the_scorecards_year_are_not_in_it()
    {
        // Lines 108-109: National Offer Day 2024 allocates places for September 2024, the academic year 2024/25,
        // which begins after 31 March 2024. The 2023/24 scorecard shows the academic year then under way.
        Assert.Equal(ReportingPeriod.AcademicYear(2023), Scorecard["ED-03"].Period);
        Assert.Equal("96.0%", Scorecard["ED-03"].ValueText);
        Assert.Equal(ScorecardValueState.NoData, Scorecard["ED-02"].State);
    }

    [Fact]
    public void For_a_year_the_previous_period_is_last_year()
    {
        foreach (var row in Scorecard.Rows.Where(r => !r.HasOwnPeriod))
        {
            Assert.Equal(row.VersusSamePeriodLastYear.Travel.Judgement.Direction, row.VersusPreviousPeriod.Travel.Judgement.Direction);
            Assert.Equal(PublishedOutturns.LastYear, row.VersusPreviousPeriod.Period);
        }
    }

    [Fact]
    public void A_direction_explanation_quotes_both_values()
    {
        Assert.Equal("95.0% is up 6.3 points on 88.7% (2022/23): improving", Scorecard["CSC-09"].VersusSamePeriodLastYear.Travel.Judgement.Explanation);
    }

    [Fact]
    public void Benchmarks_are_compared_where_they_exist()
    {
        // Line 65: reoffending 16.1 "significantly lower than the national average rate of 32.1" (lower is better).
        var reoffending = Scorecard["EH-09"].Benchmark!;
        Assert.Equal(BenchmarkPosition.Better, Assert.Single(reoffending.Comparisons.Judgement).Position);
        Assert.Equal("England", reoffending.Comparisons.Judgement[0].Comparator.Name);

        // Line 84: section 47s 194.8 "just above the national average of 191.6" (no good direction).
        var section47 = Scorecard["CSC-08"].Benchmark!;
        Assert.Equal(BenchmarkPosition.Above, Assert.Single(section47.Comparisons.Judgement).Position);
        Assert.Null(Scorecard["CSC-07"].Benchmark);
    }

    [Fact]
    public void A_measure_with_no_data_says_so()
    {
        // Line 149: dental checks "well below the 95% target", with no figure given.
        var dental = Scorecard["CSC-16"];
        Assert.Equal(ScorecardValueState.NoData, dental.State);
        Assert.Equal("no data", dental.ValueText);
        Assert.Null(dental.Value);
        Assert.Null(dental.Numerator);
        Assert.Equal(RagStatus.NoValue, dental.Rag.Judgement.Status);
        Assert.Equal(Direction.NotAvailable, dental.VersusPreviousPeriod.Travel.Judgement.Direction);
    }

    [Fact]
    public void Targets_come_with_their_tolerance()
    {
        var row = Scorecard["CSC-13"];
        Assert.Equal(90m, row.Target!.Value);
        Assert.Equal(ToleranceBand.Points(5), row.Target.Tolerance);
    }

    [Fact]
    public void Each_row_keeps_twelve_periods_of_history_ending_with_its_own()
    {
        foreach (var row in Scorecard.Rows)
        {
            Assert.Equal(12, row.History.Count);
            Assert.Equal(row.Period, row.History[^1].Period);
            Assert.Equal(row.RoundedValue, row.History[^1].Value);
        }

        var history = Scorecard["CSC-09"].History;
        Assert.Equal(ReportingPeriod.FinancialYear(2012), history[0].Period);
        Assert.Equal(88.7m, history[^2].Value);
        Assert.All(history.Take(10), p => Assert.Equal(ScorecardValueState.NoData, p.State));
    }

    [Fact]
    public void The_numerator_and_denominator_behind_a_value_are_kept()
    {
        var row = Scorecard["CSC-10"];
        Assert.Equal(387.2m, row.Numerator!.Value / row.Denominator!.Value);
        Assert.Equal(Scorecard["CSC-04"].Numerator, 502m);
        Assert.Null(Scorecard["CSC-04"].Denominator);
    }
}
