using System;
using System.IO;
using System.Linq;
using Measures.Reporting;
using static Measures.Tests.Reporting.ScorecardTestMeasures;

namespace Measures.Tests.Reporting;

/// <summary>The Markdown and console-table writers.</summary>
public sealed class ScorecardTextFormatTests
{
    private static readonly Scorecard Scorecard = PublishedOutturnScorecardTests.Scorecard;

    [Fact]
    public void Markdown_has_a_table_per_service_area_with_a_line_per_measure_and_every_line_the_same_width_in_cells()
    {
        string md = Scorecard.ToString(ScorecardFormat.Markdown);
        var lines = md.Split('\n');
        Assert.Equal("# Sample Council children's services scorecard (illustrative)", lines[0]);
        foreach (var area in Scorecard.Rows.Select(r => r.ServiceArea).Distinct())
        {
            Assert.Contains("## " + area, lines);
        }

        foreach (var row in Scorecard.Rows)
        {
            string line = Assert.Single(lines, l => l.StartsWith("| " + row.Code + " |", StringComparison.Ordinal));
            Assert.Equal(9, Cells(line));
            Assert.Contains(" | " + ScorecardWords.RagName(row.Rag.Judgement.Status) + " | ", line, StringComparison.Ordinal);
        }

        Assert.Contains("| **All service areas** | 30 | 8 | 1 | 1 | 0 | 1 | 19 | 8 | 3 | 1 | 10 |", lines);
        Assert.Contains("- **CSC-13**: 84.8% is below the target of 90% by 5.2 points, beyond the 5-point tolerance: red", lines);
    }

    [Fact]
    public void Markdown_escapes_text_that_would_break_a_table_or_turn_into_markup()
    {
        var measure = Flow("M|1", "Plans *up to date* | reviewed_on [time]\nsecond line <b>");
        var scorecard = new ScorecardBuilder(Catalogue(measure)).Build([], Year);
        string line = scorecard.ToString(ScorecardFormat.Markdown).Split('\n').Single(l => l.StartsWith("| M", StringComparison.Ordinal));
        Assert.Equal(9, Cells(line));
        Assert.Contains(@"| M\|1 | Plans \*up to date\* \| reviewed\_on \[time\] second line &lt;b> |", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_console_table_lists_every_measure_in_aligned_columns_and_ends_with_the_summary()
    {
        string text = Scorecard.ToString(ScorecardFormat.Table);
        var lines = text.Split('\n');
        Assert.StartsWith("Sample Council children's services scorecard (illustrative) – 2023/24 (internal version", lines[0], StringComparison.Ordinal);
        var headers = lines.Where(l => l.StartsWith("  Code ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, headers.Count);
        int valueEnd = headers[0].IndexOf("Value", StringComparison.Ordinal) + "Value".Length;
        foreach (var row in Scorecard.Rows)
        {
            string line = Assert.Single(lines, l => l.StartsWith("  " + row.Code + " ", StringComparison.Ordinal));
            Assert.Contains("  " + ScorecardWords.RagName(row.Rag.Judgement.Status) + "  ", line, StringComparison.Ordinal);

            // Values are right-aligned in their column.
            Assert.Equal(' ', line[valueEnd]);
            Assert.NotEqual(' ', line[valueEnd - 1]);
        }

        Assert.Contains("  All service areas: 30 measures: 8 green, 1 amber, 1 red, 1 without a value; 8 improving, 3 worsening, 1 no change", lines);
        Assert.Contains("  CSC-04  Children in care", text, StringComparison.Ordinal);
        Assert.Contains(" 3360 ", lines.Single(l => l.StartsWith("  INC-04", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_console_table_shortens_long_titles()
    {
        string line = Scorecard.ToString(ScorecardFormat.Table).Split('\n').Single(l => l.StartsWith("  EH-06 ", StringComparison.Ordinal));
        string title = PublishedOutturnScorecardTests.Scorecard["EH-06"].Title;
        Assert.Contains(title[..(ScorecardTableWriter.MaxTitleLength - 1)].TrimEnd() + "…", line, StringComparison.Ordinal);
        Assert.DoesNotContain(title, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ScorecardFormat.Table)]
    [InlineData(ScorecardFormat.Json)]
    [InlineData(ScorecardFormat.Csv)]
    [InlineData(ScorecardFormat.Markdown)]
    [InlineData(ScorecardFormat.Html)]
    public void Every_format_writes_to_a_text_writer_and_leaves_it_open(ScorecardFormat format)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Scorecard.Write(writer, format);
        writer.Write("!");
        Assert.EndsWith("!", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains("CSC-09", writer.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Scorecard.Write(null!, format));
    }

    [Fact]
    public void An_undefined_format_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Scorecard.ToString((ScorecardFormat)99));
    }

    [Fact]
    public void The_plain_text_form_of_a_scorecard_summarises_it()
    {
        Assert.Equal(
            "Sample Council children's services scorecard (illustrative), 2023/24 (internal): 42 rows; summary of 30 measures: 8 green, 1 amber, 1 red, 1 without a value; 8 improving, 3 worsening, 1 no change",
            Scorecard.ToString());
        Assert.Equal("CSC-09 Children on a child protection plan whose plan is up to date: 95.0% (green)", Scorecard["CSC-09"].ToString());
    }

    // Cells between unescaped pipes.
    private static int Cells(string line) => System.Text.RegularExpressions.Regex.Count(line, @"(?<!\\)\|") - 1;
}
