namespace Measures.Calculation;

/// <summary>How a value was compared with a benchmark, among the methods public-health profiles offer.</summary>
public enum IntervalComparisonMethod : byte
{
    /// <summary>The benchmark against the value's interval at one level (95%).</summary>
    OneLevel = 1,

    /// <summary>The benchmark against the value's 95% and 99.8% intervals.</summary>
    TwoLevels = 2,

    /// <summary>The value's interval against the benchmark's own interval: similar when they overlap.</summary>
    OverlappingIntervals = 3,

    /// <summary>The value against control limits around the benchmark proportion at the value's denominator.</summary>
    SpcForProportions = 4,
}
