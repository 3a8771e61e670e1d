using System.Collections.Generic;
using Measures.Aggregation;
using Measures.Calculation;
using Measures.Definitions;
using Measures.Judgements;
using Measures.Time;

namespace Measures.Reporting;

/// <summary>
/// One measure (or component) of a scorecard: its value for the period with the numerator and
/// denominator behind it, its target and RAG rating, its directions of travel, its benchmarking, the
/// last periods for a sparkline, and whether anything is suppressed.
/// </summary>
/// <remarks>
/// A measure reported less often than the scorecard (termly, for an academic or calendar year) shows its
/// latest value with its own <see cref="Period"/>; a measure with no data for the period says so through
/// <see cref="State"/>. This type is immutable and thread-safe.
/// </remarks>
public sealed class ScorecardRow
{
    internal ScorecardRow(
        MeasureDefinition measure,
        ReportingPeriod period,
        string periodLabel,
        bool hasOwnPeriod,
        ScorecardValueState state,
        decimal? value,
        decimal? roundedValue,
        string valueText,
        decimal? numerator,
        decimal? denominator,
        Completeness? completeness,
        Target? target,
        ScorecardJudgement<RagRating> rag,
        ScorecardDirection versusPreviousPeriod,
        ScorecardDirection versusSamePeriodLastYear,
        ScorecardBenchmark? benchmark,
        IReadOnlyList<ScorecardPoint> history,
        SuppressionReason suppression,
        SummaryExclusionReason? summaryExclusion,
        IReadOnlyList<ScorecardDirection>? comparisons = null,
        ScorecardJudgement<ScorecardStatistics>? statistics = null)
    {
        Measure = measure;
        Period = period;
        PeriodLabel = periodLabel;
        HasOwnPeriod = hasOwnPeriod;
        State = state;
        Value = value;
        RoundedValue = roundedValue;
        ValueText = valueText;
        Numerator = numerator;
        Denominator = denominator;
        Completeness = completeness;
        Target = target;
        Rag = rag;
        VersusPreviousPeriod = versusPreviousPeriod;
        VersusSamePeriodLastYear = versusSamePeriodLastYear;
        Benchmark = benchmark;
        History = history;
        Suppression = suppression;
        SummaryExclusion = summaryExclusion;
        Comparisons = comparisons ?? [];
        Statistics = statistics ?? ScorecardJudgement<ScorecardStatistics>.Withheld("No statistics were worked out for this row.");
    }

    /// <summary>Gets the measure's definition.</summary>
    public MeasureDefinition Measure { get; }

    /// <summary>Gets the measure's code.</summary>
    public string Code => Measure.Code;

    /// <summary>Gets the measure's title.</summary>
    public string Title => Measure.Title;

    /// <summary>Gets the measure's service area.</summary>
    public string ServiceArea => Measure.ServiceArea;

    /// <summary>Gets the code of the measure this row is a component of, or <see langword="null"/>.</summary>
    public string? ParentCode => Measure.ParentCode;

    /// <summary>Gets a value indicating whether this row is a component of another measure.</summary>
    public bool IsComponent => Measure.ParentCode is not null;

    /// <summary>Gets the period of the value: the scorecard's period, or the measure's own latest period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the period of the value as a report names it ("2023/24", "Spring term 2023/24", "2023").</summary>
    public string PeriodLabel { get; }

    /// <summary>Gets a value indicating whether the value is for a period of its own, not the scorecard's period.</summary>
    public bool HasOwnPeriod { get; }

    /// <summary>Gets whether a value is shown, and if not why.</summary>
    public ScorecardValueState State { get; }

    /// <summary>Gets the exact value, or <see langword="null"/> when none is shown.</summary>
    public decimal? Value { get; }

    /// <summary>Gets the value rounded half away from zero to the measure's display decimals, as shown, or <see langword="null"/>.</summary>
    public decimal? RoundedValue { get; }

    /// <summary>Gets the value as a report shows it ("91.3%", "316.8 per 10,000"), or the symbol shown instead ("[c]", "[x]", "[z]").</summary>
    public string ValueText { get; }

    /// <summary>
    /// Gets the numerator the value comes from (a mean of snapshots for a measure averaged over time), as
    /// shown: <see langword="null"/> when there is no data or it is withheld, and rounded as the policy says in the public version.
    /// </summary>
    public decimal? Numerator { get; }

    /// <summary>Gets the denominator the value comes from, as shown; <see langword="null"/> for a count, when there is no data or when it is withheld.</summary>
    public decimal? Denominator { get; }

    /// <summary>Gets which of the periods that make up <see cref="Period"/> have data, or <see langword="null"/> when none has.</summary>
    public Completeness? Completeness { get; }

    /// <summary>Gets the target the value is judged against, or <see langword="null"/>.</summary>
    public Target? Target { get; }

    /// <summary>Gets the RAG rating with its one-line explanation, withheld in the public version when the value is suppressed and the measure is rated.</summary>
    public ScorecardJudgement<RagRating> Rag { get; }

    /// <summary>Gets the direction of travel against the previous period.</summary>
    public ScorecardDirection VersusPreviousPeriod { get; }

    /// <summary>Gets the direction of travel against the same period last year.</summary>
    public ScorecardDirection VersusSamePeriodLastYear { get; }

    /// <summary>
    /// Gets the directions of travel against the periods named in <see cref="ScorecardOptions.Comparisons"/>, in that
    /// order; empty when none is named.
    /// </summary>
    public IReadOnlyList<ScorecardDirection> Comparisons { get; }

    /// <summary>Gets the benchmarking, or <see langword="null"/> when the measure has no benchmark for the period.</summary>
    public ScorecardBenchmark? Benchmark { get; }

    /// <summary>Gets the last periods for a sparkline, oldest first; the last is the row's own period.</summary>
    public IReadOnlyList<ScorecardPoint> History { get; }

    /// <summary>Gets why the value is suppressed in the public version, or <see cref="SuppressionReason.None"/>.</summary>
    public SuppressionReason Suppression { get; }

    /// <summary>Gets why the row is left out of the summary statistics, or <see langword="null"/> when it counts.</summary>
    public SummaryExclusionReason? SummaryExclusion { get; }

    /// <summary>
    /// Gets the row's statistics: the value's confidence interval, the SPC chart and judgements, the recent trend and
    /// the significance of the difference from each benchmark; withheld in the public version when the value is suppressed.
    /// </summary>
    public ScorecardJudgement<ScorecardStatistics> Statistics { get; }

    /// <summary>The code, title, value and RAG status: "CSC-07 Re-referrals …: 17.3% (green)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {Title}: {ValueText} ({ScorecardWords.Rag(Rag)})";
}
