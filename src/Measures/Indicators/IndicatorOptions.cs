using System.Collections.Generic;

namespace Measures.Indicators;

/// <summary>Options for computing indicators: the population rates are taken over, the breakdowns wanted and the measures.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record IndicatorOptions
{
    /// <summary>Gets the default options: no population (so no rates), no breakdowns.</summary>
    public static IndicatorOptions Default { get; } = new();

    /// <summary>Gets the children aged 0 to 17 rates per 10,000 are taken over; without it, rates are absent and a note says why.</summary>
    public Population? Population { get; init; }

    /// <summary>Gets the breakdowns to compute for the counts of children looked after, started and ceased.</summary>
    public IndicatorBreakdowns Breakdowns { get; init; }

    /// <summary>
    /// Gets the measures to compute, by code (case is ignored); <see langword="null"/> or empty for every one. A
    /// figure not asked for costs nothing and is neither in the observations nor explained.
    /// </summary>
    public IReadOnlyList<string>? Measures { get; init; }
}
