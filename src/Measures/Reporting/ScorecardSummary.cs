using System.Collections.Generic;

namespace Measures.Reporting;

/// <summary>
/// A scorecard's summary statistics as councils publish them: counts by RAG status and by direction of
/// travel, overall and by service area, leaving out the measures the council leaves out.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ScorecardSummary
{
    internal ScorecardSummary(SummaryCounts overall, IReadOnlyList<ServiceAreaSummary> byServiceArea, IReadOnlyList<SummaryExclusion> exclusions, ComparisonPeriod direction)
    {
        Overall = overall;
        ByServiceArea = byServiceArea;
        Exclusions = exclusions;
        DirectionComparison = direction;
    }

    /// <summary>Gets the counts over every measure the summary covers.</summary>
    public SummaryCounts Overall { get; }

    /// <summary>Gets the counts of each service area, in the catalogue's order.</summary>
    public IReadOnlyList<ServiceAreaSummary> ByServiceArea { get; }

    /// <summary>Gets the measures left out of the summary, in the catalogue's order, with the reason.</summary>
    public IReadOnlyList<SummaryExclusion> Exclusions { get; }

    /// <summary>Gets which comparison the direction-of-travel counts use.</summary>
    public ComparisonPeriod DirectionComparison { get; }

    /// <summary>The overall counts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Overall.ToString();
}
