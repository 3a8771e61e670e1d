using System;
using BenchmarkDotNet.Attributes;
using Measures.Aggregation;

namespace Measures.Benchmarks.Aggregation;

/// <summary>
/// What every aggregation scenario shares: the data (built once per process, outside the timings),
/// the core's store and DuckDB loaded with the same rows, both on two threads.
/// </summary>
public abstract class AggregationScenario : IDisposable
{
    /// <summary>Gets or sets the number of measures (200 in the published runs).</summary>
    public int Measures { get; set; } = 200;

    /// <summary>Gets or sets the number of months (120).</summary>
    public int Months { get; set; } = 120;

    /// <summary>Gets or sets the number of teams (420, for 10,080,000 rows).</summary>
    public int Units { get; set; } = 420;

    /// <summary>Gets or sets the threads given to the core and to DuckDB.</summary>
    public int Threads { get; set; } = 2;

    /// <summary>Gets the data.</summary>
    public AggregationBenchmarkData Data { get; private set; } = null!;

    /// <summary>Gets the core's store.</summary>
    public ObservationStore Store { get; private set; } = null!;

    /// <summary>Gets DuckDB, loaded.</summary>
    public DuckDbBaseline DuckDb { get; private set; } = null!;

    /// <summary>Makes the data, builds the store and loads DuckDB.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Data = AggregationBenchmarkData.Create(Measures, Months, Units);
        Store = Data.BuildStore();
        DuckDb = new DuckDbBaseline(Threads);
        DuckDb.Load(Data);
        SetupMore();
    }

    /// <summary>Any further preparation of a scenario, outside the timings.</summary>
    protected virtual void SetupMore()
    {
    }

    /// <summary>Closes DuckDB.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        DuckDb?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A query for every measure on <see cref="Threads"/> threads.</summary>
    protected AggregationQuery Query(PeriodRollUp periods, UnitRollUp? units = null) =>
        new() { Periods = periods, Units = units ?? UnitRollUp.AllUnits, MaxDegreeOfParallelism = Threads };
}
