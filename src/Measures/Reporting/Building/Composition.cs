using Measures.Aggregation;
using Measures.Definitions;

namespace Measures.Reporting.Building;

/// <summary>
/// A measure's figure for one period: an aggregate made up from its reported periods, or a value given without
/// counts, or word that the figures there cannot be added up.
/// </summary>
/// <param name="IsComposable">Whether the reported periods fit the period exactly (or a figure was given for it).</param>
/// <param name="Aggregate">The aggregate, or <see langword="null"/> when there are no counts for it.</param>
/// <param name="Value">A value given without counts that stands for the period, or <see langword="null"/>.</param>
/// <param name="NeedsCounts">Whether the period is made up of figures some of which are values without counts, which cannot be added up.</param>
internal readonly record struct Composition(bool IsComposable, Aggregate? Aggregate, decimal? Value = null, bool NeedsCounts = false)
{
    public bool HasData => Aggregate is not null || Value is not null || NeedsCounts;

    /// <summary>
    /// Whether the figure can stand for the whole period: a value given for it; or an aggregate with every part
    /// present for a flow or an average, any part for a snapshot, whose value is that of the latest part present
    /// (a partial flow would understate it).
    /// </summary>
    public bool IsUsable => Value is not null || (Aggregate is { } a
        && ((a.Rule.NumeratorRule == TemporalRule.Last && a.Rule.DenominatorRule is null or TemporalRule.Last) || a.Completeness.IsComplete));
}
