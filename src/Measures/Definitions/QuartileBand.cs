namespace Measures.Definitions;

/// <summary>
/// A council's quartile band among all councils, after polarity, as the Department for
/// Education's local authority interactive tool shows it: A is the best quarter, D the worst.
/// </summary>
public enum QuartileBand : byte
{
    /// <summary>The best-performing quarter of councils.</summary>
    A = 1,

    /// <summary>The second quarter.</summary>
    B = 2,

    /// <summary>The third quarter.</summary>
    C = 3,

    /// <summary>The worst-performing quarter of councils.</summary>
    D = 4,
}
