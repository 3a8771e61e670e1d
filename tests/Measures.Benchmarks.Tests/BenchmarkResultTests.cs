using Measures.Benchmarks.Time;

namespace Measures.Benchmarks.Tests;

/// <summary>Each benchmark computes the right answer, so that a fast wrong result cannot be reported.</summary>
public sealed class BenchmarkResultTests
{
    [Fact]
    public void Period_benchmark_finds_every_month_of_ten_years_in_its_quarter()
    {
        Assert.Equal(120, new PeriodBenchmarks().TenYearsOfMonthsByQuarter());
    }
}
