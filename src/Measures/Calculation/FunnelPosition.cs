namespace Measures.Calculation;

/// <summary>Where a council's point lies on a funnel plot, as PHEindicatormethods labels it.</summary>
public enum FunnelPosition : byte
{
    /// <summary>Within the 95% limits: "Not significant".</summary>
    NotSignificant = 0,

    /// <summary>Below the 95% limit but not the 99.8% one: "Low (0.025)".</summary>
    LowAt95 = 1,

    /// <summary>Below the 99.8% limit: "Low (0.001)".</summary>
    LowAt998 = 2,

    /// <summary>Above the 95% limit but not the 99.8% one: "High (0.025)".</summary>
    HighAt95 = 3,

    /// <summary>Above the 99.8% limit: "High (0.001)".</summary>
    HighAt998 = 4,
}
