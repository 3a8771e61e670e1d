using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Measures.Definitions;
using Measures.Internal;

namespace Measures.Calculation;

/// <summary>
/// The recent trend over the last five points, as the Fingertips public-health profiles compute it: the
/// chi-squared test for trend for proportions, and a weighted regression on the values' confidence intervals
/// for rates and other values, significant when χ² exceeds 9.5495 (99.8%, one degree of freedom) and no single
/// point, left out, reverses the slope.
/// </summary>
/// <remarks>
/// Fingertips applies the test to independent annual periods, not to overlapping or monthly ones; the caller
/// chooses the points. This type is immutable and thread-safe.
/// </remarks>
public sealed class RecentTrend
{
    /// <summary>The number of most recent points the test uses: 5.</summary>
    public const int PointsUsed = 5;

    /// <summary>χ² with one degree of freedom at 99.8%: the threshold Fingertips uses.</summary>
    public const double ChiSquareThreshold = 9.54953570608324;

    private RecentTrend(RecentTrendMarker marker, double? chiSquare, double? slope, string reason)
    {
        Marker = marker;
        ChiSquare = chiSquare;
        Slope = slope;
        Reason = reason;
    }

    /// <summary>Gets the marker.</summary>
    public RecentTrendMarker Marker { get; }

    /// <summary>Gets the test statistic, or <see langword="null"/> when it could not be calculated.</summary>
    public double? ChiSquare { get; }

    /// <summary>Gets the slope per period (of the log-odds for proportions, of the value otherwise), or <see langword="null"/>.</summary>
    public double? Slope { get; }

    /// <summary>Gets why the marker is what it is, in a sentence.</summary>
    public string Reason { get; }

    /// <summary>
    /// The chi-squared test for trend in proportions over the last five of <paramref name="points"/>, given in
    /// time order as numerator and denominator.
    /// </summary>
    /// <param name="points">The counts in time order; enumerated once.</param>
    /// <returns>The trend; <see cref="RecentTrendMarker.CannotBeCalculated"/> with a reason for fewer than five points, or a point with none or all of its cases.</returns>
    /// <exception cref="ArgumentException">A count is negative, or a numerator is above its denominator.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RecentTrend ForProportions(IEnumerable<(long Numerator, long Denominator)> points)
    {
        Preconditions.CheckNotNull(points);
        var all = points.ToList();
        foreach (var (x, n) in all)
        {
            Preconditions.CheckArgument(x >= 0 && n > 0 && x <= n, nameof(points), $"The count {x} of {n} is not a proportion: the denominator must be positive and the numerator between 0 and it.");
        }

        if (all.Count < PointsUsed)
        {
            return TooFew(all.Count);
        }

        var last = all.Skip(all.Count - PointsUsed).ToArray();
        if (last.Any(p => p.Numerator == 0 || p.Numerator == p.Denominator))
        {
            return new RecentTrend(RecentTrendMarker.CannotBeCalculated, null, null, "A point has none or all of its cases, so the log-odds the outlier check needs are infinite.");
        }

        double sumN = 0, sumX = 0, sumXt = 0, sumNt = 0, sumNt2 = 0;
        for (int i = 0; i < PointsUsed; i++)
        {
            double t = i + 1;
            double x = last[i].Numerator;
            double n = last[i].Denominator;
            sumN += n;
            sumX += x;
            sumXt += x * t;
            sumNt += n * t;
            sumNt2 += n * t * t;
        }

        double gap = (sumN * sumXt) - (sumX * sumNt);
        double chiSquare = sumN * gap * gap / (sumX * (sumN - sumX) * ((sumN * sumNt2) - (sumNt * sumNt)));
        double[] logOdds = last.Select(p => Math.Log(p.Numerator / (double)(p.Denominator - p.Numerator))).ToArray();
        double slope = OrdinarySlope(logOdds, skip: -1);
        bool steady = Enumerable.Range(0, PointsUsed).All(skip => SameSign(OrdinarySlope(logOdds, skip), slope));
        return Judge(chiSquare, slope, steady);
    }

