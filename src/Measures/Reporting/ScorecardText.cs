using System.Globalization;
using Measures.Time;
using NodaTime;

namespace Measures.Reporting;

/// <summary>Period labels and figures as a scorecard's reader reads them, in the invariant culture.</summary>
internal static class ScorecardText
{
    private static readonly string[] ShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string[] TermNames = ["Autumn", "Spring", "Summer"];

    /// <summary>
    /// A period as a report names it: "Dec 2023", "Q3 2023/24", "2023/24", "2023", "AY 2022/23",
    /// "Spring term 2023/24", "rolling 12 months to Mar 2024", "year to date to Dec 2023".
    /// </summary>
    public static string PeriodLabel(ReportingPeriod period) => period.Type switch
    {
        PeriodType.Month => MonthYear(period.EndMonth),
        PeriodType.Quarter => "Q" + Number(period.QuarterNumber) + " " + YearPair(period.Year),
        PeriodType.FinancialYear => YearPair(period.Year),
        PeriodType.CalendarYear => Number(period.Year),
        PeriodType.AcademicYear => "AY " + YearPair(period.Year),
        PeriodType.Term => TermNames[(int)period.SchoolTerm!.Value - 1] + " term " + YearPair(period.Year),
        PeriodType.HalfTerm => TermNames[((int)period.SchoolHalfTerm!.Value - 1) / 2] + " " + Number((((int)period.SchoolHalfTerm!.Value - 1) % 2) + 1) + " " + YearPair(period.Year),
        PeriodType.RollingMonths => "rolling " + Number(period.MonthCount) + " months to " + MonthYear(period.EndMonth),
        PeriodType.FinancialYearToDate => "year to date to " + MonthYear(period.EndMonth),
        PeriodType.AcademicYearToDate => "academic year to date to " + MonthYear(period.EndMonth),
        _ => Day(period.Start) + " to " + Day(period.End),
    };

    /// <summary>The cumulative period from the start of an academic year to the end of a term: "AY 2023/24 to end of Spring term".</summary>
    public static string ToEndOfTermLabel(ReportingPeriod term)
    {
        string name = term.Type == PeriodType.HalfTerm
            ? TermNames[((int)term.SchoolHalfTerm!.Value - 1) / 2] + " " + Number((((int)term.SchoolHalfTerm!.Value - 1) % 2) + 1) + " half-term"
            : TermNames[(int)term.SchoolTerm!.Value - 1] + " term";
        return "AY " + YearPair(term.Year) + " to end of " + name;
    }

    /// <summary>"2023/24" for the year starting in 2023.</summary>
    public static string YearPair(int startYear) => Number(startYear) + "/" + ((startYear + 1) % 100).ToString("00", CultureInfo.InvariantCulture);

    /// <summary>A whole number in the invariant culture, without separators.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A figure in the invariant culture without trailing zeros or exponent: 4.50 → "4.5", 250.333… → "250.33" (to <paramref name="maxDecimals"/>).</summary>
    public static string Figure(decimal value, int maxDecimals = 2) =>
        decimal.Round(value, maxDecimals, System.MidpointRounding.AwayFromZero).ToString("0.##########", CultureInfo.InvariantCulture);

    private static string MonthYear(YearMonth month) => ShortMonths[month.Month - 1] + " " + Number(month.Year);

    private static string Day(LocalDate date) => Number(date.Day) + " " + ShortMonths[date.Month - 1] + " " + Number(date.Year);
}
