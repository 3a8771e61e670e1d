using System.Globalization;
using System.Linq;
using Measures.Internal;
using Measures.Judgements;

namespace Measures.Reporting.Html;

/// <summary>
/// The HTML of a <see cref="Scorecard"/>: its title, a summary table and a table of measures grouped by
/// service area, with RAG by shape and word as well as colour, row and column headers, and a sparkline per
/// measure. The one implementation behind both the report page and the notebook display.
/// </summary>
internal static class ScorecardHtml
{
    private static readonly string[] Columns = ["Measure", "Period", "Value", "Target", "RAG", "vs previous", "vs last year", "Benchmarks", "Trend", "Statistics"];

    /// <summary>Writes the scorecard as an HTML fragment (inside an element of class <see cref="HtmlStyles.RootClass"/>).</summary>
    public static void WriteScorecard(HtmlWriter html, Scorecard scorecard)
    {
        Preconditions.CheckNotNull(html);
        Preconditions.CheckNotNull(scorecard);
        html.Start("section", "measures-scorecard", ("aria-label", scorecard.Title + ", " + scorecard.PeriodLabel)).Line();
        html.Element("h2", scorecard.Title, "measures-sc-title").Line();
        html.Element("p", Meta(scorecard), "measures-sc-meta").Line();
        WriteSummary(html, scorecard);
        WriteMeasures(html, scorecard);
        html.End("section").Line();
    }

    private static string Meta(Scorecard scorecard)
    {
        string version = scorecard.SuppressionPolicy is { } policy
            ? $"Public version: small numbers are suppressed ({policy}), shown as [c]"
            : "Internal version: not for publication (small numbers are not suppressed)";
        return $"Period: {scorecard.PeriodLabel} \u00B7 {scorecard.Rows.Count.ToString(CultureInfo.InvariantCulture)} measures and components \u00B7 {version}";
    }

    private static void WriteSummary(HtmlWriter html, Scorecard scorecard)
    {
        var summary = scorecard.Summary;
        string comparedWith = summary.DirectionComparison == ComparisonPeriod.PreviousPeriod ? "the previous period" : "the same period last year";
        string caption = $"Summary: {summary.Overall.Measures.ToString(CultureInfo.InvariantCulture)} measure{(summary.Overall.Measures == 1 ? "" : "s")} counted; RAG over those with a target, direction of travel against {comparedWith} over those with a good direction";
        if (summary.Exclusions.Count > 0)
        {
            caption += "; left out: " + string.Join("; ", summary.Exclusions.GroupBy(e => e.Reason).Select(g => ScorecardWords.ExclusionText(g.Key, g.Count()) + " (" + string.Join(", ", g.Select(e => e.MeasureCode)) + ")"));
        }

        html.Start("table", "measures-sc-summary").Line();
        html.Element("caption", caption).Line();
        html.Start("thead").Start("tr");
        foreach (string column in (string[])["Service area", "Measures", "Green", "Amber", "Red", "Blue", "No value", "No target", "Improving", "Worsening", "No change", "No direction"])
        {
            html.Element("th", column, null, ("scope", "col"));
        }

        html.End("tr").End("thead").Line();
        html.Start("tbody");
        WriteCounts(html, "All service areas", summary.Overall);
        foreach (var area in summary.ByServiceArea)
        {
            WriteCounts(html, area.ServiceArea, area.Counts);
        }

        html.End("tbody").End("table").Line();
    }

    private static void WriteCounts(HtmlWriter html, string name, SummaryCounts c)
    {
        html.Start("tr").Element("th", name, null, ("scope", "row"));
        foreach (int count in (int[])[c.Measures, c.Green, c.Amber, c.Red, c.Blue, c.NoValue, c.WithoutTarget, c.Improving, c.Worsening, c.NoChange, c.NoDirection])
        {
            html.Start("td").Number(count).End("td");
        }

        html.End("tr").Line();
    }

    private static void WriteMeasures(HtmlWriter html, Scorecard scorecard)
    {
        html.Start("table", "measures-sc-table").Line();
        html.Element("caption", "Measures for " + scorecard.PeriodLabel).Line();
        // Columns for the named comparisons go after "vs last year".
        string[] columns = [.. Columns[..7], .. ScorecardWords.NamedComparisons(scorecard).Select(ScorecardWords.ComparisonHeading), .. Columns[7..]];
        html.Start("thead").Start("tr");
        foreach (string column in columns)
        {
            html.Element("th", column, null, ("scope", "col"));
        }

        html.End("tr").End("thead").Line();
        foreach (var area in scorecard.Rows.Select(r => r.ServiceArea).Distinct())
        {
            html.Start("tbody").Line();
            html.Start("tr", "measures-sc-area").Element("th", area, null, ("scope", "rowgroup"), ("colspan", columns.Length.ToString(CultureInfo.InvariantCulture))).End("tr").Line();
            foreach (var row in scorecard.Rows.Where(r => r.ServiceArea == area))
            {
                WriteRow(html, row);
            }

            html.End("tbody").Line();
        }

        html.End("table").Line();
    }

