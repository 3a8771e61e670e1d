using System;
using Measures.Time;

namespace Measures.Tests.Time;

/// <summary>Reading a label from a span allocates nothing, even when the label cannot be read.</summary>
public sealed class PeriodLabelParserAllocationTests
{
    // One label for each kind of failure that carries values in its message.
    private static readonly string[] BadLabels =
    [
        "Q5 2020/21", "Dec 20", "Decembr 2020", "Q3 2020/22", "15/16", "2023", "2023/", "2023 x", "rolling 999 months to 2023-07",
        "rolling 12 months to 0001-01", "year to date to 0001-02", "financial year", "FY 2023", "FY x", "2020-02-30 to 2020-03-01",
        "2020-03-01 to 2020-02-01", "AY 2023/24 [2023-09-01 to 2023-09-02]", "year to date to 2015-13", "31 Jul", "July 1",
        "Autumn 3 2023/24", "Spring term 2023/24 [2022-01-01 to 2022-02-01]", "as at 31 July 2015",
    ];

    private static readonly ReportingPeriodPattern AcademicYears = ReportingPeriodPattern.RoundTrip.WithExpectedType(PeriodType.AcademicYear);

    [Fact]
    public void Failing_to_read_a_span_does_not_allocate()
    {
        int check = Run();    // warm up: type initialisers, tiered compilation
        long before = GC.GetAllocatedBytesForCurrentThread();
        check += Run();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(0, check);    // none is an academic year
    }

    [Fact]
    public void The_same_labels_are_described_when_parsed_for_a_message()
    {
        foreach (string label in BadLabels)
        {
            var result = AcademicYears.Parse(label);
            Assert.False(result.Success, label);
            Assert.StartsWith("Cannot read \"" + label + "\"", result.Exception.Message, StringComparison.Ordinal);
        }
    }

    private static int Run()
    {
        int sum = 0;
        foreach (string label in BadLabels)
        {
            _ = ReportingPeriod.TryParse(label.AsSpan(), out _);
            sum += AcademicYears.TryParse(label.AsSpan(), out _) ? 1 : 0;
        }

        return sum;
    }
}
