using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Definitions;
using Measures;
using Measures.Internal;
using Measures.Observations;
using Measures.Reporting;
using static Measures.Tests.Reporting.ScorecardTestMeasures;

namespace Measures.Tests.Reporting;

/// <summary>Text from a catalogue can neither run as a spreadsheet formula nor drive a terminal, in any format.</summary>
public sealed class HostileTextTests
{
    private static Scorecard Build(string title, string area = "Early Help", string code = "FLOW")
    {
        var measure = Flow(code, title, area);
        return new ScorecardBuilder(Catalogue(measure)).Build(Months(code, 2023, [.. Enumerable.Repeat(8L, 12)], [.. Enumerable.Repeat(10L, 12)]), Year);
    }

    private static string[] CsvRow(Scorecard scorecard) => Rfc4180.Parse(scorecard.ToString(ScorecardFormat.Csv))[1];

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.com\",\"Click\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    public void Text_a_spreadsheet_would_run_is_written_as_text(string title)
    {
        var scorecard = Build(title, area: title);
        var row = CsvRow(scorecard);
        int titleColumn = ScorecardCsvWriter.Columns.ToList().IndexOf("title");
        Assert.Equal("'" + title, row[titleColumn]);
        Assert.Equal("'" + title, row[ScorecardCsvWriter.Columns.ToList().IndexOf("service_area")]);
        Assert.Contains("\"'", scorecard.ToString(ScorecardFormat.Csv), StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_stay_numbers_even_when_negative()
    {
        Assert.False(CsvText.IsFormula("-3.5"));
        Assert.False(CsvText.IsFormula("+12"));
        Assert.True(CsvText.IsFormula("-3.5+A1"));
        Assert.Equal("-3.5", CsvText.ReportField("-3.5"));
    }

    [Fact]
    public void Control_characters_in_a_title_reach_no_output_raw()
    {
        var scorecard = Build("Contacts\u001B[2J\u0007 made");
        foreach (var format in Enum.GetValues<ScorecardFormat>())
        {
            string text = scorecard.ToString(format);
            Assert.DoesNotContain('\u001B', text);
            Assert.DoesNotContain('\u0007', text);
        }

        Assert.Contains("Contacts\\u001B[2J\\u0007 made", scorecard.ToString(ScorecardFormat.Table), StringComparison.Ordinal);
        Assert.NotNull(ScorecardHtmlTests.Xml(scorecard.ToString(ScorecardFormat.Html)).Root);
    }

    public static Arbitrary<string> Titles() =>
        Gen.OneOf(
            Gen.Elements("=", "+", "-", "@", "\t", "\r", "a", "1", " ", "\u001B", "\u0007", "\u202E", "\u200B", "\"", ",", "\n", "é", "<"))
        .ArrayOf()
        .Select(parts => string.Concat(parts))
        .Where(t => t.Trim().Length > 0)
        .ToArbitrary();

    [Property(Arbitrary = [typeof(HostileTextTests)], MaxTest = 200)]
    public Property Any_title_is_written_safely_in_every_format(string title)
    {
        var scorecard = Build(title);
        string csvTitle = CsvRow(scorecard)[ScorecardCsvWriter.Columns.ToList().IndexOf("title")];
        string shown = VisibleText.Escape(title.Trim(), keepLineBreaks: true);
        // JSON is read by programs: it escapes every control character and keeps other text as it is, invisible formatting characters too.
        var raw = Enum.GetValues<ScorecardFormat>()
            .Where(f => scorecard.ToString(f).Any(c => (f == ScorecardFormat.Json ? char.IsControl(c) : VisibleText.FirstHidden(c.ToString()) == 0) && c is not ('\r' or '\n')))
            .ToList();
        bool noControl = raw.Count == 0;
        return (csvTitle == (CsvText.IsFormula(shown) ? "'" + shown : shown)).Label("the CSV title is the escaped title, neutralised when a spreadsheet would run it")
            .And(noControl.Label("no format holds a control or invisible formatting character: " + string.Join(", ", raw)))
            .And((ScorecardHtmlTests.Xml(scorecard.ToString(ScorecardFormat.Html)).Root is not null).Label("the HTML stays well-formed"));
    }
}
