using System;
using System.Globalization;
using Measures.Time;

namespace Measures.Definitions;

/// <summary>The period labels a catalogue uses for target years and benchmark periods.</summary>
internal static class CataloguePeriods
{
    /// <summary>Reads "2023/24" (a financial year) or "2023" (a calendar year).</summary>
    public static bool TryParse(string text, out ReportingPeriod period, out string error)
    {
        period = default;
        error = "";
        string t = text.Trim();
        if (t.Length == 7 && t[4] == '/'
            && int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int start)
            && int.TryParse(t.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int end2))
        {
            if ((start + 1) % 100 != end2 || start < 1 || start > 9997)
            {
                error = $"\"{text}\" is not a financial year: the second year must follow the first, as in \"2023/24\".";
                return false;
            }

            period = ReportingPeriod.FinancialYear(start);
            return true;
        }

        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year >= 1)
        {
            period = ReportingPeriod.CalendarYear(year);
            return true;
        }

        error = $"\"{text}\" is not a period this catalogue understands; write a financial year as \"2023/24\" or a calendar year as \"2023\".";
        return false;
    }

    public static string Format(ReportingPeriod period) => period.Type switch
    {
        PeriodType.FinancialYear or PeriodType.CalendarYear => PeriodText.Describe(period),
        _ => throw new NotSupportedException($"A catalogue cannot yet write a {period.Type} period."),
    };
}
