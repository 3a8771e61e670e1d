using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Measures;
using Measures.Internal;

namespace Measures.Reporting;

/// <summary>
/// Writes a <see cref="Scorecard"/> as Markdown: a heading, a summary table, and a table of measures per
/// service area followed by each measure's RAG explanation. Text from the catalogue is escaped, so a title
/// holding "|" or "*" cannot break a table or turn into emphasis.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal static class ScorecardMarkdownWriter
{
    /// <summary>Writes <paramref name="scorecard"/> as Markdown.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="writer">Where to write; left open.</param>
    public static void Write(Scorecard scorecard, TextWriter writer)
    {
        Preconditions.CheckNotNull(scorecard);
        Preconditions.CheckNotNull(writer);
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(scorecard.Title)).Append('\n').Append('\n');
        md.Append("**Period:** ").Append(Escape(scorecard.PeriodLabel)).Append(" · ");
        md.Append(scorecard.SuppressionPolicy is { } policy
            ? "**Public version:** small numbers are suppressed (" + Escape(policy.ToString()) + "), shown as \\[c\\]."
            : "**Internal version:** not for publication; small numbers are not suppressed.");
        md.Append("\n\n## Summary\n\n");

        var summary = scorecard.Summary;
        md.Append(Invariant($"{summary.Overall.Measures} {(summary.Overall.Measures == 1 ? "measure is" : "measures are")} counted: RAG over those with a target, direction of travel against "))
            .Append(summary.DirectionComparison == ComparisonPeriod.PreviousPeriod ? "the previous period" : "the same period last year")
            .Append(" over those with a good direction.");
        if (summary.Exclusions.Count > 0)
        {
            md.Append(" Left out: ")
                .Append(string.Join("; ", summary.Exclusions.GroupBy(e => e.Reason).Select(g => ScorecardWords.ExclusionText(g.Key, g.Count()) + " (" + string.Join(", ", g.Select(e => Escape(e.MeasureCode))) + ")")))
                .Append('.');
        }

        md.Append("\n\n| Service area | Measures | Green | Amber | Red | Blue | No value | No target | Improving | Worsening | No change | No direction |\n");
        md.Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        Counts(md, "**All service areas**", summary.Overall);
        foreach (var area in summary.ByServiceArea)
        {
            Counts(md, Escape(area.ServiceArea), area.Counts);
        }

        var named = ScorecardWords.NamedComparisons(scorecard);
        foreach (var area in scorecard.Rows.Select(r => r.ServiceArea).Distinct())
        {
            md.Append("\n## ").Append(Escape(area)).Append("\n\n");
            md.Append("| Code | Measure | Period | Value | Target | RAG | vs previous | vs last year | ");
            foreach (var comparison in named)
            {
                md.Append(Escape(ScorecardWords.ComparisonHeading(comparison))).Append(" | ");
            }

            md.Append("Benchmarks |\n");
            md.Append("| --- | --- | --- | ---: | --- | --- | --- | --- | ").Append(string.Concat(Enumerable.Repeat("--- | ", named.Count))).Append("--- |\n");
            var rows = scorecard.Rows.Where(r => r.ServiceArea == area).ToList();
            foreach (var row in rows)
            {
                string value = Escape(row.ValueText) + (ScorecardCells.Figures(row) is { } f ? " (" + Escape(f) + ")" : string.Empty)
                    + (ScorecardCells.Completeness(row) is { Length: > 0 } partial ? ", " + partial : string.Empty);
                md.Append("| ").Append(Escape(row.Code))
                    .Append(" | ").Append(row.IsComponent ? "↳ " : string.Empty).Append(Escape(row.Title))
                    .Append(" | ").Append(Escape(row.PeriodLabel))
                    .Append(" | ").Append(value)
                    .Append(" | ").Append(Escape(ScorecardCells.TargetWithTolerance(row)))
                    .Append(" | ").Append(ScorecardWords.RagName(row.Rag))
                    .Append(" | ").Append(Direction(row.VersusPreviousPeriod))
                    .Append(" | ").Append(Direction(row.VersusSamePeriodLastYear))
                    .Append(string.Concat(row.Comparisons.Select(d => " | " + Direction(d) + (ScorecardWords.Share(row, d) is { Length: > 0 } share ? "; " + Escape(share) : string.Empty))))
                    .Append(" | ").Append(Escape(ScorecardCells.Benchmarks(row) + ScorecardCells.BandAndRank(row)))
                    .Append(" |\n");
            }

            md.Append('\n');
            foreach (var row in rows)
            {
                md.Append("- **").Append(Escape(row.Code)).Append("**: ").Append(Escape(ScorecardWords.Explanation(row.Rag))).Append('\n');
            }

            // The statistics beside each row, in words: interval, SPC judgements, recent trend, significance against benchmarks.
            md.Append("\n**Statistics**\n\n");
            foreach (var row in rows)
            {
                md.Append("- **").Append(Escape(row.Code)).Append("**: ").Append(Escape(StatisticsLine(row))).Append('\n');
            }
        }

        writer.Write(VisibleText.Escape(md.ToString(), keepLineBreaks: true));
    }

    /// <summary>
    /// Escapes text for a Markdown table cell: backslash-escapes the characters Markdown treats specially,
    /// writes "&lt;" and "&amp;" as entities, and turns line breaks into spaces.
    /// </summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            _ = c switch
            {
                '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '#' or '~' => escaped.Append('\\').Append(c),
                '<' => escaped.Append("&lt;"),
                '&' => escaped.Append("&amp;"),
                '\r' => escaped,
                '\n' => escaped.Append(' '),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    /// <summary>A row's statistics in one line: "95% CI 88.1 to 93.6; SPC: common cause variation; recent trend: No significant change; vs benchmarks: England: better (95%)".</summary>
    internal static string StatisticsLine(ScorecardRow row)
    {
        if (!row.Statistics.IsWithheld)
        {
            string significance = StatisticsWords.SignificanceText(row);
            return StatisticsWords.IntervalText(row) + "; SPC: " + StatisticsWords.SpcText(row) + "; recent trend: " + StatisticsWords.TrendText(row)
                + (significance.Length > 0 ? "; vs benchmarks: " + significance : string.Empty);
        }

        return row.Statistics.WithheldExplanation!;
    }

    private static string Direction(ScorecardDirection direction) =>
        ScorecardWords.DirectionName(direction) + (ScorecardWords.RelativeChange(direction) is { Length: > 0 } relative ? " " + relative : string.Empty)
        + " (" + Escape(direction.PeriodLabel) + ")";

    private static void Counts(StringBuilder md, string name, SummaryCounts c) =>
        md.Append("| ").Append(name)
            .Append(Invariant($" | {c.Measures} | {c.Green} | {c.Amber} | {c.Red} | {c.Blue} | {c.NoValue} | {c.WithoutTarget} | {c.Improving} | {c.Worsening} | {c.NoChange} | {c.NoDirection} |\n"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
