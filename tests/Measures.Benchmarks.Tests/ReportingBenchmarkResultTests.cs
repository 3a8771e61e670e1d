using System.Linq;
using Measures.Benchmarks.Reporting;
using Measures.Definitions;
using Measures.Reporting;
using Measures.Observations;
using Measures.Samples;

namespace Measures.Benchmarks.Tests;

/// <summary>The reporting benchmarks compute the right answer.</summary>
public sealed class ReportingBenchmarkResultTests
{
    [Fact]
    public void The_benchmarked_scorecard_is_the_one_built_from_the_councils_totals()
    {
        var benchmark = new ScorecardBenchmarks { Teams = 7 };
        benchmark.Setup();
        Assert.Equal(36 * ScorecardBenchmarks.MonthlyMeasures.Count * 7, benchmark.Observations.Count);

        // The same figures added up by month, as a council-wide export would give them.
        var totals = benchmark.Observations
            .GroupBy(o => (o.MeasureCode, o.Period))
            .Select(g => new Observation(g.Key.MeasureCode, g.Key.Period, g.Sum(o => o.Numerator), g.First().Denominator is null ? null : g.Sum(o => o.Denominator!.Value)));
        var expected = new ScorecardBuilder(SampleCouncil.Catalogue).Build(totals, SampleCouncil.ReportingYear);

        var scorecard = benchmark.Build();
        Assert.Equal(expected.ToString(ScorecardFormat.Json), scorecard.ToString(ScorecardFormat.Json));
        Assert.All(ScorecardBenchmarks.MonthlyMeasures, m => Assert.Equal(ScorecardValueState.Value, scorecard[m.Code].State));
        Assert.Equal(scorecard.ToString(ScorecardFormat.Html), benchmark.Html());
    }
}
