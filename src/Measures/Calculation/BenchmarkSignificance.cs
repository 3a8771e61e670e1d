namespace Measures.Calculation;

/// <summary>
/// How a value compares with a benchmark (England, region) once chance is allowed for, as public-health
/// profiles show it: the benchmark outside the value's confidence interval is a significant difference.
/// </summary>
public enum BenchmarkSignificance : byte
{
    /// <summary>No comparison could be made (no value, no interval or no benchmark).</summary>
    NotCompared = 0,

    /// <summary>Significantly better than the benchmark, given the polarity.</summary>
    Better = 1,

    /// <summary>Not significantly different from the benchmark: it lies within the interval.</summary>
    Similar = 2,

    /// <summary>Significantly worse than the benchmark, given the polarity.</summary>
    Worse = 3,

    /// <summary>Significantly higher than the benchmark, for a measure with no good direction.</summary>
    Higher = 4,

    /// <summary>Significantly lower than the benchmark, for a measure with no good direction.</summary>
    Lower = 5,
}
