using System;
using NodaTime;

namespace Measures.Time.Text;

/// <summary>Words shared by the label writers and the keyword table (<see cref="LabelKeywords"/>).</summary>
internal static class PeriodText
{
    public static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public static readonly string[] TermNames = ["Autumn", "Spring", "Summer"];

    /// <summary>The noun for a period type, as used in messages: "financial year".</summary>
    public static string Noun(PeriodType type) => type switch
    {
        PeriodType.Month => "month",
        PeriodType.Quarter => "quarter",
        PeriodType.FinancialYear => "financial year",
        PeriodType.CalendarYear => "calendar year",
        PeriodType.AcademicYear => "academic year",
        PeriodType.Term => "term",
        PeriodType.HalfTerm => "half-term",
        PeriodType.RollingMonths => "rolling window",
        PeriodType.FinancialYearToDate => "financial year to date",
        PeriodType.AcademicYearToDate => "academic year to date",
        PeriodType.DateRange => "date range",
        PeriodType.CalendarYearToDate => "calendar year to date",
        _ => $"period type {(int)type}",
    };

    /// <summary>The plural noun for a period type, as used in messages: "financial years", "half-terms".</summary>
    public static string Plural(PeriodType type)
    {
        const string ToDate = " year to date";
        string noun = Noun(type);
        return noun.EndsWith(ToDate, StringComparison.Ordinal) ? noun[..^ToDate.Length] + " years to date" : noun + "s";
    }

    /// <summary>Whether <paramref name="date"/> is the ISO date <paramref name="year"/>-<paramref name="month"/>-<paramref name="day"/> and valid.</summary>
    public static bool TryMakeDate(int year, int month, int day, out LocalDate date)
    {
        if (year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new LocalDate(year, month, day);
            return true;
        }

        date = default;
        return false;
    }
}
