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
}
