using System;
using System.Linq;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Time;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar England = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void A_referral_on_Friday_contacted_within_three_working_days_is_due_by_Wednesday()
    {
        var referral = new LocalDate(2024, 3, 1); // Friday
        Assert.Equal(new LocalDate(2024, 3, 6), England.AddWorkingDays(referral, 3));
        Assert.Equal(3, England.WorkingDaysBetween(referral, new LocalDate(2024, 3, 6)));
        Assert.Equal(4, England.WorkingDaysBetween(referral, new LocalDate(2024, 3, 7)));
        Assert.Equal(0, England.WorkingDaysBetween(referral, new LocalDate(2024, 3, 3))); // the weekend uses no working day
    }

    [Fact]
    public void Christmas_and_Boxing_Day_are_skipped()
    {
        // 2023: Christmas Day Monday 25, Boxing Day Tuesday 26 December.
        Assert.Equal(new LocalDate(2023, 12, 29), England.AddWorkingDays(new LocalDate(2023, 12, 22), 3));
    }

    [Fact]
    public void A_council_closed_between_Christmas_and_New_Year_adds_its_closure_without_subclassing()
    {
        var council = England.WithAnnualClosure(new AnnualDate(12, 27), new AnnualDate(12, 31));
        Assert.Equal(new LocalDate(2024, 1, 4), council.AddWorkingDays(new LocalDate(2023, 12, 22), 3)); // 1 January 2024 is a bank holiday
        Assert.False(council.IsWorkingDay(new LocalDate(2023, 12, 27)));
        Assert.False(council.IsBankHoliday(new LocalDate(2023, 12, 27)));
        Assert.True(England.IsWorkingDay(new LocalDate(2023, 12, 27))); // the regional calendar is unchanged
        Assert.Equal(new LocalDate(2023, 12, 29), England.AddWorkingDays(new LocalDate(2023, 12, 22), 3));
    }

    [Fact]
    public void An_annual_closure_can_run_over_New_Year()
    {
        var council = England.WithAnnualClosure(new AnnualDate(12, 24), new AnnualDate(1, 2));
        Assert.False(council.IsWorkingDay(new LocalDate(2025, 1, 2)));
        Assert.False(council.IsWorkingDay(new LocalDate(2024, 12, 24)));
        Assert.True(council.IsWorkingDay(new LocalDate(2025, 1, 3)));
        Assert.True(council.IsWorkingDay(new LocalDate(2024, 12, 23)));
    }

    [Fact]
    public void Closure_days_on_weekends_or_bank_holidays_are_not_repeated()
    {
        var council = England.WithClosureDays([new LocalDate(2023, 12, 27), new LocalDate(2023, 12, 25), new LocalDate(2023, 12, 30), new LocalDate(2023, 12, 27)]);
        Assert.Equal([new LocalDate(2023, 12, 27)], council.ClosureDays);
        var more = council.WithClosureDays([new LocalDate(2023, 12, 28)]);
        Assert.Equal([new LocalDate(2023, 12, 27), new LocalDate(2023, 12, 28)], more.ClosureDays);
        Assert.Equal(BankHolidayRegion.EnglandAndWales, more.Region);
    }

    [Fact]
    public void An_ICPC_within_15_working_days_of_the_strategy_discussion_differs_by_region_over_Easter()
    {
        // Strategy discussion Thursday 28 March 2024; Good Friday 29 March; Easter Monday 1 April
        // is a bank holiday in England and Wales but not in Scotland.
        var discussion = new LocalDate(2024, 3, 28);
        Assert.Equal(new LocalDate(2024, 4, 22), England.AddWorkingDays(discussion, 15));
        Assert.Equal(new LocalDate(2024, 4, 19), WorkingDayCalendar.Scotland.AddWorkingDays(discussion, 15));
        Assert.Equal(new LocalDate(2024, 4, 22), WorkingDayCalendar.NorthernIreland.AddWorkingDays(discussion, 15));
    }

    [Fact]
    public void The_Twelfth_is_not_a_working_day_in_Northern_Ireland_only()
    {
        var twelfth = new LocalDate(2024, 7, 12);
        Assert.False(WorkingDayCalendar.NorthernIreland.IsWorkingDay(twelfth));
        Assert.True(WorkingDayCalendar.NorthernIreland.IsBankHoliday(twelfth));
        Assert.True(England.IsWorkingDay(twelfth));
        Assert.True(WorkingDayCalendar.Scotland.IsWorkingDay(twelfth));
    }

    [Fact]
    public void Adding_zero_working_days_is_day_zero_itself_even_on_a_weekend()
    {
        var saturday = new LocalDate(2024, 3, 2);
        Assert.Equal(saturday, England.AddWorkingDays(saturday, 0));
        Assert.Equal(new LocalDate(2024, 3, 4), England.AddWorkingDays(saturday, 1));
        Assert.Equal(new LocalDate(2024, 3, 1), England.AddWorkingDays(saturday, -1));
    }

    [Fact]
    public void Negative_days_move_back_and_counts_are_antisymmetric()
    {
        var wednesday = new LocalDate(2024, 3, 6);
        Assert.Equal(new LocalDate(2024, 3, 1), England.AddWorkingDays(wednesday, -3));
        Assert.Equal(-3, England.WorkingDaysBetween(wednesday, new LocalDate(2024, 3, 1)));
        Assert.Equal(3, England.WorkingDaysBetween(new LocalDate(2024, 3, 1), wednesday));
        Assert.Equal(0, England.WorkingDaysBetween(wednesday, wednesday));
    }

    [Fact]
    public void Ten_years_of_working_days_matches_a_day_by_day_count_with_GOV_UK_holidays()
    {
        // 2015–2024 in England and Wales: weekdays less GOV.UK's bank holidays (see GovUkBankHolidays).
        var from = new LocalDate(2014, 12, 31);
        var to = new LocalDate(2024, 12, 31);
        var holidays = Data.GovUkBankHolidays.Events()
            .Where(e => e.Region == BankHolidayRegion.EnglandAndWales)
            .Select(e => e.Date)
            .ToHashSet();
        int expected = 0;
        for (var d = from.PlusDays(1); d <= to; d = d.PlusDays(1))
        {
            if (d.DayOfWeek < IsoDayOfWeek.Saturday && !holidays.Contains(d))
            {
                expected++;
            }
        }

        Assert.Equal(expected, England.WorkingDaysBetween(from, to));
        Assert.Equal(to, England.AddWorkingDays(from, expected)); // 31 December 2024 is a Tuesday, a working day
    }

    [Fact]
    public void Dates_outside_the_calendar_are_rejected_with_the_range_covered()
    {
        var before = Assert.Throws<ArgumentOutOfRangeException>(() => England.IsWorkingDay(new LocalDate(1973, 12, 31)));
        Assert.Equal("date", before.ParamName);
        Assert.Contains("1974-01-01 to 2199-12-31", before.Message, StringComparison.Ordinal);

        var after = Assert.Throws<ArgumentOutOfRangeException>(() => England.AddWorkingDays(new LocalDate(2199, 12, 20), 30));
        Assert.Equal("days", after.ParamName);
        Assert.Contains("Adding 30 working days to 2199-12-20", after.Message, StringComparison.Ordinal);

        var to = Assert.Throws<ArgumentOutOfRangeException>(() => England.WorkingDaysBetween(new LocalDate(2020, 1, 1), new LocalDate(2200, 1, 1)));
        Assert.Equal("to", to.ParamName);

        var closure = Assert.Throws<ArgumentOutOfRangeException>(() => England.WithClosureDays([new LocalDate(1970, 1, 1)]));
        Assert.Equal("closureDays", closure.ParamName);

        Assert.Throws<ArgumentOutOfRangeException>(() => England.AddWorkingDays(new LocalDate(1974, 1, 2), -5));
        Assert.Throws<ArgumentOutOfRangeException>(() => England.AddWorkingDays(new LocalDate(2000, 1, 1), int.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => England.AddWorkingDays(new LocalDate(2000, 1, 1), int.MinValue));
        Assert.Throws<ArgumentNullException>(() => England.WithClosureDays(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDayCalendar.For((BankHolidayRegion)0));
    }

    [Fact]
    public void The_ends_of_the_range_can_be_reached()
    {
        Assert.Equal(new LocalDate(1974, 1, 2), England.AddWorkingDays(new LocalDate(1974, 1, 4), -2)); // 1 January 1974 was the first New Year's Day bank holiday
        Assert.Equal(new LocalDate(2199, 12, 31), England.AddWorkingDays(new LocalDate(2199, 12, 30), 1));
        Assert.Equal(new LocalDate(1974, 1, 1), England.FirstDate);
        Assert.Equal(new LocalDate(2199, 12, 31), England.LastDate);
    }

    [Fact]
    public void The_regional_calendars_are_shared()
    {
        Assert.Same(WorkingDayCalendar.EnglandAndWales, WorkingDayCalendar.For(BankHolidayRegion.EnglandAndWales));
        Assert.Same(WorkingDayCalendar.Scotland, WorkingDayCalendar.For(BankHolidayRegion.Scotland));
        Assert.Same(WorkingDayCalendar.NorthernIreland, WorkingDayCalendar.For(BankHolidayRegion.NorthernIreland));
        Assert.Equal(BankHolidayRegion.Scotland, WorkingDayCalendar.Scotland.Region);
    }

    [Fact]
    public void Counting_and_adding_allocate_nothing()
    {
        var calendar = England.WithAnnualClosure(new AnnualDate(12, 27), new AnnualDate(12, 31));
        var from = new LocalDate(2015, 1, 1);
        var to = new LocalDate(2024, 12, 31);
        calendar.WorkingDaysBetween(from, to); // warm up
        calendar.AddWorkingDays(from, 2500);
        calendar.IsWorkingDay(to);

        // Three rounds of 3,000 calls each: an allocation in a call shows in every round, while the runtime's own
        // one-off work on this thread (the JIT moving a hot loop to optimised code) shows in one round at most.
        var rounds = new long[3];
        for (int round = 0; round < rounds.Length; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            long sum = 0;
            for (int i = 0; i < 1000; i++)
            {
                sum += calendar.WorkingDaysBetween(from, to.PlusDays(-i));
                sum += calendar.AddWorkingDays(from, 2000 + i).Day;
                sum += calendar.IsWorkingDay(to.PlusDays(-i)) ? 1 : 0;
            }

            rounds[round] = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(sum > 0);
        }

        Assert.True(rounds.Min() == 0, $"Bytes allocated in each round of 3,000 calls: {string.Join(", ", rounds)}.");
    }

    [Fact]
    public void Dates_in_another_calendar_system_are_the_same_days()
    {
        var julian = new LocalDate(2024, 2, 17, CalendarSystem.Julian); // 1 March 2024 in the ISO calendar
        Assert.Equal(new LocalDate(2024, 3, 6), England.AddWorkingDays(julian, 3));
    }
}
