using System;
using Measures.Internal;
using Measures.Time;

using Measures.Definitions;

namespace Measures.Observations;

/// <summary>
/// A value of one measure for one period and one organisational unit, held as a numerator and a
/// denominator rather than as a rounded figure: "50 out of 93 new EHCPs were completed within 20 weeks";
/// or, when a partner sends only the figure, as that value alone ("76.8%", see <see cref="ValueOnly"/>).
/// </summary>
/// <remarks>
/// <para>
/// An observation with counts for a month, quarter, term, half-term or whole year is part of its measure's
/// series and is added up into longer periods and across units. One for a window (rolling months, a year to
/// date, a range of dates), or one with a value but no counts, is the figure for its own period only: it is
/// shown, rated and compared there, and never added to anything.
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct Observation
{
    /// <summary>The organisational unit used when none is given: the council as a whole.</summary>
    public const string WholeCouncil = "";

    /// <summary>Creates an observation.</summary>
    /// <param name="measureCode">The code of the measure ("CSC-07").</param>
    /// <param name="period">The period the figures are for.</param>
    /// <param name="numerator">The numerator: a count, or a sum of durations for a mean.</param>
    /// <param name="denominator">The denominator, or <see langword="null"/> for a count.</param>
    /// <param name="organisationalUnit">The council, locality or team; <see cref="WholeCouncil"/> by default.</param>
    /// <exception cref="ArgumentException">The measure code is empty, or a figure is negative.</exception>
    public Observation(string measureCode, ReportingPeriod period, long numerator, long? denominator, string organisationalUnit = WholeCouncil)
    {
        Preconditions.CheckNotNull(measureCode);
        Preconditions.CheckNotNull(organisationalUnit);
        Preconditions.CheckArgument(measureCode.Trim().Length > 0, nameof(measureCode), "The measure code is empty.");
        Preconditions.CheckArgument(numerator >= 0, nameof(numerator), $"The numerator of {measureCode} for {period} is {numerator}; it cannot be negative.");
        Preconditions.CheckArgument(denominator is null or >= 0, nameof(denominator), $"The denominator of {measureCode} for {period} is {denominator}; it cannot be negative.");
        MeasureCode = measureCode;
        Period = period;
        Numerator = numerator;
        Denominator = denominator;
        OrganisationalUnit = organisationalUnit;
    }

    /// <summary>An observation whose fields a reader has checked already (a code that is not blank, figures of zero or more): every clean row of a large file is one.</summary>
    internal Observation(string measureCode, ReportingPeriod period, long numerator, long? denominator, string organisationalUnit, bool checkedAlready)
    {
        System.Diagnostics.Debug.Assert(checkedAlready && measureCode.Trim().Length > 0 && numerator >= 0 && denominator is null or >= 0, "A checked observation.");
        MeasureCode = measureCode;
        Period = period;
        Numerator = numerator;
        Denominator = denominator;
        OrganisationalUnit = organisationalUnit;
    }

    /// <summary>
    /// Creates an observation that carries a value without its counts, as a partner (health, police, a
    /// schools' system) sends it: "76.8% were completed in the statutory timescale". The value keeps its own
    /// decimals (9.0 and 9 differ: a report shows no more places than were given).
    /// </summary>
    /// <param name="measureCode">The code of the measure.</param>
    /// <param name="period">The period the value is for.</param>
    /// <param name="value">The value, in the measure's unit (a percentage as 76.8, a rate per its base).</param>
    /// <param name="organisationalUnit">The council, locality or team; <see cref="WholeCouncil"/> by default.</param>
    /// <returns>The observation; its <see cref="Numerator"/> is 0 and its <see cref="Denominator"/> null.</returns>
    /// <exception cref="ArgumentNullException">The measure code or unit is null.</exception>
    /// <exception cref="ArgumentException">The measure code is empty, or the value is negative or above <see cref="FigureRules.MaxSetFigure"/>.</exception>
    public static Observation ValueOnly(string measureCode, ReportingPeriod period, decimal value, string organisationalUnit = WholeCouncil)
    {
        var observation = new Observation(measureCode, period, 0, null, organisationalUnit);
        Preconditions.CheckArgument(value >= 0, nameof(value), $"The value of {measureCode} for {period} is {value}; it cannot be negative.");
        Preconditions.CheckArgument(value <= FigureRules.MaxSetFigure, nameof(value), $"The value of {measureCode} for {period} is {value}; a value above {FigureRules.MaxSetFigure:N0} is not a figure a report could show.");
        return observation with { Value = value };
    }

    /// <summary>Gets the code of the measure.</summary>
    public string MeasureCode { get; }

    /// <summary>Gets the period the figures are for.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the numerator: a count, or a sum of durations for a mean.</summary>
    public long Numerator { get; }

    /// <summary>Gets the denominator, or <see langword="null"/> for a count.</summary>
    public long? Denominator { get; }

    /// <summary>Gets the council, locality or team the figures are for.</summary>
    public string OrganisationalUnit { get; }

    /// <summary>
    /// Gets the value when the observation carries a value without counts (<see cref="ValueOnly"/>), or
    /// <see langword="null"/> when it carries a numerator and denominator.
    /// </summary>
    public decimal? Value { get; private init; }

    /// <summary>Gets whether the observation carries counts (a numerator, and a denominator where the measure has one) rather than a value alone.</summary>
    public bool HasCounts => Value is null;

    // The figure for its own period only, never added to others: a window's, or a value without counts.
    internal bool IsKeptApart => Value is not null || !PeriodTiling.IsTiling(Period.Type);
}
