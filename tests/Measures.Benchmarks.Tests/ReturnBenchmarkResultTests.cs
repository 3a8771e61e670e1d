using Measures.Benchmarks.Returns;

namespace Measures.Benchmarks.Tests;

/// <summary>The return benchmarks make the return they say, and the same one each time.</summary>
public sealed class ReturnBenchmarkResultTests
{
    [Fact]
    public void The_generation_benchmark_makes_the_shared_national_return()
    {
        var made = new SyntheticReturnBenchmarks { Children = SyntheticReturnData.NationalChildren }.Generate();
        var shared = SyntheticReturnData.National;
        Assert.Equal(110_000, made.Children.Count);
        Assert.Equal(shared.Episodes, made.Episodes);
        Assert.InRange(shared.Episodes.Count, 235_000, 285_000);
    }
}
