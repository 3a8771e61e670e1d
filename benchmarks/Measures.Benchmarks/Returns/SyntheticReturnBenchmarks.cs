using BenchmarkDotNet.Attributes;
using Measures.Returns.Ssda903;
using Measures.Samples;

namespace Measures.Benchmarks.Returns;

/// <summary>Making a synthetic SSDA903 return, from a council's size to a national one.</summary>
[MemoryDiagnoser]
public class SyntheticReturnBenchmarks
{
    /// <summary>Gets or sets the number of children: a large council's return, and a national one.</summary>
    [Params(2_000, SyntheticReturnData.NationalChildren)]
    public int Children { get; set; } = SyntheticReturnData.NationalChildren;

    /// <summary>Makes every file of a return of <see cref="Children"/> children.</summary>
    /// <returns>The return.</returns>
    [Benchmark]
    public Ssda903Return Generate() => SyntheticSsda903.Generate(Children, SyntheticReturnData.Seed, SyntheticReturnData.YearEnd);
}
