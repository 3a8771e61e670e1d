using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Measures;
using Measures.Internal;

namespace Measures.Reporting;

/// <summary>
/// Writes a <see cref="Scorecard"/> as a plain-text table for a console: the title and period, the
/// measures grouped by service area in aligned columns (RAG and directions in words), then the summary.
/// </summary>
/// <remarks>
/// Long titles are shortened with "…" and counts shown without their unit, to keep lines short; the other formats keep
/// them whole. Lines end with "\n". This type is stateless and thread-safe.
/// </remarks>
internal static class ScorecardTableWriter
{
    /// <summary>The most characters of a measure's title shown.</summary>
    public const int MaxTitleLength = 44;

    private static readonly string[] Headers = ["Code", "Measure", "Period", "Value", "Target", "RAG", "vs previous", "vs last year", "Benchmarks"];

    // The statistics in short forms, after the benchmarks: interval, SPC icons, recent trend, significance.
    private static readonly string[] StatisticsHeaders = ["95% CI", "SPC", "Trend", "Sig."];

    /// <summary>Writes <paramref name="scorecard"/> as a text table.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="writer">Where to write; left open.</param>
    public static void Write(Scorecard scorecard, TextWriter writer)
    {
        Preconditions.CheckNotNull(scorecard);
        Preconditions.CheckNotNull(writer);
        // Columns for the named comparisons go before the benchmarks, which is the last column.
        string[] headers = [.. Headers[..^1], .. ScorecardWords.NamedComparisons(scorecard).Select(ScorecardWords.ComparisonHeading), Headers[^1], .. StatisticsHeaders];
        var cells = scorecard.Rows.Select(r => Cells(r).Select(VisibleText.Escape).ToArray()).ToList();
        int[] widths = [.. Enumerable.Range(0, headers.Length).Select(i => Math.Max(headers[i].Length, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length)))];

        var text = new StringBuilder();
        text.Append(scorecard.Title).Append(" \u2013 ").Append(scorecard.PeriodLabel)
            .Append(scorecard.SuppressionPolicy is { } policy ? " (public version: " + policy + ")" : " (internal version: not for publication)")
            .Append('\n');
        foreach (var area in scorecard.Rows.Select(r => r.ServiceArea).Distinct())
        {
            text.Append('\n').Append(area).Append('\n');
            Line(text, headers, widths);
            Line(text, [.. widths.Select(w => new string('-', w))], widths);
            for (int i = 0; i < scorecard.Rows.Count; i++)
            {
                if (scorecard.Rows[i].ServiceArea == area)
                {
                    Line(text, cells[i], widths);
                }
            }
        }

        var summary = scorecard.Summary;
        text.Append("\nSummary (").Append(summary.DirectionComparison == ComparisonPeriod.PreviousPeriod ? "direction against the previous period" : "direction against the same period last year").Append("):\n");
        text.Append("  All service areas: ").Append(summary.Overall).Append('\n');
        foreach (var area in summary.ByServiceArea)
        {
            text.Append("  ").Append(area.ServiceArea).Append(": ").Append(area.Counts).Append('\n');
        }

        if (summary.Exclusions.Count > 0)
        {
            text.Append("  Left out: ")
                .Append(string.Join("; ", summary.Exclusions.GroupBy(e => e.Reason).Select(g => ScorecardWords.ExclusionText(g.Key, g.Count()) + " (" + string.Join(", ", g.Select(e => e.MeasureCode)) + ")")))
                .Append('\n');
        }

        // Text from the catalogue never drives the terminal: control characters are shown as escapes.
        writer.Write(VisibleText.Escape(text.ToString(), keepLineBreaks: true));
    }

    private static string[] Cells(ScorecardRow row)
    {
        string title = (row.IsComponent ? "  " : string.Empty) + row.Title;
        if (title.Length > MaxTitleLength)
        {
            title = title[..(MaxTitleLength - 1)].TrimEnd() + "\u2026";
        }

        return
        [
            row.Code,
            title,
            row.PeriodLabel,
            // A count's unit is in its title; "3360" reads better in a column than "3360 children and young people".
            (row.State == ScorecardValueState.Value && row.Measure.ValueType.Kind == Definitions.ValueKind.Count
                ? Internal.NumberText.Fixed(row.RoundedValue.GetValueOrDefault(), row.Measure.ValueType.Decimals)
                : row.ValueText)
                + (ScorecardCells.Completeness(row) is { Length: > 0 } partial ? " (" + partial + ")" : string.Empty),
            ScorecardCells.Target(row) ?? "-",
            ScorecardWords.RagName(row.Rag),
            WithRelative(row.VersusPreviousPeriod),
            WithRelative(row.VersusSamePeriodLastYear),
            .. row.Comparisons.Select(d => WithRelative(d) + " (" + d.PeriodLabel + ")" + (ScorecardWords.Share(row, d) is { Length: > 0 } share ? "; " + share : string.Empty)),
            ScorecardCells.Benchmarks(row) + ScorecardCells.BandAndRank(row),
            !row.Statistics.TryGetJudgement(out var s) ? "[c]" : s.Interval is { } ci ? StatisticsWords.Interval(row, ci) : "-",
            StatisticsWords.SpcShort(row),
            StatisticsWords.TrendShort(row),
            StatisticsWords.SignificanceShort(row),
        ];
    }

    private static string WithRelative(ScorecardDirection direction) =>
        ScorecardWords.DirectionName(direction) + (ScorecardWords.RelativeChange(direction) is { Length: > 0 } relative ? " " + relative : string.Empty);

    private static void Line(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append("  ");
        for (int i = 0; i < cells.Length; i++)
        {
            bool number = i == 3;
            string cell = number ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]);
            text.Append(i == cells.Length - 1 ? cell.TrimEnd() : cell + "  ");
        }

        text.Append('\n');
    }
}
