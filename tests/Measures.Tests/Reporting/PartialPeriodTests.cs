using System;
using System.Linq;
using System.Text.Json;
using Measures.Observations;
using Measures.Reporting;
using Measures.Time;
using static Measures.Tests.Reporting.ScorecardTestMeasures;

namespace Measures.Tests.Reporting;

/// <summary>
/// A scorecard built from part of its period says so on the row, in the measure's own periods, and its summary
/// names the measures it leaves out, in every format.
/// </summary>
public sealed class PartialPeriodTests
{
    // April only of a monthly flow, a quarter of a quarterly measure, and a second measure left out of the summary.
    private static Scorecard Partial()
    {
        Observation[] observations =
        [
            new("FLOW", ReportingPeriod.Month(2023, 4), 45, 50),
            new("CIC", ReportingPeriod.Month(2023, 4), 12, null),
            new("CIC", ReportingPeriod.Month(2024, 3), 14, null),
        ];
        var options = new ScorecardOptions { SummaryExclusions = ["CIC"] };
        return new ScorecardBuilder(Catalogue(Flow(), Count()), options).Build(observations, Year);
    }

    [Fact]
    public void One_month_of_twelve_is_said_in_months_on_the_row_in_the_table_Markdown_and_HTML()
    {
        var scorecard = Partial();
        Assert.Equal(1, scorecard["FLOW"].Completeness!.Value.PeriodsPresent);
        Assert.Contains("(1 of 12 months)", Line(scorecard.ToString(ScorecardFormat.Table), "Assessments within 45 days"), StringComparison.Ordinal);
        Assert.Contains("1 of 12 months", Line(scorecard.ToString(ScorecardFormat.Markdown), "Assessments within 45 days"), StringComparison.Ordinal);
        var html = ScorecardHtmlTests.Xml(scorecard.ToString(ScorecardFormat.Html));
        var row = html.Descendants("tr").Single(tr => tr.Descendants("th").Any(th => th.Value.Contains("Assessments within 45 days", StringComparison.Ordinal)));
        Assert.Contains("1 of 12 months", row.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void One_month_of_twelve_is_given_as_numbers_in_CSV_and_JSON()
    {
        var scorecard = Partial();
        var csv = Rfc4180.Parse(scorecard.ToString(ScorecardFormat.Csv));
        var flow = csv.Single(r => r[0] == "FLOW");
        Assert.Equal("1", flow[Array.IndexOf(csv[0], "periods_present")]);
        Assert.Equal("12", flow[Array.IndexOf(csv[0], "periods_expected")]);

        using var json = JsonDocument.Parse(scorecard.ToString(ScorecardFormat.Json));
        var row = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "FLOW");
        Assert.Equal(1, row.GetProperty("completeness").GetProperty("present").GetInt32());
        Assert.Equal(12, row.GetProperty("completeness").GetProperty("expected").GetInt32());
    }

    [Fact]
    public void The_summary_names_the_measure_it_leaves_out_in_every_format()
    {
        var scorecard = Partial();
        Assert.Contains("(CIC)", Line(scorecard.ToString(ScorecardFormat.Table), "Left out:"), StringComparison.Ordinal);
        Assert.Contains("CIC", Line(scorecard.ToString(ScorecardFormat.Markdown), "Left out"), StringComparison.Ordinal);
        var html = ScorecardHtmlTests.Xml(scorecard.ToString(ScorecardFormat.Html));
        Assert.Contains(html.Descendants("caption"), c => c.Value.Contains("left out:", StringComparison.Ordinal) && c.Value.Contains("(CIC)", StringComparison.Ordinal));

        var csv = Rfc4180.Parse(scorecard.ToString(ScorecardFormat.Csv));
        int reason = Array.IndexOf(csv[0], "summary_exclusion");
        Assert.NotEqual(string.Empty, csv.Single(r => r[0] == "CIC")[reason]);
        Assert.Equal(string.Empty, csv.Single(r => r[0] == "FLOW")[reason]);

        using var json = JsonDocument.Parse(scorecard.ToString(ScorecardFormat.Json));
        Assert.Contains(json.RootElement.GetProperty("summary").GetProperty("excluded").EnumerateArray(), e => e.GetProperty("code").GetString() == "CIC");
    }

    private static string Line(string text, string containing) =>
        text.Split('\n').First(line => line.Contains(containing, StringComparison.Ordinal));
}
