using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Measures.Cli.Excel;

namespace Measures.Cli.Tests;

/// <summary>
/// <c>measures scorecard</c> for 2023/24 from April's figures alone: in every format the row of a measure with
/// one month of twelve says so, and the summary names the measures it leaves out (the sample catalogue leaves
/// the twelve termly and academic-year education measures, ED-01 to ED-12, out of its summary).
/// One test per format; the figures are made up for the test (40 of 50 families, 80.0%).
/// </summary>
public sealed class PartialPeriodOutputTests : IDisposable
{
    private readonly TempFolder folder = new();

    // ExcelDataReader asks for code page 1252 even when it reads an .xlsx.
    static PartialPeriodOutputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_table_says_1_of_12_months_on_the_row_and_names_the_measures_left_out()
    {
        string text = Scorecard("table");
        Assert.Contains("80.0% (1 of 12 months)", Line(text, "EH-01 "), StringComparison.Ordinal);
        Assert.Contains("(ED-01, ED-02,", Line(text, "Left out:"), StringComparison.Ordinal);
        Assert.Contains("ED-12)", Line(text, "Left out:"), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_says_1_of_12_months_on_the_row_and_names_the_measures_left_out()
    {
        string text = Scorecard("md");
        Assert.Contains("1 of 12 months", Line(text, "| EH-01 |"), StringComparison.Ordinal);
        Assert.Contains("(ED-01, ED-02,", Line(text, "Left out:"), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_says_1_of_12_months_on_the_row_and_names_the_measures_left_out()
    {
        string html = Scorecard("html");
        string row = html.Split("<tr").Single(r => r.Contains(">EH-01<", StringComparison.Ordinal) && r.Contains("80.0%", StringComparison.Ordinal));
        Assert.Contains("1 of 12 months", row, StringComparison.Ordinal);
        Assert.Contains("left out:", html, StringComparison.Ordinal);
        Assert.Contains("(ED-01, ED-02,", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_gives_the_months_present_and_expected_on_the_row_and_why_each_measure_is_left_out()
    {
        var csv = ExcelOutputTests.Csv(Scorecard("csv"));
        string[] header = csv[0];
        string Field(string code, string column) => csv.Single(r => r[0] == code)[Array.IndexOf(header, column)];
        Assert.Equal("1", Field("EH-01", "periods_present"));
        Assert.Equal("12", Field("EH-01", "periods_expected"));
        Assert.Equal("", Field("EH-01", "summary_exclusion"));
        Assert.Equal("false", Field("ED-01", "in_summary"));
        Assert.NotEqual("", Field("ED-01", "summary_exclusion"));
        Assert.Equal(12, csv.Skip(1).Count(r => r[Array.IndexOf(header, "in_summary")] == "false"));
    }

    [Fact]
    public void Json_gives_the_months_present_and_expected_on_the_row_and_lists_the_measures_left_out()
    {
        using var json = JsonDocument.Parse(Scorecard("json"));
        var row = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "EH-01");
        Assert.Equal(1, row.GetProperty("completeness").GetProperty("present").GetInt32());
        Assert.Equal(12, row.GetProperty("completeness").GetProperty("expected").GetInt32());
        string[] excluded = [.. json.RootElement.GetProperty("summary").GetProperty("excluded").EnumerateArray().Select(e => e.GetProperty("code").GetString()!)];
        Assert.Equal([.. Enumerable.Range(1, 12).Select(i => $"ED-{i:00}")], excluded);
    }

    [Fact]
    public void A_workbook_says_1_of_12_months_on_the_area_sheet_and_data_sheet_and_names_the_measures_left_out()
    {
        string path = folder.PathOf("partial.xlsx");
        Scorecard("xlsx", path);
        var sheets = ExcelOutputTests.Read(path);

        var area = sheets["Early Help and Family"];
        string[] header = [.. area[1].Select(c => c.Value as string ?? string.Empty)];
        var eh01 = area.Single(r => r[0].Value as string == "EH-01");
        Assert.Equal("1 of 12 months", eh01[Array.IndexOf(header, "Data for")].Value);

        var data = sheets[ScorecardWorkbook.DataSheet];
        string[] columns = [.. data[0].Select(c => c.Value as string ?? string.Empty)];
        var eh01Data = data.Single(r => r[0].Value as string == "EH-01");
        Assert.Equal(1d, eh01Data[Array.IndexOf(columns, "periods_present")].Value);
        Assert.Equal(12d, eh01Data[Array.IndexOf(columns, "periods_expected")].Value);

        var leftOut = Assert.Single(sheets[ScorecardWorkbook.SummarySheet], r => r[0].Value is string s && s.StartsWith("Left out:", StringComparison.Ordinal));
        Assert.Contains("(ED-01, ED-02,", (string)leftOut[0].Value!, StringComparison.Ordinal);
        var definitions = sheets[ScorecardWorkbook.DefinitionsSheet];
        string[] definitionColumns = [.. definitions[1].Select(c => c.Value as string ?? string.Empty)];
        Assert.Equal(12, definitions.Skip(2).Count(r => r[Array.IndexOf(definitionColumns, "In the summary")].Value as string == "no"));
    }

    private string Scorecard(string format, string? output = null)
    {
        string observations = folder.Write("april.csv", "measure,period,numerator,denominator\nEH-01,2023-04,40,50\n");
        var run = output is null
            ? Tool.Run("scorecard", "--observations", observations, "--period", "2023/24", "--format", format)
            : Tool.Run("scorecard", "--observations", observations, "--period", "2023/24", "--format", format, "--output", output);
        Assert.True(run.ExitCode == 0, run.ToString());
        return output is null ? run.Output : string.Empty;
    }

    private static string Line(string text, string containing) =>
        text.Split('\n').First(line => line.Contains(containing, StringComparison.Ordinal));
}
