using System;
using Measures.Internal;
using Measures.Time;

using Measures.Definitions;

namespace Measures.Observations;

/// <summary>
/// A value of one measure for one period and one organisational unit, held as a numerator and a
/// denominator rather than as a rounded figure: "50 out of 93 new EHCPs were completed within 20 weeks".
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
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
}
