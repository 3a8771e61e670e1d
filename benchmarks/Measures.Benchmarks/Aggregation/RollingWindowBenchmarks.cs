using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Measures.Aggregation;

namespace Measures.Benchmarks.Aggregation;

/// <summary>Rolling 12-month windows ending with each month, by each measure's rules.</summary>
[MemoryDiagnoser]
public class RollingWindowBenchmarks : AggregationScenario
{
    /// <summary>The core.</summary>
    [Benchmark]
    public AggregationResult Core() => Store.Aggregate(Query(PeriodRollUp.RollingMonths(12)));

    /// <summary>LINQ: month totals by GroupBy, then each window.</summary>
    [Benchmark(Baseline = true)]
    public List<LinqRow> Linq() => LinqBaseline.Rolling12(Data.Observations, Data.Rules);

    /// <summary>DuckDB: month totals, then a range join to each window's end.</summary>
    [Benchmark]
    public List<BaselineRow> DuckDbQuery() => DuckDb.Rolling12();
}
