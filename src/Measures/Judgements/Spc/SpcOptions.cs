using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Measures.Judgements.Spc;

/// <summary>
/// Choices for an XmR chart. The defaults are Making Data Count's and NHSRplotthedots': moving ranges
/// screened, runs and trends of 7 points, limits over every point, trial limits below 12 points.
/// </summary>
/// <remarks>This type is immutable once created and is thread-safe.</remarks>
public sealed class SpcOptions
{
    /// <summary>The multiple of the mean moving range at or above which a moving range is screened out: 3.267.</summary>
    public const double ScreeningFactor = 3.267;

    /// <summary>Gets the default options.</summary>
    public static SpcOptions Default { get; } = new();

    /// <summary>
    /// Gets the number of points, from the start of each segment, that fix the mean and limits (a baseline),
    /// or <see langword="null"/> (the default) to use every point.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 2.</exception>
    public int? Baseline
    {
        get;
        init => field = value is null or >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A baseline needs at least 2 points, to have a moving range.");
    }

    /// <summary>
    /// Gets whether moving ranges at or above <see cref="ScreeningFactor"/> × the mean moving range are left out
    /// of the mean moving range (once; the mean is unchanged); <see langword="true"/> by default.
    /// </summary>
    public bool ScreenMovingRanges { get; init; } = true;

    /// <summary>Gets how many points in a row on one side of the mean make a run (a shift): 7 by default, or 6.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is neither 6 nor 7.</exception>
    public int RunLength
    {
        get;
        init => field = value is 6 or 7 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A run is 7 points (Making Data Count's default) or 6.");
    } = 7;

    /// <summary>Gets how many points in a row, each strictly above (or below) the one before, make a trend: 7 by default, or 6.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is neither 6 nor 7.</exception>
    public int TrendLength
    {
        get;
        init => field = value is 6 or 7 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A trend is 7 points (Making Data Count's default) or 6.");
    } = 7;

    /// <summary>
    /// Gets the number of points a segment needs before its limits stop being trial limits: 12 by default
    /// (NHSRplotthedots warns of "n &lt; 12" observations).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is below 2.</exception>
    public int MinimumPoints
    {
        get;
        init => field = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Limits need at least 2 points.");
    } = 12;

    /// <summary>
    /// Gets the labels of the periods at which the chart is rebased: each starts a new segment with its own
    /// mean, limits and rules. Empty by default.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value set is null or holds a null label.</exception>
    public IReadOnlyList<string> RebaseAt
    {
        get;
        init => field = value is null || value.Any(l => l is null) ? throw new ArgumentNullException(nameof(value), "Rebase labels cannot be null.") : value.ToImmutableArray();
    } = ImmutableArray<string>.Empty;
}
