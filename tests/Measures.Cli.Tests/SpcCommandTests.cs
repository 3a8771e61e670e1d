using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Measures.Cli.Tests;

/// <summary><c>measures spc</c>: one measure's XmR chart as JSON, CSV or SVG, from the sample council or a file.</summary>
public sealed class SpcCommandTests
{
    // EH-01 (a percentage, higher is better, in the sample catalogue): 50 to 62 of 100 over thirteen months, a rising trend.
    private static string Rising()
    {
        var csv = new StringBuilder("measure,period,organisational_unit,numerator,denominator,value\n");
        for (int i = 0; i < 13; i++)
        {
            var month = new DateTime(2020, 4, 1).AddMonths(i);
            csv.Append(CultureInfo.InvariantCulture, $"EH-01,{month:yyyy-MM},,{50 + i},100,\n");
        }

        return csv.ToString();
    }

    [Fact]
    public void Json_gives_the_icons_segments_and_each_points_judgement()
    {
        using var folder = new TempFolder();
        var run = Tool.Run("spc", "--observations", folder.Write("obs.csv", Rising()), "--measure", "EH-01");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("EH-01", root.GetProperty("measure").GetString());
        Assert.Equal("ImprovementHigh", root.GetProperty("variationIcon").GetString());
        Assert.False(root.GetProperty("trialLimits").GetBoolean());
        Assert.Equal(56, root.GetProperty("segments")[0].GetProperty("mean").GetDouble(), 9);
        var points = root.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(13, points.Count);
        Assert.Equal("2020-04", points[0].GetProperty("period").GetString());
        Assert.Equal("special cause improvement", points[^1].GetProperty("judgement").GetString());
    }

    [Fact]
    public void Csv_has_a_row_a_point_and_rebasing_starts_new_limits()
    {
        using var folder = new TempFolder();
        var run = Tool.Run("spc", "--observations", folder.Write("obs.csv", Rising()), "--measure", "EH-01", "--format", "csv", "--rebase", "Oct 2020");
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.StartsWith("period,value,moving_range,", lines[0], StringComparison.Ordinal);
        Assert.Equal(14, lines.Length);
        Assert.StartsWith("2020-04,50,,no,52.5,", lines[1], StringComparison.Ordinal); // April to September: 50 to 55, mean 52.5
        Assert.StartsWith("2020-10,56,,no,59,", lines[7], StringComparison.Ordinal); // October on: 56 to 62, mean 59, no moving range at the rebase
        Assert.Contains("trial limits", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_is_well_formed_and_written_to_a_file_by_its_extension()
    {
        using var folder = new TempFolder();
        string file = folder.PathOf("chart.svg");
        var run = Tool.Run("spc", "--measure", "EH-01", "--output", file);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Wrote the XmR chart of EH-01", run.Output, StringComparison.Ordinal);
        var svg = XDocument.Load(file).Root!;
        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Contains(svg.Descendants(), e => (string?)e.Attribute("id") == "variation-icon");
    }

    [Fact]
    public void Short_series_say_their_limits_are_trial_limits()
    {
        using var folder = new TempFolder();
        string few = string.Join("\n", Rising().Split('\n').Take(6)) + "\n";
        var run = Tool.Run("spc", "--observations", folder.Write("obs.csv", few), "--measure", "EH-01");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("trial limits", run.Error, StringComparison.Ordinal);
        Assert.True(JsonDocument.Parse(run.Output).RootElement.GetProperty("trialLimits").GetBoolean());
    }

    [Fact]
    public void Units_are_added_up_for_the_whole_council()
    {
        using var folder = new TempFolder();
        string csv = "measure,period,organisational_unit,numerator,denominator,value\n"
            + "EH-01,2020-04,North,10,20,\nEH-01,2020-04,South,30,80,\nEH-01,2020-05,North,20,40,\nEH-01,2020-05,South,10,60,\n";
        var run = Tool.Run("spc", "--observations", folder.Write("obs.csv", csv), "--measure", "EH-01", "--format", "csv");
        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = run.Output.TrimEnd('\n').Split('\n');
        Assert.StartsWith("2020-04,40,", rows[1], StringComparison.Ordinal); // (10 + 30) / (20 + 80)
        Assert.StartsWith("2020-05,30,", rows[2], StringComparison.Ordinal); // (20 + 10) / (40 + 60)
    }

    [Theory]
    [InlineData(new[] { "spc", "--measure", "NOPE" }, "not in the catalogue", 2)]
    [InlineData(new[] { "spc", "--measure", "EH-01", "--rebase", "Smarch 2020" }, "not a period label", 2)]
    [InlineData(new[] { "spc", "--measure", "EH-01", "--rebase", "Apr 2015" }, "no point has that label", 1)]
    [InlineData(new[] { "spc", "--measure", "EH-01", "--run-length", "5" }, "7 points", 2)]
    [InlineData(new[] { "spc", "--measure", "EH-01", "--baseline", "1" }, "at least 2 points", 2)]
    [InlineData(new[] { "spc", "--measure", "EH-01", "--format", "pdf" }, "pdf", 2)]
    [InlineData(new[] { "spc" }, "--measure", 2)]
    public void Wrong_arguments_are_refused_with_the_reason(string[] args, string message, int exit)
    {
        var run = Tool.Run(args);
        Assert.True(run.ExitCode == exit, run.ToString());
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_with_no_observations_in_the_file_is_refused()
    {
        using var folder = new TempFolder();
        var run = Tool.Run("spc", "--observations", folder.Write("obs.csv", Rising()), "--measure", "EH-02");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no observations of EH-02", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_is_listed_in_the_tools_help()
    {
        Assert.Contains("spc", Tool.Run("--help").Output, StringComparison.Ordinal);
    }
}
