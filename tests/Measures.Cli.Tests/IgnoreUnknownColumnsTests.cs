using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Measures.Observations;
using Measures.Samples;

namespace Measures.Cli.Tests;

/// <summary>--ignore-unknown-columns: an export's other columns are left out and named once on standard error.</summary>
public sealed class IgnoreUnknownColumnsTests : IDisposable
{
    private const string Notice = "Ignored 2 columns not used by observations: \"percent\" (column 3), \"team name\" (column 7).";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    // The sample's observations as a case system exports them: a rounded percentage and a team name beside the figures.
    private string Export()
    {
        var csv = new StringBuilder("measure,period,percent,organisational_unit,numerator,denominator,team name\n");
        foreach (var o in SampleCouncil.Observations)
        {
            string percent = o.Denominator is > 0 and long d ? (100m * o.Numerator / d).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "";
            csv.Append(CultureInfo.InvariantCulture, $"{o.MeasureCode},{o.Period},{percent},\"{o.OrganisationalUnit}\",{o.Numerator},{o.Denominator},\"Children's services, {o.MeasureCode[..2]}\"\n");
        }

        return folder.Write("export.csv", csv.ToString());
    }

    [Theory]
    [InlineData("scorecard")]
    [InlineData("validate")]
    public void Help_names_the_option(string command)
    {
        var run = Tool.Run(command, "--help");
        Assert.Contains("--ignore-unknown-columns", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_option_the_file_is_refused_naming_each_column_and_the_option()
    {
        string path = Export();
        var run = Tool.Run("validate", path);
        Assert.True(run.ExitCode == 1, run.ToString());
        string[] lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("export.csv, line 1, column 3, \"percent\": This is not a column of an observations file", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("export.csv, line 1, column 7, \"team name\": This is not a column of an observations file", lines[1], StringComparison.Ordinal);
        Assert.All(lines[..2], line => Assert.Contains("--ignore-unknown-columns", line, StringComparison.Ordinal));
        Assert.DoesNotContain("Ignored", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_with_the_option_reads_the_figures_and_names_the_columns_once()
    {
        var run = Tool.Run("validate", Export(), "--ignore-unknown-columns");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"export.csv: {Notice}", run.Error.TrimEnd());
        Assert.Contains($"{SampleCouncil.Observations.Count:N0} observations of 42 measures", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scorecard_from_the_export_is_the_scorecard_from_the_figures_alone()
    {
        string plain = folder.Write("plain.csv", ObservationCsvWriter.ToCsv(SampleCouncil.Observations));
        var expected = Tool.Run("scorecard", "--observations", plain, "--format", "json");
        var run = Tool.Run("scorecard", "--observations", Export(), "--format", "json", "--ignore-unknown-columns");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(expected.Output, run.Output);
        Assert.Equal(1, run.Error.Split('\n').Count(line => line.Contains("Ignored", StringComparison.Ordinal)));
        Assert.Equal($"export.csv: {Notice}", run.Error.TrimEnd());
    }

    [Fact]
    public void The_notice_comes_before_the_problems_when_the_file_is_still_refused()
    {
        string path = folder.Write("export.csv", "measure,period,note,numerator\nCSC-04,31/03/2024,as at year end,502\n");
        var run = Tool.Run("validate", path, "--ignore-unknown-columns");
        Assert.True(run.ExitCode == 1, run.ToString());
        string[] lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("export.csv: Ignored 1 column not used by observations: \"note\" (column 3).", lines[0]);
        Assert.Contains("This is not a period label but a date (31 March 2024)", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_option_is_for_observations_only()
    {
        string catalogue = folder.PathOf("catalogue.json");
        using (var file = File.Create(catalogue))
        {
            SampleCouncil.OpenCatalogueJson().CopyTo(file);
        }

        Assert.Equal(2, Tool.Run("validate", catalogue, "--ignore-unknown-columns").ExitCode);
        Assert.Equal(2, Tool.Run("scorecard", "--ignore-unknown-columns").ExitCode);
    }
}
