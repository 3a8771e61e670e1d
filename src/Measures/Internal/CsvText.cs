using System;

namespace Measures.Internal;

/// <summary>The one CSV quoting rule (RFC 4180) for every CSV the library writes.</summary>
internal static class CsvText
{
    /// <summary>
    /// A field as written: quoted, with quotes doubled, when it holds a comma, a quote or a line break,
    /// or starts or ends with white space (which readers, and spreadsheets, would otherwise trim).
    /// </summary>
    public static string Field(string text) =>
        NeedsQuotes(text) ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static bool NeedsQuotes(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0
        || (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])));
}
