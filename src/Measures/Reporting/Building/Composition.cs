using Measures.Aggregation;
using Measures.Definitions;

namespace Measures.Reporting.Building;

/// <summary>A measure's aggregate for one period, if its reported periods make that period up and any has data.</summary>
/// <param name="IsComposable">Whether the reported periods fit the period exactly.</param>
/// <param name="Aggregate">The aggregate, or <see langword="null"/> when no reported period in it has data.</param>
internal readonly record struct Composition(bool IsComposable, Aggregate? Aggregate)
{
    public bool HasData => Aggregate is not null;

    /// <summary>
    /// Whether the aggregate can stand for the whole period: every part present for a flow or an average; any
    /// part for a snapshot, whose value is that of the latest part present (a partial flow would understate it).
    /// </summary>
    public bool IsUsable => Aggregate is { } a
        && ((a.Rule.NumeratorRule == TemporalRule.Last && a.Rule.DenominatorRule is null or TemporalRule.Last) || a.Completeness.IsComplete);
}
