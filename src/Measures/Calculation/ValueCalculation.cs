using System;
using System.Globalization;
using Measures.Definitions;
using Measures.Internal;
using Measures.Time;
using Measures.Observations;

namespace Measures.Calculation;

/// <summary>
/// Works out a measure's value from its numerator and denominator: a count, a percentage, a rate per N,
/// a mean or a ratio, rounded to the measure's display decimals.
/// </summary>
/// <remarks>
/// <para>Arithmetic is exact: counts are 64-bit and checked, the rounding (half away from zero) is decided on the
/// exact fraction, so 1 of 8 shows as 13% at no decimals and a value a hair below a half never rounds up.</para>
/// <para>Bad figures throw <see cref="InvalidObservationException"/> naming the measure, the period and the field.
/// A zero denominator is not an error: it gives a value with <see cref="MeasureValue.HasValue"/> false.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ValueCalculation : IEquatable<ValueCalculation>
{
    /// <summary>The largest N of a rate per N.</summary>
    public const long MaxRateBase = 1_000_000_000;

    /// <summary>The largest number of decimal places a value can be shown with.</summary>
    public const int MaxDecimalPlaces = ExactDivision.MaxDecimalPlaces;

    private ValueCalculation(ValueFormula formula, int decimalPlaces, long rateBase)
    {
        Formula = formula;
        DecimalPlaces = decimalPlaces;
        RateBase = rateBase;
    }

    /// <summary>Gets how the value is worked out.</summary>
    public ValueFormula Formula { get; }

    /// <summary>Gets the number of decimal places the value is shown with.</summary>
    public int DecimalPlaces { get; }

    /// <summary>Gets N for a rate per N; 0 for other formulas.</summary>
    public long RateBase { get; }

    /// <summary>A count: the numerator, whole, with no denominator.</summary>
    /// <returns>The calculation.</returns>
    public static ValueCalculation Count() => new(ValueFormula.Count, 0, 0);

    /// <summary>A percentage shown with <paramref name="decimalPlaces"/> decimals ("54%" at 0, "73.3%" at 1).</summary>
    /// <param name="decimalPlaces">Display decimals, 0 to <see cref="MaxDecimalPlaces"/>.</param>
    /// <returns>The calculation.</returns>
    public static ValueCalculation Percentage(int decimalPlaces) => Create(ValueFormula.Percentage, decimalPlaces);

    /// <summary>A rate per <paramref name="rateBase"/> of a population ("88.4 per 10,000").</summary>
    /// <param name="rateBase">N: 1,000, 10,000, 100,000…; 1 to <see cref="MaxRateBase"/>.</param>
    /// <param name="decimalPlaces">Display decimals, 0 to <see cref="MaxDecimalPlaces"/>.</param>
    /// <returns>The calculation.</returns>
    public static ValueCalculation RatePer(long rateBase, int decimalPlaces) => Create(ValueFormula.RatePer, decimalPlaces, rateBase);

    /// <summary>A mean: a sum (of days, say) over a count.</summary>
    /// <param name="decimalPlaces">Display decimals, 0 to <see cref="MaxDecimalPlaces"/>.</param>
    /// <returns>The calculation.</returns>
    public static ValueCalculation Mean(int decimalPlaces) => Create(ValueFormula.Mean, decimalPlaces);

    /// <summary>A plain ratio of numerator to denominator.</summary>
    /// <param name="decimalPlaces">Display decimals, 0 to <see cref="MaxDecimalPlaces"/>.</param>
    /// <returns>The calculation.</returns>
    public static ValueCalculation Ratio(int decimalPlaces) => Create(ValueFormula.Ratio, decimalPlaces);

    /// <summary>A calculation for any formula, as a measure definition states it.</summary>
    /// <param name="formula">How the value is worked out.</param>
    /// <param name="decimalPlaces">Display decimals, 0 to <see cref="MaxDecimalPlaces"/>; 0 for a count.</param>
    /// <param name="rateBase">N for <see cref="ValueFormula.RatePer"/>; must be absent for other formulas.</param>
    /// <returns>The calculation.</returns>
    /// <exception cref="ArgumentException">An argument is out of range or does not fit the formula.</exception>
    public static ValueCalculation Create(ValueFormula formula, int decimalPlaces, long? rateBase = null)
    {
        Preconditions.CheckArgument(Enum.IsDefined(formula), nameof(formula), $"{formula} is not a value formula.");
        Preconditions.CheckArgumentRange(decimalPlaces, 0, MaxDecimalPlaces);
        if (formula == ValueFormula.RatePer)
        {
            Preconditions.CheckArgument(rateBase is not null, nameof(rateBase), "A rate per N needs its N (10,000 for a rate per 10,000 children).");
            Preconditions.CheckArgumentRange(rateBase.Value, 1, MaxRateBase, nameof(rateBase));
            return new ValueCalculation(formula, decimalPlaces, rateBase.Value);
        }

        Preconditions.CheckArgument(rateBase is null, nameof(rateBase), $"Only a rate per N has a rate base; a {formula} does not.");
        Preconditions.CheckArgument(formula != ValueFormula.Count || decimalPlaces == 0, nameof(decimalPlaces), "A count is whole: it has no decimal places.");
        return new ValueCalculation(formula, decimalPlaces, 0);
    }

    /// <summary>Works out the value of an observation.</summary>
    /// <param name="observation">The measure's figures for one period and unit.</param>
    /// <returns>The value; without a value when the denominator is zero.</returns>
    /// <exception cref="InvalidObservationException">The figures cannot make a value of this formula.</exception>
    public MeasureValue Calculate(Observation observation) =>
        Calculate(observation.MeasureCode, observation.Period, observation.Numerator, observation.Denominator);

    /// <summary>Works out the value of one measure's figures for one period.</summary>
    /// <param name="measureCode">The code of the measure, used in error messages.</param>
    /// <param name="period">The period of the figures, used in error messages.</param>
    /// <param name="numerator">The numerator: a count, or a sum for a mean.</param>
    /// <param name="denominator">The denominator; <see langword="null"/> for a count.</param>
    /// <returns>The value; without a value when the denominator is zero.</returns>
    /// <exception cref="InvalidObservationException">The figures cannot make a value of this formula.</exception>
    public MeasureValue Calculate(string measureCode, ReportingPeriod period, long numerator, long? denominator)
    {
        Preconditions.CheckNotNull(measureCode);
        if (numerator < 0)
        {
            throw Invalid(measureCode, period, "numerator", $"the numerator is {Text(numerator)}; it cannot be negative.");
        }

        if (Formula == ValueFormula.Count)
        {
            if (denominator is not null)
            {
                throw Invalid(measureCode, period, "denominator", $"a count has no denominator, but {Text(denominator.Value)} was given.");
            }

            return new MeasureValue(Formula, numerator, null, 0, 0, numerator, numerator, NoValueReason.None);
        }

        if (denominator is null)
        {
            throw Invalid(measureCode, period, "denominator", $"a {Describe(Formula)} needs a denominator, and none was given.");
        }

        long d = denominator.Value;
        if (d < 0)
        {
            throw Invalid(measureCode, period, "denominator", $"the denominator is {Text(d)}; it cannot be negative.");
        }

        if (Formula == ValueFormula.Percentage && numerator > d)
        {
            throw Invalid(measureCode, period, "numerator", $"the numerator {Text(numerator)} is greater than the denominator {Text(d)}; a percentage cannot exceed 100%.");
        }

        if (d == 0)
        {
            if (Formula == ValueFormula.Mean && numerator != 0)
            {
                throw Invalid(measureCode, period, "numerator", $"a mean over no cases cannot have a sum of {Text(numerator)}.");
            }

            return new MeasureValue(Formula, numerator, d, RateBase, DecimalPlaces, null, null, NoValueReason.ZeroDenominator);
        }

        long multiplier = Multiplier;
        decimal exact = ExactDivision.Quotient(numerator, multiplier, d);
        decimal rounded;
        try
        {
            rounded = ExactDivision.RoundHalfAwayFromZero(numerator, multiplier, d, DecimalPlaces);
        }
        catch (OverflowException e)
        {
            throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"{measureCode} for {period}: {e.Message}"), e);
        }

        return new MeasureValue(Formula, numerator, d, RateBase, DecimalPlaces, exact, rounded, NoValueReason.None);
    }

    /// <inheritdoc />
    public bool Equals(ValueCalculation? other) =>
        other is not null && Formula == other.Formula && DecimalPlaces == other.DecimalPlaces && RateBase == other.RateBase;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueCalculation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Formula, DecimalPlaces, RateBase);

    /// <summary>Describes the calculation: "percentage to 1 decimal place", "rate per 10000 to 1 decimal place".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => Formula == ValueFormula.Count
        ? "count"
        : string.Create(CultureInfo.InvariantCulture, $"{Describe(Formula)} to {DecimalPlaces} decimal place{(DecimalPlaces == 1 ? string.Empty : "s")}");

    private long Multiplier => Formula switch
    {
        ValueFormula.Percentage => 100,
        ValueFormula.RatePer => RateBase,
        _ => 1,
    };

    private string Describe(ValueFormula formula) => formula switch
    {
        ValueFormula.Percentage => "percentage",
        ValueFormula.RatePer => string.Create(CultureInfo.InvariantCulture, $"rate per {RateBase}"),
        ValueFormula.Mean => "mean",
        ValueFormula.Ratio => "ratio",
        _ => "count",
    };

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static InvalidObservationException Invalid(string measureCode, ReportingPeriod period, string field, string reason) =>
        new(measureCode, period, field, reason);
}
