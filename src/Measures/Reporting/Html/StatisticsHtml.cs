using System.Linq;
using System.Text;
using Measures.Judgements.Spc;

namespace Measures.Reporting.Html;

/// <summary>
/// A scorecard row's statistics cell: the value's interval, the SPC icons as text-labelled symbols, the recent
/// trend, the significance against each benchmark, and the SPC chart on demand in a <c>details</c> element.
/// </summary>
internal static class StatisticsHtml
{
    /// <summary>Writes the cell.</summary>
    public static void Write(HtmlWriter html, ScorecardRow row)
    {
        html.Start("td", "measures-sc-stats");
        if (!row.Statistics.TryGetJudgement(out var s))
        {
            html.Element("span", ScorecardWords.Withheld, "measures-sub", ("title", row.Statistics.WithheldExplanation));
            html.End("td");
            return;
        }

        html.Element("span", StatisticsWords.IntervalText(row), "measures-sub");
        if (s.Variation is { } variation)
        {
            html.Start("span", "measures-sc-why measures-spc measures-spc-" + StatisticsWords.VariationWord(variation), ("title", "SPC variation"))
                .Element("b", SpcWording.Abbreviate(variation), null, ("aria-hidden", "true"))
                .Text(" " + SpcWording.Describe(variation))
                .End("span");
        }
        else
        {
            html.Element("span", s.SpcNote, "measures-sub");
        }

        if (s.Assurance is { } assurance and not AssuranceIcon.NotApplicable)
        {
            html.Start("span", "measures-sc-why measures-spc measures-spc-" + StatisticsWords.AssuranceWord(assurance), ("title", "SPC assurance"))
                .Element("b", SpcWording.Abbreviate(assurance), null, ("aria-hidden", "true"))
                .Text(" " + SpcWording.Describe(assurance))
                .End("span");
        }

        html.Element("span", "Recent trend: " + StatisticsWords.TrendText(row), "measures-sub", ("title", s.RecentTrend.Reason));
        if (row.Benchmark is { } benchmark)
        {
            if (s.BenchmarkSignificance.Count == 0)
            {
                html.Element("span", s.BenchmarkSignificanceNote, "measures-sub");
            }

            foreach (var (comparator, comparison) in benchmark.Benchmark.Comparators.Zip(s.BenchmarkSignificance))
            {
                html.Element(
                    "span",
                    comparator.Name + ": " + ScorecardWords.Position(comparison.Position) + (comparison.SignificantAt is { } level ? " (significant at " + level + ")" : " (not significant)"),
                    "measures-sub",
                    ("title", comparison.Explanation));
            }
        }

        if (s.Chart is { } chart)
        {
            html.Start("details", "measures-spc-chart").Element("summary", "SPC chart");
            html.Markup(Unique(XmrChartSvg.Render(chart, row.Code + " " + row.Title), row.Code));
            if (chart.Notes.Count > 0)
            {
                html.Element("p", string.Join(" ", chart.Notes), "measures-sub");
            }

            html.End("details");
        }

        html.End("td");
    }

    // Every chart titles itself with the same id; on a page of many charts each needs its own.
    private static string Unique(string svg, string code)
    {
        var id = new StringBuilder("spc-title-");
        foreach (char c in code)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        // Inline SVG in HTML takes its namespace from the page, which names no outside address.
        return svg.Replace(" xmlns=\"http://www.w3.org/2000/svg\"", string.Empty, System.StringComparison.Ordinal).Replace("\"spc-title\"", "\"" + id + "\"", System.StringComparison.Ordinal);
    }
}
