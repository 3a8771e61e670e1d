using System;
using System.Globalization;

namespace Measures.Internal;

/// <summary>The one CSV quoting rule (RFC 4180) for every CSV the library writes.</summary>
internal static class CsvText
{
    /// <summary>
    /// Why a line with <paramref name="fields"/> fields is not read under a header of <paramref name="columns"/>
    /// (<paramref name="names"/>, when given, after the count): too few is a line cut short or commas lost, too many a
    /// comma inside a field that is not in quotes.
    /// </summary>
    public static string FieldCountProblem(int fields, int columns, string? names = null) => string.Create(
        CultureInfo.InvariantCulture,
        $"This line has {fields} field{(fields == 1 ? "" : "s")} but the header has {columns}{(names is null ? "" : " (" + names + ")")}{(fields < columns ? ": the line may be cut short, or commas between fields lost." : "; a field holding a comma must be in double quotes.")}");

    /// <summary>
    /// A field as written: quoted, with quotes doubled, when it holds a comma, a quote or a line break,
    /// or starts or ends with white space (which readers, and spreadsheets, would otherwise trim).
    /// </summary>
    public static string Field(string text) =>
        NeedsQuotes(text) ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    /// <summary>
    /// A field of a report (as opposed to a data file read back by a program): control characters other than line breaks escaped, and
    /// text a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) neutralised
    /// as OWASP advises, with a leading apostrophe and quotes. Numbers, negative ones too, are left as numbers.
    /// </summary>
    public static string ReportField(string text)
    {
        text = VisibleText.Escape(text, keepLineBreaks: true);
        return IsFormula(text) ? "\"'" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : Field(text);
    }

    /// <summary>
    /// A text field of a data file read back by the library (observations): quoted as <see cref="Field"/> does, and
    /// neutralised with a leading apostrophe when a spreadsheet would run it as a formula; <see cref="Unneutralised"/>
    /// takes the apostrophe off again when the file is read, so codes and units round-trip.
    /// </summary>
    public static string DataField(string text) =>
        IsFormula(text) ? "\"'" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : Field(text);

    /// <summary>The text of a field as it was before <see cref="DataField"/> neutralised it.</summary>
    public static string Unneutralised(string text) => text.Length > 1 && text[0] == '\'' && IsFormula(text[1..]) ? text[1..] : text;

    /// <summary>Whether a spreadsheet would treat <paramref name="text"/> as a formula rather than text or a number.</summary>
    public static bool IsFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static bool NeedsQuotes(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0
        || (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])));
}
