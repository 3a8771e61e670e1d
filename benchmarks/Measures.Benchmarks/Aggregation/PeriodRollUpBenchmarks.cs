using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Measures.Aggregation;

namespace Measures.Benchmarks.Aggregation;

/// <summary>Month → financial quarter and month → financial year by each measure's rules (sums and last months).</summary>
[MemoryDiagnoser]
public class PeriodRollUpBenchmarks : AggregationScenario
{
    /// <summary>The core: quarters.</summary>
    [Benchmark]
    public AggregationResult CoreQuarters() => Store.Aggregate(Query(PeriodRollUp.Quarters));

    /// <summary>LINQ GroupBy: quarters.</summary>
    [Benchmark(Baseline = true)]
    public List<LinqRow> LinqQuarters() => LinqBaseline.Quarters(Data.Observations, Data.Rules);

    /// <summary>DuckDB: quarters.</summary>
    [Benchmark]
    public List<BaselineRow> DuckDbQuarters() => DuckDb.RollUp("(month - 3) // 3");

    /// <summary>The core: financial years.</summary>
    [Benchmark]
    public AggregationResult CoreFinancialYears() => Store.Aggregate(Query(PeriodRollUp.FinancialYears));

    /// <summary>LINQ GroupBy: financial years.</summary>
    [Benchmark]
    public List<LinqRow> LinqFinancialYears() => LinqBaseline.FinancialYears(Data.Observations, Data.Rules);

    /// <summary>DuckDB: financial years.</summary>
    [Benchmark]
    public List<BaselineRow> DuckDbFinancialYears() => DuckDb.RollUp("(month - 3) // 12");
}
