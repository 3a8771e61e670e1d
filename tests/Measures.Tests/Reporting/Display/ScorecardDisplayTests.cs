using System;
using System.Linq;
using System.Xml.Linq;
using Measures.Definitions;
using Measures.Judgements;
using Measures.Reporting;
using Measures.Samples;

namespace Measures.Tests.Reporting.Display;

public sealed class ScorecardDisplayTests
{
    [Theory]
    [InlineData(typeof(Scorecard))]
    [InlineData(typeof(MeasureDefinition))]
    [InlineData(typeof(RagRating))]
    public void The_kernel_finds_one_HTML_formatter_by_name_and_no_empty_list_of_preferred_MIME_types(Type type)
    {
        Assert.Single(NotebookKernel.FormatterSourceAttributes(type));
        var formatter = Assert.Single(NotebookKernel.FormattersFor(type));
        Assert.Equal("text/html", formatter.MimeType);
        Assert.Equal(type, formatter.Type);
        string[]? preferred = NotebookKernel.PreferredMimeTypes(type);
        Assert.True(preferred is null || preferred.Length > 0);
    }

    [Fact]
    public void A_scorecard_displays_as_the_same_HTML_as_the_report_page()
    {
        var scorecard = PublishedOutturnScorecardTests.Scorecard;
        string fragment = NotebookKernel.Display(scorecard, "text/html")!;
        var displayed = ScorecardHtmlTests.Xml(fragment).Root!;
        Assert.Equal("div", displayed.Name.LocalName);
        Assert.Equal("measures", (string?)displayed.Attribute("class"));
        Assert.Equal("style", displayed.Elements().First().Name.LocalName);

        var page = ScorecardHtmlTests.Xml(ScorecardHtmlWriter.ToHtml(scorecard));
        var main = page.Descendants("main").Single();
        Assert.Equal(main.Element("section")!.ToString(), displayed.Element("section")!.ToString());
    }

    [Fact]
    public void A_measure_definition_displays_as_a_card()
    {
        var card = ScorecardHtmlTests.Xml(NotebookKernel.Display(SampleCouncil.Catalogue["CSC-13"], "text/html")!).Root!.Element("div")!;
        Assert.Equal("measures-card measures-definition", (string?)card.Attribute("class"));
        Assert.Equal("CSC-13Initial child protection conferences within 15 working days of the strategy discussion", card.Element("div")!.Value);
        var facts = card.Element("dl")!.Elements("dt").Zip(card.Element("dl")!.Elements("dd"), (dt, dd) => (dt.Value, dd.Value)).ToList();
        Assert.Contains(("Good direction", "Higher is better"), facts);
        Assert.Contains(("Target", "2023/24: 90% (tolerance 5 points)"), facts);
        Assert.Contains(("Value", "Percentage to 1 decimal place"), facts);
    }

    [Fact]
    public void A_measure_over_its_own_rolling_window_says_how_long_the_window_is()
    {
        var measure = new MeasureDefinition(
            "IHA", "Initial health assessments in timescale", "Children in Care", MeasureKind.Activity, MeasureValueType.Percentage(1), Polarity.HigherIsBetter,
            ReportingFrequency.Monthly, Measures.Time.PeriodType.RollingMonths, TemporalRule.Sum, TemporalRule.Sum, rollingMonths: 6);
        var card = ScorecardHtmlTests.Xml(NotebookKernel.Display(measure, "text/html")!).Root!.Element("div")!;
        var facts = card.Element("dl")!.Elements("dt").Zip(card.Element("dl")!.Elements("dd"), (dt, dd) => (dt.Value, dd.Value)).ToList();
        Assert.Contains(("Reported", "Monthly, for each rolling window of 6 months"), facts);
    }

    [Fact]
    public void A_RAG_rating_displays_as_its_badge_and_explanation()
    {
        var rating = PublishedOutturnScorecardTests.Scorecard["CSC-14"].Rag.Judgement;
        var card = ScorecardHtmlTests.Xml(NotebookKernel.Display(rating, "text/html")!).Root!.Element("div")!;
        var badge = card.Elements("span").First();
        Assert.Equal("measures-rag measures-rag-amber", (string?)badge.Attribute("class"));
        Assert.EndsWith("Amber", badge.Value, StringComparison.Ordinal);
        Assert.Equal(rating.Explanation, card.Elements("span").Last().Value);
    }
}
