using System;
using Measures.Internal;

namespace Measures.Calculation;

/// <summary>
/// Funnel-plot control limits at a denominator, as PHEindicatormethods and the Fingertips technical guidance
/// compute them: for a proportion, the values whose Wilson score interval just reaches the average; for a rate,
/// the counts whose exact Poisson interval just reaches the count the benchmark rate would give.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly struct FunnelLimits : IEquatable<FunnelLimits>
{
    private FunnelLimits(double denominator, double lower, double upper, ConfidenceLevel level)
    {
        Denominator = denominator;
        Lower = lower;
        Upper = upper;
        Level = level;
    }

    /// <summary>Gets the denominator (population) the limits are for.</summary>
    public double Denominator { get; }

    /// <summary>Gets the lower limit, on the scale of the values (a percentage, a rate per N).</summary>
    public double Lower { get; }

    /// <summary>Gets the upper limit.</summary>
    public double Upper { get; }

    /// <summary>Gets the level of the limits (95% or 99.8% on a funnel plot).</summary>
    public ConfidenceLevel Level => field ?? ConfidenceLevel.NinetyFivePercent;

    /// <summary>
    /// The limits for a proportion at <paramref name="denominator"/> around <paramref name="average"/>, as
    /// PHEindicatormethods' <c>phe_funnels</c> does, kept within 0 and the multiplier.
    /// </summary>
    /// <param name="average">The average proportion of all councils (sum of numerators over sum of denominators), 0 to 1.</param>
    /// <param name="denominator">The denominator, positive.</param>
    /// <param name="level">The level.</param>
    /// <param name="multiplier">100 for percentages (the default), 1 for proportions.</param>
    /// <returns>The limits.</returns>
    /// <exception cref="ArgumentException">The average is outside 0 to 1, or the denominator or multiplier is not positive.</exception>
    public static FunnelLimits ForProportion(double average, double denominator, ConfidenceLevel level, double multiplier = 100)
    {
        ConfidenceLevel.Check(level);
        Preconditions.CheckArgument(average is >= 0 and <= 1, nameof(average), $"The average proportion {average} must be between 0 and 1.");
        Preconditions.CheckArgument(denominator > 0 && double.IsFinite(denominator), nameof(denominator), $"The denominator {denominator} must be positive.");
        Preconditions.CheckArgument(multiplier > 0 && double.IsFinite(multiplier), nameof(multiplier), "The multiplier must be positive.");
        double z2 = level.Z * level.Z;
        double n = denominator;
        double first = average * ((n / z2) + 1);
        double inner = (64 * first * first)
            - (64 * ((1 / z2) + (1 / n)) * average * ((n * ((average * ((n / z2) + 2)) - 1)) + (z2 * (average - 1))));
        double adjustment = Math.Sqrt(Math.Max(0, inner)) / 8;
        double last = (1 / z2) + (1 / n);
        double lower = (first - adjustment) / last / n * multiplier;
        double upper = (first + adjustment) / last / n * multiplier;
        return new FunnelLimits(denominator, Math.Max(0, lower), Math.Min(multiplier, upper), level);
    }

    /// <summary>
    /// The limits for a rate per <paramref name="multiplier"/> at a population of <paramref name="denominator"/>
    /// around <paramref name="benchmarkRate"/>, as PHEindicatormethods draws rate funnels: the lower limit is the
    /// number of events whose exact Poisson upper confidence limit is the expected count, the upper limit the
    /// number whose exact lower limit is, each per population.
    /// </summary>
    /// <param name="benchmarkRate">The benchmark rate per multiplier, positive.</param>
    /// <param name="denominator">The population (person-years over several years), positive.</param>
    /// <param name="level">The level.</param>
    /// <param name="multiplier">N of a rate per N (10,000 for a rate per 10,000 children).</param>
    /// <returns>The limits; the lower is 0 where even no events would be within them.</returns>
    /// <exception cref="ArgumentException">A figure is not positive and finite.</exception>
    public static FunnelLimits ForRate(double benchmarkRate, double denominator, ConfidenceLevel level, double multiplier)
    {
        ConfidenceLevel.Check(level);
        Preconditions.CheckArgument(benchmarkRate > 0 && double.IsFinite(benchmarkRate), nameof(benchmarkRate), $"The benchmark rate {benchmarkRate} must be positive.");
        Preconditions.CheckArgument(denominator > 0 && double.IsFinite(denominator), nameof(denominator), $"The population {denominator} must be positive.");
        Preconditions.CheckArgument(multiplier > 0 && double.IsFinite(multiplier), nameof(multiplier), "The multiplier must be positive.");
        double expected = benchmarkRate * denominator / multiplier;
        double tail = level.TailProbability;
        double lowerEvents = EventsWhere(e => GammaDistribution.UpperQuantile(e + 1, tail), expected);
        double upperEvents = EventsWhere(e => e > 0 ? GammaDistribution.LowerQuantile(e, tail) : 0, expected);
        return new FunnelLimits(denominator, lowerEvents / denominator * multiplier, upperEvents / denominator * multiplier, level);
    }

    // The number of events e ≥ 0 at which the (rising) limit function reaches the expected count, by bisection.
    private static double EventsWhere(Func<double, double> limit, double expected)
    {
        double low = 0;
        if (limit(low) >= expected)
        {
            return 0;
        }

        double high = expected + (20 * Math.Sqrt(expected)) + 20;
        for (int i = 0; i < 200 && high - low > 1e-12 * Math.Max(1, high); i++)
        {
            double middle = (low + high) / 2;
            if (limit(middle) < expected)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return (low + high) / 2;
    }

    /// <summary>Where <paramref name="value"/> lies against 95% and 99.8% limits at the same denominator.</summary>
    /// <param name="value">The council's value, on the limits' scale.</param>
    /// <param name="inner">The 95% limits.</param>
    /// <param name="outer">The 99.8% limits.</param>
    /// <returns>The position; a value on a limit is within it.</returns>
    public static FunnelPosition Classify(double value, FunnelLimits inner, FunnelLimits outer) =>
        value < outer.Lower ? FunnelPosition.LowAt998
        : value < inner.Lower ? FunnelPosition.LowAt95
        : value > outer.Upper ? FunnelPosition.HighAt998
        : value > inner.Upper ? FunnelPosition.HighAt95
        : FunnelPosition.NotSignificant;

    /// <summary>Whether two sets of limits are the same.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(FunnelLimits left, FunnelLimits right) => left.Equals(right);

    /// <summary>Whether two sets of limits differ.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(FunnelLimits left, FunnelLimits right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(FunnelLimits other) => Denominator.Equals(other.Denominator) && Lower.Equals(other.Lower) && Upper.Equals(other.Upper) && Level.Equals(other.Level);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FunnelLimits other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Denominator, Lower, Upper, Level);

    /// <summary>The limits: "at 1000: 77.6 to 83.6 (95%)".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"at {Denominator:G6}: {Lower:G6} to {Upper:G6} ({Level})");

    // Fingertips' control limits around a benchmark proportion p0 at denominator n: Wilson score limits for the count n·p0.
    internal static (double Lower, double Upper) WilsonControlLimits(double p0, double n, double z)
    {
        double expected = n * p0;
        double z2 = z * z;
        double b = z * Math.Sqrt(z2 + (4 * expected * (1 - (expected / n))));
        double a = (2 * expected) + z2;
        double c = 2 * (n + z2);
        return ((a - b) / c, (a + b) / c);
    }
}
