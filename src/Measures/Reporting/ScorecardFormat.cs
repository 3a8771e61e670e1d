namespace Measures.Reporting;

/// <summary>The formats a scorecard can be written in.</summary>
public enum ScorecardFormat : byte
{
    /// <summary>A plain-text table for a console.</summary>
    Table = 0,

    /// <summary>JSON with a documented, stable schema.</summary>
    Json = 1,

    /// <summary>CSV as RFC 4180 defines it, one row per measure.</summary>
    Csv = 2,

    /// <summary>Markdown tables.</summary>
    Markdown = 3,

    /// <summary>One self-contained HTML page.</summary>
    Html = 4,
}
