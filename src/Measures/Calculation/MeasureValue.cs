using System;
using System.Globalization;

namespace Measures.Calculation;

/// <summary>
/// The value of a measure worked out from its numerator and denominator: the exact figure, the figure
/// rounded for display (half away from zero, as published reports and spreadsheets round), and the counts
/// it came from. A zero denominator gives "no value" rather than NaN, infinity or an exception.
/// </summary>
/// <remarks>
/// Create values with <see cref="ValueCalculation.Calculate(Measures.Observations.Observation)"/>.
/// This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly struct MeasureValue : IEquatable<MeasureValue>
{
    internal MeasureValue(ValueFormula formula, long numerator, long? denominator, long rateBase, int decimalPlaces, decimal? exact, decimal? rounded, NoValueReason noValueReason)
    {
        Formula = formula;
        Numerator = numerator;
        Denominator = denominator;
        RateBase = rateBase;
        DecimalPlaces = decimalPlaces;
        Exact = exact;
        Rounded = rounded;
        NoValueReason = noValueReason;
    }

    /// <summary>Gets how the value was worked out.</summary>
    public ValueFormula Formula { get; }

    /// <summary>Gets the numerator the value came from.</summary>
    public long Numerator { get; }

    /// <summary>Gets the denominator the value came from, or <see langword="null"/> for a count.</summary>
    public long? Denominator { get; }

    /// <summary>Gets N for a rate per N (10,000 for "per 10,000"); 0 for other formulas.</summary>
    public long RateBase { get; }

    /// <summary>Gets the number of decimal places the value is shown with.</summary>
    public int DecimalPlaces { get; }

    /// <summary>Gets whether there is a value (the denominator is not zero).</summary>
    public bool HasValue => NoValueReason == NoValueReason.None;

    /// <summary>Gets why there is no value, or <see cref="Calculation.NoValueReason.None"/> when there is one.</summary>
    public NoValueReason NoValueReason { get; }

    /// <summary>
    /// Gets the unrounded value to the 28 significant digits of <see cref="decimal"/> (54.838709677… for 51 of 93),
    /// or <see langword="null"/> when there is no value.
    /// </summary>
    public decimal? Exact { get; }

    /// <summary>
    /// Gets the value rounded to <see cref="DecimalPlaces"/>, half away from zero, decided on the exact fraction
    /// of the counts (1 of 8 is 12.5% and shows as 13%), or <see langword="null"/> when there is no value.
    /// </summary>
    public decimal? Rounded { get; }

    /// <summary>Formats the rounded value as a report shows it: "54%", "88.4", "no value (zero denominator)".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString()
    {
        if (!HasValue)
        {
            return "no value (zero denominator)";
        }

        string number = Rounded!.Value.ToString("F" + DecimalPlaces.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return Formula == ValueFormula.Percentage ? number + "%" : number;
    }

    /// <inheritdoc />
    public bool Equals(MeasureValue other) =>
        Formula == other.Formula && Numerator == other.Numerator && Denominator == other.Denominator
        && RateBase == other.RateBase && DecimalPlaces == other.DecimalPlaces && Exact == other.Exact
        && Rounded == other.Rounded && NoValueReason == other.NoValueReason;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MeasureValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Formula, Numerator, Denominator, RateBase, DecimalPlaces, Exact, NoValueReason);

    /// <summary>Whether two values are the same in every part.</summary>
    public static bool operator ==(MeasureValue left, MeasureValue right) => left.Equals(right);

    /// <summary>Whether two values differ in any part.</summary>
    public static bool operator !=(MeasureValue left, MeasureValue right) => !left.Equals(right);
}
