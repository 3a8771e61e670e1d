using System.Linq;
using Measures.Benchmarks.Time;
using Measures.Tests.Time.Data;
using Measures.Time;
using NodaTime;

namespace Measures.Benchmarks.Tests;

/// <summary>Each working-day benchmark computes the right answer, checked against GOV.UK's bank holidays day by day.</summary>
public sealed class CalendarBenchmarkResultTests
{
    private static readonly WorkingDayBenchmarks Benchmarks = new();

    private static readonly System.Collections.Generic.HashSet<LocalDate> GovUkHolidays =
        GovUkBankHolidays.Events().Where(e => e.Region == BankHolidayRegion.EnglandAndWales).Select(e => e.Date).ToHashSet();

    [Fact]
    public void Ten_years_hold_the_working_days_GOV_UK_holidays_leave()
    {
        Assert.Equal(WorkingDayBenchmarks.WorkingDaysInSpan, CountWithGovUkHolidays(WorkingDayBenchmarks.SpanStart, WorkingDayBenchmarks.SpanEnd, closeChristmas: false));
        Assert.Equal(WorkingDayBenchmarks.WorkingDaysInSpan, Benchmarks.CountTenYears());
        Assert.Equal(WorkingDayBenchmarks.WorkingDaysInSpan, Benchmarks.CountTenYearsDayByDay());
    }

    [Fact]
    public void Adding_and_subtracting_ten_years_of_working_days_reach_the_other_end()
    {
        Assert.Equal(WorkingDayBenchmarks.SpanEnd, Benchmarks.AddTenYears()); // Tuesday 31 December 2024 is a working day
        Assert.Equal(new LocalDate(2014, 12, 31), Benchmarks.SubtractTenYears()); // so is Wednesday 31 December 2014
    }

    [Fact]
    public void The_Christmas_closure_removes_the_closed_weekdays()
    {
        Assert.Equal(CountWithGovUkHolidays(WorkingDayBenchmarks.SpanStart, WorkingDayBenchmarks.SpanEnd, closeChristmas: true), Benchmarks.CountTenYearsWithChristmasClosure());
    }

    [Fact]
    public void The_record_level_workloads_agree_with_a_day_by_day_count()
    {
        int met = 0;
        long total = 0;
        for (int i = 0; i < Benchmarks.Referrals.Length; i++)
        {
            int days = CountWithGovUkHolidays(Benchmarks.Referrals[i], Benchmarks.Contacts[i], closeChristmas: false);
            total += days;

            // Contacted on or before the third working day after referral.
            var deadline = Benchmarks.Referrals[i];
            for (int found = 0; found < 3;)
            {
                deadline = deadline.PlusDays(1);
                found += CountWithGovUkHolidays(deadline.PlusDays(-1), deadline, closeChristmas: false);
            }

            met += Benchmarks.Contacts[i] <= deadline ? 1 : 0;
        }

        Assert.Equal(total, Benchmarks.TotalWorkingDaysToContact());
        Assert.Equal(met, Benchmarks.ContactedWithinThreeWorkingDays());
        Assert.InRange(met, 1, Benchmarks.Referrals.Length - 1); // both outcomes occur
    }

    private static int CountWithGovUkHolidays(LocalDate from, LocalDate to, bool closeChristmas)
    {
        int n = 0;
        for (var d = from.PlusDays(1); d <= to; d = d.PlusDays(1))
        {
            bool closed = closeChristmas && d.Month == 12 && d.Day >= 27;
            n += d.DayOfWeek < IsoDayOfWeek.Saturday && !GovUkHolidays.Contains(d) && !closed ? 1 : 0;
        }

        return n;
    }
}
