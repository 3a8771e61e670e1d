using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Measures.Definitions;
using Measures.Reporting;
using Measures.Observations;
using Measures.Samples;

namespace Measures.Cli.Tests;

/// <summary>
/// <c>measures scorecard</c> in-process. The sample's 2023/24 figures are those of Rotherham's year-end
/// report (Improving Lives Select Commission minutes, 30 July 2024, minute 18; seed 002 by line).
/// </summary>
public sealed class ScorecardCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void With_no_arguments_it_prints_the_samples_year_end_scorecard()
    {
        var run = Tool.Run("scorecard");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Error);
        string[] lines = Lines.Of(run.Output);
        Assert.StartsWith("Sample Council children's services scorecard (illustrative) – 2023/24", lines[0], StringComparison.Ordinal);
        // Line 56: 91.3% of families contacted within three working days, above the target of 75%.
        Assert.Matches(@"EH-01 .*2023/24 +91\.3% +75% +Green", Row(lines, "EH-01"));
        // Line 64: combined NEET/NK 4.95%, well within the 6% target; the sample has three months of it, and the table says so.
        Assert.Matches(@"4\.95% \(3 of 12 months\) +6% +Green", Row(lines, "EH-06"));
        // Lines 65 and 74: youth justice figures arrive late; the latest are 16.1 and 186 per 100,000.
        Assert.Matches(@"rolling 12 months to Mar 2023 +16\.1 per 100,000", Row(lines, "EH-09"));
        Assert.Matches(@"rolling 12 months to Sep 2023 +186 per 100,000 .* Worsening", Row(lines, "EH-10"));
        // Line 98: ICPCs within 15 working days 84.8%, below the target of 90%.
        Assert.Matches(@"84\.8% +90% +Red", Row(lines, "CSC-13"));
        // Line 103: stable placements 65.2%, below the target of 70%.
        Assert.Matches(@"65\.2% +70% +Amber", Row(lines, "CSC-14"));
        // Lines 85–87: 95% of plans up to date, meeting the target of 95%.
        Assert.Matches(@"95\.0% +95% +Green", Row(lines, "CSC-09"));
        // Line 125: EHCPs within 20 weeks, 59.9% in calendar year 2023, above the target of 58%.
        Assert.Matches(@"2023 +59\.9% +58% +Green", Row(lines, "INC-01"));
    }

    [Theory]
    [InlineData("table", "EH-01")]
    [InlineData("json", "\"code\": \"EH-01\"")]
    [InlineData("csv", "EH-01,")]
    [InlineData("md", "| EH-01")]
    [InlineData("html", "EH-01")]
    public void Every_format_is_written(string format, string expected)
    {
        var run = Tool.Run("scorecard", "--format", format);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Json_is_a_document_with_a_row_for_every_measure_and_words_for_statuses()
    {
        var run = Tool.Run("scorecard", "--format", "json");
        using var document = JsonDocument.Parse(run.Output);
        var rows = document.RootElement.GetProperty("rows");
        Assert.Equal(SampleCouncil.Catalogue.Measures.Count, rows.GetArrayLength());
        var eh01 = rows.EnumerateArray().Single(r => r.GetProperty("code").GetString() == "EH-01");
        Assert.Equal(91.3m, eh01.GetProperty("value").GetDecimal() is var v ? Math.Round(v, 1) : 0);
        Assert.Equal("green", eh01.GetProperty("rag").GetProperty("status").GetString());
        Assert.Equal("FY 2023/24", document.RootElement.GetProperty("period").GetString());
    }

    [Fact]
    public void Csv_has_the_librarys_header_and_one_line_per_measure()
    {
        var run = Tool.Run("scorecard", "--format", "csv");
        string[] lines = Lines.Of(run.Output);
        string library = new ScorecardBuilder(SampleCouncil.Catalogue).Build(SampleCouncil.Observations, SampleCouncil.ReportingYear).ToString(ScorecardFormat.Csv);
        Assert.Equal(Lines.Of(library)[0], lines[0]);
        Assert.StartsWith("code,title,service_area,kind,", lines[0], StringComparison.Ordinal);
        Assert.Equal(SampleCouncil.Catalogue.Measures.Count, lines.Skip(1).Count(l => SampleCouncil.Catalogue.Measures.Any(m => l.StartsWith(m.Code + ",", StringComparison.Ordinal))));
    }

    [Fact]
    public void Html_is_one_self_contained_page()
    {
        var run = Tool.Run("scorecard", "--format", "html");
        Assert.StartsWith("<!DOCTYPE html>", run.Output.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<svg", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link ", run.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("scorecard.html", "<!DOCTYPE html>")]
    [InlineData("scorecard.json", "{")]
    [InlineData("scorecard.md", "#")]
    [InlineData("scorecard.csv", "code,")]
    public void Output_goes_to_a_file_in_the_format_its_extension_names(string name, string start)
    {
        string path = folder.PathOf(name);
        var run = Tool.Run("scorecard", "--output", path);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Wrote the internal scorecard for 2023/24 (42 measures) to ", run.Output, StringComparison.Ordinal);
        Assert.StartsWith(start, File.ReadAllText(path).TrimStart(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_period_can_be_chosen()
    {
        var run = Tool.Run("scorecard", "--period", "Mar 2024");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("– Mar 2024", Lines.Of(run.Output)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalogue_and_observations_can_be_given_as_files()
    {
        string catalogue = folder.PathOf("catalogue.json");
        using (var file = File.Create(catalogue))
        {
            SampleCouncil.OpenCatalogueJson().CopyTo(file);
        }

        string observations = folder.Write("observations.csv", ObservationCsvWriter.ToCsv(SampleCouncil.Observations));
        string json = folder.Write("observations.json", ObservationJsonWriter.ToJson(SampleCouncil.Observations));
        string comparators = folder.Write("comparators.csv", new StreamReader(SampleCouncil.OpenComparatorsCsv()).ReadToEnd());
        string neighbours = folder.Write("neighbours.csv", new StreamReader(SampleCouncil.OpenNeighboursCsv()).ReadToEnd());
        var expected = Tool.Run("scorecard", "--format", "json");
        Assert.Equal(
            expected.Output,
            Tool.Run("scorecard", "--catalogue", catalogue, "--observations", observations, "--comparators", comparators, "--neighbours", neighbours, "--council", SampleCouncil.ComparatorName, "--format", "json").Output);
        Assert.Equal(expected.Output, Tool.Run("scorecard", "--observations", json, "--format", "json").Output);
    }

    [Fact]
    public void An_unknown_period_is_invalid_input_with_the_parsers_reason()
    {
        var run = Tool.Run("scorecard", "--period", "Dec 23");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("measures: --period \"Dec 23\" is not a period label: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_csv_is_invalid_input_naming_the_file_line_and_column()
    {
        string path = folder.Write("broken.csv", "measure,period,numerator,denominator\nEH-01,\"2024-03,5,9\nEH-01,2024-02,5,9\n");
        var run = Tool.Run("scorecard", "--observations", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("broken.csv, line 2, column 2 (period): The quoted field that starts on line 2 is never closed", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 problem in the observations", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_measure_code_is_invalid_input()
    {
        string path = folder.Write("codes.csv", "measure,period,numerator,denominator\nCSC-99,2024-03,5,9\n");
        var run = Tool.Run("scorecard", "--observations", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("codes.csv, line 2, column 1 (measure), \"CSC-99\": This measure code is not in \"Sample Council children's services scorecard (illustrative)\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_period_in_a_file_is_invalid_input()
    {
        string path = folder.Write("periods.csv", "measure,period,numerator,denominator\nEH-01,March 24,5,9\n");
        var run = Tool.Run("scorecard", "--observations", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("periods.csv, line 2, column 2 (period), \"March 24\": This is not a period label:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numerator_above_its_denominator_is_invalid_input()
    {
        string path = folder.Write("above.csv", "measure,period,numerator,denominator\nEH-01,2024-03,10,9\nEH-01,2024-02,11,9\n");
        var run = Tool.Run("scorecard", "--observations", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("above.csv, line 2, column 3 (numerator), \"10\": The numerator 10 is above the denominator 9", run.Error, StringComparison.Ordinal);
        Assert.Contains("above.csv, line 3, column 3 (numerator), \"11\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 problems in the observations", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_invalid_input()
    {
        var run = Tool.Run("scorecard", "--observations", folder.PathOf("nowhere.csv"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("there is no such file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalogue_without_observations_is_a_usage_error()
    {
        var run = Tool.Run("scorecard", "--catalogue", folder.PathOf("catalogue.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--catalogue needs --observations", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var run = Tool.Run("scorecard", "--format", "pdf");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pdf", run.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'measures scorecard --help' for usage.", run.Error, StringComparison.Ordinal);
    }

    private static string Row(string[] lines, string code) => lines.Single(l => l.TrimStart().StartsWith(code + " ", StringComparison.Ordinal));
}
