namespace Measures.Reporting;

/// <summary>The formats a scorecard can be written in.</summary>
public enum ScorecardFormat : byte
{
    /// <summary>A plain-text table for a console (<see cref="ScorecardTableWriter"/>).</summary>
    Table = 0,

    /// <summary>JSON with a documented, stable schema (<see cref="ScorecardJsonWriter"/>).</summary>
    Json = 1,

    /// <summary>CSV as RFC 4180 defines it, one row per measure (<see cref="ScorecardCsvWriter"/>).</summary>
    Csv = 2,

    /// <summary>Markdown tables (<see cref="ScorecardMarkdownWriter"/>).</summary>
    Markdown = 3,

    /// <summary>One self-contained HTML page (<see cref="ScorecardHtmlWriter"/>).</summary>
    Html = 4,
}
