using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Measures.Aggregation;

namespace Measures.Benchmarks.Aggregation;

/// <summary>Loading the rows, timed apart from the queries: the core's store build against DuckDB's appender.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class AggregationLoadBenchmarks
{
    private AggregationBenchmarkData data = null!;

    /// <summary>Gets or sets the number of measures.</summary>
    public int Measures { get; set; } = 200;

    /// <summary>Gets or sets the number of teams.</summary>
    public int Units { get; set; } = 420;

    /// <summary>Makes the data.</summary>
    [GlobalSetup]
    public void Setup() => data = AggregationBenchmarkData.Create(Measures, 120, Units);

    /// <summary>The core: intern, check, sort and lay out the columns.</summary>
    [Benchmark(Baseline = true)]
    public ObservationStore CoreBuild() => data.BuildStore();

    /// <summary>DuckDB: create the tables and append every row.</summary>
    [Benchmark]
    public int DuckDbLoad()
    {
        using var duckDb = new DuckDbBaseline(2);
        duckDb.Load(data);
        return data.RowCount;
    }
}
