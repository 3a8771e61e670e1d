using System;
using System.Linq;
using Measures.Definitions;
using Measures.Judgements;
using Measures.Reporting;
using Measures.Time;
using Measures.Samples;

namespace Measures.Tests.Reporting;

/// <summary>
/// The embedded sample council's scorecard for 2023/24, built from its monthly, termly and yearly sample
/// observations, reproduces the figures, judgements, directions and benchmarks its year-end report
/// published (seed document 002_6e9f6af52e902438.txt, lines as cited in the outturns data).
/// </summary>
public sealed class SampleScorecardTests
{
    internal static readonly Scorecard Scorecard = new ScorecardBuilder(SampleCouncil.Catalogue).Build(SampleCouncil.Observations, SampleCouncil.ReportingYear);

    public static TheoryData<string, string> Outturns =>
        [.. PublishedOutturns.Used.Where(o => ReportingPeriod.Parse(o.Period).Start <= SampleCouncil.ReportingYear.End).Select(o => (o.Code, o.Period))];

    [Theory]
    [MemberData(nameof(Outturns))]
    public void Every_published_figure_judgement_direction_and_benchmark_is_reproduced(string code, string period)
    {
        var outturn = PublishedOutturns.Used.Single(o => o.Code == code && o.Period == period);
        var row = Scorecard[code];
        Assert.Equal(outturn.Value, row.RoundedValue);
        // Late figures (youth justice) are the latest within the measure's data lag: "the last available data".
        var end = ReportingPeriod.Parse(period).End;
        bool latestWithinLag = row.Measure.DataLag is { } lag && row.Period.End <= end && row.Period.End >= end.Minus(lag);
        Assert.True(row.Period.Contains(end) || latestWithinLag, $"{row.PeriodLabel} should end with {period}");
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
            if (outturn.PreviousPeriod is not null)
            {
                // The report states which period the earlier figure is for only where it is last year's.
                Assert.Equal(outturn.Previous, row.VersusSamePeriodLastYear.Travel.Judgement.Previous);
            }
        }

        if (outturn.Benchmark is { } benchmark)
        {
            var comparison = Assert.Single(row.Benchmark!.Comparisons.Judgement, c => c.Comparator.Name == benchmark.Comparator);
            Assert.Equal(benchmark.Value, comparison.Comparator.Value);
            Assert.Equal(benchmark.Position, ScorecardWords.Position(comparison.Position));
        }
    }


    [Fact]
    public void Dental_checks_are_well_below_their_target()
    {
        // Line 149: dental check timeliness "well below the 95% target" (no figure published).
        var row = Scorecard["CSC-16"];
        Assert.Equal(RagStatus.Red, row.Rag.Judgement.Status);
        Assert.True(row.RoundedValue < 90m);
    }

    [Fact]
    public void Late_youth_justice_figures_show_the_latest_twelve_months_within_their_lag()
    {
        // Lines 65 and 74: "the last available data" for reoffending (16.1 per 100,000) and first-time entrants (186).
        Assert.Equal("rolling 12 months to Mar 2023", Scorecard["EH-09"].PeriodLabel);
        Assert.Equal("16.1 per 100,000", Scorecard["EH-09"].ValueText);
        Assert.Equal("rolling 12 months to Sep 2023", Scorecard["EH-10"].PeriodLabel);
        Assert.Equal("186 per 100,000", Scorecard["EH-10"].ValueText);
        Assert.Equal(SampleCouncil.ReportingYear, Scorecard["EH-09"].Benchmark!.Benchmark.Period);
    }
}
