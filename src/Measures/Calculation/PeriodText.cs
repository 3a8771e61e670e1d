using System.Globalization;
using Measures.Time;

namespace Measures.Calculation;

/// <summary>Describes a period in messages.</summary>
internal static class PeriodText
{
    /// <summary>The period's type and its first and last dates, culture-invariant.</summary>
    public static string Describe(ReportingPeriod period) =>
        string.Create(CultureInfo.InvariantCulture, $"{period.Type} {period.Start:uuuu-MM-dd} to {period.End:uuuu-MM-dd}");
}
