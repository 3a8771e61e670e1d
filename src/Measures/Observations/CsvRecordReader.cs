using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

using Measures.Definitions;

namespace Measures.Observations;

/// <summary>
/// Reads RFC 4180 records from text: fields separated by commas, optionally in double quotes (which
/// may then hold commas, line breaks and doubled quotes), records ended by CRLF, LF or CR. Problems
/// (an unclosed quote, text after a closing quote, a quote inside an unquoted field) are collected
/// and reading goes on, so that one pass finds them all. Text that is not characters (half of a
/// surrogate pair, or a byte that is not UTF-8 escaped by <see cref="ByteEscapingTextReader"/>) is
/// reported at its line and field, once a field.
/// </summary>
/// <remarks>
/// A line held whole in the buffer with no quote, no carriage return inside it and no surrogate (almost every line
/// of an export) is split at its commas in one pass; any other line is read character by character. Both give the
/// same fields, lines and problems.
/// </remarks>
internal sealed class CsvRecordReader : IDisposable
{
    private const int Eof = -1;
    private const int NotWhole = -1;
    private const int NotPlain = -2;
    private readonly TextReader reader;
    private readonly CsvRow row = new();
    // Under the large object heap's threshold (a line longer than this grows it): a large file is read in many parts,
    // each by its own reader, so the buffer is borrowed from the shared pool and given back when disposed.
    private char[] buffer = ArrayPool<char>.Shared.Rent(32 * 1024);
    private char[]? borrowed;
    private int position;
    private int length;
    private bool ended;
    private int line = 1;
    private bool fieldBroken;

    /// <param name="reader">The text.</param>
    /// <param name="firstLine">The number of the text's first line: 1 for a whole file, more for a part of one.</param>
    public CsvRecordReader(TextReader reader, int firstLine = 1)
    {
        this.reader = reader;
        line = firstLine;
        borrowed = buffer;
    }

    /// <summary>Gives the buffer back to the shared pool; nothing is read, nor a record read before used, after this.</summary>
    public void Dispose()
    {
        if (borrowed is { } given)
        {
            borrowed = null;
            if (ReferenceEquals(buffer, given))
            {
                buffer = [];
                (position, length, ended) = (0, 0, true);
            }

            ArrayPool<char>.Shared.Return(given);
        }
    }

    /// <summary>Reads the next record that is not blank: an empty line, or a spreadsheet's empty row of commas and spaces.</summary>
    /// <param name="fields">Cleared, then filled with the record's fields.</param>
    /// <param name="problems">Problems found in the record are added here.</param>
    /// <param name="recordLine">The line the record starts on.</param>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public bool Read(List<CsvField> fields, List<(int Line, int Column, string Message)> problems, out int recordLine)
    {
        fields.Clear();
        if (!Read(row, problems, out recordLine))
        {
            return false;
        }

        for (int i = 0; i < row.Count; i++)
        {
            fields.Add(new CsvField(row.Text(i), row.LineOf(i), i + 1));
        }

        return true;
    }

    /// <summary>Reads the next record that is not blank into <paramref name="fields"/>, whose text is valid until the next read.</summary>
    /// <param name="fields">Cleared, then filled with the record's fields.</param>
    /// <param name="problems">Problems found in the record are added here.</param>
    /// <param name="recordLine">The line the record starts on.</param>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public bool Read(CsvRow fields, List<(int Line, int Column, string Message)> problems, out int recordLine)
    {
        while (true)
        {
            fields.Clear();
            recordLine = line;
            if (Peek() == Eof)
            {
                return false;
            }

            if (TryReadSimpleLine(fields, out bool blank))
            {
                if (blank)
                {
                    continue;
                }

                return true;
            }

            int problemsBefore = problems.Count;
            bool quotedAny = ReadRecord(fields, problems);
            if (!quotedAny && problems.Count == problemsBefore && fields.IsBlank())
            {
                continue; // a blank line, or the empty rows a spreadsheet writes below its data, holds nothing
            }

            return true;
        }
    }

