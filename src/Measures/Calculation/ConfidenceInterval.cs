using System;
using System.Collections.Generic;
using System.Globalization;
using Measures.Internal;

using Measures.Definitions;
using Measures.Judgements;

namespace Measures.Calculation;

/// <summary>
/// A confidence interval around a value, worked out as public-health indicator tools do
/// (PHEindicatormethods, the Fingertips technical guidance): Wilson's score method for proportions,
/// Byar's method for counts and rates of 10 or more events and the exact Poisson method below 10,
/// Student's t for means.
/// </summary>
/// <remarks>
/// "11 of 15 adoptions" is 73.3% with a 95% interval of 48.0% to 89.1%: one case moves the month by
/// 7 points, and the interval says how much of a change is noise. This type is immutable and thread-safe.
/// </remarks>
public sealed class ConfidenceInterval : IEquatable<ConfidenceInterval>
{
    /// <summary>Counts below this many events take the exact Poisson limits rather than Byar's approximation.</summary>
    public const long ExactPoissonBelow = 10;

    private ConfidenceInterval(double estimate, double lower, double upper, ConfidenceLevel level, ConfidenceIntervalMethod method)
    {
        Estimate = estimate;
        Lower = lower;
        Upper = upper;
        Level = level;
        Method = method;
    }

    /// <summary>Gets the value the interval is around (a percentage, a rate, a count or a mean).</summary>
    public double Estimate { get; }

    /// <summary>Gets the lower confidence limit.</summary>
    public double Lower { get; }

    /// <summary>Gets the upper confidence limit.</summary>
    public double Upper { get; }

    /// <summary>Gets the confidence level.</summary>
    public ConfidenceLevel Level { get; }

    /// <summary>Gets how the interval was worked out.</summary>
    public ConfidenceIntervalMethod Method { get; }

    /// <summary>Gets the distance from the lower to the upper limit.</summary>
    public double Width => Upper - Lower;

    /// <summary>
    /// The Wilson score interval for <paramref name="numerator"/> of <paramref name="denominator"/>,
    /// scaled by <paramref name="multiplier"/> (100 for a percentage, 1 for a proportion).
    /// </summary>
    /// <param name="numerator">The cases with the characteristic, 0 ≤ numerator ≤ denominator.</param>
    /// <param name="denominator">All cases, at least 1.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="multiplier">100 for a percentage (the default), 1 for a proportion.</param>
    /// <returns>The interval, always within 0 and the multiplier.</returns>
    /// <exception cref="ArgumentException">The counts are negative, the denominator is zero or below the numerator, or the multiplier is not positive.</exception>
    public static ConfidenceInterval WilsonScore(long numerator, long denominator, ConfidenceLevel level, double multiplier = 100)
    {
        ConfidenceLevel.Check(level);
        Preconditions.CheckArgument(denominator > 0, nameof(denominator), $"A proportion needs at least one case; the denominator is {Text(denominator)}.");
        Preconditions.CheckArgument(numerator >= 0 && numerator <= denominator, nameof(numerator), $"The numerator {Text(numerator)} must be between 0 and the denominator {Text(denominator)}.");
        CheckMultiplier(multiplier);

        double x = numerator;
        double n = denominator;
        double z = level.Z;
        double z2 = z * z;
        double root = z * Math.Sqrt(z2 + (4 * x * (1 - (x / n))));
        double lower = ((2 * x) + z2 - root) / 2 / (n + z2);
        double upper = ((2 * x) + z2 + root) / 2 / (n + z2);
        return new ConfidenceInterval(x / n * multiplier, Math.Max(0, lower) * multiplier, Math.Min(1, upper) * multiplier, level, ConfidenceIntervalMethod.WilsonScore);
    }

    /// <summary>
    /// The interval for a rate of <paramref name="count"/> events in <paramref name="denominator"/>
    /// (a population), per <paramref name="multiplier"/>: exact Poisson limits below
    /// <see cref="ExactPoissonBelow"/> events, Byar's method from there on, as public-health profiles do.
    /// </summary>
    /// <param name="count">The number of events, 0 or more.</param>
    /// <param name="denominator">The population (or person-years) at risk, positive.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="multiplier">N of a rate per N (10,000 for a rate per 10,000).</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">The count is negative or the denominator or multiplier is not positive.</exception>
    public static ConfidenceInterval PoissonRate(long count, double denominator, ConfidenceLevel level, double multiplier) =>
        count < ExactPoissonBelow ? ExactPoisson(count, denominator, level, multiplier) : Byar(count, denominator, level, multiplier);

    /// <summary>The interval for a count of events taken as a Poisson variable (exact below 10 events, Byar's method from 10).</summary>
    /// <param name="count">The number of events, 0 or more.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The interval.</returns>
    public static ConfidenceInterval PoissonCount(long count, ConfidenceLevel level) => PoissonRate(count, 1, level, 1);

