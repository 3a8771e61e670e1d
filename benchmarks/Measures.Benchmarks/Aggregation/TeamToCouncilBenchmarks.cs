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

    /// <summary>LINQ over domain objects: GroupBy with a team name → council name lookup.</summary>
    [Benchmark(Baseline = true)]
    public List<LinqRow> Linq() => LinqBaseline.TeamToCouncil(Data.Observations, Data.CouncilByUnitName);

    /// <summary>LINQ GroupBy over structs with integer keys and a team index → council index array.</summary>
    [Benchmark]
    public List<BaselineRow> LinqOverStructs() => StructBaselines.LinqTeamToCouncil(Data.Rows, Data.CouncilOfUnit);

    /// <summary>A dictionary of totals updated in place with CollectionsMarshal, over structs with integer keys.</summary>
    [Benchmark]
    public List<BaselineRow> DictionaryOverStructs() => StructBaselines.DictionaryTeamToCouncil(Data.Rows, Data.CouncilOfUnit);

    /// <summary>DuckDB: a join to the units table and GROUP BY.</summary>
    [Benchmark]
    public List<BaselineRow> DuckDbQuery() => DuckDb.TeamToCouncil();
}
