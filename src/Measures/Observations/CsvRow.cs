using System;

namespace Measures.Observations;

/// <summary>
/// One record's fields as <see cref="CsvRecordReader"/> read them: each field's text (unquoted, quotes undoubled),
/// line and 1-based column, held in one reused buffer so that reading a record allocates nothing.
/// </summary>
internal sealed class CsvRow
{
    private char[] own = new char[1024];
    // The record's characters: this row's own buffer, or the reader's when a plain line's fields are stretches of it.
    private char[] chars;
    private int[] starts = new int[32];
    private int[] lengths = new int[32];
    private int[] lines = new int[32];
    private int used;

    public CsvRow() => chars = own;

    /// <summary>Gets the number of fields.</summary>
    public int Count { get; private set; }

    /// <summary>Gets a value indicating whether the fields are stretches of the reader's buffer rather than copied into this row's.</summary>
    public bool InPlace => !ReferenceEquals(chars, own);

    /// <summary>The text of field <paramref name="index"/>, valid until the next record is read.</summary>
    public ReadOnlySpan<char> this[int index] => chars.AsSpan(starts[index], lengths[index]);

    /// <summary>The line field <paramref name="index"/> starts on.</summary>
    public int LineOf(int index) => lines[index];

    /// <summary>The text of field <paramref name="index"/> as a string.</summary>
    public string Text(int index) => new(this[index]);

    public void Clear()
    {
        Count = 0;
        used = 0;
        chars = own;
    }

    /// <summary>
    /// Makes the fields to come stretches of <paramref name="source"/>, not copied (a plain line's, in the reader's buffer,
    /// which holds them until the next record is read). Every field of the record is then added with <see cref="AddShared"/>.
    /// </summary>
    public void Share(char[] source)
    {
        System.Diagnostics.Debug.Assert(Count == 0, "A record's fields are all shared or all copied.");
        chars = source;
    }

    /// <summary>Adds a field that is a stretch of the buffer given to <see cref="Share"/>.</summary>
    public void AddShared(int start, int length, int line)
    {
        System.Diagnostics.Debug.Assert(!ReferenceEquals(chars, own), "A record's fields are all shared or all copied.");
        if (Count == starts.Length)
        {
            Grow();
        }

        starts[Count] = start;
        lengths[Count] = length;
        lines[Count] = line;
        Count++;
    }

    /// <summary>Adds a field whose text is <paramref name="text"/>.</summary>
    public void Add(ReadOnlySpan<char> text, int line)
    {
        Begin(line);
        Append(text);
    }

    /// <summary>Starts a field whose text is then appended.</summary>
    public void Begin(int line)
    {
        System.Diagnostics.Debug.Assert(chars == own, "A record's fields are all shared or all copied.");
        if (Count == starts.Length)
        {
            Grow();
        }

        starts[Count] = used;
        lengths[Count] = 0;
        lines[Count] = line;
        Count++;
    }

    /// <summary>Appends to the field begun last.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(chars.AsSpan(used));
        used += text.Length;
        lengths[Count - 1] += text.Length;
    }

    /// <summary>Appends one character to the field begun last.</summary>
    public void Append(char c)
    {
        Reserve(1);
        chars[used++] = c;
        lengths[Count - 1]++;
    }

    /// <summary>Whether every field is empty or white space.</summary>
    public bool IsBlank()
    {
        for (int i = 0; i < Count; i++)
        {
            if (!this[i].IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }

    private void Reserve(int more)
    {
        if (used + more > own.Length)
        {
            Array.Resize(ref own, Math.Max(own.Length * 2, used + more));
            chars = own;
        }
    }

    private void Grow()
    {
        Array.Resize(ref starts, Count * 2);
        Array.Resize(ref lengths, Count * 2);
        Array.Resize(ref lines, Count * 2);
    }
}