    /// <summary>Splits the next line at its commas when it is whole in the buffer and plain: no quote, no CR but before its LF, no surrogate.</summary>
    private bool TryReadSimpleLine(CsvRow fields, out bool blank)
    {
        blank = false;
        int end = SplitLine(fields);
        if (end == NotWhole && !ended && Compact())
        {
            end = SplitLine(fields);
        }

        if (end < 0)
        {
            fields.Clear();
            return false;
        }

        // Almost every line starts with a character that is not white space, and so is not blank.
        char first = buffer[position];
        blank = (first == ',' || char.IsWhiteSpace(first)) && fields.IsBlank();
        position = end + 1;
        line++;
        return true;
    }

    /// <summary>
    /// Adds the fields of the line at <see cref="position"/> as stretches of the buffer, in place, and returns where its
    /// LF is; or <see cref="NotWhole"/> when the buffer ends first, or <see cref="NotPlain"/> when the line needs reading
    /// character by character. One pass finds the commas, the end and anything not plain, eight characters at a time.
    /// </summary>
    private int SplitLine(CsvRow fields)
    {
        fields.Clear();
        fields.Share(buffer);
        char[] chars = buffer;
        int at = position;
        int fieldStart = position;
        if (Vector128.IsHardwareAccelerated)
        {
            var commas = Vector128.Create((ushort)',');
            var lineFeeds = Vector128.Create((ushort)'\n');
            var quotes = Vector128.Create((ushort)'"');
            var carriageReturns = Vector128.Create((ushort)'\r');
            var surrogateStart = Vector128.Create((ushort)0xD800);
            var surrogateCount = Vector128.Create((ushort)0x800);
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(chars));
            while (at <= length - Vector128<ushort>.Count)
            {
                var block = Vector128.LoadUnsafe(ref first, (nuint)at);
                uint ends = Matches(Vector128.Equals(block, lineFeeds));
                uint separators = Matches(Vector128.Equals(block, commas));
                uint others = Matches(Vector128.Equals(block, quotes) | Vector128.Equals(block, carriageReturns) | Vector128.LessThan(block - surrogateStart, surrogateCount));
                // Only what comes before the line's end counts.
                uint before = ends == 0 ? uint.MaxValue : (1u << BitOperations.TrailingZeroCount(ends)) - 1;
                separators &= before;
                others &= before;
                while (others != 0)
                {
                    // A CR is plain only just before the LF that ends the line.
                    int other = at + CharAt(others);
                    if (chars[other] != '\r' || other + 1 >= length || chars[other + 1] != '\n')
                    {
                        return chars[other] == '\r' && other + 1 == length ? NotWhole : NotPlain;
                    }

                    others &= others - 1;
                }

                while (separators != 0)
                {
                    int comma = at + CharAt(separators);
                    fields.AddShared(fieldStart, comma - fieldStart, line);
                    fieldStart = comma + 1;
                    separators &= separators - 1;
                }

                if (ends != 0)
                {
                    return EndLine(fields, fieldStart, at + CharAt(ends));
                }

                at += Vector128<ushort>.Count;
            }
        }

        for (; at < length; at++)
        {
            char c = chars[at];
            if (c == ',')
            {
                fields.AddShared(fieldStart, at - fieldStart, line);
                fieldStart = at + 1;
            }
            else if (c == '\n')
            {
                return EndLine(fields, fieldStart, at);
            }
            else if (c == '"' || char.IsSurrogate(c) || (c == '\r' && (at + 1 >= length || chars[at + 1] != '\n')))
            {
                return c == '\r' && at + 1 == length ? NotWhole : NotPlain;
            }
        }

