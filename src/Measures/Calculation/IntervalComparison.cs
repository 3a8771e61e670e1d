using System;
using System.Globalization;
using Measures.Definitions;
using Measures.Internal;
using Measures.Judgements;

namespace Measures.Calculation;

/// <summary>
/// A value compared with a benchmark (England, region, neighbours) once chance is allowed for, in each of the
/// ways the Fingertips public-health profiles offer: the benchmark against the value's interval at one level
/// or at two (95% and 99.8%), the two intervals overlapping, or control limits for proportions.
/// </summary>
/// <remarks>
/// A benchmark on an interval's limit counts as within it (similar), as Fingertips does. A measure with no single
/// good direction is above or below. This type is immutable and thread-safe.
/// </remarks>
public sealed class IntervalComparison
{
    private IntervalComparison(IntervalComparisonMethod method, BenchmarkPosition position, ConfidenceLevel? significantAt, string explanation)
    {
        Method = method;
        Position = position;
        SignificantAt = significantAt;
        Explanation = explanation;
    }

    /// <summary>Gets how the comparison was made.</summary>
    public IntervalComparisonMethod Method { get; }

    /// <summary>Gets where the value stands.</summary>
    public BenchmarkPosition Position { get; }

    /// <summary>
    /// Gets the highest level at which the difference is significant (95% or 99.8%: the outer band), or
    /// <see langword="null"/> when the value is similar or there is no comparison.
    /// </summary>
    public ConfidenceLevel? SignificantAt { get; }

    /// <summary>Gets whether the difference is significant at 99.8%, the outer band of a two-level comparison.</summary>
    public bool IsInOuterBand => SignificantAt is { } level && level.Percent >= 99.8m;

    /// <summary>Gets the one-sentence explanation.</summary>
    public string Explanation { get; }

    /// <summary>The benchmark against the value's interval at its level (95% is usual).</summary>
    /// <param name="value">The value's interval.</param>
    /// <param name="benchmark">The benchmark value, on the same scale.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IntervalComparison OneLevel(ConfidenceInterval value, double benchmark, Polarity polarity)
    {
        Preconditions.CheckNotNull(value);
        var position = value.CompareWith(benchmark, polarity);
        return Make(IntervalComparisonMethod.OneLevel, position, value.Level, $"the benchmark {Text(benchmark)} against the value's {value.Level} interval {Text(value.Lower)} to {Text(value.Upper)}");
    }

    /// <summary>
    /// The benchmark against the value's 95% and 99.8% intervals: within the 95% interval is similar; between
    /// the two is better or worse at 95%; beyond the 99.8% interval is better or worse at 99.8% (the outer band).
    /// </summary>
    /// <param name="inner">The value's 95% interval.</param>
    /// <param name="outer">The value's 99.8% interval, around the same value.</param>
    /// <param name="benchmark">The benchmark value.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The outer interval does not contain the inner one.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IntervalComparison TwoLevels(ConfidenceInterval inner, ConfidenceInterval outer, double benchmark, Polarity polarity)
    {
        Preconditions.CheckNotNull(inner);
        Preconditions.CheckNotNull(outer);
        Preconditions.CheckArgument(outer.Lower <= inner.Lower && inner.Upper <= outer.Upper, nameof(outer), "The outer (99.8%) interval must contain the inner (95%) one.");
        var position = inner.CompareWith(benchmark, polarity);
        ConfidenceLevel? level = inner.Level;
        if (!outer.Contains(benchmark) && double.IsFinite(benchmark))
        {
            level = outer.Level;
        }

        return Make(IntervalComparisonMethod.TwoLevels, position, level, $"the benchmark {Text(benchmark)} against the value's {inner.Level} interval {Text(inner.Lower)} to {Text(inner.Upper)} and {outer.Level} interval {Text(outer.Lower)} to {Text(outer.Upper)}");
    }

