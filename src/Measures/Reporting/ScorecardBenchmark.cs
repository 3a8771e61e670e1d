using System.Collections.Generic;
using Measures.Definitions;
using Measures.Judgements;

namespace Measures.Reporting;

/// <summary>
/// A scorecard row's benchmarking: the benchmark figures used, the comparison of the council's value
/// with each comparator, and the council's quartile band where one is published or can be worked out.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ScorecardBenchmark
{
    internal ScorecardBenchmark(Benchmark benchmark, string periodLabel, IReadOnlyList<BenchmarkComparison> comparisons, QuartileBand? band)
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

    /// <summary>Gets the comparison with each comparator, in the benchmark's order; empty when the value is withheld.</summary>
    public IReadOnlyList<BenchmarkComparison> Comparisons { get; }

    /// <summary>
    /// Gets the council's quartile band: the published band when the benchmark gives one, otherwise the
    /// band of the value among the benchmark's quartiles; <see langword="null"/> when neither is known or the value is withheld.
    /// </summary>
    public QuartileBand? QuartileBand { get; }
}
