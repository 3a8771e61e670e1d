using System.Collections.Generic;
using Measures.Calculation;
using Measures.Judgements.Spc;

namespace Measures.Reporting;

/// <summary>
/// A scorecard row's statistics beyond two-point RAG: the confidence interval of its value, the SPC chart of
/// its history with Making Data Count's judgements, the recent trend as public-health profiles test it, and
/// whether the value differs significantly from each benchmark comparator.
/// </summary>
/// <remarks>
/// Each part says why when it cannot be given (no counts, too few points) rather than guessing: the SPC
/// judgements are given only when the chart has at least <see cref="SpcOptions.MinimumPoints"/> points, and
/// the chart itself (with trial limits) is kept for the report to show on demand. This type is immutable and thread-safe.
/// </remarks>
public sealed class ScorecardStatistics
{
    internal ScorecardStatistics(
        ConfidenceInterval? interval,
        ConfidenceInterval? outerInterval,
        string intervalNote,
        XmrChart? chart,
        int spcPoints,
        int spcPointsNeeded,
        PointVariation? latestPoint,
        string spcNote,
        RecentTrend recentTrend,
        IReadOnlyList<IntervalComparison> benchmarkSignificance,
        string benchmarkSignificanceNote)
    {
        Interval = interval;
        OuterInterval = outerInterval;
        IntervalNote = intervalNote;
        Chart = chart;
        SpcPoints = spcPoints;
        SpcPointsNeeded = spcPointsNeeded;
        LatestPoint = latestPoint;
        SpcNote = spcNote;
        RecentTrend = recentTrend;
        BenchmarkSignificance = benchmarkSignificance;
        BenchmarkSignificanceNote = benchmarkSignificanceNote;
    }

    /// <summary>Gets the 95% confidence interval of the value, or <see langword="null"/> when its counts do not allow one (see <see cref="IntervalNote"/>).</summary>
    public ConfidenceInterval? Interval { get; }

    /// <summary>Gets the 99.8% confidence interval of the value, or <see langword="null"/> when <see cref="Interval"/> is.</summary>
    public ConfidenceInterval? OuterInterval { get; }

    /// <summary>Gets why there is no interval ("no counts: the value was given without them"), or empty when there is one.</summary>
    public string IntervalNote { get; }

    /// <summary>
    /// Gets the XmR chart of the row's history (the values shown, oldest first, periods without a value left out),
    /// or <see langword="null"/> when fewer than 2 periods have a value. Its limits may be trial limits.
    /// </summary>
    public XmrChart? Chart { get; }

    /// <summary>Gets how many of the row's periods have a value to plot.</summary>
    public int SpcPoints { get; }

    /// <summary>Gets how many points the SPC judgements need: <see cref="SpcOptions.MinimumPoints"/> (12 by default).</summary>
    public int SpcPointsNeeded { get; }

    /// <summary>Gets whether there are enough points for the SPC judgements to be given.</summary>
    public bool HasEnoughSpcPoints => Chart is not null && SpcPoints >= SpcPointsNeeded;

    /// <summary>
    /// Gets the SPC judgement of the row's own (latest) point, or <see langword="null"/> when there are too few
    /// points or the row's own period has no value.
    /// </summary>
    public PointVariation? LatestPoint { get; }

    /// <summary>Gets the chart's variation icon, or <see langword="null"/> when <see cref="LatestPoint"/> is.</summary>
    public VariationIcon? Variation => LatestPoint is null ? null : Chart?.Variation;

    /// <summary>Gets the chart's assurance icon against the row's target, or <see langword="null"/> when <see cref="LatestPoint"/> is.</summary>
    public AssuranceIcon? Assurance => LatestPoint is null ? null : Chart?.Assurance;

    /// <summary>Gets why the SPC judgements are not given ("too few points: 5 of the 12 needed"), or empty when they are.</summary>
    public string SpcNote { get; }

    /// <summary>Gets the recent trend over the last five periods; <see cref="RecentTrendMarker.CannotBeCalculated"/> with its reason when the test cannot be done.</summary>
    public RecentTrend RecentTrend { get; }

    /// <summary>
    /// Gets each benchmark comparator (in the benchmark's order) against the value's 95% and 99.8% intervals,
    /// or an empty list when the row has no benchmark or no interval (see <see cref="BenchmarkSignificanceNote"/>).
    /// </summary>
    public IReadOnlyList<IntervalComparison> BenchmarkSignificance { get; }

    /// <summary>Gets why there is no significance test against the benchmarks, or empty when there is one.</summary>
    public string BenchmarkSignificanceNote { get; }

    /// <summary>The statistics in short: interval, SPC icon and recent trend.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        (Interval?.ToString() ?? IntervalNote) + "; " + (Variation is { } v ? SpcWording.Describe(v) : SpcNote) + "; " + RecentTrend.Describe(Definitions.Polarity.None);
}
