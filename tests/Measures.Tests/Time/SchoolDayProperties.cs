using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Time;

/// <summary>Laws of school-day calendars and term dates, on generated term dates.</summary>
[Properties(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 150)]
public sealed class SchoolDayProperties
{
    [Property]
    public Property Term_dates_round_trip_through_JSON(SchoolTermDates termDates)
    {
        string json = termDates.ToJson();
        var back = SchoolTermDates.Parse(json).Value;
        return back.Equals(termDates).Label("the term dates read back equal")
            .And((back.ToJson() == json).Label("the term dates read back write the same JSON"));
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
    public Property Adding_n_school_days_lands_on_a_school_day_n_school_days_away(SchoolTermDates termDates, ushort a, byte n)
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
            return (calendar.SchoolDaysBetween(from, calendar.LastDate) < days).Label("adding fails only when too few school days are left");
        }

        bool onSchoolDay = calendar.IsSchoolDay(due);
        bool counted = calendar.SchoolDaysBetween(from, due) == days;
        return onSchoolDay.Label("adding lands on a school day")
            .And(counted.Label("n school days lie between the start and where adding lands"))
            .And((!calendar.IsSchoolDay(from) || onSchoolDay && counted && calendar.AddSchoolDays(due, -days) == from)
                .Label("from a school day, taking the days away again returns to the start"));
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
