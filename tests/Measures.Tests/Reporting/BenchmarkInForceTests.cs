using System;
using Measures.Definitions;
using Measures.Judgements;
using Measures.Observations;
using Measures.Reporting;
using Measures.Time;
using static Measures.Tests.Reporting.ScorecardTestMeasures;

namespace Measures.Tests.Reporting;

/// <summary>A benchmark applies to any period it covers, the way a target does, with its own period shown.</summary>
public sealed class BenchmarkInForceTests
{
    [Fact]
    public void A_financial_years_benchmark_applies_to_a_month_of_that_year()
    {
        // The rate of section 47s per 10,000 against England's 191.6 (the test measure's benchmark for FY 2023/24), in a July 2023 scorecard.
        var july = ReportingPeriod.Month(2023, 7);
        var scorecard = new ScorecardBuilder(Catalogue(RateOfFlow())).Build([new Observation("S47", july, 120, 10_000)], july);
        var row = scorecard["S47"];
        string scorecardHtml(ScorecardRow _) => scorecard.ToString(ScorecardFormat.Html);
        var benchmark = row.Benchmark!;
        Assert.Equal(ReportingPeriod.FinancialYear(2023), benchmark.Benchmark.Period);
        Assert.Equal(BenchmarkPosition.Below, Assert.Single(benchmark.Comparisons.Judgement).Position);
        Assert.Equal("2023/24", benchmark.PeriodLabel);
        Assert.Contains("(2023/24)", scorecardHtml(row), StringComparison.Ordinal);
    }
}
