using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Measures.Indicators;
using Measures.Returns.Ssda903;
using Measures.Samples;
using Measures.Time;

namespace Measures.Benchmarks.Returns;

/// <summary>
/// A national-size SSDA903 return read from its CSV files and every indicator computed for 2023/24, against DuckDB
/// reading the Header and Episodes files and computing <c>cla-31-march</c> and <c>cla-3-placements</c> in SQL.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GarbageCollectors))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ReturnIndicatorBenchmarks : IDisposable
{
    // Two comparisons, each with its own baseline, so that the Ratio column says what the target says: the whole
    // return against reading it, and the two figures against DuckDB's.
    private const string AllIndicators = "All indicators";
    private const string TwoFigures = "Two figures";

    /// <summary>Gets the options of the two-figure run: only <c>cla-31-march</c> and <c>cla-3-placements</c>, as the DuckDB baseline computes.</summary>
    public static IndicatorOptions TwoFigureOptions { get; } = new() { Measures = [Ssda903Indicators.ChildrenLookedAfter, Ssda903Indicators.ThreePlacements] };

    private (string Name, byte[] Content)[] files = [];
    private string folder = string.Empty;
    private Ssda903Return read = null!;

    /// <summary>Gets or sets the number of children; a national return has 110,000.</summary>
    public int Children { get; set; } = SyntheticReturnData.NationalChildren;

    /// <summary>Gets or sets the seed of the synthetic return.</summary>
    public int Seed { get; set; } = SyntheticReturnData.Seed;

    /// <summary>Gets the period the indicators are computed for: 2023/24.</summary>
    public static ReportingPeriod Period { get; } = ReportingPeriod.FinancialYear(2023);

    /// <summary>Gets the options: a population (about England's children aged 0 to 17), so that the rate is computed too, and no breakdowns.</summary>
    public static IndicatorOptions Options { get; } = new() { Population = Population.Of(12_000_000) };

    /// <summary>Gets the files' names and sizes in bytes, in the order written.</summary>
    public IReadOnlyList<(string Name, int Bytes)> FileSizes => [.. files.Select(f => (f.Name, f.Content.Length))];

    /// <summary>Gets the folder the CSV files were written to, for DuckDB.</summary>
    public string Folder => folder;

    /// <summary>
    /// Makes the return, writes every file into memory and to a temporary folder, reads it back once, and checks
    /// that DuckDB's SQL gives the library's two figures exactly. Nothing read or made is kept but the files' bytes.
    /// </summary>
    /// <exception cref="InvalidOperationException">The return does not read back, or DuckDB disagrees with the library.</exception>
    /// <remarks>
    /// The return made and the return read are let go: a process holding a million small objects makes every
    /// collection during a read dearer (a stopwatch harness holding the made return: 100–260 ms of the collector's pauses a read rather than 3–16 ms), which
    /// would be charged to the library and not to DuckDB, whose memory is its own.
    /// </remarks>
    [GlobalSetup]
    public void Setup()
    {
        var made = SyntheticSsda903.Generate(Children, Seed, SyntheticReturnData.YearEnd);
        folder = Directory.CreateTempSubdirectory("measures-return-").FullName;
        files = [.. Enum.GetValues<Ssda903File>().Select(file =>
        {
            using var stream = new MemoryStream();
            Ssda903Writer.Write(made, file, stream);
            return (file.ToString() + ".csv", stream.ToArray());
        })];
        foreach (var (name, content) in files)
        {
            File.WriteAllBytes(System.IO.Path.Combine(folder, name), content);
        }

        var result = Read();
        if (!result.Success)
        {
            throw new InvalidOperationException("The synthetic return does not read back: " + result);
        }

        read = result.Value;
        var indicators = Indicators();
        var library = LibraryFigures(indicators);
        var duckDb = DuckDb();
        if (library != duckDb)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"DuckDB's SQL disagrees with the library: DuckDB {duckDb}, library {library}."));
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// Return: {read.Children.Count:N0} children, {read.Episodes.Count:N0} episodes, {RecordCount(read):N0} records in all, {files.Sum(f => (long)f.Content.Length):N0} bytes of CSV; cla-31-march {library.LookedAfter:N0}, cla-3-placements {library.ThreeOrMorePlacements:N0}"));
        read = null!;
    }

    /// <summary>The setup of <see cref="Indicators"/>: as <see cref="Setup"/>, then the return read once and kept.</summary>
    [GlobalSetup(Target = nameof(Indicators))]
    public void SetupIndicators()
    {
        Setup();
        read = Read().Value;
    }

    /// <summary>The figures of <c>cla-31-march</c> and <c>cla-3-placements</c> in <paramref name="result"/>, in the DuckDB baseline's terms.</summary>
    /// <param name="result">The indicators.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="InvalidOperationException">The denominator of cla-3-placements is not cla-31-march.</exception>
    public static ReturnDuckDbFigures LibraryFigures(IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var cla = result.Find(Ssda903Indicators.ChildrenLookedAfter)!.Value;
        var three = result.Find(Ssda903Indicators.ThreePlacements)!.Value;
        if (three.Denominator != cla.Numerator)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"cla-3-placements has denominator {three.Denominator}, cla-31-march is {cla.Numerator}."));
        }

        return new ReturnDuckDbFigures(cla.Numerator, three.Numerator);
    }

    /// <summary>Reads every file of the return from memory.</summary>
    /// <returns>The return, read strictly.</returns>
    [Benchmark]
    [BenchmarkCategory(AllIndicators)]
    public LoadResult<Ssda903Return> Read()
    {
        var streams = files.Select(f => (f.Name, (Stream)new MemoryStream(f.Content, writable: false))).ToList();
        return Ssda903Reader.Read(streams);
    }

    /// <summary>Computes every indicator for 2023/24 from the return read in the setup.</summary>
    /// <returns>The indicators.</returns>
    [Benchmark]
    [BenchmarkCategory(AllIndicators)]
    public IndicatorResult Indicators() => Ssda903Indicators.Compute(read, Period, Options);

    /// <summary>The whole path: read every file from memory, then compute every indicator.</summary>
    /// <returns>The indicators.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(AllIndicators)]
    public IndicatorResult ReadAndIndicators() => Ssda903Indicators.Compute(Read().Value, Period, Options);

    /// <summary>
    /// The library doing what the DuckDB baseline does: read the Header and Episodes files from the folder (strictly,
    /// with every check) and compute <c>cla-31-march</c> and <c>cla-3-placements</c>.
    /// </summary>
    /// <returns>The two figures.</returns>
    [Benchmark]
    [BenchmarkCategory(TwoFigures)]
    public ReturnDuckDbFigures TwoFiguresFromFiles()
    {
        using var header = File.OpenRead(System.IO.Path.Combine(folder, nameof(Ssda903File.Header) + ".csv"));
        using var episodes = File.OpenRead(System.IO.Path.Combine(folder, nameof(Ssda903File.Episodes) + ".csv"));
        var read = Ssda903Reader.Read([("Header.csv", header), ("Episodes.csv", episodes)]);
        if (!read.Success)
        {
            throw new InvalidOperationException("The Header and Episodes files do not read: " + read);
        }

        return LibraryFigures(Ssda903Indicators.Compute(read.Value, Period, TwoFigureOptions));
    }

    /// <summary>DuckDB with two threads: read the Header and Episodes files and compute the two figures in SQL.</summary>
    /// <returns>The two figures.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(TwoFigures)]
    public ReturnDuckDbFigures DuckDb() => ReturnDuckDbBaseline.Compute(
        System.IO.Path.Combine(folder, nameof(Ssda903File.Header) + ".csv"),
        System.IO.Path.Combine(folder, nameof(Ssda903File.Episodes) + ".csv"),
        Period,
        2);

    /// <summary>Deletes the temporary folder.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        if (folder.Length > 0 && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>One job with the workstation garbage collector (.NET's default) and one with the server collector, as a tool reading large files may choose.</summary>
    private sealed class GarbageCollectors : ManualConfig
    {
        public GarbageCollectors()
        {
            // Six warm-up operations: after two, the third still ran while methods were being recompiled (715, 442, 237,
            // 208 ms), so measuring from there counted compilation as reading. Fifteen measured, as one is ~0.2 s.
            var job = Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(6).WithIterationCount(15);
            AddJob(job.WithGcServer(false).WithId("WorkstationGC"));
            AddJob(job.WithGcServer(true).WithId("ServerGC"));
        }
    }

    private static long RecordCount(Ssda903Return r) =>
        (long)r.Children.Count + r.Episodes.Count + r.Reviews.Count + r.UnaccompaniedAsylumSeekers.Count + r.HealthOutcomes.Count + r.CareLeaverOutcomes.Count
        + r.Adoptions.Count + r.PlacedForAdoption.Count + r.PreviousPermanence.Count + r.MissingEpisodes.Count + r.SocialWorkerEpisodes.Count;
}
