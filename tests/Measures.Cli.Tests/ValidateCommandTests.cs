using System;
using System.IO;
using Measures.Definitions;
using Measures.Observations;
using Measures.Samples;

namespace Measures.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_good_catalogue_passes()
    {
        string path = folder.PathOf("catalogue.json");
        using (var file = File.Create(path))
        {
            SampleCouncil.OpenCatalogueJson().CopyTo(file);
        }

        var run = Tool.Run("validate", path);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"{path}: a catalogue of 42 measures; no problems found.", run.Output.TrimEnd());
    }

    [Fact]
    public void Good_observations_pass_against_the_sample_catalogue()
    {
        string path = folder.Write("observations.csv", ObservationCsvWriter.ToCsv(SampleCouncil.Observations));
        var run = Tool.Run("validate", path);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("observations of 42 measures, checked against the sample catalogue; no problems found.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_an_observations_file_is_listed()
    {
        string path = folder.Write("bad.csv", "measure,period,numerator,denominator\nEH-01,2024-03,10,9\nCSC-99,2024-03,1,2\nEH-01,Marchh 2024,1,2\nEH-02,2024-03,x,2\n");
        var run = Tool.Run("validate", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        string[] lines = Lines.Of(run.Error);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("bad.csv, line 2, column 3 (numerator), \"10\": The numerator 10 is above the denominator 9", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("bad.csv, line 3, column 1 (measure), \"CSC-99\"", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("bad.csv, line 4, column 2 (period), \"Marchh 2024\": This is not a period label", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("bad.csv, line 5, column 3 (numerator), \"x\"", lines[3], StringComparison.Ordinal);
        Assert.Equal($"measures: 4 problems in '{path}'.", lines[4]);
    }

    [Fact]
    public void Observations_in_json_are_checked_too()
    {
        string path = folder.Write("bad.json", """{ "observations": [ { "measure": "EH-01", "period": "2024-03", "numerator": 10, "denominator": 9 } ] }""");
        var run = Tool.Run("validate", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.json, line 1, column", run.Error, StringComparison.Ordinal);
        Assert.Contains("($.observations[0].numerator), \"10\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_with_observations_for_two_kinds_of_period_is_a_problem()
    {
        string path = folder.Write("mixed.csv", "measure,period,numerator,denominator\nEH-01,2024-03,5,9\nEH-01,2023/24 Q3,5,9\n");
        var run = Tool.Run("validate", path);
        Assert.Equal(1, run.ExitCode);
        // The row of the second kind is blamed, at its own line, naming the first.
        Assert.Contains("mixed.csv, line 3, column 2 (period), \"2023/24 Q3\": EH-01's figures in this file are for months (from line 2)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_catalogue_is_listed_with_its_path()
    {
        string path = folder.Write("catalogue.json", """
            { "version": 1, "measures": [
              { "code": "A-1", "title": "One", "serviceArea": "Early Help", "kind": "activity", "valueType": { "kind": "percentage" },
                "polarity": "higher", "frequency": "monthly", "periodType": "month", "numerator": "sum", "denominator": "sum" },
              { "code": "A-1", "title": "Two", "serviceArea": "Early Help", "kind": "activity", "valueType": { "kind": "count" },
                "polarity": "none", "frequency": "monthly", "periodType": "month", "numerator": "sum" }
            ] }
            """);
        var run = Tool.Run("validate", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("catalogue.json: $.measures[0].polarity", run.Error, StringComparison.Ordinal);
        Assert.Contains("catalogue.json: $.measures[1].code", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Observations_can_be_checked_against_a_catalogue_file()
    {
        string catalogue = folder.Write("catalogue.json", """
            { "version": 1, "measures": [
              { "code": "X-1", "title": "Visits on time", "serviceArea": "Social care", "kind": "activity", "valueType": { "kind": "percentage" },
                "polarity": "higherIsBetter", "frequency": "monthly", "periodType": "month", "numerator": "sum", "denominator": "sum" } ] }
            """);
        string good = folder.Write("good.csv", "measure,period,numerator,denominator\nX-1,2024-03,5,9\n");
        string bad = folder.Write("bad.csv", "measure,period,numerator,denominator\nEH-01,2024-03,5,9\n");
        Assert.Equal(0, Tool.Run("validate", good, "--catalogue", catalogue).ExitCode);
        var run = Tool.Run("validate", bad, "--catalogue", catalogue);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("This measure code is not in the catalogue", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_invalid_input()
    {
        var run = Tool.Run("validate", folder.PathOf("missing.csv"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("there is no such file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_file_it_is_a_usage_error()
    {
        var run = Tool.Run("validate");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Run 'measures validate --help' for usage.", run.Error, StringComparison.Ordinal);
    }
}
