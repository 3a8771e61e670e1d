using System.Globalization;
using Measures.Time;

namespace Measures.Definitions;

/// <summary>Short descriptions of periods for messages.</summary>
internal static class PeriodText
{
    public static string Describe(ReportingPeriod period) => period.Type switch
    {
        PeriodType.FinancialYear => period.Start.Year.ToString(CultureInfo.InvariantCulture) + "/" + (period.End.Year % 100).ToString("00", CultureInfo.InvariantCulture),
        PeriodType.CalendarYear => period.Start.Year.ToString(CultureInfo.InvariantCulture),
        _ => period.Start.ToString("d MMM uuuu", CultureInfo.InvariantCulture) + " to " + period.End.ToString("d MMM uuuu", CultureInfo.InvariantCulture),
    };

    public static string Describe(Target target) => Describe(target.Period) + (target.Onwards ? " onwards" : "");
}
