using System;
using System.Globalization;
using Measures.Internal;

namespace Measures.Calculation;

/// <summary>
/// The confidence level of an interval: 95% and 99.8% as public-health profiles use, or any level
/// strictly between 0% and 100%.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ConfidenceLevel : IEquatable<ConfidenceLevel>
{
    private ConfidenceLevel(decimal percent)
    {
        Percent = percent;
        Fraction = (double)(percent / 100m);

        // As public-health tools compute it: z = Φ⁻¹(level + (1 − level) / 2).
        TailProbability = (1 - Fraction) / 2;
        Z = NormalDistribution.Quantile(Fraction + TailProbability);
    }

    /// <summary>Gets the 95% level, the usual one.</summary>
    public static ConfidenceLevel NinetyFivePercent { get; } = new(95m);

    /// <summary>Gets the 99.8% level, roughly three standard errors.</summary>
    public static ConfidenceLevel NinetyNinePointEightPercent { get; } = new(99.8m);

    /// <summary>Gets the level as a percentage (95 for 95%).</summary>
    public decimal Percent { get; }

    /// <summary>Gets the level as a fraction (0.95 for 95%).</summary>
    public double Fraction { get; }

    /// <summary>Gets the standard normal z of a two-sided interval at this level (1.959963984540054 at 95%).</summary>
    public double Z { get; }

    /// <summary>Gets the probability in each tail outside the interval: (1 − level) / 2.</summary>
    internal double TailProbability { get; }

    /// <summary>A level given as a percentage, strictly between 0 and 100 (90, 95, 99, 99.8).</summary>
    /// <param name="percent">The level as a percentage.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is not strictly between 0 and 100.</exception>
    public static ConfidenceLevel FromPercent(decimal percent)
    {
        if (percent <= 0m || percent >= 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, $"A confidence level is strictly between 0% and 100%; {percent.ToString(CultureInfo.InvariantCulture)}% was given.");
        }

        return percent switch
        {
            95m => NinetyFivePercent,
            99.8m => NinetyNinePointEightPercent,
            _ => new ConfidenceLevel(percent),
        };
    }

    /// <summary>The level as a report writes it: "95%", "99.8%".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => Percent.ToString("0.##########", CultureInfo.InvariantCulture) + "%";

    /// <inheritdoc />
    public bool Equals(ConfidenceLevel? other) => other is not null && Percent == other.Percent;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConfidenceLevel);

    /// <inheritdoc />
    public override int GetHashCode() => Percent.GetHashCode();

    internal static ConfidenceLevel Check(ConfidenceLevel level) => Preconditions.CheckNotNull(level);
}
