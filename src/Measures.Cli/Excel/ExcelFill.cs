namespace Measures.Cli.Excel;

/// <summary>A cell's background: none, the header's grey, or a RAG colour (Excel's own Good, Neutral and Bad colours, and a blue).</summary>
internal enum ExcelFill : byte
{
    /// <summary>No fill.</summary>
    None = 0,

    /// <summary>The grey of a header row.</summary>
    Header,

    /// <summary>Red: light red with dark red text.</summary>
    Red,

    /// <summary>Amber: light yellow with dark amber text.</summary>
    Amber,

    /// <summary>Green: light green with dark green text.</summary>
    Green,

    /// <summary>Blue (beyond the stretch target): light blue with dark blue text.</summary>
    Blue,
}