    /// <summary>
    /// The weighted-regression test for trend over the last five of <paramref name="intervals"/>, in time
    /// order: each value weighted by the inverse square of the standard error its interval implies.
    /// </summary>
    /// <param name="intervals">The values with their confidence intervals, in time order; enumerated once.</param>
    /// <returns>The trend; <see cref="RecentTrendMarker.CannotBeCalculated"/> with a reason for fewer than five points or an interval of no width.</returns>
    /// <exception cref="ArgumentException">An interval is null.</exception>
    /// <exception cref="ArgumentNullException">The sequence is null.</exception>
    public static RecentTrend ForIntervals(IEnumerable<ConfidenceInterval> intervals)
    {
        Preconditions.CheckNotNull(intervals);
        var all = intervals.ToList();
        Preconditions.CheckArgument(all.All(i => i is not null), nameof(intervals), "An interval is missing.");
        if (all.Count < PointsUsed)
        {
            return TooFew(all.Count);
        }

        var last = all.Skip(all.Count - PointsUsed).ToArray();
        if (last.Any(i => !(i.Width > 0)))
        {
            return new RecentTrend(RecentTrendMarker.CannotBeCalculated, null, null, "A point's interval has no width, so its standard error is unknown.");
        }

        // Fingertips divides the width of a 95% interval by 3.92 (2 × 1.96); other levels by 2z.
        double[] weights = last.Select(i =>
        {
            double divisor = i.Level.Percent == 95m ? 3.92 : 2 * i.Level.Z;
            double se = i.Width / divisor;
            return 1 / (se * se);
        }).ToArray();
        double[] values = last.Select(i => i.Estimate).ToArray();
        var (slope, chiSquare) = WeightedSlope(values, weights, skip: -1);
        bool steady = Enumerable.Range(0, PointsUsed).All(skip => SameSign(WeightedSlope(values, weights, skip).Slope, slope));
        return Judge(chiSquare, slope, steady);
    }

    /// <summary>
    /// The marker in words, through the measure's polarity, as Fingertips writes it: "Increasing and getting
    /// better", "Decreasing and getting worse", "Increasing" (no good direction), "No significant change".
    /// </summary>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The words.</returns>
    public string Describe(Polarity polarity) => (Marker, polarity) switch
    {
        (RecentTrendMarker.Increasing, Polarity.HigherIsBetter) => "Increasing and getting better",
        (RecentTrendMarker.Increasing, Polarity.LowerIsBetter) => "Increasing and getting worse",
        (RecentTrendMarker.Decreasing, Polarity.HigherIsBetter) => "Decreasing and getting worse",
        (RecentTrendMarker.Decreasing, Polarity.LowerIsBetter) => "Decreasing and getting better",
        (RecentTrendMarker.Increasing, _) => "Increasing",
        (RecentTrendMarker.Decreasing, _) => "Decreasing",
        (RecentTrendMarker.NoSignificantChange, _) => "No significant change",
        _ => "Cannot be calculated",
    };

    /// <summary>The marker and its reason.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Describe(Polarity.None)}: {Reason}";

    /// <summary>A trend that cannot be calculated, for a reason the caller knows (a gap in the counts).</summary>
    internal static RecentTrend NotCalculated(string reason) => new(RecentTrendMarker.CannotBeCalculated, null, null, reason);

    private static RecentTrend TooFew(int count) =>
        new(RecentTrendMarker.CannotBeCalculated, null, null, string.Create(CultureInfo.InvariantCulture, $"The test needs {PointsUsed} points; there are {count}."));

    private static RecentTrend Judge(double chiSquare, double slope, bool steady)
    {
        string statistic = string.Create(CultureInfo.InvariantCulture, $"χ² = {chiSquare:0.00}");
        if (!(chiSquare > ChiSquareThreshold))
        {
            return new RecentTrend(RecentTrendMarker.NoSignificantChange, chiSquare, slope, $"{statistic}, not above the 99.8% threshold of 9.55.");
        }

        if (!steady)
        {
            return new RecentTrend(RecentTrendMarker.NoSignificantChange, chiSquare, slope, $"{statistic}, but leaving out one point reverses the slope: an outlier.");
        }

        return new RecentTrend(slope < 0 ? RecentTrendMarker.Decreasing : RecentTrendMarker.Increasing, chiSquare, slope, $"{statistic}, above the 99.8% threshold of 9.55, and no single point reverses the slope.");
    }

    // Fingertips counts a slope of exactly zero as rising.
    private static bool SameSign(double a, double b) => (a < 0) == (b < 0);

    // The least-squares slope of y on t = 1…5, leaving out point `skip` (−1 for none).
    private static double OrdinarySlope(double[] y, int skip)
    {
        double n = 0, st = 0, sy = 0, sty = 0, stt = 0;
        for (int i = 0; i < y.Length; i++)
        {
            if (i == skip)
            {
                continue;
            }

            double t = i + 1;
            n++;
            st += t;
            sy += y[i];
            sty += t * y[i];
            stt += t * t;
        }

        return ((n * sty) - (sy * st)) / ((n * stt) - (st * st));
    }

    // The weighted least-squares slope of y on t = 1…5 and its χ² = (slope / se)², leaving out point `skip`.
    private static (double Slope, double ChiSquare) WeightedSlope(double[] y, double[] w, int skip)
    {
        double s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0;
        for (int i = 0; i < y.Length; i++)
        {
            if (i == skip)
            {
                continue;
            }

            double t = i + 1;
            s1 += w[i];
            s2 += w[i] * y[i] * t;
            s3 += w[i] * t;
            s4 += w[i] * y[i];
            s5 += w[i] * t * t;
        }

        double determinant = (s1 * s5) - (s3 * s3);
        double slope = ((s1 * s2) - (s3 * s4)) / determinant;
        double se = Math.Sqrt(s1 / determinant);
        return (slope, (slope / se) * (slope / se));
    }
}
