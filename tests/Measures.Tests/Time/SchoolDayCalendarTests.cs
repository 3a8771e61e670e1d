using System;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Time;

public sealed class SchoolDayCalendarTests
{
    private static readonly SchoolDayCalendar Schools = new(SchoolTermDates.Parse(TermDatesExamples.TwoYears).Value, BankHolidayRegion.EnglandAndWales);

    [Fact]
    public void An_initial_PEP_within_10_school_days_skips_half_term()
    {
        // Into care on Wednesday 18 October 2023; half-term is 30 October to 3 November.
        var intoCare = new LocalDate(2023, 10, 18);
        Assert.Equal(new LocalDate(2023, 11, 8), Schools.AddSchoolDays(intoCare, 10));
        Assert.Equal(10, Schools.SchoolDaysBetween(intoCare, new LocalDate(2023, 11, 8)));
        Assert.True(Timescale.SchoolDays(10).IsMet(intoCare, new LocalDate(2023, 11, 8), Schools));
        Assert.False(Timescale.SchoolDays(10).IsMet(intoCare, new LocalDate(2023, 11, 9), Schools));
    }

    [Fact]
    public void The_early_May_bank_holiday_closes_schools_in_the_summer_term()
    {
        Assert.False(Schools.IsSchoolDay(new LocalDate(2024, 5, 6)));
        Assert.Equal(new LocalDate(2024, 5, 20), Schools.AddSchoolDays(new LocalDate(2024, 5, 3), 10));
    }

    [Fact]
    public void A_child_coming_into_care_in_the_summer_holiday_counts_from_the_first_school_day_of_the_autumn_term()
    {
        // 3 September 2024 is the first day of term but an INSET day.
        Assert.False(Schools.IsSchoolDay(new LocalDate(2024, 9, 3)));
        Assert.Equal(new LocalDate(2024, 9, 4), Schools.AddSchoolDays(new LocalDate(2024, 8, 1), 1));
        Assert.Equal(new LocalDate(2024, 9, 17), Schools.AddSchoolDays(new LocalDate(2024, 8, 1), 10));
    }

    [Fact]
    public void The_example_year_has_190_pupil_days()
    {
        Assert.Equal(190, Schools.SchoolDaysBetween(new LocalDate(2023, 8, 31), new LocalDate(2024, 7, 31)));
        Assert.Equal(-190, Schools.SchoolDaysBetween(new LocalDate(2024, 7, 31), new LocalDate(2023, 8, 31)));
    }

    [Fact]
    public void Weekends_INSET_days_and_holidays_are_not_school_days()
    {
        Assert.False(Schools.IsSchoolDay(new LocalDate(2024, 1, 8))); // INSET day
        Assert.True(Schools.IsSchoolDay(new LocalDate(2024, 1, 9)));
        Assert.False(Schools.IsSchoolDay(new LocalDate(2024, 1, 13))); // Saturday
        Assert.False(Schools.IsSchoolDay(new LocalDate(2023, 12, 21))); // Christmas holidays
        Assert.False(Schools.IsSchoolDay(new LocalDate(2024, 2, 14))); // half-term
        Assert.True(Schools.IsSchoolDay(new LocalDate(2024, 7, 23))); // last day of the year
    }

    [Fact]
    public void Closure_days_close_schools_without_changing_the_calendar_they_came_from()
    {
        var snow = Schools.WithClosureDays([new LocalDate(2024, 1, 16), new LocalDate(2024, 1, 16), new LocalDate(2024, 8, 5)]);
        Assert.False(snow.IsSchoolDay(new LocalDate(2024, 1, 16)));
        Assert.True(Schools.IsSchoolDay(new LocalDate(2024, 1, 16)));
        Assert.Equal([new LocalDate(2024, 1, 16), new LocalDate(2024, 8, 5)], snow.ClosureDays);
        Assert.Equal(Schools.SchoolDaysBetween(new LocalDate(2024, 1, 1), new LocalDate(2024, 2, 1)) - 1, snow.SchoolDaysBetween(new LocalDate(2024, 1, 1), new LocalDate(2024, 2, 1)));
        Assert.Same(Schools.TermDates, snow.TermDates);
        Assert.Equal(BankHolidayRegion.EnglandAndWales, snow.Region);
    }

    [Fact]
    public void Dates_beyond_the_term_dates_say_which_year_is_needed()
    {
        Assert.Equal(new LocalDate(2023, 8, 1), Schools.FirstDate);
        Assert.Equal(new LocalDate(2025, 7, 31), Schools.LastDate);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Schools.AddSchoolDays(new LocalDate(2025, 8, 1), 10));
        Assert.Equal("date", ex.ParamName);
        Assert.Contains("add the term dates for 2025/26", ex.Message, StringComparison.Ordinal);
        var before = Assert.Throws<ArgumentOutOfRangeException>(() => Schools.SchoolDaysBetween(new LocalDate(2023, 7, 31), new LocalDate(2023, 9, 30)));
        Assert.Equal("from", before.ParamName);
        Assert.Contains("2022/23", before.Message, StringComparison.Ordinal);
        var beyond = Assert.Throws<ArgumentOutOfRangeException>(() => Schools.AddSchoolDays(new LocalDate(2025, 7, 1), 30));
        Assert.Equal("days", beyond.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Schools.WithClosureDays([new LocalDate(2026, 1, 5)]));
        Assert.Throws<ArgumentNullException>(() => new SchoolDayCalendar(null!, BankHolidayRegion.EnglandAndWales));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SchoolDayCalendar(Schools.TermDates, (BankHolidayRegion)4));
    }

    [Fact]
    public void Scottish_bank_holidays_apply_to_a_Scottish_calendar()
    {
        // Easter Monday 1 April 2024 falls in the example's Easter holiday either way; St Andrew's Day
        // (Thursday 30 November 2023) is in the autumn term.
        var scottish = new SchoolDayCalendar(Schools.TermDates, BankHolidayRegion.Scotland);
        Assert.False(scottish.IsSchoolDay(new LocalDate(2023, 11, 30)));
        Assert.True(Schools.IsSchoolDay(new LocalDate(2023, 11, 30)));
    }

    [Fact]
    public void Counting_and_adding_allocate_nothing()
    {
        var from = new LocalDate(2023, 9, 1);
        var to = new LocalDate(2025, 7, 1);
        long Work()
        {
            long sum = 0;
            for (int i = 0; i < 500; i++)
            {
                sum += Schools.SchoolDaysBetween(from, to.PlusDays(-i));
                sum += Schools.AddSchoolDays(from, 1 + (i % 300)).Day;
            }

            return sum;
        }

        // Once to warm up (the runtime's first compilation of a hot loop may allocate on this thread), then measured.
        Work();
        long before = GC.GetAllocatedBytesForCurrentThread();
        long sum = Work();
        Assert.True(sum > 0);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
