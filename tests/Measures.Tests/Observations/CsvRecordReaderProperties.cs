using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Observations;

namespace Measures.Tests.Observations;

/// <summary>Text for the CSV record reader: lines of fields made of the characters that change how a line is read.</summary>
public sealed record CsvLines(string Text)
{
    public override string ToString() => Text.Length + " characters: " + (Text.Length > 400 ? Text[..400] : Text).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}

/// <summary>Generators of CSV text.</summary>
public static class CsvLinesArbitraries
{
    // Plain characters most of all, then each that sends a line the careful way: quotes, a lone CR, halves of surrogate pairs.
    private static readonly Gen<char> Character = Gen.Frequency(
        (40, Gen.Elements("abcXYZ0123456789-/ .".ToCharArray())),
        (12, Gen.Constant(',')),
        (2, Gen.Constant('"')),
        (1, Gen.Constant('\r')),
        (1, Gen.Constant('\uD83D')),
        (1, Gen.Constant('\uDE42')),
        (1, Gen.Elements('é', '\u012C', '\u0A2C', '\u2013')));

    private static readonly Gen<string> Line =
        from length in Gen.Frequency((6, Gen.Choose(0, 40)), (1, Gen.Choose(40, 300)))
        from characters in Character.ArrayOf(length)
        from end in Gen.Elements("\n", "\n", "\n", "\r\n", "\r", "")
        select new string(characters) + end;

    public static Arbitrary<CsvLines> Text() =>
        Gen.Frequency(
            (4, Line.ListOf(Gen.Choose(0, 30).Sample(1)[0]).Select(lines => string.Concat(lines))),
            // Long enough to pass the reader's buffer of 32,768 characters, so that lines are cut at its end.
            (1, Gen.Choose(900, 2_500).SelectMany(n => Line.ListOf(n)).Select(lines => string.Concat(lines))))
        .Select(text => new CsvLines(text))
        .ToArbitrary();
}

/// <summary>
/// A plain line (whole in the buffer, no quote, no surrogate, no CR but before its LF) is split in one pass; any other
/// line is read character by character. Text handed over a character at a time is never whole in the buffer, so it
/// is read the careful way throughout: both must give the same records, fields, lines and problems.
/// </summary>
[Properties(Arbitrary = [typeof(CsvLinesArbitraries)], MaxTest = 200)]
public sealed class CsvRecordReaderProperties
{
    [Property]
    public Property Lines_split_in_one_pass_read_as_they_read_character_by_character(CsvLines text)
    {
        string fast = Records(new StringReader(text.Text));
        string careful = Records(new TrickleReader(text.Text));
        return (fast == careful).Label($"split in one pass:\n{fast}\ncharacter by character:\n{careful}");
    }

    [Fact]
    public void Text_handed_over_a_character_at_a_time_is_read_character_by_character()
    {
        // Without this the property above would compare the one-pass split with itself.
        var records = new CsvRecordReader(new TrickleReader("EH-01,2023-04,Team A,5,10\nEH-01,2023-05,,6,\n"));
        var row = new CsvRow();
        Assert.True(records.Read(row, [], out _));
        Assert.False(row.InPlace);
        Assert.True(records.Read(row, [], out _));
        Assert.False(row.InPlace);
        Assert.Equal(["EH-01", "2023-05", "", "6", ""], Enumerable.Range(0, row.Count).Select(row.Text));
    }

    [Fact]
    public void A_plain_line_is_split_in_place()
    {
        var records = new CsvRecordReader(new StringReader("EH-01,2023-04,Team A,5,10\r\nEH-01,2023-05,,6,\n"));
        var row = new CsvRow();
        Assert.True(records.Read(row, [], out int line));
        Assert.Equal(1, line);
        Assert.Equal(["EH-01", "2023-04", "Team A", "5", "10"], Enumerable.Range(0, row.Count).Select(row.Text));
        Assert.True(row.InPlace);
        Assert.True(records.Read(row, [], out line));
        Assert.Equal(2, line);
        Assert.Equal(["EH-01", "2023-05", "", "6", ""], Enumerable.Range(0, row.Count).Select(row.Text));
        Assert.False(records.Read(row, [], out _));
    }

    [Fact]
    public void Readers_alive_together_each_read_their_own_text()
    {
        // Each reader's buffer is borrowed from the shared pool: two alive at once on one thread, both past their
        // buffers' first filling, must not share one. Bytes are decoded by one reader each too.
        string Lines(string prefix) => string.Concat(Enumerable.Range(1, 3_000).Select(i => $"{prefix}{i},2023-04,Team,{i},10\n"));
        string a = Lines("A");
        string b = Lines("B");
        using var first = new CsvRecordReader(new ByteEscapingTextReader(new MemoryStream(Encoding.UTF8.GetBytes(a))));
        using var second = new CsvRecordReader(new ByteEscapingTextReader(new MemoryStream(Encoding.UTF8.GetBytes(b))));
        var (rowA, rowB) = (new CsvRow(), new CsvRow());
        for (int i = 1; i <= 3_000; i++)
        {
            Assert.True(first.Read(rowA, [], out _));
            Assert.True(second.Read(rowB, [], out _));
            Assert.Equal("A" + i, rowA.Text(0));
            Assert.Equal("B" + i, rowB.Text(0));
        }

        Assert.False(first.Read(rowA, [], out _));
        Assert.False(second.Read(rowB, [], out _));
    }

    [Fact]
    public void A_disposed_reader_reads_nothing_more()
    {
        var records = new CsvRecordReader(new StringReader("a,1\nb,2\nc,3\n"));
        var row = new CsvRow();
        Assert.True(records.Read(row, [], out _));
        records.Dispose();
        records.Dispose();
        Assert.False(records.Read(row, [], out _));
    }

    private static string Records(TextReader text)
    {
        var records = new CsvRecordReader(text);
        var row = new CsvRow();
        var problems = new List<(int Line, int Column, string Message)>();
        var written = new StringBuilder();
        while (records.Read(row, problems, out int line))
        {
            written.Append(line).Append(':');
            for (int i = 0; i < row.Count; i++)
            {
                written.Append(" [").Append(row.LineOf(i)).Append(' ').Append(row[i]).Append(']');
            }

            foreach (var (problemLine, column, message) in problems)
            {
                written.Append(" {").Append(problemLine).Append(' ').Append(column).Append(' ').Append(message).Append('}');
            }

            written.Append('\n');
            problems.Clear();
        }

        foreach (var (problemLine, column, message) in problems)
        {
            written.Append("after the last record {").Append(problemLine).Append(' ').Append(column).Append(' ').Append(message).Append("}\n");
        }

        return written.ToString();
    }

    /// <summary>Hands its text over one character a read, so that no line is ever whole in the reader's buffer.</summary>
    private sealed class TrickleReader(string text) : TextReader
    {
        private int position;

        public override int Peek() => position < text.Length ? text[position] : -1;

        public override int Read() => position < text.Length ? text[position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            if (position == text.Length || count == 0)
            {
                return 0;
            }

            buffer[index] = text[position++];
            return 1;
        }
    }
}