    /// <summary>Byar's approximation to the Poisson limits, for a rate per <paramref name="multiplier"/>.</summary>
    /// <param name="count">The number of events, 0 or more.</param>
    /// <param name="denominator">The population at risk, positive.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="multiplier">N of a rate per N.</param>
    /// <returns>The interval; its lower limit is never below zero.</returns>
    /// <exception cref="ArgumentException">The count is negative, or the denominator or multiplier is not positive and finite.</exception>
    public static ConfidenceInterval Byar(long count, double denominator, ConfidenceLevel level, double multiplier)
    {
        CheckRate(count, denominator, level, multiplier);
        double o = count;
        double z = level.Z;
        double lower = 0;
        if (count > 0)
        {
            double a = 1 - (1 / (9 * o)) - (z / (3 * Math.Sqrt(o)));
            lower = a > 0 ? o * a * a * a : 0;
        }

        double b = 1 - (1 / (9 * (o + 1))) + (z / (3 * Math.Sqrt(o + 1)));
        double upper = (o + 1) * b * b * b;
        return new ConfidenceInterval(o / denominator * multiplier, lower / denominator * multiplier, upper / denominator * multiplier, level, ConfidenceIntervalMethod.Byar);
    }

    /// <summary>
    /// The exact Poisson limits from the chi-squared distribution: χ²(α/2, 2O)/2 and χ²(1 − α/2, 2O + 2)/2
    /// events, for a rate per <paramref name="multiplier"/>.
    /// </summary>
    /// <param name="count">The number of events, 0 or more.</param>
    /// <param name="denominator">The population at risk, positive.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="multiplier">N of a rate per N.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">The count is negative, or the denominator or multiplier is not positive and finite.</exception>
    public static ConfidenceInterval ExactPoisson(long count, double denominator, ConfidenceLevel level, double multiplier)
    {
        CheckRate(count, denominator, level, multiplier);
        double tail = level.TailProbability;
        double lower = count == 0 ? 0 : GammaDistribution.LowerQuantile(count, tail);
        double upper = GammaDistribution.UpperQuantile(count + 1.0, tail);
        return new ConfidenceInterval(count / denominator * multiplier, lower / denominator * multiplier, upper / denominator * multiplier, level, ConfidenceIntervalMethod.ExactPoisson);
    }

    /// <summary>The Student's t interval for a mean: mean ± t(n − 1) × s / √n.</summary>
    /// <param name="mean">The mean of the values.</param>
    /// <param name="standardDeviation">The sample standard deviation (divisor n − 1), 0 or more.</param>
    /// <param name="count">The number of values, at least 2.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">There are fewer than two values, or a figure is not finite.</exception>
    public static ConfidenceInterval StudentT(double mean, double standardDeviation, long count, ConfidenceLevel level)
    {
        ConfidenceLevel.Check(level);
        Preconditions.CheckArgument(double.IsFinite(mean), nameof(mean), "The mean must be a finite number.");
        Preconditions.CheckArgument(double.IsFinite(standardDeviation) && standardDeviation >= 0, nameof(standardDeviation), "The standard deviation must be a finite number, 0 or more.");
        Preconditions.CheckArgument(count >= 2, nameof(count), $"A mean's interval needs at least 2 values; {Text(count)} were given.");
        double t = StudentTDistribution.Quantile(1 - level.TailProbability, count - 1);
        double half = t * standardDeviation / Math.Sqrt(count);
        return new ConfidenceInterval(mean, mean - half, mean + half, level, ConfidenceIntervalMethod.StudentT);
    }

    /// <summary>The Student's t interval for the mean of <paramref name="values"/> (durations in days, say).</summary>
    /// <param name="values">The values, at least 2; enumerated once.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">There are fewer than two values, or a figure is not finite.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ConfidenceInterval StudentT(IEnumerable<double> values, ConfidenceLevel level)
    {
        Preconditions.CheckNotNull(values);
        ConfidenceLevel.Check(level);

        // Welford's running mean and sum of squares: one pass, no cancellation.
        long n = 0;
        double mean = 0;
        double squares = 0;
        foreach (double value in values)
        {
            Preconditions.CheckArgument(double.IsFinite(value), nameof(values), "Every value must be a finite number.");
            n++;
            double delta = value - mean;
            mean += delta / n;
            squares += delta * (value - mean);
        }

        Preconditions.CheckArgument(n >= 2, nameof(values), $"A mean's interval needs at least 2 values; {Text(n)} were given.");
        return StudentT(mean, Math.Sqrt(squares / (n - 1)), n, level);
    }

    /// <summary>
    /// An interval taken as published: an England, regional or neighbour figure with the limits its publisher
    /// printed, so that a council's value can be compared with it interval against interval.
    /// </summary>
    /// <param name="estimate">The published value.</param>
    /// <param name="lower">The published lower limit, at most the value.</param>
    /// <param name="upper">The published upper limit, at least the value.</param>
    /// <param name="level">The level the limits were published at.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">A figure is not finite, or the limits do not hold the value between them.</exception>
    public static ConfidenceInterval FromPublishedLimits(double estimate, double lower, double upper, ConfidenceLevel level)
    {
        ConfidenceLevel.Check(level);
        Preconditions.CheckArgument(double.IsFinite(estimate) && double.IsFinite(lower) && double.IsFinite(upper), nameof(estimate), "A published value and its limits must be finite numbers.");
        Preconditions.CheckArgument(lower <= estimate && estimate <= upper, nameof(lower), string.Create(CultureInfo.InvariantCulture, $"The published limits {lower:G6} to {upper:G6} do not hold the value {estimate:G6} between them; check the columns are not swapped."));
        return new ConfidenceInterval(estimate, lower, upper, level, ConfidenceIntervalMethod.Published);
    }

