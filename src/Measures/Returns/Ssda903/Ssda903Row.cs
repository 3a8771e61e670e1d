namespace Measures.Returns.Ssda903;

/// <summary>
/// One row of one file as read, before it is a record: each column's text (trimmed, <see langword="null"/> when
/// empty) and where it is, in the DfE's column order whatever the order in the file. Reused from row to row.
/// </summary>
internal sealed class Ssda903Row
{
    public Ssda903Row(Ssda903File file, string source)
    {
        File = file;
        Source = source;
        Names = Ssda903Layout.ColumnsOf(file);
        Values = new string?[Names.Length];
        Lines = new int[Names.Length];
        Columns = new int[Names.Length];
    }

    public Ssda903File File { get; }

    public string Source { get; }

    /// <summary>Gets the column names, in the DfE's order.</summary>
    public string[] Names { get; }

    /// <summary>Gets the 1-based line the row starts on.</summary>
    public int Line { get; set; }

    public string?[] Values { get; }

    public int[] Lines { get; }

    /// <summary>Gets each column's 1-based position in the file (a CSV column, or a character in an XML line); 0 when absent.</summary>
    public int[] Columns { get; }

    public void Clear(int line)
    {
        Line = line;
        System.Array.Clear(Values);
        System.Array.Fill(Lines, line);
        System.Array.Clear(Columns);
    }
}
