using BenchmarkDotNet.Attributes;
using Measures.Aggregation;

namespace Measures.Benchmarks.Aggregation;

/// <summary>
/// Reading every aggregate of a result (24,000 for 200 measures × 120 months) against the query that
/// made it: reading must cost less than the query, and allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class ReadingResultsBenchmarks : AggregationScenario
{
    private AggregationResult result = AggregationResult.Empty;

    /// <summary>Runs the query once, outside the timings.</summary>
    protected override void SetupMore() => result = Store.Aggregate(Query(PeriodRollUp.AsReported));

    /// <summary>The (measure, month) query over every unit, on two threads.</summary>
    [Benchmark(Baseline = true)]
    public AggregationResult RunQuery() => Store.Aggregate(Query(PeriodRollUp.AsReported));

    /// <summary>Reads every aggregate of the query's result: key, figures and completeness.</summary>
    [Benchmark]
    public long ReadEveryAggregate()
    {
        long total = 0;
        foreach (var a in result)
        {
            total += a.HeldNumerator + a.HeldDenominator + a.Completeness.PeriodsPresent + a.MeasureCode.Length + a.OrganisationalUnit.Length + a.Period.GetHashCode();
        }

        return total;
    }

    /// <summary>Reads every aggregate's value as the scorecard does: numerator, denominator and ratio as decimals.</summary>
    [Benchmark]
    public decimal ReadEveryRatio()
    {
        decimal total = 0;
        foreach (var a in result)
        {
            total += a.Numerator + (a.Ratio ?? 0);
        }

        return total;
    }
}
