using System;
using BenchmarkDotNet.Attributes;
using Measures.Time;
using NodaTime;

namespace Measures.Benchmarks.Time;

/// <summary>
/// Counting and adding working days over ten-year spans (2015–2024), and a record-level
/// workload: 1,000 referrals and contacts spread over those ten years.
/// </summary>
[MemoryDiagnoser]
public class WorkingDayBenchmarks
{
    /// <summary>Day 0 of the ten-year span: the last day of 2014.</summary>
    public static readonly LocalDate SpanStart = new(2014, 12, 31);

    /// <summary>The last day of the ten-year span: 31 December 2024.</summary>
    public static readonly LocalDate SpanEnd = new(2024, 12, 31);

    /// <summary>Working days in England and Wales from 1 January 2015 to 31 December 2024.</summary>
    public const int WorkingDaysInSpan = 2526;

    private readonly WorkingDayCalendar _england = WorkingDayCalendar.EnglandAndWales;
    private readonly WorkingDayCalendar _council = WorkingDayCalendar.EnglandAndWales.WithAnnualClosure(new AnnualDate(12, 27), new AnnualDate(12, 31));

    /// <summary>Initializes 1,000 referral and contact dates from a fixed seed.</summary>
    public WorkingDayBenchmarks()
    {
        var random = new Random(31);
        Referrals = new LocalDate[1000];
        Contacts = new LocalDate[1000];
        for (int i = 0; i < Referrals.Length; i++)
        {
            Referrals[i] = SpanStart.PlusDays(random.Next(1, 3640));
            Contacts[i] = Referrals[i].PlusDays(random.Next(0, 15));
        }
    }

    /// <summary>Gets the referral dates of the record-level workload.</summary>
    public LocalDate[] Referrals { get; }

    /// <summary>Gets the contact dates, 0 to 14 days after each referral.</summary>
    public LocalDate[] Contacts { get; }

    /// <summary>Working days in ten years, by the calendar.</summary>
    [Benchmark]
    public int CountTenYears() => _england.WorkingDaysBetween(SpanStart, SpanEnd);

    /// <summary>Working days in ten years, one day at a time with <see cref="WorkingDayCalendar.IsWorkingDay"/>: the baseline.</summary>
    [Benchmark(Baseline = true)]
    public int CountTenYearsDayByDay()
    {
        int n = 0;
        for (var d = SpanStart.PlusDays(1); d <= SpanEnd; d = d.PlusDays(1))
        {
            n += _england.IsWorkingDay(d) ? 1 : 0;
        }

        return n;
    }

    /// <summary>Ten years of working days added to the last day of 2014.</summary>
    [Benchmark]
    public LocalDate AddTenYears() => _england.AddWorkingDays(SpanStart, WorkingDaysInSpan);

    /// <summary>Ten years of working days back from the last day of 2024.</summary>
    [Benchmark]
    public LocalDate SubtractTenYears() => _england.AddWorkingDays(SpanEnd, -WorkingDaysInSpan);

    /// <summary>Working days in ten years for a council closed 27–31 December.</summary>
    [Benchmark]
    public int CountTenYearsWithChristmasClosure() => _council.WorkingDaysBetween(SpanStart, SpanEnd);

    /// <summary>How many of 1,000 families were contacted within three working days of referral.</summary>
    [Benchmark]
    public int ContactedWithinThreeWorkingDays()
    {
        int met = 0;
        for (int i = 0; i < Referrals.Length; i++)
        {
            if (Contacts[i] <= _england.AddWorkingDays(Referrals[i], 3))
            {
                met++;
            }
        }

        return met;
    }

    /// <summary>The total working days from referral to contact over 1,000 cases.</summary>
    [Benchmark]
    public long TotalWorkingDaysToContact()
    {
        long total = 0;
        for (int i = 0; i < Referrals.Length; i++)
        {
            total += _england.WorkingDaysBetween(Referrals[i], Contacts[i]);
        }

        return total;
    }
}
