using System.Collections.Generic;
using Measures.Definitions;
using Measures.Judgements;

namespace Measures.Reporting;

/// <summary>
/// A scorecard row's benchmarking: the benchmark figures used, the comparison of the council's value
/// with each comparator, and the council's quartile band where one is published or can be worked out.
/// </summary>
/// <remarks>
/// In the public version the comparisons and the band are withheld together when the value is suppressed
/// (see <see cref="ScorecardJudgement{T}"/>); the benchmark figures themselves are always shown.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class ScorecardBenchmark
{
    internal ScorecardBenchmark(Benchmark benchmark, string periodLabel, ScorecardJudgement<IReadOnlyList<BenchmarkComparison>> comparisons, ScorecardJudgement<QuartileBand?> band)
    {
        Benchmark = benchmark;
        PeriodLabel = periodLabel;
        Comparisons = comparisons;
        QuartileBand = band;
    }

    /// <summary>Gets the benchmark figures used, from the measure's definition.</summary>
    public Benchmark Benchmark { get; }

    /// <summary>Gets the benchmark's period as a report names it.</summary>
    public string PeriodLabel { get; }

    /// <summary>Gets the comparison with each comparator, in the benchmark's order.</summary>
    public ScorecardJudgement<IReadOnlyList<BenchmarkComparison>> Comparisons { get; }

    /// <summary>
    /// Gets the council's quartile band: the published band when the benchmark gives one, otherwise the
    /// band of the value among the benchmark's quartiles; <see langword="null"/> when neither is known.
    /// </summary>
    public ScorecardJudgement<QuartileBand?> QuartileBand { get; }
}
