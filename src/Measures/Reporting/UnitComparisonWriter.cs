using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Measures.Internal;
using Measures.Reporting.Html;

namespace Measures.Reporting;

/// <summary>
/// Writes a <see cref="UnitComparison"/> in the scorecard's five formats, the node's line first, then one line per
/// unit: the same cells as a scorecard row (value, completeness, RAG, direction) and the unit's rank.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal static class UnitComparisonWriter
{
    /// <summary>The CSV columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "unit", "is_total", "code", "period", "period_label", "value", "value_text", "numerator", "denominator",
        "periods_present", "periods_expected", "target", "rag", "rag_explanation", "direction_vs_previous", "previous_value", "rank",
    ];

    public static void Write(UnitComparison comparison, TextWriter writer, ScorecardFormat format)
    {
        // Written whole before anything reaches the writer, so that a failure leaves nothing half written.
        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        switch (format)
        {
            case ScorecardFormat.Table: Table(comparison, buffer); break;
            case ScorecardFormat.Csv: Csv(comparison, buffer); break;
            case ScorecardFormat.Json: Json(comparison, buffer); break;
            case ScorecardFormat.Markdown: Markdown(comparison, buffer); break;
            case ScorecardFormat.Html: Html(comparison, buffer); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "Not a scorecard format.");
        }

        writer.Write(buffer.ToString());
    }

    /// <summary>The title line: "CSC-13 Re-referrals within 12 months, 2023/24: the units of North locality".</summary>
    public static string Title(UnitComparison c) =>
        $"{c.Measure.Code} {c.Measure.Title}, {c.PeriodLabel}: {(c.Parent is null ? "every unit" : "the units of " + c.Parent)}";

    private static IEnumerable<(string Unit, bool IsTotal, ScorecardRow Row, int? Rank)> Lines(UnitComparison c) =>
        c.Units.Select(u => (u.Unit, false, u.Row, u.Rank)).Prepend((c.TotalName, true, c.Total, null));

    private static string Value(ScorecardRow row) =>
        row.ValueText + (ScorecardCells.Completeness(row) is { Length: > 0 } partial ? " (" + partial + ")" : string.Empty);

    private static string Rank(int? rank, int of) => rank is { } r ? r.ToString(CultureInfo.InvariantCulture) + " of " + of.ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static string Number(decimal? value) => value is { } v ? decimal.Round(v, 2, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static decimal? Previous(ScorecardRow row) => row.VersusPreviousPeriod.Travel.TryGetJudgement(out var travel) ? travel.Previous : null;

    private static string[] Cells(UnitComparison c, (string Unit, bool IsTotal, ScorecardRow Row, int? Rank) line) =>
    [
        line.Unit, Value(line.Row), Number(line.Row.Numerator), Number(line.Row.Denominator), ScorecardCells.Target(line.Row) ?? string.Empty,
        ScorecardWords.RagName(line.Row.Rag), ScorecardWords.DirectionName(line.Row.VersusPreviousPeriod), Rank(line.Rank, c.Units.Count),
    ];

    private static readonly string[] Headings = ["Unit", "Value", "Numerator", "Denominator", "Target", "RAG", "vs previous", "Rank"];

    private static void Table(UnitComparison c, TextWriter writer)
    {
        var rows = Lines(c).Select(line => Cells(c, line)).ToList();
        int[] widths = [.. Headings.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length)))];
        var text = new StringBuilder();
        text.Append(Title(c)).Append('\n').Append('\n');
        void Line(string[] cells)
        {
            var line = new StringBuilder();
            for (int i = 0; i < cells.Length; i++)
            {
                bool number = i is 2 or 3;
                line.Append(number ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i])).Append("  ");
            }

            text.Append(line.ToString().TrimEnd()).Append('\n');
        }

        Line(Headings);
        Line([.. widths.Select(w => new string('-', w))]);
        foreach (var row in rows)
        {
            Line(row);
        }

        // Text from the catalogue and the observations never drives the terminal.
        writer.Write(VisibleText.Escape(text.ToString(), keepLineBreaks: true));
    }

    private static void Csv(UnitComparison c, TextWriter writer)
    {
        void Line(IEnumerable<string> fields) => writer.Write(string.Join(",", fields.Select(CsvText.ReportField)) + "\r\n");
        Line(Columns);
        foreach (var (unit, isTotal, row, rank) in Lines(c))
        {
            Line(
            [
                unit, isTotal ? "true" : "false", row.Code, row.Period.ToString(), row.PeriodLabel, Number(row.RoundedValue), row.ValueText,
                Number(row.Numerator), Number(row.Denominator),
                row.Completeness is { } p ? p.PeriodsPresent.ToString(CultureInfo.InvariantCulture) : string.Empty,
                row.Completeness is { } e ? e.PeriodsExpected.ToString(CultureInfo.InvariantCulture) : string.Empty,
                row.Target is { } t ? (t.UpperValue is { } u ? Number(t.Value) + "-" + Number(u) : Number(t.Value)) : string.Empty,
                ScorecardWords.Rag(row.Rag), ScorecardWords.Explanation(row.Rag), ScorecardWords.Direction(row.VersusPreviousPeriod),
                Number(Previous(row)), rank?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            ]);
        }
    }

    private static void Json(UnitComparison c, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("measure", c.Measure.Code);
            json.WriteString("title", c.Measure.Title);
            json.WriteString("period", c.Period.ToString());
            json.WriteString("periodLabel", c.PeriodLabel);
            if (c.Parent is null)
            {
                json.WriteNull("parent");
            }
            else
            {
                json.WriteString("parent", c.Parent);
            }

            json.WritePropertyName("total");
            Unit(json, c.TotalName, c.Total, null);
            json.WriteStartArray("units");
            foreach (var unit in c.Units)
            {
                Unit(json, unit.Unit, unit.Row, unit.Rank);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    private static void Unit(Utf8JsonWriter json, string unit, ScorecardRow row, int? rank)
    {
        json.WriteStartObject();
        json.WriteString("unit", unit);
        Number(json, "value", row.RoundedValue);
        json.WriteString("valueText", row.ValueText);
        Number(json, "numerator", row.Numerator);
        Number(json, "denominator", row.Denominator);
        if (row.Completeness is { } completeness)
        {
            json.WriteStartObject("completeness");
            json.WriteNumber("present", completeness.PeriodsPresent);
            json.WriteNumber("expected", completeness.PeriodsExpected);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("completeness");
        }

        json.WriteString("rag", ScorecardWords.Rag(row.Rag));
        json.WriteString("ragExplanation", ScorecardWords.Explanation(row.Rag));
        json.WriteString("directionVsPrevious", ScorecardWords.Direction(row.VersusPreviousPeriod));
        Number(json, "previousValue", Previous(row));
        if (rank is { } r)
        {
            json.WriteNumber("rank", r);
        }
        else
        {
            json.WriteNull("rank");
        }

        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Markdown(UnitComparison c, TextWriter writer)
    {
        static string Escape(string text) => ScorecardMarkdownWriter.Escape(text);
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(Title(c))).Append("\n\n");
        md.Append("| ").Append(string.Join(" | ", Headings)).Append(" |\n");
        md.Append('|').Append(string.Concat(Headings.Select((_, i) => i is 2 or 3 ? " ---: |" : " --- |"))).Append('\n');
        foreach (var line in Lines(c))
        {
            var cells = Cells(c, line).Select(Escape).ToArray();
            if (line.IsTotal)
            {
                cells[0] = "**" + cells[0] + "**";
            }

            md.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
        }

        writer.Write(md.ToString());
    }

    private static void Html(UnitComparison c, TextWriter writer)
    {
        var html = new HtmlWriter(writer);
        HtmlPage.Start(html, Title(c));
        WriteTable(html, c);
        HtmlPage.End(html);
    }

    /// <summary>The comparison as an HTML table with its caption, for a page of its own or a section of a longer one.</summary>
    public static void WriteTable(HtmlWriter html, UnitComparison c)
    {
        html.Start("table", "measures-sc-units").Line();
        html.Element("caption", Title(c)).Line();
        html.Start("thead").Start("tr");
        foreach (string heading in Headings)
        {
            html.Element("th", heading, null, ("scope", "col"));
        }

        html.End("tr").End("thead").Line();
        html.Start("tbody").Line();
        foreach (var line in Lines(c))
        {
            var cells = Cells(c, line);
            html.Start("tr", line.IsTotal ? "measures-sc-total" : null);
            html.Element("th", cells[0], null, ("scope", "row"));
            for (int i = 1; i < cells.Length; i++)
            {
                html.Element("td", cells[i]);
            }

            html.End("tr").Line();
        }

        html.End("tbody").Line();
        html.End("table").Line();
    }
}
