namespace Measures.Calculation;

/// <summary>
/// Which direction is good when a value is compared with a benchmark: the measure's polarity as far
/// as a benchmark comparison needs it.
/// </summary>
public enum BenchmarkPolarity : byte
{
    /// <summary>No direction is good (activity and demand measures): a difference is only higher or lower.</summary>
    None = 0,

    /// <summary>A higher value is better.</summary>
    HigherIsBetter = 1,

    /// <summary>A lower value is better.</summary>
    LowerIsBetter = 2,
}
