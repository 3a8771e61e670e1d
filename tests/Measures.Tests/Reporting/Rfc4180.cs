using System;
using System.Collections.Generic;
using System.Text;

namespace Measures.Tests.Reporting;

/// <summary>
/// A strict reader of CSV as RFC 4180 defines it (section 2): records end with CRLF, fields are quoted
/// when they hold a comma, a quote, CR or LF, and a quote inside a quoted field is doubled. Anything else
/// (a bare LF ending a record, a quote inside an unquoted field, text after a closing quote) throws.
/// </summary>
internal static class Rfc4180
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("A quoted field is not closed.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        throw new FormatException($"A quote inside an unquoted field at {i}.");
                    }

                    field.Append(text[i++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
            {
                i += 2;
                records.Add([.. fields]);
                fields.Clear();
                continue;
            }

            throw new FormatException(i < text.Length ? $"Unexpected character {(int)text[i]} at {i}: a record must end with CRLF." : "The last record does not end with CRLF.");
        }

        return records;
    }
}
