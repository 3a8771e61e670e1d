using System;
using System.Globalization;
using Measures.Time;

namespace Measures.Aggregation;

/// <summary>An observation that cannot be aggregated, with its key and the reason.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ObservationProblem
{
    internal ObservationProblem(ObservationProblemKind kind, string measureCode, ReportingPeriod period, string organisationalUnit, string breakdown, string message)
    {
        Kind = kind;
        MeasureCode = measureCode;
        Period = period;
        OrganisationalUnit = organisationalUnit;
        Breakdown = breakdown;
        Message = message;
    }

    /// <summary>Gets the kind of problem.</summary>
    public ObservationProblemKind Kind { get; }

    /// <summary>Gets the measure code of the offending observation.</summary>
    public string MeasureCode { get; }

    /// <summary>Gets the period of the offending observation.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the organisational unit of the offending observation.</summary>
    public string OrganisationalUnit { get; }

    /// <summary>Gets the breakdown value of the offending observation ("" for none).</summary>
    public string Breakdown { get; }

    /// <summary>Gets a sentence that names the key, the value and why it is refused.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind}: {Message}");

    internal static string Describe(string measureCode, ReportingPeriod period, string unit, string breakdown)
    {
        string unitText = unit.Length == 0 ? "the whole council" : $"unit '{unit}'";
        string breakdownText = breakdown.Length == 0 ? string.Empty : $", breakdown '{breakdown}'";
        return string.Create(CultureInfo.InvariantCulture, $"{measureCode} for {PeriodText(period)}, {unitText}{breakdownText}");
    }

    internal static string PeriodText(ReportingPeriod period) =>
        period.Type == 0 ? "an unset period" : string.Create(CultureInfo.InvariantCulture, $"{period.Type} {period.Start:uuuu-MM-dd} to {period.End:uuuu-MM-dd}");

    internal static ObservationProblem Create(ObservationProblemKind kind, string measureCode, ReportingPeriod period, string unit, string breakdown, string why) =>
        new(kind, measureCode, period, unit, breakdown, Describe(measureCode, period, unit, breakdown) + ": " + why);

    internal static ArgumentException AsArgumentException(ObservationProblem problem) => new(problem.Message);
}
