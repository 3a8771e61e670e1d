using System.Linq;
using FsCheck.Xunit;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Time;

/// <summary>Laws of school-day calendars and term dates, on generated term dates.</summary>
[Properties(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 150)]
public sealed class SchoolDayProperties
{
    [Property]
    public bool Term_dates_round_trip_through_JSON(SchoolTermDates termDates)
    {
        string json = termDates.ToJson();
        var back = SchoolTermDates.Parse(json).Value;
        return back.Equals(termDates) && back.ToJson() == json;
    }

    [Property]
    public bool The_fast_count_equals_a_day_by_day_count(SchoolTermDates termDates, ushort a, ushort b)
    {
        var calendar = new SchoolDayCalendar(termDates, BankHolidayRegion.EnglandAndWales);
        LocalDate from = Pick(calendar, a);
        LocalDate to = Pick(calendar, b);
        return calendar.SchoolDaysBetween(from, to) == CountByDefinition(termDates, from, to);
    }

    [Property]
    public bool Adding_n_school_days_lands_on_a_school_day_n_school_days_away(SchoolTermDates termDates, ushort a, byte n)
    {
        var calendar = new SchoolDayCalendar(termDates, BankHolidayRegion.EnglandAndWales);
        LocalDate from = Pick(calendar, a);
        int days = 1 + (n % 60);
        LocalDate due;
        try
        {
            due = calendar.AddSchoolDays(from, days);
        }
        catch (System.ArgumentOutOfRangeException)
        {
            // Only when there are not that many school days left in the years covered.
            return calendar.SchoolDaysBetween(from, calendar.LastDate) < days;
        }

        return calendar.IsSchoolDay(due)
            && calendar.SchoolDaysBetween(from, due) == days
            && (!calendar.IsSchoolDay(from) || calendar.AddSchoolDays(due, -days) == from);
    }

    [Property]
    public bool A_school_day_is_a_weekday_in_term_time_that_is_not_an_INSET_day_or_a_bank_holiday(SchoolTermDates termDates, ushort a)
    {
        var calendar = new SchoolDayCalendar(termDates, BankHolidayRegion.EnglandAndWales);
        LocalDate date = Pick(calendar, a);
        return calendar.IsSchoolDay(date) == IsSchoolDayByDefinition(termDates, date);
    }

    private static LocalDate Pick(SchoolDayCalendar calendar, ushort seed) =>
        calendar.FirstDate.PlusDays(seed % (Period.DaysBetween(calendar.FirstDate, calendar.LastDate) + 1));

    private static bool IsSchoolDayByDefinition(SchoolTermDates termDates, LocalDate date) =>
        date.DayOfWeek < IsoDayOfWeek.Saturday
        && termDates.AcademicYears.Any(y => y.Terms.Any(t => t.IsTermTime(date)) && !y.IsInsetDay(date))
        && !BankHolidays.For(BankHolidayRegion.EnglandAndWales, date.Year).Contains(date);

    private static int CountByDefinition(SchoolTermDates termDates, LocalDate from, LocalDate to)
    {
        int sign = to >= from ? 1 : -1;
        (LocalDate lo, LocalDate hi) = to >= from ? (from, to) : (to, from);
        int n = 0;
        for (var d = lo.PlusDays(1); d <= hi; d = d.PlusDays(1))
        {
            n += IsSchoolDayByDefinition(termDates, d) ? 1 : 0;
        }

        return sign * n;
    }
}
