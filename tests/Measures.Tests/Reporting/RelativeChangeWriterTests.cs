using System;
using System.Linq;
using System.Text.Json;
using Measures.Observations;
using Measures.Reporting;
using Measures.Time;
using static Measures.Tests.Reporting.ScorecardTestMeasures;

namespace Measures.Tests.Reporting;

/// <summary>Every format shows the relative change beside the direction of travel.</summary>
public sealed class RelativeChangeWriterTests
{
    [Fact]
    public void Twenty_children_in_care_becoming_twenty_five_is_shown_as_plus_25_percent_in_every_format()
    {
        Observation[] observations = [new("CIC", ReportingPeriod.Month(2023, 3), 20, null), new("CIC", ReportingPeriod.Month(2024, 3), 25, null)];
        var scorecard = new ScorecardBuilder(Catalogue(Count())).Build(observations, Year);
        Assert.Equal(0.25m, scorecard["CIC"].VersusPreviousPeriod.Travel.Judgement.RelativeChange);

        using var json = JsonDocument.Parse(scorecard.ToString(ScorecardFormat.Json));
        var row = json.RootElement.GetProperty("rows")[0];
        Assert.Equal(0.25m, row.GetProperty("previousPeriod").GetProperty("relativeChange").GetDecimal());

        var csv = Rfc4180.Parse(scorecard.ToString(ScorecardFormat.Csv));
        Assert.Equal("0.25", csv[1][Array.IndexOf(csv[0], "relative_change_vs_previous")]);

        Assert.Contains("Up +25% (2022/23)", scorecard.ToString(ScorecardFormat.Markdown), StringComparison.Ordinal);
        Assert.Contains("Up +25%", scorecard.ToString(ScorecardFormat.Table), StringComparison.Ordinal);
        Assert.Contains(ScorecardHtmlTests.Xml(scorecard.ToString(ScorecardFormat.Html)).Descendants("span"), s => s.Value.StartsWith("+25% from 20", StringComparison.Ordinal));
    }

    [Fact]
    public void The_table_and_markdown_show_completeness_and_benchmarks_like_the_other_formats()
    {
        // Eleven of twelve months of section 47s, against England's 191.6 per 10,000.
        var observations = Months("S47", 2023, [.. Enumerable.Repeat(100L, 11)], [.. Enumerable.Repeat(60_000L, 11)]);
        var scorecard = new ScorecardBuilder(Catalogue(RateOfFlow())).Build(observations, Year);
        string table = scorecard.ToString(ScorecardFormat.Table);
        string markdown = scorecard.ToString(ScorecardFormat.Markdown);
        Assert.Contains("11 of 12 months", table, StringComparison.Ordinal);
        Assert.Contains("11 of 12 months", markdown, StringComparison.Ordinal);
        Assert.Contains("England 191.6 per 10,000:", table, StringComparison.Ordinal);
        Assert.Contains("England 191.6 per 10,000:", markdown, StringComparison.Ordinal);
    }
}
