using System.Globalization;
using Measures.Time;
using NodaTime;
using NodaTime.Text;

namespace Measures.Cli;

/// <summary>How the tool writes dates and period types for people.</summary>
internal static class Text
{
    private static readonly LocalDatePattern LongDate = LocalDatePattern.CreateWithInvariantCulture("dddd d MMMM uuuu");

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date) + " (" + LongDate.Format(date) + ")";

    public static string LongForm(LocalDate date) => LongDate.Format(date);

    /// <summary>Why a label could not be read, without the parser's "Cannot read "…": " preamble.</summary>
    public static string Reason(string label, System.Exception exception)
    {
        string message = exception.Message.TrimEnd('.');
        foreach (string preamble in (string[])["Cannot read \"" + label + "\": ", "Cannot read \"" + label + "\" as a reporting period: "])
        {
            if (message.StartsWith(preamble, System.StringComparison.Ordinal))
            {
                return message[preamble.Length..];
            }
        }

        return message;
    }

    /// <summary>
    /// An exception's message as a user reads it: without .NET's " (Parameter 'year')" and "Actual value was 0."
    /// additions, and without a closing full stop.
    /// </summary>
    public static string Plain(System.Exception exception)
    {
        string message = exception.Message;
        int parameter = message.IndexOf(" (Parameter '", System.StringComparison.Ordinal);
        if (parameter >= 0)
        {
            message = message[..parameter];
        }

        int actual = message.IndexOf("\nActual value was", System.StringComparison.Ordinal);
        return (actual >= 0 ? message[..actual] : message).Trim().TrimEnd('.');
    }

    public static string Grouped(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Noun(PeriodType type) => type switch
    {
        PeriodType.Month => "month",
        PeriodType.Quarter => "financial-year quarter",
        PeriodType.FinancialYear => "financial year (April to March)",
        PeriodType.CalendarYear => "calendar year",
        PeriodType.AcademicYear => "academic year",
        PeriodType.Term => "school term",
        PeriodType.HalfTerm => "half-term",
        PeriodType.RollingMonths => "rolling window of whole months",
        PeriodType.FinancialYearToDate => "financial year to date",
        PeriodType.AcademicYearToDate => "academic year to date",
        PeriodType.CalendarYearToDate => "calendar year to date (January to the end of a month)",
        PeriodType.DateRange => "range of dates",
        _ => type.ToString(),
    };

    public static string Region(BankHolidayRegion region) => region switch
    {
        BankHolidayRegion.EnglandAndWales => "England and Wales",
        BankHolidayRegion.Scotland => "Scotland",
        BankHolidayRegion.NorthernIreland => "Northern Ireland",
        _ => region.ToString(),
    };
}
