using System;
using Measures.Internal;

namespace Measures.Returns.Ssda903;

/// <summary>
/// One row of one file as read, before it is a record: each column's text (trimmed; none when empty) and where it
/// is, in the DfE's column order whatever the order in the file. Reused from row to row, and holding its text in
/// one buffer, so that reading a row allocates nothing but the strings its record keeps.
/// </summary>
internal sealed class Ssda903Row
{
    private readonly int[] starts;
    private readonly int[] lengths;
    private char[] chars = new char[512];
    private int used;

    public Ssda903Row(Ssda903File file, string source)
    {
        File = file;
        Source = source;
        Names = Ssda903Layout.ColumnsOf(file);
        starts = new int[Names.Length];
        lengths = new int[Names.Length];
        Lines = new int[Names.Length];
        Columns = new int[Names.Length];
    }

    public Ssda903File File { get; }

    public string Source { get; }

    /// <summary>Gets the column names, in the DfE's order.</summary>
    public string[] Names { get; }

    /// <summary>Gets the 1-based line the row starts on.</summary>
    public int Line { get; private set; }

    public int[] Lines { get; }

    /// <summary>Gets each column's 1-based position in the file (a CSV column, or a character in an XML line); 0 when absent.</summary>
    public int[] Columns { get; }

    /// <summary>Whether column <paramref name="index"/> has text.</summary>
    public bool Has(int index) => lengths[index] > 0;

    /// <summary>The text of column <paramref name="index"/>, empty when it has none.</summary>
    public ReadOnlySpan<char> Span(int index) => chars.AsSpan(starts[index], lengths[index]);

    /// <summary>The text of column <paramref name="index"/>, or <see langword="null"/> when it has none.</summary>
    public string? Value(int index) => lengths[index] == 0 ? null : new string(Span(index));

    /// <summary>A hash of the row's text, column by column in the DfE's order: rows of equal text have equal hashes (the records are then compared).</summary>
    public int TextHash() => string.GetHashCode(chars.AsSpan(0, used));

    public void Clear(int line)
    {
        Line = line;
        used = 0;
        Array.Clear(lengths);
        Array.Fill(Lines, line);
        Array.Clear(Columns);
    }

    /// <summary>Sets column <paramref name="index"/> from a CSV field: trimmed, and without the apostrophe a writer puts before text a spreadsheet would run as a formula.</summary>
    public void SetField(int index, ReadOnlySpan<char> text, int line, int column)
    {
        text = text.Trim();
        if (text.Length > 1 && text[0] == '\'')
        {
            text = CsvText.Unneutralised(new string(text)).AsSpan();
        }

        Set(index, text, line, column);
    }

    /// <summary>Sets column <paramref name="index"/> to <paramref name="text"/> as it is.</summary>
    public void Set(int index, ReadOnlySpan<char> text, int line, int column)
    {
        Lines[index] = line;
        Columns[index] = column;
        if (used + text.Length > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, used + text.Length));
        }

        text.CopyTo(chars.AsSpan(used));
        starts[index] = used;
        lengths[index] = text.Length;
        used += text.Length;
    }
}
