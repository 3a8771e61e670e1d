namespace Measures.Definitions;

/// <summary>How the width of a <see cref="ToleranceBand"/> is stated.</summary>
public enum ToleranceBasis : byte
{
    /// <summary>In the measure's own units: percentage points for a percentage, days for a mean of days.</summary>
    Points = 1,

    /// <summary>As a fraction of the target (0.1 is 10% of the target).</summary>
    FractionOfTarget = 2,
}
