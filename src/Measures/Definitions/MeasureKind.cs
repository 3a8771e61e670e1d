namespace Measures.Definitions;

/// <summary>
/// How a council groups a measure in its scorecard. The 2023/24 year-end report of the sample
/// council counts 22 benchmark, 35 activity and 18 education measures.
/// </summary>
public enum MeasureKind : byte
{
    /// <summary>Compared with national, regional and statistical-neighbour figures.</summary>
    Benchmark = 1,

    /// <summary>Demand and volume: what the service did, usually without a target.</summary>
    Activity = 2,

    /// <summary>Termly or academic-year education figures, kept out of monthly summary counts.</summary>
    Education = 3,

    /// <summary>A council's own local measure.</summary>
    Local = 4,
}
