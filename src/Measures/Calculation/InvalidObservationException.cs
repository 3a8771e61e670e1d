using System;
using System.Globalization;
using Measures.Time;

namespace Measures.Calculation;

/// <summary>
/// The figures given for a measure cannot make a value: a percentage whose numerator is above its
/// denominator, a missing denominator, a negative count. The message names the measure, the period and
/// the field, so that the row at fault can be found in the source data.
/// </summary>
/// <remarks>This exception derives from <see cref="ArgumentException"/>: <see cref="ArgumentException.ParamName"/> is the field.</remarks>
public sealed class InvalidObservationException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="measureCode">The code of the measure.</param>
    /// <param name="period">The period of the figures.</param>
    /// <param name="field">The field at fault ("numerator", "denominator").</param>
    /// <param name="reason">Why the field is wrong, as a sentence.</param>
    public InvalidObservationException(string measureCode, ReportingPeriod period, string field, string reason)
        : base(string.Create(CultureInfo.InvariantCulture, $"{measureCode} for {period}: {reason}"), field)
    {
        MeasureCode = measureCode;
        Period = period;
        Field = field;
    }

    /// <summary>Gets the code of the measure whose figures are wrong.</summary>
    public string MeasureCode { get; }

    /// <summary>Gets the period of the figures.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the field at fault ("numerator", "denominator").</summary>
    public string Field { get; }
}
