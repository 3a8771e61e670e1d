namespace Measures.Calculation;

/// <summary>
/// The symbols that UK government statistics put in a table cell instead of a figure
/// (Government Statistical Service guidance on symbols in tables).
/// </summary>
public enum StatisticalSymbol : byte
{
    /// <summary>A figure is shown.</summary>
    None = 0,

    /// <summary><c>[c]</c>: confidential, suppressed so that no child can be identified.</summary>
    Confidential = 1,

    /// <summary><c>[x]</c>: not available (the data were not collected or have not arrived).</summary>
    NotAvailable = 2,

    /// <summary><c>[z]</c>: not applicable (no value can exist, such as a percentage of no cases).</summary>
    NotApplicable = 3,

    /// <summary><c>[low]</c>: a figure that is not zero but shows as zero when rounded.</summary>
    Low = 4,
}
