using System;
using System.Linq;
using Measures.Benchmarks.Time;
using Measures.Time;
using NodaTime;

namespace Measures.Benchmarks.Tests;

/// <summary>Each period benchmark computes the right answer, so that a fast wrong result cannot be reported.</summary>
public sealed class TimeBenchmarkResultTests
{
    // The eleven periods the label benchmarks read, built with the factories instead.
    private static readonly ReportingPeriod[] Expected =
    [
        ReportingPeriod.Month(2020, 12),
        ReportingPeriod.Quarter(2020, 3),
        ReportingPeriod.FinancialYear(2023),
        ReportingPeriod.CalendarYear(2019),
        ReportingPeriod.AcademicYear(2023),
        ReportingPeriod.Term(2023, SchoolTerm.Autumn),
        ReportingPeriod.HalfTerm(2023, HalfTerm.Autumn1),
        ReportingPeriod.RollingMonths(12, new YearMonth(2023, 7)),
        ReportingPeriod.FinancialYearToDate(new YearMonth(2015, 7)),
        ReportingPeriod.AcademicYearToDate(new YearMonth(2015, 7)),
        ReportingPeriod.DateRange(new LocalDate(2020, 1, 1), new LocalDate(2020, 3, 31)),
    ];

    // 31 + 92 + 366 + 365 + 366 + 122 + 59 + 365 + 122 + 334 + 91: counted from the calendar by hand
    // (Autumn 1 2023/24 is 1 September to 29 October 2023).
    private const int ExpectedDays = 2313;

    [Fact]
    public void Label_benchmarks_read_every_label_to_the_expected_period()
    {
        Assert.Equal(Expected, PeriodBenchmarks.CanonicalLabels.Select(ReportingPeriod.Parse));
        Assert.Equal(Expected, PeriodBenchmarks.TypedLabels.Select(ReportingPeriod.Parse));
        Assert.Equal(ExpectedDays, Expected.Sum(p => p.Days));

        var benchmarks = new PeriodBenchmarks();
        Assert.Equal(ExpectedDays, benchmarks.ParseCanonicalLabels());
        Assert.Equal(ExpectedDays, benchmarks.ParseTypedLabels());
        Assert.Equal(ExpectedDays, benchmarks.ParseTypedLabelsWithPattern());
    }

    [Fact]
    public void Format_benchmark_writes_every_canonical_label()
    {
        Assert.Equal(PeriodBenchmarks.CanonicalLabels.Sum(l => l.Length), new PeriodBenchmarks().FormatLabels());
    }

    [Fact]
    public void Containing_benchmarks_meet_every_month_quarter_and_half_term_of_ten_years_once()
    {
        var benchmarks = new PeriodBenchmarks();
        Assert.Equal(120, benchmarks.TenYearsOfDaysAlone());
        Assert.Equal(120, benchmarks.TenYearsOfDaysToMonths());
        Assert.Equal(40, benchmarks.TenYearsOfDaysToQuarters());

        // 1 April 2014 falls in Spring 2 2013/14 (Easter Sunday 2014 was 20 April) and 31 March 2024 is the
        // last day of Spring 2 2023/24 (Easter Sunday 2024; GOV.UK bank holidays): Spring 2, Summer 1 and 2
        // of 2013/14, six in each of 2014/15 to 2022/23, and the first four of 2023/24.
        Assert.Equal(3 + (9 * 6) + 4, benchmarks.TenYearsOfDaysToHalfTerms());
    }

    [Fact]
    public void Navigation_benchmarks_end_where_they_should()
    {
        var benchmarks = new PeriodBenchmarks();
        Assert.Equal(20130401, benchmarks.NavigateTenYearsOfMonths());

        // Sixty half-terms from 1 September 2014 tile ten academic years to 31 August 2024.
        Assert.Equal(Period.DaysBetween(new LocalDate(2014, 9, 1), new LocalDate(2024, 9, 1)), benchmarks.NavigateTenYearsOfHalfTerms());
    }
}
