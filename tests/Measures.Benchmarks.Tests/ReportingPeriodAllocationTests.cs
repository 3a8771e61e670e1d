using System;
using Measures.Benchmarks.Time;
using Measures.Time;
using NodaTime;

namespace Measures.Benchmarks.Tests;

/// <summary>Reading, writing and navigating periods allocate nothing on the managed heap.</summary>
public sealed class ReportingPeriodAllocationTests
{
    private static readonly PeriodType[] TilingTypes =
        [PeriodType.Month, PeriodType.Quarter, PeriodType.FinancialYear, PeriodType.AcademicYear, PeriodType.Term, PeriodType.HalfTerm];

    [Fact]
    public void Span_parsing_formatting_containing_and_navigation_do_not_allocate()
    {
        var labels = PeriodBenchmarks.TypedLabels;
        var canonical = PeriodBenchmarks.CanonicalLabels;
        Span<char> buffer = stackalloc char[96];
        int check = Run(labels, canonical, buffer);    // warm up: type initialisers, tiered compilation

        long before = GC.GetAllocatedBytesForCurrentThread();
        check += Run(labels, canonical, buffer);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.NotEqual(0, check);
    }

    private static int Run(string[] labels, string[] canonical, Span<char> buffer)
    {
        int sum = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            if (ReportingPeriod.TryParse(labels[i].AsSpan(), out var p) && ReportingPeriod.TryParse(canonical[i].AsSpan(), out var q) && p == q)
            {
                p.TryFormat(buffer, out int n, default, null);
                sum += n + p.Next().Days + p.Previous().Days + p.SamePeriodLastYear().Days;
            }
        }

        var day = new LocalDate(2023, 9, 1);
        foreach (PeriodType type in TilingTypes)
        {
            sum += ReportingPeriod.Containing(type, day).Days;
        }

        sum += ReportingPeriod.TryParse("Q5 2020/21".AsSpan(), out _) ? 1 : 0;
        return sum;
    }
}
