namespace Measures.Cli.Excel;

/// <summary>How a cell looks: its number format, weight, RAG fill and wrapping. Equal styles share one entry of the workbook's style sheet.</summary>
internal readonly record struct ExcelStyle
{
    /// <summary>Gets the number format ("0.0%", "#,##0"), or null for General.</summary>
    public string? NumberFormat { get; init; }

    /// <summary>Gets a value indicating whether the cell holds text that must stay text (periods: never dates); formatted "@".</summary>
    public bool IsText { get; init; }

    /// <summary>Gets a value indicating whether the text is bold (headers).</summary>
    public bool Bold { get; init; }

    /// <summary>Gets a value indicating whether this is a sheet's title.</summary>
    public bool Title { get; init; }

    /// <summary>Gets the fill: a RAG colour, or the header's grey.</summary>
    public ExcelFill Fill { get; init; }

    /// <summary>Gets a value indicating whether long text wraps within the column.</summary>
    public bool Wrap { get; init; }

    /// <summary>A header cell: bold on grey, wrapped.</summary>
    public static ExcelStyle Header { get; } = new() { Bold = true, Fill = ExcelFill.Header, Wrap = true, IsText = true };
}