    /// <summary>
    /// The value's interval against the benchmark's: similar when they overlap (touching counts), otherwise
    /// higher or lower.
    /// </summary>
    /// <param name="value">The value's interval.</param>
    /// <param name="benchmark">The benchmark's interval (made with <see cref="ConfidenceInterval.FromPublishedLimits"/> when published).</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IntervalComparison Overlapping(ConfidenceInterval value, ConfidenceInterval benchmark, Polarity polarity)
    {
        Preconditions.CheckNotNull(value);
        Preconditions.CheckNotNull(benchmark);
        bool overlap = value.Estimate < benchmark.Estimate ? benchmark.Lower <= value.Upper : value.Lower <= benchmark.Upper;
        int direction = overlap ? 0 : value.Estimate < benchmark.Estimate ? -1 : 1;
        return Make(IntervalComparisonMethod.OverlappingIntervals, PositionOf(direction, polarity), value.Level, $"the value's interval {Text(value.Lower)} to {Text(value.Upper)} against the benchmark's {Text(benchmark.Lower)} to {Text(benchmark.Upper)}");
    }

    /// <summary>
    /// The value against control limits around the benchmark proportion at the value's denominator (Fingertips'
    /// "SPC for proportions"): the limits are Wilson score limits for the count the benchmark would give.
    /// </summary>
    /// <param name="proportion">The value as a proportion (0 to 1).</param>
    /// <param name="denominator">The value's denominator, positive.</param>
    /// <param name="benchmarkProportion">The benchmark as a proportion (0 to 1).</param>
    /// <param name="level">The level of the control limits.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">A proportion is outside 0 to 1, or the denominator is not positive.</exception>
    public static IntervalComparison SpcForProportions(double proportion, double denominator, double benchmarkProportion, ConfidenceLevel level, Polarity polarity)
    {
        ConfidenceLevel.Check(level);
        Preconditions.CheckArgument(proportion is >= 0 and <= 1, nameof(proportion), $"The proportion {Text(proportion)} must be between 0 and 1.");
        Preconditions.CheckArgument(benchmarkProportion is >= 0 and <= 1, nameof(benchmarkProportion), $"The benchmark proportion {Text(benchmarkProportion)} must be between 0 and 1.");
        Preconditions.CheckArgument(denominator > 0 && double.IsFinite(denominator), nameof(denominator), $"The denominator {Text(denominator)} must be positive.");
        var (lower, upper) = FunnelLimits.WilsonControlLimits(benchmarkProportion, denominator, level.Z);
        int direction = proportion > upper ? 1 : proportion < lower ? -1 : 0;
        return Make(IntervalComparisonMethod.SpcForProportions, PositionOf(direction, polarity), level, $"the proportion {Text(proportion)} against {level} control limits {Text(lower)} to {Text(upper)} around the benchmark {Text(benchmarkProportion)} at a denominator of {Text(denominator)}");
    }

    /// <summary>The explanation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Explanation;

    private static IntervalComparison Make(IntervalComparisonMethod method, BenchmarkPosition position, ConfidenceLevel? level, string what)
    {
        bool significant = position is not (BenchmarkPosition.Similar or BenchmarkPosition.NotAvailable);
        string word = position switch
        {
            BenchmarkPosition.Better => "better",
            BenchmarkPosition.Worse => "worse",
            BenchmarkPosition.Above => "higher",
            BenchmarkPosition.Below => "lower",
            BenchmarkPosition.Similar => "similar",
            _ => "not compared",
        };
        string at = significant ? $", significant at {level}" : "";
        return new IntervalComparison(method, position, significant ? level : null, $"Compared {what}: {word}{at}.");
    }

    private static BenchmarkPosition PositionOf(int direction, Polarity polarity) => (direction, polarity) switch
    {
        (0, _) => BenchmarkPosition.Similar,
        (1, Polarity.HigherIsBetter) or (-1, Polarity.LowerIsBetter) => BenchmarkPosition.Better,
        (1, Polarity.LowerIsBetter) or (-1, Polarity.HigherIsBetter) => BenchmarkPosition.Worse,
        (1, _) => BenchmarkPosition.Above,
        _ => BenchmarkPosition.Below,
    };

    private static string Text(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
