namespace Measures.Reporting;

/// <summary>One organisational unit's line of a <see cref="UnitComparison"/>: its scorecard row for the measure, and its rank among the units.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class UnitComparisonRow
{
    internal UnitComparisonRow(string unit, ScorecardRow row, int? rank)
    {
        Unit = unit;
        Row = row;
        Rank = rank;
    }

    /// <summary>Gets the unit ("Team 4", "North locality").</summary>
    public string Unit { get; }

    /// <summary>Gets the unit's figures for the measure: value, numerator and denominator, completeness, RAG against the measure's target, direction of travel.</summary>
    public ScorecardRow Row { get; }

    /// <summary>
    /// Gets the unit's rank among the units compared, 1 the best by the measure's polarity, units with the same value
    /// sharing a rank (1, 2, 2, 4); <see langword="null"/> when the measure has no good direction or the unit no value.
    /// </summary>
    public int? Rank { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Unit}: {Row.ValueText}" + (Rank is { } rank ? $" (rank {rank.ToString(System.Globalization.CultureInfo.InvariantCulture)})" : string.Empty);
}
