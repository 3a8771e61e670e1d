using System;
using Measures.Internal;

namespace Measures.Definitions;

/// <summary>
/// How far a value may miss its target and still be amber rather than red: a number of points in the
/// measure's own units ("5 percentage points") or a fraction of the target ("10% of the target").
/// </summary>
/// <remarks>
/// A zero band leaves no amber: a value either meets its target (green) or misses it (red).
/// The default value is a zero band in points. This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly struct ToleranceBand : IEquatable<ToleranceBand>
{
    private readonly ToleranceBasis basis;

    private ToleranceBand(ToleranceBasis basis, decimal amount)
    {
        this.basis = basis;
        Amount = amount;
    }

    /// <summary>Gets a zero band: no amber.</summary>
    public static ToleranceBand None => default;

    /// <summary>Gets how the width is stated.</summary>
    public ToleranceBasis Basis => basis == 0 ? ToleranceBasis.Points : basis;

    /// <summary>Gets the amount: points, or a fraction of the target (0.1 for 10%).</summary>
    public decimal Amount { get; }

    /// <summary>Gets a value indicating whether the band has no width.</summary>
    public bool IsZero => Amount == 0;

    /// <summary>A band of <paramref name="points"/> in the measure's own units (percentage points for a percentage).</summary>
    /// <param name="points">The width, zero or more.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is negative.</exception>
    public static ToleranceBand Points(decimal points)
    {
        CheckNotNegative(points, nameof(points));
        return new ToleranceBand(ToleranceBasis.Points, points);
    }

    /// <summary>A band of a fraction of the target: 0.1 allows a miss of 10% of the target.</summary>
    /// <param name="fraction">The fraction, zero or more.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is negative.</exception>
    public static ToleranceBand FractionOfTarget(decimal fraction)
    {
        CheckNotNegative(fraction, nameof(fraction));
        return new ToleranceBand(ToleranceBasis.FractionOfTarget, fraction);
    }

    /// <summary>The width of the band, in the measure's units, around <paramref name="target"/>.</summary>
    /// <param name="target">The target (or the range bound) the value is measured from.</param>
    /// <returns>The width, zero or more.</returns>
    public decimal WidthAround(decimal target) => Basis == ToleranceBasis.Points ? Amount : Math.Abs(target) * Amount;

    /// <inheritdoc />
    public bool Equals(ToleranceBand other) => Basis == other.Basis && Amount == other.Amount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ToleranceBand other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Basis, Amount);

    /// <summary>Describes the band: "5 points", "10% of the target".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Basis == ToleranceBasis.Points
        ? NumberText.Plain(Amount) + (Amount == 1 ? " point" : " points")
        : NumberText.Plain(Amount * 100) + "% of the target";

    /// <summary>Whether two bands are the same.</summary>
    public static bool operator ==(ToleranceBand left, ToleranceBand right) => left.Equals(right);

    /// <summary>Whether two bands differ.</summary>
    public static bool operator !=(ToleranceBand left, ToleranceBand right) => !left.Equals(right);

    internal static string? Problem(decimal amount) =>
        amount < 0 ? $"A tolerance cannot be negative; {NumberText.Plain(amount)} was given. Use 0 for no amber band."
        : FigureRules.SetFigureProblem("The tolerance", amount);

    private static void CheckNotNegative(decimal amount, string paramName)
    {
        if (Problem(amount) is { } message)
        {
            throw new ArgumentOutOfRangeException(paramName, amount, message);
        }
    }
}
