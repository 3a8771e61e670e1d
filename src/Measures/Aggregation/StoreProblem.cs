using System.Globalization;
using Measures.Time;

namespace Measures.Aggregation;

/// <summary>How the store names an observation's key in its problems: "CSC-01 for 2023-04, unit 'North'".</summary>
internal static class StoreProblem
{
    /// <summary>Why a second row for the same key is refused.</summary>
    public const string Duplicate = "it appears more than once: give each measure, period, unit and breakdown once (partial counts that are to be added can be added first, or a store can be asked to sum them).";

    /// <summary>Why a breakdown value beside a whole-population figure is refused.</summary>
    public const string TotalBesideBreakdown = "the same measure, period and unit also has a whole-population figure; adding both would count children twice.";

    public static string Describe(string measureCode, ReportingPeriod period, string unit, string breakdown)
    {
        string unitText = unit.Length == 0 ? "the whole council" : $"unit '{unit}'";
        string breakdownText = breakdown.Length == 0 ? string.Empty : $", breakdown '{breakdown}'";
        return string.Create(CultureInfo.InvariantCulture, $"{measureCode} for {PeriodText(period)}, {unitText}{breakdownText}");
    }

    // The label the period is written with in a file ("2024-03", "FY 2023/24"), so that the row can be found.
    public static string PeriodText(ReportingPeriod period) => period.Type == 0 ? "an unset period" : period.ToString();

    public static DataProblem Create(DataProblemKind kind, string measureCode, ReportingPeriod period, string unit, string breakdown, string why) =>
        new(kind, why, subject: Describe(measureCode, period, unit, breakdown));
}
