using System;

namespace Measures.Definitions;

/// <summary>
/// The value of a measure worked out from its numerator and denominator: the exact figure, the figure
/// rounded for display (half away from zero, as published reports and spreadsheets round), and the counts
/// it came from. A zero denominator gives "no value" rather than NaN, infinity or an exception.
/// </summary>
/// <remarks>
/// Create values with <see cref="MeasureValueType.Calculate(long, long?)"/>.
/// This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly struct MeasureValue : IEquatable<MeasureValue>
{
    internal MeasureValue(MeasureValueType type, long numerator, long? denominator, int periods, decimal? exact, decimal? rounded)
    {
        Type = type;
        Numerator = numerator;
        Denominator = denominator;
        Periods = periods;
        Exact = exact;
        Rounded = rounded;
    }

    /// <summary>Gets the value type that worked the value out: its kind, decimals and rate base.</summary>
    public MeasureValueType Type { get; }

    /// <summary>Gets the numerator the value came from (for a count averaged over periods, the total over them).</summary>
    public long Numerator { get; }

    /// <summary>Gets the denominator the value came from, or <see langword="null"/> for a count.</summary>
    public long? Denominator { get; }

    /// <summary>
    /// Gets how many periods' snapshots a count is the mean of: 1, unless the count is the average of
    /// snapshots (the mean of twelve month-end counts for a year), when the value is the numerator ÷ this.
    /// </summary>
    public int Periods { get; }

    /// <summary>Gets whether there is a value (the denominator is not zero).</summary>
    public bool HasValue => Rounded is not null;

    /// <summary>Gets why there is no value, or <see cref="NoValueReason.None"/> when there is one.</summary>
    public NoValueReason NoValueReason => HasValue ? NoValueReason.None : NoValueReason.ZeroDenominator;

    /// <summary>
    /// Gets the unrounded value to the 28 significant digits of <see cref="decimal"/> (54.838709677… for 51 of 93),
    /// or <see langword="null"/> when there is no value.
    /// </summary>
    public decimal? Exact { get; }

    /// <summary>
    /// Gets the value rounded to the type's <see cref="MeasureValueType.Decimals"/>, half away from zero, decided
    /// on the exact fraction of the counts (1 of 8 is 12.5% and shows as 13%), or <see langword="null"/> when
    /// there is no value.
    /// </summary>
    public decimal? Rounded { get; }

    /// <summary>Formats the rounded value as a report shows it, with its unit: "54%", "88.4 per 10,000", "no value (zero denominator)".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() =>
        Type is null ? string.Empty
        : HasValue ? Type.Format(Rounded.GetValueOrDefault())
        : "no value (zero denominator)";

    /// <inheritdoc />
    public bool Equals(MeasureValue other) =>
        Equals(Type, other.Type) && Numerator == other.Numerator && Denominator == other.Denominator
        && Periods == other.Periods && Exact == other.Exact && Rounded == other.Rounded;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MeasureValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, Numerator, Denominator, Periods, Exact);

    /// <summary>Whether two values are the same in every part.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(MeasureValue left, MeasureValue right) => left.Equals(right);

    /// <summary>Whether two values differ in any part.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MeasureValue left, MeasureValue right) => !left.Equals(right);
}
