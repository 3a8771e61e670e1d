using System.IO;
using Measures.Benchmarks.Returns;
using Measures.Indicators;
using Measures.Returns.Cin;
using Measures.Samples;
using Xunit;

namespace Measures.Benchmarks.Tests;

/// <summary>The CIN benchmark's two sides compute the same figures, so that their times compare like with like.</summary>
public sealed class CinCensusBenchmarkResultTests
{
    [Fact]
    public void The_XDocument_baseline_and_the_library_give_the_same_figures()
    {
        using var stream = new MemoryStream();
        CinCensusWriter.Write(SyntheticCinCensus.Generate(5, 3_000, 2024), stream);
        byte[] xml = stream.ToArray();
        var library = CinIndicators.Compute(CinCensusReader.Read(new MemoryStream(xml, false), "cin.xml").Value, CinCensusBenchmarks.Period);
        var baseline = CinXDocumentBaseline.Compute(new MemoryStream(xml, false), CinCensusBenchmarks.Period);
        Assert.Equal(8, baseline.Count);
        foreach (var (code, figure) in baseline)
        {
            var observation = library.Find(code)!.Value;
            Assert.Equal((code, figure.Numerator, figure.Denominator), (code, observation.Numerator, observation.Denominator));
        }

        Assert.True(baseline["cin-referrals"].Numerator > 500 && baseline["cin-re-referrals"].Numerator > 0 && baseline["cpp-ended-2-years"].Denominator > 0);
    }

    [Fact]
    public void The_benchmark_sets_up_and_each_side_runs()
    {
        var benchmark = new CinCensusBenchmarks { Children = 500 };
        benchmark.SetupIndicators();
        Assert.Equal(500, benchmark.Read().Children.Count);
        Assert.Equal(benchmark.Indicators().Find("cin-referrals")!.Value.Numerator, benchmark.ReadAndIndicators().Find("cin-referrals")!.Value.Numerator);
        Assert.NotNull(benchmark.XDocumentLinq());
    }
}
