using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Time;

/// <summary>Laws of working-day counting and adding, on the three regional calendars and two councils' calendars.</summary>
[Properties(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 300)]
public sealed class CalendarProperties
{
    [Property]
    public Property Adding_n_working_days_lands_on_a_working_day_n_working_days_away(WorkingDayCase c, CoveredDate date, DayCount n)
    {
        var calendar = c.Calendar;
        LocalDate d = date.Value;
        LocalDate result = calendar.AddWorkingDays(d, n.Value);
        return n.Value switch
        {
            0 => (result == d).Label("adding no working days stays on the date"),
            > 0 => (result > d).Label("adding lands after the date")
                .And(calendar.IsWorkingDay(result).Label("adding lands on a working day"))
                .And((calendar.WorkingDaysBetween(d, result) == n.Value).Label("n working days lie between the date and where adding lands")),

            // Moving back from a day that is not a working day, that day is not counted on the way back.
            _ => (result < d).Label("taking away lands before the date")
                .And(calendar.IsWorkingDay(result).Label("taking away lands on a working day"))
                .And((calendar.WorkingDaysBetween(result, d) == -n.Value - 1 + (calendar.IsWorkingDay(d) ? 1 : 0))
                    .Label("n working days lie between, counting the date only if it is a working day")),
        };
    }

    [Property]
    public bool Adding_back_what_was_added_returns_to_a_working_day(WorkingDayCase c, CoveredDate date, DayCount n)
    {
        var calendar = c.Calendar;
        LocalDate d = date.Value;
        return !calendar.IsWorkingDay(d) || calendar.AddWorkingDays(calendar.AddWorkingDays(d, n.Value), -n.Value) == d;
    }

    [Property]
    public Property Counting_then_adding_finds_the_last_working_day_on_or_before_the_end(WorkingDayCase c, ShortSpan span)
    {
        var calendar = c.Calendar;
        int k = calendar.WorkingDaysBetween(span.From, span.To);
        if (k <= 0)
        {
            return (k == 0 || span.To < span.From).Label("a negative count comes only from a span that runs backwards");
        }

        LocalDate reached = calendar.AddWorkingDays(span.From, k);
        return (reached <= span.To).Label("adding the count lands on or before the end")
            .And(calendar.IsWorkingDay(reached).Label("adding the count lands on a working day"))
            .And((calendar.WorkingDaysBetween(reached, span.To) == 0).Label("no working day is left between where adding lands and the end"));
    }

    [Property]
    public bool Counts_are_additive_over_adjacent_spans(WorkingDayCase c, CoveredDate a, CoveredDate b, CoveredDate d)
    {
        var calendar = c.Calendar;
        return calendar.WorkingDaysBetween(a.Value, b.Value) + calendar.WorkingDaysBetween(b.Value, d.Value)
            == calendar.WorkingDaysBetween(a.Value, d.Value);
    }

    [Property]
    public Property Counts_grow_with_the_end_date_and_shrink_with_the_start_date(WorkingDayCase c, CoveredDate a, CoveredDate b, CoveredDate d)
    {
        var calendar = c.Calendar;
        LocalDate from = a.Value;
        LocalDate early = LocalDate.Min(b.Value, d.Value);
        LocalDate late = LocalDate.Max(b.Value, d.Value);
        return (calendar.WorkingDaysBetween(from, early) <= calendar.WorkingDaysBetween(from, late)).Label("a later end never counts fewer working days")
            .And((calendar.WorkingDaysBetween(early, from) >= calendar.WorkingDaysBetween(late, from)).Label("a later start never counts more working days"));
    }

    [Property]
    public bool Adding_more_days_never_gives_an_earlier_date(WorkingDayCase c, CoveredDate date, DayCount m, DayCount n)
    {
        int small = System.Math.Min(m.Value, n.Value);
        int large = System.Math.Max(m.Value, n.Value);
        return c.Calendar.AddWorkingDays(date.Value, small) <= c.Calendar.AddWorkingDays(date.Value, large);
    }

    [Property]
    public bool The_fast_count_equals_a_day_by_day_count(WorkingDayCase c, ShortSpan span) =>
        c.Calendar.WorkingDaysBetween(span.From, span.To) == c.CountByDefinition(span.From, span.To);

    [Property]
    public Property A_working_day_is_a_weekday_that_is_neither_a_bank_holiday_nor_a_closure_day(WorkingDayCase c, CoveredDate date) =>
        (c.Calendar.IsWorkingDay(date.Value) == c.IsWorkingDayByDefinition(date.Value)).Label("the calendar's working days agree with the definition")
        .And((c.Calendar.IsBankHoliday(date.Value) == BankHolidays.For(c.Region, date.Value.Year).Contains(date.Value)).Label("the calendar's bank holidays agree with the region's list"));

    [Property]
    public Property A_timescale_in_working_days_is_met_exactly_up_to_its_deadline(WorkingDayCase c, ShortSpan span, DayCount n)
    {
        var timescale = Timescale.WorkingDays(System.Math.Abs(n.Value) % 40);
        LocalDate start = LocalDate.Min(span.From, span.To);
        LocalDate completed = LocalDate.Max(span.From, span.To);
        bool met = timescale.IsMet(start, completed, c.Calendar);

        // Met means on or before the deadline, so never more than n working days; a count of at most n
        // can still be late when completion falls on a non-working day after the deadline.
        return (met == (completed <= c.Calendar.AddWorkingDays(start, timescale.Length))).Label("met exactly when completed on or before the deadline")
            .And((!met || c.Calendar.WorkingDaysBetween(start, completed) <= timescale.Length).Label("met means at most n working days taken"))
            .And((met || c.Calendar.WorkingDaysBetween(start, completed) >= timescale.Length).Label("late means at least n working days taken"));
    }
}
