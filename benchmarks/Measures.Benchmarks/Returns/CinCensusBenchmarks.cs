using System.IO;
using BenchmarkDotNet.Attributes;
using Measures.Indicators;
using Measures.Returns.Cin;
using Measures.Samples;
using Measures.Time;

namespace Measures.Benchmarks.Returns;

/// <summary>
/// A CIN census of 100,000 children (five times the largest council's), generated once and held as its XML bytes:
/// read by the library and every indicator computed for 2023/24, against XDocument + LINQ computing the same figures.
/// </summary>
[MemoryDiagnoser]
public class CinCensusBenchmarks
{
    private byte[] xml = [];
    private CinCensus census = null!;

    /// <summary>Gets or sets the number of children.</summary>
    public int Children { get; set; } = 100_000;

    /// <summary>Gets the period: 2023/24.</summary>
    public static ReportingPeriod Period { get; } = ReportingPeriod.FinancialYear(2023);

    /// <summary>Makes the census (seed 1, collection 2024) and writes it to memory; nothing made is kept but the bytes.</summary>
    /// <remarks>
    /// The census made is let go: a process holding a million small objects makes every collection during a read
    /// dearer, for the library and for XDocument alike, and that is the harness's cost, not theirs.
    /// </remarks>
    [GlobalSetup]
    public void Setup()
    {
        using var stream = new MemoryStream();
        CinCensusWriter.Write(SyntheticCinCensus.Generate(1, Children, 2024), stream);
        xml = stream.ToArray();
    }

    /// <summary>The setup of <see cref="Indicators"/>: as <see cref="Setup"/>, then the census read once and kept.</summary>
    [GlobalSetup(Target = nameof(Indicators))]
    public void SetupIndicators()
    {
        Setup();
        census = Read();
    }

    /// <summary>Reads the census.</summary>
    [Benchmark]
    public CinCensus Read() => CinCensusReader.Read(new MemoryStream(xml, false), "cin.xml").Value;

    /// <summary>Computes every indicator from the census read in the setup.</summary>
    [Benchmark]
    public IndicatorResult Indicators() => CinIndicators.Compute(census, Period);

    /// <summary>Reads the census and computes every indicator.</summary>
    [Benchmark]
    public IndicatorResult ReadAndIndicators() => CinIndicators.Compute(Read(), Period);

    /// <summary>The same figures by XDocument and LINQ.</summary>
    [Benchmark(Baseline = true)]
    public object XDocumentLinq() => CinXDocumentBaseline.Compute(new MemoryStream(xml, false), Period);
}
