using Measures.Calculation;

namespace Measures.Reporting.Building;

/// <summary>A measure's value for one slot as a scorecard shows it: the figures, and whether they are shown.</summary>
/// <param name="Slot">The slot.</param>
/// <param name="State">Whether a value is shown, and if not why.</param>
/// <param name="Figures">The figures, or <see langword="null"/> when there is no data.</param>
/// <param name="Suppression">Why the public version suppresses it, or <see cref="SuppressionReason.None"/>.</param>
internal readonly record struct PointValue(Slot Slot, ScorecardValueState State, Figures? Figures, SuppressionReason Suppression)
{
    /// <summary>Gets the exact value when it is shown.</summary>
    public decimal? Exact => State == ScorecardValueState.Value ? Figures?.Value.Exact : null;

    /// <summary>Gets the rounded value when it is shown.</summary>
    public decimal? Rounded => State == ScorecardValueState.Value ? Figures?.Value.Rounded : null;
}
