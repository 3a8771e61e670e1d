using Measures.Aggregation;
using Measures.Calculation;
using Measures.Definitions;

namespace Measures.Reporting.Building;

/// <summary>A measure's value for one slot as a scorecard shows it: the aggregate and its value, and whether they are shown.</summary>
/// <param name="Slot">The slot.</param>
/// <param name="State">Whether a value is shown, and if not why.</param>
/// <param name="Aggregate">The aggregated figures, or <see langword="null"/> when there is no data.</param>
/// <param name="Value">The value worked out from them (<see cref="Aggregate.ValueOf"/>); without a value when there is no data.</param>
/// <param name="Suppression">Why the public version suppresses it, or <see cref="SuppressionReason.None"/>.</param>
internal readonly record struct PointValue(Slot Slot, ScorecardValueState State, Aggregate? Aggregate, MeasureValue Value, SuppressionReason Suppression)
{
    /// <summary>Gets the exact value when it is shown.</summary>
    public decimal? Exact => State == ScorecardValueState.Value ? Value.Exact : null;

    /// <summary>Gets the rounded value when it is shown.</summary>
    public decimal? Rounded => State == ScorecardValueState.Value ? Value.Rounded : null;
}
