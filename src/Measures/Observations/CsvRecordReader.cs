using System.Collections.Generic;
using System.IO;
using System.Text;

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
internal sealed class CsvRecordReader
{
    private const int Eof = -1;
    private readonly TextReader reader;
    private readonly char[] buffer = new char[16 * 1024];
    private readonly StringBuilder text = new();
    private int position;
    private int length;
    private int line = 1;
    private bool fieldBroken;

    public CsvRecordReader(TextReader reader) => this.reader = reader;

    /// <summary>Reads the next record that is not blank: an empty line, or a spreadsheet's empty row of commas and spaces.</summary>
    /// <param name="fields">Cleared, then filled with the record's fields.</param>
    /// <param name="problems">Problems found in the record are added here.</param>
    /// <param name="recordLine">The line the record starts on.</param>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public bool Read(List<CsvField> fields, List<(int Line, int Column, string Message)> problems, out int recordLine)
    {
        while (true)
        {
            fields.Clear();
            recordLine = line;
            if (Peek() == Eof)
            {
                return false;
            }

            int problemsBefore = problems.Count;
            bool quotedAny = ReadRecord(fields, problems);
            if (!quotedAny && problems.Count == problemsBefore && fields.TrueForAll(f => string.IsNullOrWhiteSpace(f.Text)))
            {
                continue; // a blank line, or the empty rows a spreadsheet writes below its data, holds nothing
            }

            return true;
        }
    }

    private bool ReadRecord(List<CsvField> fields, List<(int Line, int Column, string Message)> problems)
    {
        bool quotedAny = false;
        while (true)
        {
            int column = fields.Count + 1;
            int fieldLine = line;
            text.Clear();
            fieldBroken = false;
            int c = Peek();
            if (c == '"')
            {
                quotedAny = true;
                Next();
                ReadQuoted(fieldLine, column, problems);
                c = Peek();
                if (c != ',' && c != '\r' && c != '\n' && c != Eof)
                {
                    problems.Add((fieldLine, column, "There is text after the closing quote; quote the whole field, and double any quote inside it (\"\")."));
                    ReadUnquoted(fieldLine, column, problems, reportQuotes: false);
                }
            }
            else
            {
                ReadUnquoted(fieldLine, column, problems, reportQuotes: true);
            }

            fields.Add(new CsvField(text.ToString(), fieldLine, column));
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

    private void ReadQuoted(int fieldLine, int column, List<(int Line, int Column, string Message)> problems)
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
                    Append((char)c, column, problems);
                    break;
            }
        }
    }

    private void ReadUnquoted(int fieldLine, int column, List<(int Line, int Column, string Message)> problems, bool reportQuotes)
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

            Append((char)Next(), column, problems);
        }
    }

    private void Append(char c, int column, List<(int Line, int Column, string Message)> problems)
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
            length = reader.Read(buffer, 0, buffer.Length);
            position = 0;
            if (length <= 0)
            {
                length = 0;
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