        return NotWhole;
    }

    // A bit a byte: the high byte's bit, 2i + 1, marks character i. (A bit a character is not one instruction on every processor.)
    private static uint Matches(Vector128<ushort> matches) => matches.AsByte().ExtractMostSignificantBits() & 0xAAAA;

    private static int CharAt(uint matches) => BitOperations.TrailingZeroCount(matches) >> 1;

    // The last field ends at the LF, or at the CR before it.
    private int EndLine(CsvRow fields, int fieldStart, int lineFeed)
    {
        int textEnd = lineFeed > fieldStart && buffer[lineFeed - 1] == '\r' ? lineFeed - 1 : lineFeed;
        fields.AddShared(fieldStart, textEnd - fieldStart, line);
        return lineFeed;
    }

    /// <summary>Moves what is left to the start of the buffer (growing it when full) and reads more; false when nothing more could be read.</summary>
    private bool Compact()
    {
        int left = length - position;
        if (left == buffer.Length)
        {
            if (buffer.Length >= 1 << 24)
            {
                return false; // a line this long is read character by character
            }

            Array.Resize(ref buffer, buffer.Length * 2);
        }
        else if (position > 0)
        {
            buffer.AsSpan(position, left).CopyTo(buffer);
        }

        position = 0;
        length = left;
        int read = reader.Read(buffer, length, buffer.Length - length);
        if (read <= 0)
        {
            ended = true;
            return false;
        }

        length += read;
        return true;
    }

    private bool ReadRecord(CsvRow fields, List<(int Line, int Column, string Message)> problems)
    {
        bool quotedAny = false;
        while (true)
        {
            int column = fields.Count + 1;
            int fieldLine = line;
            fields.Begin(fieldLine);
            fieldBroken = false;
            int c = Peek();
            if (c == '"')
            {
                quotedAny = true;
                Next();
                ReadQuoted(fields, fieldLine, column, problems);
                c = Peek();
                if (c != ',' && c != '\r' && c != '\n' && c != Eof)
                {
                    problems.Add((fieldLine, column, "There is text after the closing quote; quote the whole field, and double any quote inside it (\"\")."));
                    ReadUnquoted(fields, fieldLine, column, problems, reportQuotes: false);
                }
            }
            else
            {
                ReadUnquoted(fields, fieldLine, column, problems, reportQuotes: true);
            }

            c = Next();
            switch (c)
            {
                case ',':
                    continue;
                case '\r':
                    if (Peek() == '\n')
                    {
                        Next();
                    }

                    line++;
                    return quotedAny;
                case '\n':
                    line++;
                    return quotedAny;
                default:
                    return quotedAny;
            }
        }
    }

    private void ReadQuoted(CsvRow text, int fieldLine, int column, List<(int Line, int Column, string Message)> problems)
    {
        while (true)
        {
            int c = Next();
            switch (c)
            {
                case Eof:
                    problems.Add((fieldLine, column, $"The quoted field that starts on line {fieldLine} is never closed; add the closing quote."));
                    return;
                case '"' when Peek() == '"':
                    Next();
                    text.Append('"');
                    break;
                case '"':
                    return;
                case '\r':
                    if (Peek() == '\n')
                    {
                        Next();
                        text.Append('\r');
                        c = '\n';
                    }

                    line++;
                    text.Append((char)c);
                    break;
                case '\n':
                    line++;
                    text.Append('\n');
                    break;
                default:
                    Append(text, (char)c, column, problems);
                    break;
            }
        }
    }

    private void ReadUnquoted(CsvRow text, int fieldLine, int column, List<(int Line, int Column, string Message)> problems, bool reportQuotes)
    {
        while (true)
        {
            int c = Peek();
            if (c is ',' or '\r' or '\n' or Eof)
            {
                return;
            }

            if (c == '"' && reportQuotes)
            {
                problems.Add((fieldLine, column, "There is a quote inside a field that does not start with one; quote the whole field and double the quote inside it (\"\")."));
                reportQuotes = false;
            }

            Append(text, (char)Next(), column, problems);
        }
    }

    private void Append(CsvRow text, char c, int column, List<(int Line, int Column, string Message)> problems)
    {
        text.Append(c);
        if (!char.IsSurrogate(c))
        {
            return;
        }

        if (char.IsHighSurrogate(c) && Peek() is int next and >= 0 && char.IsLowSurrogate((char)next))
        {
            text.Append((char)Next());
            return;
        }

        if (!fieldBroken)
        {
            fieldBroken = true;
            problems.Add((line, column, reader is ByteEscapingTextReader { IsUtf8: true } && ByteEscapingTextReader.TryGetByte(c, out byte value) ? TextEncoding.NotUtf8(value, "\"CSV UTF-8\" (in Excel: File, Save As, CSV UTF-8)") : TextEncoding.BrokenSurrogate(c)));
        }
    }

    private int Peek()
    {
        if (position == length)
        {
            if (ended)
            {
                return Eof;
            }

            length = reader.Read(buffer, 0, buffer.Length);
            position = 0;
            if (length <= 0)
            {
                length = 0;
                ended = true;
                return Eof;
            }
        }

        return buffer[position];
    }

    private int Next()
    {
        int c = Peek();
        if (c != Eof)
        {
            position++;
        }

        return c;
    }
}
