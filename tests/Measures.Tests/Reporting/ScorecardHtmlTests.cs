using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Measures.Definitions;
using Measures.Judgements;
using Measures.Reporting;
using Measures.Time;
using Measures.Observations;

namespace Measures.Tests.Reporting;

public sealed partial class ScorecardHtmlTests
{
    private static readonly string Page = ScorecardHtmlWriter.ToHtml(PublishedOutturnScorecardTests.Scorecard);

    /// <summary>Parses markup as XML: the page is written so that it is well-formed.</summary>
    internal static XDocument Xml(string markup)
    {
        using var reader = XmlReader.Create(new StringReader(markup), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    [Fact]
    public void The_page_is_well_formed_with_a_doctype_a_language_and_a_character_set()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">", Page, StringComparison.Ordinal);
        var html = Xml(Page).Root!;
        Assert.Equal("html", html.Name.LocalName);
        Assert.Equal("utf-8", html.Element("head")!.Element("meta")!.Attribute("charset")!.Value);
        Assert.Contains("2023/24", html.Element("head")!.Element("title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_is_self_contained()
    {
        Assert.DoesNotMatch(WebAddress(), Page);
        var elements = Xml(Page).Descendants().ToList();
        Assert.DoesNotContain(elements, e => e.Name.LocalName is "script" or "link" or "img" or "iframe" or "object");
        Assert.DoesNotContain(elements, e => e.Attribute("src") is not null || e.Attribute("href") is not null);
        Assert.DoesNotContain("url(", Page, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_header_cell_has_its_scope_and_every_measure_row_has_a_row_header()
    {
        var document = Xml(Page);
        var headers = document.Descendants("th").ToList();
        Assert.NotEmpty(headers);
        Assert.All(headers, th => Assert.Contains((string?)th.Attribute("scope"), new[] { "col", "row", "rowgroup" }));
        var table = document.Descendants("table").Single(t => (string?)t.Attribute("class") == "measures-sc-table");
        var rows = table.Elements("tbody").Elements("tr").Where(tr => (string?)tr.Attribute("class") != "measures-sc-area").ToList();
        Assert.Equal(PublishedOutturnScorecardTests.Scorecard.Rows.Count, rows.Count);
        Assert.All(rows, tr => Assert.Equal("row", (string?)tr.Elements().First().Attribute("scope")));
        Assert.Equal(10, table.Element("thead")!.Descendants("th").Count(th => (string?)th.Attribute("scope") == "col"));
    }

    [Fact]
    public void Every_RAG_status_is_shown_by_a_word_and_a_shape_as_well_as_a_colour()
    {
        var badges = Xml(Page).Descendants("span").Where(s => ((string?)s.Attribute("class"))?.StartsWith("measures-rag ", StringComparison.Ordinal) == true).ToList();
        var scorecard = PublishedOutturnScorecardTests.Scorecard;
        Assert.Equal(scorecard.Rows.Count, badges.Count);
        for (int i = 0; i < badges.Count; i++)
        {
            var status = scorecard.Rows[i].Rag.Judgement.Status;
            var icon = badges[i].Element("span")!;
            Assert.Equal("true", (string?)icon.Attribute("aria-hidden"));
            Assert.Equal(RagIcon(status), icon.Value);
            Assert.Equal(ScorecardWords.RagName(status), badges[i].Value[icon.Value.Length..].Trim());
        }

        // Shapes differ between the colours, so a black-and-white print keeps the rating.
        RagStatus[] colours = [RagStatus.Red, RagStatus.Amber, RagStatus.Green, RagStatus.Blue];
        Assert.Equal(colours.Length, colours.Select(RagIcon).Distinct().Count());
    }

    [Fact]
    public void Each_measure_has_an_inline_SVG_sparkline_whose_name_lists_its_values()
    {
        var document = Xml(Page);
        // The SPC charts, inside their details elements, are not sparklines.
        var sparklines = document.Descendants("svg").Where(s => !s.Ancestors("details").Any()).ToList();
        var scorecard = PublishedOutturnScorecardTests.Scorecard;
        var withHistory = scorecard.Rows.Where(r => r.History.Any(p => p.Value is not null)).ToList();
        Assert.Equal(withHistory.Count, sparklines.Count);
        for (int i = 0; i < sparklines.Count; i++)
        {
            Assert.Equal("img", (string?)sparklines[i].Attribute("role"));
            string label = (string)sparklines[i].Attribute("aria-label")!;
            Assert.Equal(label, sparklines[i].Element("title")!.Value);
            foreach (var point in withHistory[i].History.Where(p => p.Value is not null))
            {
                Assert.Contains(point.PeriodLabel + " " + point.ValueText, label, StringComparison.Ordinal);
            }
        }

        var cpp = sparklines[withHistory.FindIndex(r => r.Code == "CSC-09")];
        Assert.Single(cpp.Elements("polyline"));
        Assert.Contains("2022/23 88.7%, 2023/24 95.0%", (string)cpp.Attribute("aria-label")!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sparkline_breaks_where_a_period_has_no_value_and_marks_a_lone_value_with_a_dot()
    {
        // April to March, with June and September to November missing: runs April-May, July-August and December-March, and nothing alone.
        int[] missing = [6, 9, 10, 11];
        var observations = ScorecardTestMeasures.Months("FLOW", 2023, [.. Enumerable.Range(60, 12).Select(i => (long)i)], [.. Enumerable.Repeat(100L, 12)])
            .Where(o => !missing.Contains(o.Period.Start.Month));
        var scorecard = new ScorecardBuilder(ScorecardTestMeasures.Catalogue(ScorecardTestMeasures.Flow())).Build(observations, ReportingPeriod.Month(2024, 3));
        var svg = Xml(ScorecardHtmlWriter.ToHtml(scorecard)).Descendants("svg").Single(s => !s.Ancestors("details").Any());
        Assert.Equal(3, svg.Elements("polyline").Count());
        Assert.Single(svg.Elements("circle"));   // the latest value
        Assert.Single(svg.Elements("line"));     // the target
        Assert.EndsWith("; no value for the other periods", (string)svg.Attribute("aria-label")!, StringComparison.Ordinal);

        // Only May has a value, and March (the latest) has none: May is a lone dot, and there is no larger latest dot.
        var alone = new ScorecardBuilder(ScorecardTestMeasures.Catalogue(ScorecardTestMeasures.Flow()))
            .Build([new Observation("FLOW", ReportingPeriod.Month(2023, 5), 1, 2)], ReportingPeriod.Month(2024, 3));
        var dot = Xml(ScorecardHtmlWriter.ToHtml(alone)).Descendants("svg").Single();
        Assert.Empty(dot.Elements("polyline"));
        Assert.Equal("1.5", (string)dot.Elements("circle").Single().Attribute("r")!);
    }

    [Fact]
    public void The_page_prints_on_A4()
    {
        Assert.Contains("@page{size:A4 landscape", Page, StringComparison.Ordinal);
        Assert.Contains("@media print", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_the_catalogue_is_escaped()
    {
        var measure = ScorecardTestMeasures.Flow("X<1>", "Tom & Jerry's <b>\"plan\"</b>");
        var scorecard = new ScorecardBuilder(ScorecardTestMeasures.Catalogue(measure)).Build([], ScorecardTestMeasures.Year);
        string page = ScorecardHtmlWriter.ToHtml(scorecard);
        Assert.Contains("Tom &amp; Jerry&#39;s &lt;b&gt;&quot;plan&quot;&lt;/b&gt;", page, StringComparison.Ordinal);
        var th = Xml(page).Descendants("th").Single(e => (string?)e.Attribute("class") == "measures-sc-measure");
        Assert.Equal("X<1>Tom & Jerry's <b>\"plan\"</b>", th.Value);
    }

    [Fact]
    public void The_summary_table_gives_the_counts_overall_and_by_service_area()
    {
        var summary = Xml(Page).Descendants("table").Single(t => (string?)t.Attribute("class") == "measures-sc-summary");
        var rows = summary.Element("tbody")!.Elements("tr").ToList();
        Assert.Equal(["All service areas", "Early Help and Family Engagement", "Children's Social Care", "Inclusion"], rows.Select(r => r.Element("th")!.Value));
        Assert.Equal(["30", "8", "1", "1", "0", "1", "19", "8", "3", "1", "10"], rows[0].Elements("td").Select(td => td.Value));
        Assert.Contains("left out: 12 measures not counted in summaries", summary.Element("caption")!.Value, StringComparison.Ordinal);
    }

    private static string RagIcon(RagStatus status) => Measures.Reporting.Html.RagHtml.Icon(status);

    [GeneratedRegex("https?:", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();
}
