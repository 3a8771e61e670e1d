using System;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Time;

public sealed class TimescaleTests
{
    [Fact]
    public void Twenty_weeks_is_exactly_140_calendar_days_whatever_the_day()
    {
        // Request for an EHC needs assessment on Monday 8 January 2024: the plan is due within
        // 20 weeks, on or before Monday 27 May 2024 (140 days later), though that is a bank holiday.
        var request = new LocalDate(2024, 1, 8);
        var ehcp = Timescale.Weeks(20);
        Assert.Equal(new LocalDate(2024, 5, 27), ehcp.DeadlineFrom(request));
        Assert.Equal(140, Period.DaysBetween(request, ehcp.DeadlineFrom(request)));
        Assert.True(ehcp.IsMet(request, new LocalDate(2024, 5, 27)));
        Assert.False(ehcp.IsMet(request, new LocalDate(2024, 5, 28)));
        Assert.Equal(new LocalDate(2024, 5, 27), ehcp.DeadlineFrom(request, WorkingDayCalendar.EnglandAndWales)); // the calendar is ignored
    }

    [Fact]
    public void Calendar_days_count_from_day_zero()
    {
        var referral = new LocalDate(2024, 3, 1);
        Assert.Equal(new LocalDate(2024, 4, 15), Timescale.CalendarDays(45).DeadlineFrom(referral));
        Assert.True(Timescale.CalendarDays(45).IsMet(referral, new LocalDate(2024, 4, 15)));
        Assert.True(Timescale.CalendarDays(0).IsMet(referral, referral));
    }

    [Fact]
    public void Working_days_use_the_calendar_given()
    {
        var referral = new LocalDate(2024, 3, 1);
        var threeDays = Timescale.WorkingDays(3);
        Assert.Equal(new LocalDate(2024, 3, 6), threeDays.DeadlineFrom(referral, WorkingDayCalendar.EnglandAndWales));
        Assert.True(threeDays.IsMet(referral, new LocalDate(2024, 3, 6), WorkingDayCalendar.EnglandAndWales));
        Assert.False(threeDays.IsMet(referral, new LocalDate(2024, 3, 7), WorkingDayCalendar.EnglandAndWales));
    }

    [Fact]
    public void Work_done_on_the_weekend_after_a_Friday_deadline_is_late()
    {
        // Referral Tuesday 5 March 2024; three working days is Friday 8 March. Saturday 9 March is
        // still only three working days after the referral, but it is after the deadline.
        var referral = new LocalDate(2024, 3, 5);
        var saturday = new LocalDate(2024, 3, 9);
        Assert.Equal(3, WorkingDayCalendar.EnglandAndWales.WorkingDaysBetween(referral, saturday));
        Assert.False(Timescale.WorkingDays(3).IsMet(referral, saturday, WorkingDayCalendar.EnglandAndWales));
    }

    [Fact]
    public void A_timescale_that_needs_a_calendar_says_which()
    {
        var start = new LocalDate(2024, 3, 1);
        var working = Assert.Throws<InvalidOperationException>(() => Timescale.WorkingDays(3).DeadlineFrom(start));
        Assert.Equal("A timescale of 3 working days counts working days; pass a WorkingDayCalendar.", working.Message);
        var school = Assert.Throws<InvalidOperationException>(() => Timescale.SchoolDays(10).DeadlineFrom(start, WorkingDayCalendar.EnglandAndWales));
        Assert.Equal("A timescale of 10 school days counts school days; pass a SchoolDayCalendar.", school.Message);
        var schools = new SchoolDayCalendar(SchoolTermDates.Parse(TermDatesExamples.TwoYears).Value, BankHolidayRegion.EnglandAndWales);
        Assert.Throws<InvalidOperationException>(() => Timescale.WorkingDays(3).IsMet(start, start, schools));
        Assert.Equal(start.PlusDays(7), Timescale.Weeks(1).DeadlineFrom(start, schools));
        Assert.Throws<ArgumentNullException>(() => Timescale.WorkingDays(3).DeadlineFrom(start, (WorkingDayCalendar)null!));
    }

    [Fact]
    public void Completion_before_the_start_is_an_error_not_a_pass()
    {
        var ex = Assert.Throws<ArgumentException>(() => Timescale.Weeks(20).IsMet(new LocalDate(2024, 3, 1), new LocalDate(2024, 2, 1)));
        Assert.Equal("completed", ex.ParamName);
        Assert.Contains("2024-02-01 is before the start date 2024-03-01", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3 working days", 3, TimescaleUnit.WorkingDays, "3 working days")]
    [InlineData("1 working day", 1, TimescaleUnit.WorkingDays, "1 working day")]
    [InlineData("10 school days", 10, TimescaleUnit.SchoolDays, "10 school days")]
    [InlineData("20 weeks", 20, TimescaleUnit.Weeks, "20 weeks")]
    [InlineData("  20   Weeks ", 20, TimescaleUnit.Weeks, "20 weeks")]
    [InlineData("45 days", 45, TimescaleUnit.CalendarDays, "45 days")]
    [InlineData("45 calendar days", 45, TimescaleUnit.CalendarDays, "45 days")]
    [InlineData("15 WORKING DAYS", 15, TimescaleUnit.WorkingDays, "15 working days")]
    public void Timescales_parse_and_format_as_reports_write_them(string text, int length, TimescaleUnit unit, string formatted)
    {
        var timescale = Timescale.Parse(text);
        Assert.Equal(length, timescale.Length);
        Assert.Equal(unit, timescale.Unit);
        Assert.Equal(formatted, timescale.ToString());
        Assert.Equal(timescale, Timescale.Parse(timescale.ToString()));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("three working days", "does not start with a whole number")]
    [InlineData("-3 working days", "does not start with a whole number")]
    [InlineData("3 fortnights", "The unit \"fortnights\" in \"3 fortnights\" is not one of")]
    [InlineData("3", "The unit \"\" in \"3\" is not one of")]
    [InlineData("1000000 days", "at most 100000")]
    public void Garbage_says_which_part_could_not_be_read(string text, string message)
    {
        Assert.False(Timescale.TryParse(text, out var none));
        Assert.Equal(default, none);
        var ex = Assert.Throws<FormatException>(() => Timescale.Parse(text));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lengths_are_checked_and_equality_is_by_value()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Timescale.WorkingDays(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Timescale.Weeks(Timescale.MaxLength + 1));
        Assert.False(Timescale.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => Timescale.Parse(null!));
        Assert.Equal(Timescale.Weeks(2), Timescale.Parse("2 weeks"));
        Assert.True(Timescale.Weeks(2) != Timescale.CalendarDays(14));
        Assert.Equal(TimescaleUnit.CalendarDays, default(Timescale).Unit);
        Assert.Equal("0 days", default(Timescale).ToString());
        Assert.Equal(Timescale.WorkingDays(3).GetHashCode(), Timescale.Parse("3 working days").GetHashCode());
    }
}