    private static void WriteRow(HtmlWriter html, ScorecardRow row)
    {
        html.Start("tr");

        html.Start("th", row.IsComponent ? "measures-sc-measure measures-sc-component" : "measures-sc-measure", ("scope", "row"));
        html.Element("span", row.Code, "measures-sc-code").Text(row.Title);
        if (row.ParentCode is { } parent)
        {
            html.Element("span", "component of " + parent, "measures-sub");
        }

        html.End("th");

        html.Start("td").Text(row.PeriodLabel);
        string completeness = ScorecardCells.Completeness(row);
        if (completeness.Length > 0)
        {
            html.Element("span", completeness, "measures-sub");
        }

        html.End("td");

        html.Start("td", "measures-sc-num").Text(row.ValueText);
        if (ScorecardCells.Figures(row) is { } figures)
        {
            html.Element("span", figures, "measures-sub");
        }

        html.End("td");

        html.Start("td");
        if (ScorecardCells.Target(row) is { } target)
        {
            html.Text(target);
            if (ScorecardCells.Tolerance(row) is { } tolerance && row.Target!.Tolerance.IsZero is false)
            {
                html.Element("span", "tolerance " + tolerance, "measures-sub");
            }
        }
        else
        {
            html.Element("span", "no target", "measures-sub");
        }

        html.End("td");

        html.Start("td");
        RagHtml.WriteBadge(html, row.Rag);
        if (!row.Rag.TryGetJudgement(out var rating) || rating.Status is not (RagStatus.NoTarget or RagStatus.NoPolarity))
        {
            // The badge says all there is to say when there is no target or no good direction.
            html.Element("span", ScorecardWords.Explanation(row.Rag), "measures-sc-why");
        }

        html.End("td");

        WriteDirection(html, row.VersusPreviousPeriod, row.Measure.ValueType);
        WriteDirection(html, row.VersusSamePeriodLastYear, row.Measure.ValueType);
        foreach (var comparison in row.Comparisons)
        {
            WriteDirection(html, comparison, row.Measure.ValueType, ScorecardWords.Share(row, comparison));
        }

        html.Start("td");
        if (row.Benchmark is { } benchmark)
        {
            if (!benchmark.Comparisons.TryGetJudgement(out var comparisons))
            {
                html.Element("span", ScorecardWords.Withheld, "measures-sub", ("title", benchmark.Comparisons.WithheldExplanation));
            }

            var type = row.Measure.ValueType;
            foreach (var comparison in comparisons ?? [])
            {
                html.Start("span", "measures-sub", ("title", comparison.Explanation))
                    .Text(comparison.Comparator.Name + " " + type.FormatSetFigure(comparison.Comparator.Value) + ": " + ScorecardCells.PositionText(comparison.Position))
                    .End("span");
            }

            if (benchmark.QuartileBand.TryGetJudgement(out var band) && band is not null)
            {
                html.Element("span", "Quartile band " + band, "measures-sub");
            }

            if (ScorecardCells.Rank(row) is { Length: > 0 } rank)
            {
                html.Element("span", "Rank " + rank, "measures-sub");
            }

            if (ScorecardCells.Significance(row) is { Length: > 0 } significance)
            {
                html.Element("span", char.ToUpperInvariant(significance[0]) + significance[1..], "measures-sub");
            }

            if (benchmark.Benchmark.Period != row.Period)
            {
                html.Element("span", "(" + benchmark.PeriodLabel + ")", "measures-sub");
            }
        }

        html.End("td");

        html.Start("td", "measures-sc-trend");
        Sparkline.Write(html, row.History, row.Target?.Value);
        html.End("td");

        StatisticsHtml.Write(html, row);

        html.End("tr").Line();
    }

    private static void WriteDirection(HtmlWriter html, ScorecardDirection direction, Definitions.MeasureValueType valueType, string share = "")
    {
        html.Start("td");
        RagHtml.WriteDirection(html, direction);
        string relative = ScorecardWords.RelativeChange(direction) is { Length: > 0 } r ? r + " " : string.Empty;
        string earlier = direction.Travel.TryGetJudgement(out var travel) && travel.Previous is { } v ? relative + "from " + valueType.Format(v) + " (" + direction.PeriodLabel + ")" : "vs " + direction.PeriodLabel;
        html.Element("span", earlier, "measures-sub");
        if (share.Length > 0)
        {
            html.Element("span", share, "measures-sub");
        }

        html.End("td");
    }
}
