using System.Globalization;
using System.Linq;
using Measures.Definitions;
using Measures.Reporting;
using Measures.Time;
using static Measures.Tests.Reporting.ScorecardTestMeasures;

namespace Measures.Tests.Reporting;

public sealed class ScorecardCsvTests
{
    [Fact]
    public void The_scorecards_page_lists_the_columns_in_order()
    {
        string page = RepositoryFile.ReadAllText("docs/concepts/scorecards.md");
        int start = page.IndexOf("The CSV columns, in order:", System.StringComparison.Ordinal);
        int end = page.IndexOf(".\n", start, System.StringComparison.Ordinal);
        var documented = System.Text.RegularExpressions.Regex.Matches(page[start..end], "`([a-z_]+)`").Select(m => m.Groups[1].Value);
        Assert.Equal(ScorecardCsvWriter.Columns, documented);
    }

    [Fact]
    public void Each_measure_is_one_record_under_the_header_and_reads_back_by_RFC_4180()
    {
        var scorecard = PublishedOutturnScorecardTests.Scorecard;
        var records = Rfc4180.Parse(scorecard.ToString(ScorecardFormat.Csv));
        Assert.Equal([.. ScorecardCsvWriter.Columns, .. ScorecardCsvWriter.StatisticsColumns], records[0]);
        Assert.Equal(scorecard.Rows.Count + 1, records.Count);
        Assert.All(records, r => Assert.Equal(ScorecardCsvWriter.Columns.Count + ScorecardCsvWriter.StatisticsColumns.Count, r.Length));
        int Column(string name) => ScorecardCsvWriter.Columns.ToList().IndexOf(name);
        for (int i = 0; i < scorecard.Rows.Count; i++)
        {
            var row = scorecard.Rows[i];
            var record = records[i + 1];
            Assert.Equal(row.Code, record[Column("code")]);
            Assert.Equal(row.Title, record[Column("title")]);
            Assert.Equal(row.Period, ReportingPeriod.Parse(record[Column("period")]));
            Assert.Equal(row.Rag.Judgement.Explanation, record[Column("rag_explanation")]);
            Assert.Equal(row.RoundedValue?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, record[Column("value")]);
        }

        var cpp = records.Single(r => r[0] == "CSC-09");
        Assert.Equal("green", cpp[Column("rag")]);
        Assert.Equal("improving", cpp[Column("direction_vs_last_year")]);
        Assert.Equal("88.7", cpp[Column("value_last_year")]);
        Assert.Equal("95", cpp[Column("target")]);
        Assert.Equal("5 points", cpp[Column("tolerance")]);
        var dental = records.Single(r => r[0] == "CSC-16");
        Assert.Equal("noData", dental[Column("state")]);
        Assert.Equal(string.Empty, dental[Column("value")]);
    }

    [Theory]
    [InlineData("Contacts, referrals and \"re-referrals\"")]
    [InlineData("A title\r\nover two lines")]
    [InlineData("Line feed\nalone, and a comma")]
    [InlineData("\"Quoted\"")]
    [InlineData(" spaces kept ")]
    public void Titles_with_commas_quotes_and_line_breaks_read_back_unchanged(string title)
    {
        var measure = Flow("Q,1", title, "Area, with \"comma\"");
        var scorecard = new ScorecardBuilder(Catalogue(measure)).Build(Months("Q,1", 2023, [.. Enumerable.Repeat(50L, 12)], [.. Enumerable.Repeat(100L, 12)]), Year);
        var records = Rfc4180.Parse(scorecard.ToString(ScorecardFormat.Csv));
        Assert.Equal(2, records.Count);
        Assert.Equal("Q,1", records[1][0]);
        Assert.Equal(measure.Title, records[1][1]);
        Assert.Equal("Area, with \"comma\"", records[1][2]);
    }

    [Fact]
    public void Fields_are_quoted_only_when_they_need_to_be()
    {
        Assert.Equal("plain", Internal.CsvText.Field("plain"));
        Assert.Equal("\"a,b\"", Internal.CsvText.Field("a,b"));
        Assert.Equal("\"say \"\"hi\"\"\"", Internal.CsvText.Field("say \"hi\""));
        Assert.Equal("\"a\nb\"", Internal.CsvText.Field("a\nb"));
        Assert.Equal("\"a\rb\"", Internal.CsvText.Field("a\rb"));
        Assert.Equal("\" padded\"", Internal.CsvText.Field(" padded"));
        Assert.Equal("\"padded\t\"", Internal.CsvText.Field("padded\t"));
        Assert.Equal("in between", Internal.CsvText.Field("in between"));
    }

    [Fact]
    public void The_culture_does_not_change_the_figures()
    {
        var scorecard = PublishedOutturnScorecardTests.Scorecard;
        string invariant = scorecard.ToString(ScorecardFormat.Csv);
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            Assert.Equal(invariant, scorecard.ToString(ScorecardFormat.Csv));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.Contains(",95.0,", invariant, System.StringComparison.Ordinal);
    }
}
