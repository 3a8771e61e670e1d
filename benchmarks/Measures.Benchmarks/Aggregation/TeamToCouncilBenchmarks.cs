using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Measures.Aggregation;

namespace Measures.Benchmarks.Aggregation;

/// <summary>Teams → councils (through localities) for each measure and month.</summary>
[MemoryDiagnoser]
public class TeamToCouncilBenchmarks : AggregationScenario
{
    /// <summary>The core, through the organisational hierarchy.</summary>
    [Benchmark]
    public AggregationResult Core() => Store.Aggregate(Query(PeriodRollUp.AsReported, UnitRollUp.ToLevel(Data.Hierarchy, 0)));

    /// <summary>LINQ GroupBy with a team → council lookup.</summary>
    [Benchmark(Baseline = true)]
    public List<LinqRow> Linq() => LinqBaseline.TeamToCouncil(Data.Observations, Data.CouncilByUnitName);

    /// <summary>DuckDB: a join to the units table and GROUP BY.</summary>
    [Benchmark]
    public List<BaselineRow> DuckDbQuery() => DuckDb.TeamToCouncil();
}
