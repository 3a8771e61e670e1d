namespace Measures.Calculation;

/// <summary>The recent-trend marker public-health profiles show beside an indicator.</summary>
public enum RecentTrendMarker : byte
{
    /// <summary>No marker: fewer than five points, or figures the test cannot use.</summary>
    CannotBeCalculated = 0,

    /// <summary>No significant change over the last five points.</summary>
    NoSignificantChange = 1,

    /// <summary>A significant increase over the last five points.</summary>
    Increasing = 2,

    /// <summary>A significant decrease over the last five points.</summary>
    Decreasing = 3,
}
