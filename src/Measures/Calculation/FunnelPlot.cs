using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Measures.Internal;

namespace Measures.Calculation;

/// <summary>
/// A funnel plot of many councils' proportions or rates against their denominators, with 95% and 99.8% control
/// limits around the average (or a benchmark), as PHEindicatormethods and the Fingertips guidance draw it: a fair
/// way to compare councils of very different sizes.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class FunnelPlot
{
    private FunnelPlot(ImmutableArray<(FunnelPoint Point, double Value, FunnelPosition Position)> points, double centre, double multiplier, bool isRate, ImmutableArray<(FunnelLimits Inner, FunnelLimits Outer)> curve)
    {
        Points = points;
        Centre = centre;
        Multiplier = multiplier;
        IsRate = isRate;
        Curve = curve;
    }

    /// <summary>Gets each council's figure with its value (per multiplier) and position against the limits at its denominator.</summary>
    public IReadOnlyList<(FunnelPoint Point, double Value, FunnelPosition Position)> Points { get; }

    /// <summary>Gets the centre line: the average (or benchmark) per multiplier.</summary>
    public double Centre { get; }

    /// <summary>Gets the multiplier: 100 for percentages, N for a rate per N.</summary>
    public double Multiplier { get; }

    /// <summary>Gets whether the values are rates (Poisson limits) rather than proportions (Wilson limits).</summary>
    public bool IsRate { get; }

    /// <summary>Gets the 95% and 99.8% limits at 100 denominators spread from the smallest to the largest, for drawing the funnel.</summary>
    public IReadOnlyList<(FunnelLimits Inner, FunnelLimits Outer)> Curve { get; }

    /// <summary>
    /// A funnel plot of proportions around the councils' average (all numerators over all denominators), as
    /// percentages by default.
    /// </summary>
    /// <param name="points">The councils' figures, at least one; enumerated once.</param>
    /// <param name="multiplier">100 for percentages (the default), 1 for proportions.</param>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentException">There are no figures, or a figure's numerator is negative or above its positive denominator.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FunnelPlot ForProportions(IEnumerable<FunnelPoint> points, double multiplier = 100)
    {
        var all = Check(points, proportion: true);
        double average = all.Sum(p => p.Numerator) / all.Sum(p => p.Denominator);
        return Build(all, average * multiplier, multiplier, isRate: false, (n, level) => FunnelLimits.ForProportion(average, n, level, multiplier));
    }

    /// <summary>
    /// A funnel plot of rates per <paramref name="multiplier"/> around <paramref name="benchmarkRate"/>, or the
    /// councils' overall rate when none is given.
    /// </summary>
    /// <param name="points">The councils' events and populations, at least one; enumerated once.</param>
    /// <param name="multiplier">N of a rate per N.</param>
    /// <param name="benchmarkRate">The rate to centre on (England's), or <see langword="null"/> for the councils' overall rate.</param>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentException">There are no figures, a count is negative or a population not positive, or the centre is not positive.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FunnelPlot ForRates(IEnumerable<FunnelPoint> points, double multiplier, double? benchmarkRate = null)
    {
        var all = Check(points, proportion: false);
        double centre = benchmarkRate ?? (all.Sum(p => p.Numerator) / all.Sum(p => p.Denominator) * multiplier);
        Preconditions.CheckArgument(centre > 0 && double.IsFinite(centre), nameof(benchmarkRate), "A rate funnel needs a positive centre rate.");
        return Build(all, centre, multiplier, isRate: true, (n, level) => FunnelLimits.ForRate(centre, n, level, multiplier));
    }

    private static FunnelPoint[] Check(IEnumerable<FunnelPoint> points, bool proportion)
    {
        Preconditions.CheckNotNull(points);
        var all = points.ToArray();
        Preconditions.CheckArgument(all.Length > 0, nameof(points), "A funnel plot needs at least one council's figure.");
        foreach (var p in all)
        {
            Preconditions.CheckArgument(p.Denominator > 0 && double.IsFinite(p.Denominator), nameof(points), $"{p.Label}: the denominator {p.Denominator.ToString(CultureInfo.InvariantCulture)} must be positive.");
            Preconditions.CheckArgument(p.Numerator >= 0 && double.IsFinite(p.Numerator), nameof(points), $"{p.Label}: the numerator {p.Numerator.ToString(CultureInfo.InvariantCulture)} cannot be negative.");
            Preconditions.CheckArgument(!proportion || p.Numerator <= p.Denominator, nameof(points), $"{p.Label}: the numerator {p.Numerator.ToString(CultureInfo.InvariantCulture)} is above the denominator {p.Denominator.ToString(CultureInfo.InvariantCulture)}, which a proportion cannot be.");
        }

        return all;
    }

    private static FunnelPlot Build(FunnelPoint[] all, double centre, double multiplier, bool isRate, Func<double, ConfidenceLevel, FunnelLimits> limits)
    {
        var p95 = ConfidenceLevel.NinetyFivePercent;
        var p998 = ConfidenceLevel.NinetyNinePointEightPercent;
        var points = all.Select(p =>
        {
            double value = p.Numerator / p.Denominator * multiplier;
            return (p, value, FunnelLimits.Classify(value, limits(p.Denominator, p95), limits(p.Denominator, p998)));
        }).ToImmutableArray();

        // 100 denominators spread geometrically from the smallest to the largest council, as PHEindicatormethods draws them.
        double low = Math.Max(1, all.Min(p => p.Denominator));
        double high = Math.Max(low * 1.01, all.Max(p => p.Denominator));
        var curve = Enumerable.Range(0, 100)
            .Select(i => low * Math.Pow(high / low, i / 99.0))
            .Select(n => (limits(n, p95), limits(n, p998)))
            .ToImmutableArray();
        return new FunnelPlot(points, centre, multiplier, isRate, curve);
    }
}
