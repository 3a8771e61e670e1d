using System;
using System.Globalization;
using System.Collections.Generic;
using Measures.Internal;

namespace Measures.Definitions;

/// <summary>
/// How a measure's value comes from a numerator and a denominator, and how it is shown: a count,
/// a percentage, a rate per N, a mean or a ratio, with a unit and a number of display decimals.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class MeasureValueType : IEquatable<MeasureValueType>
{
    /// <summary>
    /// The largest number of display decimals a value type accepts: no published figure shows more, and
    /// it keeps exact rounding within <see cref="decimal"/> for every rate base up to <see cref="MaxRatePer"/>.
    /// </summary>
    public const int MaxDecimals = 6;

    /// <summary>The largest N of a rate per N (a billion).</summary>
    public const long MaxRatePer = 1_000_000_000;

    private MeasureValueType(ValueKind kind, int decimals, long? ratePer, string unit)
    {
        Kind = kind;
        Decimals = decimals;
        RatePer = ratePer;
        Unit = unit;
    }

    /// <summary>Gets how the value comes from the numerator and denominator.</summary>
    public ValueKind Kind { get; }

    /// <summary>Gets the number of decimal places a published report shows.</summary>
    public int Decimals { get; }

    /// <summary>Gets N for a rate per N (10,000 or 100,000); <see langword="null"/> for every other kind.</summary>
    public long? RatePer { get; }

    /// <summary>
    /// Gets the unit: what a count or a mean counts ("days", "children") or the population of a rate
    /// ("children aged under 18"); empty when there is nothing to say.
    /// </summary>
    public string Unit { get; }

    /// <summary>Gets a value indicating whether values of this type have a denominator (all but counts).</summary>
    public bool HasDenominator => Kind != ValueKind.Count;

    /// <summary>A count, with no denominator.</summary>
    /// <param name="unit">What is counted ("children"), or empty.</param>
    /// <param name="decimals">Display decimals: 0 unless the count can be fractional.</param>
    /// <returns>The value type.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative or above <see cref="MaxDecimals"/>.</exception>
    public static MeasureValueType Count(string unit = "", int decimals = 0) => Create(ValueKind.Count, decimals, null, unit);

    /// <summary>A percentage: numerator ÷ denominator × 100.</summary>
    /// <param name="decimals">Display decimals (1 for "84.8%").</param>
    /// <returns>The value type.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative or above <see cref="MaxDecimals"/>.</exception>
    public static MeasureValueType Percentage(int decimals = 1) => Create(ValueKind.Percentage, decimals, null, "");

    /// <summary>A rate per <paramref name="per"/> of a population: numerator ÷ denominator × <paramref name="per"/>.</summary>
    /// <param name="per">N: 10,000 or 100,000, for instance.</param>
    /// <param name="population">Who the population is ("children aged under 18").</param>
    /// <param name="decimals">Display decimals (1 for "316.8 per 10,000").</param>
    /// <returns>The value type.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="per"/> is not from 1 to <see cref="MaxRatePer"/>, or <paramref name="decimals"/> is negative or above <see cref="MaxDecimals"/>.</exception>
    public static MeasureValueType Rate(long per, string population = "", int decimals = 1) => Create(ValueKind.Rate, decimals, per, population);

    /// <summary>A mean: the numerator (a sum, usually of durations) ÷ the denominator (a count).</summary>
    /// <param name="unit">The unit of the sum ("days").</param>
    /// <param name="decimals">Display decimals (1 for "387.2 days").</param>
    /// <returns>The value type.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative or above <see cref="MaxDecimals"/>.</exception>
    public static MeasureValueType Mean(string unit = "", int decimals = 1) => Create(ValueKind.Mean, decimals, null, unit);

    /// <summary>A plain ratio: numerator ÷ denominator.</summary>
    /// <param name="decimals">Display decimals.</param>
    /// <returns>The value type.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative or above <see cref="MaxDecimals"/>.</exception>
    public static MeasureValueType Ratio(int decimals = 2) => Create(ValueKind.Ratio, decimals, null, "");

    /// <summary>
    /// Works out the value from a numerator and a denominator, in exact integer arithmetic: the exact value
    /// (to the 28 significant digits of <see cref="decimal"/>) and the value rounded half away from zero to
    /// <see cref="Decimals"/>, the half decided on the exact fraction (1 of 8 is 12.5% and shows as 13%).
    /// </summary>
    /// <param name="numerator">The numerator: a count, or a sum (of days, say) for a mean.</param>
    /// <param name="denominator">The denominator; <see langword="null"/> for a count.</param>
    /// <returns>The value; without a value (<see cref="MeasureValue.HasValue"/> false) when the denominator is zero.</returns>
    /// <exception cref="DataProblemException">
    /// The figures break a rule of this type (a negative figure, a count given a denominator or another kind
    /// given none, a percentage's numerator above its denominator, a mean of a sum over no cases), or the
    /// value is too large for a <see cref="decimal"/>.
    /// </exception>
    public MeasureValue Calculate(long numerator, long? denominator)
    {
        if (CheckFigures("This measure", numerator, denominator) is { } problem)
        {
            throw new DataProblemException([problem]);
        }

        if (denominator is not { } d)
        {
            return new MeasureValue(this, numerator, null, 1, numerator, numerator);
        }

        if (d == 0)
        {
            if (Kind == ValueKind.Mean && numerator != 0)
            {
                throw new DataProblemException([new DataProblem(DataProblemKind.Inconsistent, $"A mean over no cases cannot have a sum of {numerator.ToString(CultureInfo.InvariantCulture)}.", field: "numerator", value: numerator.ToString(CultureInfo.InvariantCulture))]);
            }

            return new MeasureValue(this, numerator, d, 1, null, null);
        }

        return Divide(numerator, d, numerator, d, 1);
    }

    /// <summary>
    /// The mean of a count's snapshots over <paramref name="periods"/> periods (the average of month-end
    /// counts over a year): the total ÷ the number of periods, rounded to <see cref="Decimals"/>.
    /// </summary>
    internal MeasureValue CalculateMeanOfSnapshots(long total, int periods)
    {
        if (CheckFigures("This measure", total, null) is { } problem)
        {
            throw new DataProblemException([problem]);
        }

        return periods <= 1 && Decimals == 0
            ? new MeasureValue(this, total, null, 1, total, total)
            : Divide(total, Math.Max(periods, 1), total, null, Math.Max(periods, 1));
    }

    /// <summary>
    /// A value given without counts, kept as given: rounded to <see cref="Decimals"/> but never to more places than
    /// it was given with (a partner's 9 stays 9, not 9.0).
    /// </summary>
    internal MeasureValue FromValue(decimal value) =>
        new(this, 0, null, 1, value, Math.Round(value, Math.Min(Decimals, value.Scale), MidpointRounding.AwayFromZero));

    /// <summary>A value given without counts as a report shows it: at its own decimals, up to <see cref="Decimals"/>.</summary>
    internal string FormatGiven(decimal rounded) => WithUnit(NumberText.Fixed(rounded, Math.Min(Decimals, rounded.Scale)));

    /// <summary>The first rule <paramref name="numerator"/> and <paramref name="denominator"/> break for this type, or <see langword="null"/>.</summary>
    /// <param name="who">How the measure is named at the start of a sentence: its code, or "This measure".</param>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator, or <see langword="null"/> when none was given.</param>
    internal DataProblem? CheckFigures(string who, long numerator, long? denominator) =>
        FigureRules.Check(who, Article(Kind), HasDenominator, Kind == ValueKind.Percentage, numerator, denominator);

    private MeasureValue Divide(long numerator, long divisor, long shownNumerator, long? shownDenominator, int periods)
    {
        long multiplier = Kind switch
        {
            ValueKind.Percentage when shownDenominator is not null => 100,
            ValueKind.Rate when shownDenominator is not null => RatePer.GetValueOrDefault(),
            _ => 1,
        };
        try
        {
            decimal exact = ExactDivision.Quotient(numerator, multiplier, divisor);
            decimal rounded = ExactDivision.RoundHalfAwayFromZero(numerator, multiplier, divisor, Decimals);
            return new MeasureValue(this, shownNumerator, shownDenominator, periods, exact, rounded);
        }
        catch (OverflowException)
        {
            throw new DataProblemException([new DataProblem(DataProblemKind.TooLarge, string.Create(CultureInfo.InvariantCulture, $"{numerator} × {multiplier} ÷ {divisor} is too large for a value."), field: "numerator", value: numerator.ToString(CultureInfo.InvariantCulture))]);
        }
    }

    /// <summary>The value as a published report shows it: rounded half away from zero to <see cref="Decimals"/> places.</summary>
    /// <param name="value">The exact value.</param>
    /// <returns>The rounded value.</returns>
    public decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>The value as a report shows it, with its unit: "84.8%", "316.8 per 10,000", "387.2 days".</summary>
    /// <param name="value">The value (rounded to <see cref="Decimals"/> for display).</param>
    /// <returns>The text.</returns>
    public string Format(decimal value) => WithUnit(NumberText.Fixed(value, Decimals));

    /// <summary>A target or threshold as it was set, with its unit and no trailing zeros: "90%", "4.5%".</summary>
    /// <param name="value">The figure.</param>
    /// <returns>The text.</returns>
    public string FormatSetFigure(decimal value) => WithUnit(NumberText.Plain(value));

    /// <summary>
    /// A difference between two values, at the display decimals: "5.2 points" for a percentage, "105.3 days"
    /// for a mean of days, a bare number for a count; a difference finer than the display decimals keeps up
    /// to two more places.
    /// </summary>
    /// <param name="difference">The difference (its sign is ignored).</param>
    /// <returns>The text.</returns>
    public string FormatDifference(decimal difference)
    {
        // At the display decimals ("16.0 per 100,000"); a difference finer than that (from a target set
        // to more places, or an exact comparison) keeps up to two more places rather than hide it.
        decimal magnitude = Math.Abs(difference);
        return DifferenceWithUnit(magnitude.Scale <= Decimals
            ? NumberText.Fixed(magnitude, Decimals)
            : NumberText.Plain(Math.Round(magnitude, Decimals + 2, MidpointRounding.AwayFromZero)));
    }

    /// <summary>A set amount of difference (a tolerance) as written, without trailing zeros: "5 points", "30 days".</summary>
    internal string FormatSetDifference(decimal amount) => DifferenceWithUnit(NumberText.Plain(Math.Abs(amount)));

    /// <inheritdoc />
    public bool Equals(MeasureValueType? other) =>
        other is not null && Kind == other.Kind && Decimals == other.Decimals && RatePer == other.RatePer && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MeasureValueType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Decimals, RatePer, Unit);

    /// <summary>Describes the value type: "percentage to 1 decimal place", "rate per 10,000 children aged under 18 to 1 decimal place".</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        string what = Kind switch
        {
            ValueKind.Rate => "rate per " + NumberText.Grouped(RatePer.GetValueOrDefault()) + (Unit.Length > 0 ? " " + Unit : ""),
            ValueKind.Count or ValueKind.Mean when Unit.Length > 0 => KindName(Kind) + " of " + Unit,
            _ => KindName(Kind),
        };
        return what + " to " + Decimals.ToString(System.Globalization.CultureInfo.InvariantCulture) + (Decimals == 1 ? " decimal place" : " decimal places");
    }

    /// <summary>Every problem with a would-be value type, each with the JSON member it concerns.</summary>
    internal static IEnumerable<DefinitionProblem> Problems(ValueKind kind, int decimals, long? ratePer)
    {
        if (decimals is < 0 or > MaxDecimals)
        {
            yield return new DefinitionProblem("decimals", "decimals", $"Display decimals must be between 0 and {MaxDecimals}; {decimals} was given.");
        }

        if (kind == ValueKind.Rate && ratePer is null)
        {
            yield return new DefinitionProblem("per", "per", "A rate needs its N, the population size it is expressed per (for example 10000 for \"per 10,000\").");
        }
        else if (kind == ValueKind.Rate && ratePer is <= 0 or > MaxRatePer)
        {
            yield return new DefinitionProblem("per", "per", $"A rate is expressed per a positive number of the population, at most {NumberText.Grouped(MaxRatePer)}; {ratePer} was given.");
        }
        else if (kind != ValueKind.Rate && ratePer is not null)
        {
            yield return new DefinitionProblem("per", "per", $"Only a rate is expressed per N; a {KindName(kind)} cannot be per {ratePer}.");
        }
    }

    /// <summary>The display decimals a kind has when none are given: 0 for a count, 2 for a ratio, 1 otherwise.</summary>
    internal static int DefaultDecimals(ValueKind kind) => kind switch
    {
        ValueKind.Count => 0,
        ValueKind.Ratio => 2,
        _ => 1,
    };

    internal static MeasureValueType CreateUnchecked(ValueKind kind, int decimals, long? ratePer, string unit) => new(kind, decimals, ratePer, unit);

    // Literals, not "a " + the name: every row a reader checks asks for it, and a concatenation is a string a row.
    internal static string Article(ValueKind kind) => kind switch
    {
        ValueKind.Count => "a count",
        ValueKind.Percentage => "a percentage",
        ValueKind.Rate => "a rate",
        ValueKind.Mean => "a mean",
        ValueKind.Ratio => "a ratio",
        _ => "a " + KindName(kind),
    };

    internal static string KindName(ValueKind kind) => kind switch
    {
        ValueKind.Count => "count",
        ValueKind.Percentage => "percentage",
        ValueKind.Rate => "rate",
        ValueKind.Mean => "mean",
        ValueKind.Ratio => "ratio",
        _ => kind.ToString(),
    };

    private static MeasureValueType Create(ValueKind kind, int decimals, long? ratePer, string unit)
    {
        Preconditions.CheckNotNull(unit);
        foreach (var problem in Problems(kind, decimals, ratePer))
        {
            throw new ArgumentOutOfRangeException(problem.Parameter, problem.Message);
        }

        return new MeasureValueType(kind, decimals, ratePer, unit.Trim());
    }

    private string DifferenceWithUnit(string number) => Kind switch
    {
        ValueKind.Percentage => number + (number == "1" ? " point" : " points"),
        ValueKind.Rate => number + " per " + NumberText.Grouped(RatePer.GetValueOrDefault()),
        ValueKind.Mean when Unit.Length > 0 => number + " " + Unit,
        _ => number,
    };

    private string WithUnit(string number) => Kind switch
    {
        ValueKind.Percentage => number + "%",
        ValueKind.Rate => number + " per " + NumberText.Grouped(RatePer.GetValueOrDefault()),
        ValueKind.Mean or ValueKind.Count when Unit.Length > 0 => number + " " + Unit,
        _ => number,
    };
}
