using System;
using System.Collections.Generic;

namespace Measures.Cli.Excel;

/// <summary>
/// A worksheet being laid out: a name, rows of cells, and the header row that is frozen and filtered. Column
/// widths are fitted to what the cells show when the workbook is written. Not thread-safe.
/// </summary>
internal sealed class ExcelSheet
{
    // Excel's limit on a sheet name's length.
    private const int MaxNameLength = 31;

    private readonly List<ExcelCell?[]> rows = [];

    /// <summary>Initializes a new instance of the <see cref="ExcelSheet"/> class.</summary>
    /// <param name="name">A name valid in Excel (see <see cref="NameFor"/>).</param>
    public ExcelSheet(string name) => Name = name;

    /// <summary>Gets the sheet's name, as on its tab.</summary>
    public string Name { get; }

    /// <summary>Gets the rows, from the first.</summary>
    public IReadOnlyList<ExcelCell?[]> Rows => rows;

    /// <summary>Gets the row number (from 1) of the header of the table, frozen with every row above it and given a filter; 0 for none.</summary>
    public int HeaderRow { get; private set; }

    /// <summary>Gets the widest a column grows (in characters) before its text wraps.</summary>
    public int MaxColumnWidth { get; init; } = 60;

    /// <summary>Adds a row of cells (null for an empty cell).</summary>
    public void Add(params ExcelCell?[] cells) => rows.Add(cells);

    /// <summary>Adds an empty row.</summary>
    public void AddBlank() => rows.Add([]);

    /// <summary>Adds the header row of the sheet's table: it is frozen (with the rows above) and filtered.</summary>
    public void AddHeader(IEnumerable<string> names)
    {
        var cells = new List<ExcelCell?>();
        foreach (string name in names)
        {
            cells.Add(ExcelCell.Of(name, ExcelStyle.Header));
        }

        rows.Add([.. cells]);
        HeaderRow = rows.Count;
    }

    /// <summary>
    /// A sheet name Excel accepts made from <paramref name="wanted"/>: without the characters it forbids
    /// (<c>: \ / ? * [ ]</c>), at most 31 characters, and unlike every name in <paramref name="taken"/> (which it is added to).
    /// </summary>
    public static string NameFor(string wanted, ISet<string> taken)
    {
        var name = new System.Text.StringBuilder(wanted.Length);
        foreach (char c in wanted)
        {
            name.Append(c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' || char.IsControl(c) ? ' ' : c);
        }

        string trimmed = WithoutEndApostrophes(name.ToString());
        if (trimmed.Length == 0 || trimmed.Equals("History", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = "Sheet " + (taken.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        string candidate = Cut(trimmed, MaxNameLength);
        for (int n = 2; !taken.Add(candidate); n++)
        {
            string suffix = " (" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
            candidate = Cut(trimmed, MaxNameLength - suffix.Length) + suffix;
        }

        return candidate;
    }

    // Cut at the last word that fits, unless that would leave less than half the room used.
    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        // A cut can end on an apostrophe ("children' outcomes"), which Excel refuses at either end of a name.
        int space = text.LastIndexOf(' ', length);
        return WithoutEndApostrophes(space >= length / 2 ? text[..space] : text[..length]);
    }

    // Spaces and apostrophes trimmed until neither is at either end: "' 'x" is "x", where one pass of each leaves "'x".
    private static string WithoutEndApostrophes(string text)
    {
        string before;
        do
        {
            before = text;
            text = text.Trim().Trim('\'');
        }
        while (text.Length != before.Length);

        return text;
    }
}
