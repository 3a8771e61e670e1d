using System;
using BenchmarkDotNet.Attributes;
using Measures.Time;
using NodaTime;

namespace Measures.Benchmarks.Time;

/// <summary>Constructing, navigating, reading and writing reporting periods.</summary>
[MemoryDiagnoser]
public class PeriodBenchmarks
{
    /// <summary>One canonical label of each of the eleven period types.</summary>
    public static readonly string[] CanonicalLabels =
    [
        "2020-12", "2020/21 Q3", "FY 2023/24", "2019", "AY 2023/24", "Autumn term 2023/24", "Autumn 1 2023/24",
        "rolling 12 months to 2023-07", "financial year to date to 2015-07", "academic year to date to 2015-07",
        "2020-01-01 to 2020-03-31",
    ];

    /// <summary>The same eleven periods, as people type them in reports.</summary>
    public static readonly string[] TypedLabels =
    [
        "Dec 2020", "Q3 2020/21", "2023/24", "calendar year 2019", "academic year 2023/24", "Autumn term 2023/24", "Autumn half-term 1 2023/24",
        "rolling 12 months to July 2023", "year to date to July 2015", "academic year to date to July 2015",
        "1 January 2020 to 31 March 2020",
    ];

    private static readonly LocalDate TenYearsFrom = new(2014, 4, 1);
    private readonly ReportingPeriod[] periods = Array.ConvertAll(CanonicalLabels, ReportingPeriod.Parse);
    private readonly char[] buffer = new char[128];

    /// <summary>Builds the 120 months of ten financial years and counts those in the quarters' range.</summary>
    [Benchmark]
    public int TenYearsOfMonthsByQuarter()
    {
        int inQuarter = 0;
        for (int fy = 2014; fy < 2024; fy++)
        {
            for (int q = 1; q <= 4; q++)
            {
                var quarter = ReportingPeriod.Quarter(fy, q);
                for (int m = 0; m < 3; m++)
                {
                    var month = ReportingPeriod.Month(quarter.Start.PlusMonths(m).Year, quarter.Start.PlusMonths(m).Month);
                    if (quarter.Contains(month.Start) && quarter.Contains(month.End))
                    {
                        inQuarter++;
                    }
                }
            }
        }

        return inQuarter;
    }

    /// <summary>Reads the eleven canonical labels with the allocation-free span TryParse; returns the total days.</summary>
    [Benchmark]
    public int ParseCanonicalLabels()
    {
        int days = 0;
        foreach (string label in CanonicalLabels)
        {
            if (ReportingPeriod.TryParse(label.AsSpan(), out var p))
            {
                days += p.Days;
            }
        }

        return days;
    }

    /// <summary>Reads the eleven labels as people type them; returns the total days.</summary>
    [Benchmark]
    public int ParseTypedLabels()
    {
        int days = 0;
        foreach (string label in TypedLabels)
        {
            if (ReportingPeriod.TryParse(label.AsSpan(), out var p))
            {
                days += p.Days;
            }
        }

        return days;
    }

    /// <summary>Reads the eleven typed labels through the NodaTime-style pattern (a ParseResult each); returns the total days.</summary>
    [Benchmark]
    public int ParseTypedLabelsWithPattern()
    {
        int days = 0;
        foreach (string label in TypedLabels)
        {
            var result = ReportingPeriodPattern.RoundTrip.Parse(label);
            if (result.Success)
            {
                days += result.Value.Days;
            }
        }

        return days;
    }

    /// <summary>Writes the eleven canonical labels into a span; returns the total characters written.</summary>
    [Benchmark]
    public int FormatLabels()
    {
        int chars = 0;
        foreach (var p in periods)
        {
            p.TryFormat(buffer, out int n, default, null);
            chars += n;
        }

        return chars;
    }

    /// <summary>The walk over every day of ten financial years without any period: the cost the Containing benchmarks share.</summary>
    [Benchmark]
    public int TenYearsOfDaysAlone()
    {
        int changes = 0;
        int lastMonth = 0;
        var day = TenYearsFrom;
        for (int i = 0; i < 3653; i++, day = day.PlusDays(1))
        {
            if (day.Month != lastMonth)
            {
                changes++;
                lastMonth = day.Month;
            }
        }

        return changes;
    }

    /// <summary>Maps every day of ten financial years (2014/15 to 2023/24) to its month; returns the number of distinct months met.</summary>
    [Benchmark]
    public int TenYearsOfDaysToMonths() => CountDistinct(PeriodType.Month);

    /// <summary>Maps every day of ten financial years to its quarter; returns the number of distinct quarters met.</summary>
    [Benchmark]
    public int TenYearsOfDaysToQuarters() => CountDistinct(PeriodType.Quarter);

    /// <summary>Maps every day of ten financial years to its half-term (Easter and the bank holiday rule each time); returns the number of distinct half-terms met.</summary>
    [Benchmark]
    public int TenYearsOfDaysToHalfTerms() => CountDistinct(PeriodType.HalfTerm);

    /// <summary>Walks 120 months with Next, then back with Previous, then a year back with SamePeriodLastYear; returns the first month's start as a day number.</summary>
    [Benchmark]
    public int NavigateTenYearsOfMonths()
    {
        var p = ReportingPeriod.Month(2014, 4);
        for (int i = 0; i < 120; i++)
        {
            p = p.Next();
        }

        for (int i = 0; i < 120; i++)
        {
            p = p.Previous();
        }

        p = p.SamePeriodLastYear();
        return (p.Start.Year * 10000) + (p.Start.Month * 100) + p.Start.Day;
    }

    /// <summary>Walks 60 half-terms (ten academic years) with Next; returns the total days covered.</summary>
    [Benchmark]
    public int NavigateTenYearsOfHalfTerms()
    {
        var p = ReportingPeriod.HalfTerm(2014, HalfTerm.Autumn1);
        int days = 0;
        for (int i = 0; i < 60; i++)
        {
            days += p.Days;
            p = p.Next();
        }

        return days;
    }

    private static int CountDistinct(PeriodType type)
    {
        int distinct = 0;
        var last = default(ReportingPeriod);
        var day = TenYearsFrom;
        for (int i = 0; i < 3653; i++, day = day.PlusDays(1))
        {
            var p = ReportingPeriod.Containing(type, day);
            if (p != last)
            {
                distinct++;
                last = p;
            }
        }

        return distinct;
    }
}
