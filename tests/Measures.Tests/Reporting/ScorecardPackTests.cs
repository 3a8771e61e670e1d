using System;
using System.Linq;
using Measures.Observations;
using Measures.Reporting;
using static Measures.Tests.Reporting.ScorecardTestMeasures;

namespace Measures.Tests.Reporting;

/// <summary>The council's scorecard and its units' in one self-contained page, linked both ways.</summary>
public sealed class ScorecardPackTests
{
    private static (Scorecard Council, Scorecard[] Units) Built()
    {
        var observations = new[] { "Team 1", "team-1", "Team <2>" }
            .SelectMany((team, i) => Months("FLOW", 2023, [.. Enumerable.Repeat(40L + i, 12)], [.. Enumerable.Repeat(50L, 12)]).Select(o => InUnit(o, team)))
            .ToList();
        var builder = new ScorecardBuilder(Catalogue(Flow()));
        return (builder.Build(observations, Year), [.. new[] { "Team 1", "team-1", "Team <2>" }.Select(u => builder.BuildForUnit(observations, Year, u))]);
    }

    [Fact]
    public void Every_link_leads_to_a_section_of_the_same_page_and_every_unit_is_linked()
    {
        var (council, units) = Built();
        var page = ScorecardHtmlTests.Xml(ScorecardPack.ToHtml(council, units));
        var ids = page.Descendants().Select(e => (string?)e.Attribute("id")).Where(id => id is not null).ToList();
        var links = page.Descendants("a").Select(a => (string)a.Attribute("href")!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(links, href => Assert.Contains(href.TrimStart('#'), ids));
        Assert.All(links, href => Assert.StartsWith("#", href, StringComparison.Ordinal));
        Assert.Equal(units.Length + 1, page.Descendants("nav").Single().Descendants("a").Count());
        Assert.Equal(units.Length, links.Count(h => h == "#" + ScorecardPack.CouncilAnchor) - 1);
        Assert.Equal(units.Length + 1, page.Descendants("section").Count());
        Assert.Contains(page.Descendants("nav").Single().Descendants("a"), a => a.Value == "Team <2>");
        // Self-contained: nothing is fetched from elsewhere.
        Assert.DoesNotContain(page.Descendants(), e => e.Attribute("src") is not null || e.Name.LocalName is "link" or "script");
    }

    [Fact]
    public void A_scorecard_that_is_not_a_units_or_a_unit_given_twice_is_refused()
    {
        var (council, units) = Built();
        Assert.Contains("not a unit's", Assert.Throws<ArgumentException>(() => ScorecardPack.ToHtml(council, [council])).Message, StringComparison.Ordinal);
        Assert.Contains("Two scorecards", Assert.Throws<ArgumentException>(() => ScorecardPack.ToHtml(council, [units[0], units[0]])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ScorecardPack.ToHtml(council, null!));
    }

    private static Observation InUnit(Observation o, string unit) => new(o.MeasureCode, o.Period, o.Numerator, o.Denominator, unit);
}