    /// <summary>
    /// The interval that suits a value's kind: Wilson for a percentage, Poisson (exact or Byar) for a rate
    /// per N or a count. A mean needs the spread of its values (use <see cref="StudentT(double, double, long, ConfidenceLevel)"/>)
    /// and a ratio has no standard method, so both give <see langword="null"/>, as does a value that has no value.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The interval, or <see langword="null"/> when none applies.</returns>
    public static ConfidenceInterval? ForValue(MeasureValue value, ConfidenceLevel level)
    {
        ConfidenceLevel.Check(level);
        if (!value.HasValue)
        {
            return null;
        }

        // A count that is a mean of snapshots is not a Poisson count of events: no standard interval.
        return value.Type.Kind switch
        {
            ValueKind.Percentage => WilsonScore(value.Numerator, value.Denominator.GetValueOrDefault(), level),
            ValueKind.Rate => PoissonRate(value.Numerator, value.Denominator.GetValueOrDefault(), level, value.Type.RatePer.GetValueOrDefault()),
            ValueKind.Count when value.Periods == 1 => PoissonCount(value.Numerator, level),
            _ => null,
        };
    }

    /// <summary>Whether <paramref name="value"/> lies within the interval, limits included.</summary>
    /// <param name="value">The value to test.</param>
    /// <returns><see langword="true"/> when Lower ≤ value ≤ Upper.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>
    /// Compares the value with a benchmark (England, region) as public-health profiles do: a benchmark below
    /// the lower limit makes the value significantly higher, above the upper limit significantly lower, and
    /// within the interval (limits included) similar; <paramref name="polarity"/> turns higher and lower into
    /// better and worse (a measure with no good direction, or a target range, stays above or below).
    /// </summary>
    /// <param name="benchmark">The comparator value, on the same scale as the interval.</param>
    /// <param name="polarity">Which direction is good: the measure's polarity.</param>
    /// <returns>The position; <see cref="BenchmarkPosition.NotAvailable"/> for a benchmark that is not a number.</returns>
    public BenchmarkPosition CompareWith(double benchmark, Polarity polarity)
    {
        if (!double.IsFinite(benchmark))
        {
            return BenchmarkPosition.NotAvailable;
        }

        int direction = Lower > benchmark ? 1 : Upper < benchmark ? -1 : 0;
        return (direction, polarity) switch
        {
            (0, _) => BenchmarkPosition.Similar,
            (1, Polarity.HigherIsBetter) or (-1, Polarity.LowerIsBetter) => BenchmarkPosition.Better,
            (1, Polarity.LowerIsBetter) or (-1, Polarity.HigherIsBetter) => BenchmarkPosition.Worse,
            (1, _) => BenchmarkPosition.Above,
            _ => BenchmarkPosition.Below,
        };
    }

    /// <summary>Describes the interval: "73.3333 (48.0497 to 89.1008), 95% Wilson score".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Estimate:G6} ({Lower:G6} to {Upper:G6}), {Level} {MethodName(Method)}");

    /// <inheritdoc />
    public bool Equals(ConfidenceInterval? other) =>
        other is not null && Estimate.Equals(other.Estimate) && Lower.Equals(other.Lower) && Upper.Equals(other.Upper)
        && Level.Equals(other.Level) && Method == other.Method;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConfidenceInterval);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Estimate, Lower, Upper, Level, Method);

    private static string MethodName(ConfidenceIntervalMethod method) => method switch
    {
        ConfidenceIntervalMethod.WilsonScore => "Wilson score",
        ConfidenceIntervalMethod.Byar => "Byar's method",
        ConfidenceIntervalMethod.ExactPoisson => "exact Poisson",
        ConfidenceIntervalMethod.Published => "published limits",
        _ => "Student's t",
    };

    private static void CheckRate(long count, double denominator, ConfidenceLevel level, double multiplier)
    {
        ConfidenceLevel.Check(level);
        Preconditions.CheckArgument(count >= 0, nameof(count), $"The count of events is {Text(count)}; it cannot be negative.");
        Preconditions.CheckArgument(denominator > 0 && double.IsFinite(denominator), nameof(denominator), "A rate needs a positive, finite population.");
        CheckMultiplier(multiplier);
    }

    private static void CheckMultiplier(double multiplier) =>
        Preconditions.CheckArgument(multiplier > 0 && double.IsFinite(multiplier), nameof(multiplier), "The multiplier must be a positive, finite number.");

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
