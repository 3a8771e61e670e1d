using System;
using System.IO;
using System.Text.Json;

namespace Measures.Cli.Tests;

/// <summary>The built tool run as a process, <c>dotnet Measures.Cli.dll …</c>: exit codes and the two streams.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_sample_scorecard_goes_to_standard_output()
    {
        var run = Tool.RunProcess("scorecard");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Sample Council children's services scorecard (illustrative) – 2023/24", run.Output, StringComparison.Ordinal);
        Assert.Contains("91.3%", run.Output, StringComparison.Ordinal); // seed 002 line 56
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Json_output_parses()
    {
        var run = Tool.RunProcess("scorecard", "--format", "json", "--public");
        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal("public", document.RootElement.GetProperty("audience").GetString());
    }

    [Fact]
    public void An_html_file_is_written()
    {
        string path = folder.PathOf("scorecard.html");
        var run = Tool.RunProcess("scorecard", "--output", path);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_bad_file_exits_with_1_and_its_problems_on_standard_error()
    {
        string path = folder.Write("bad.csv", "measure,period,numerator,denominator\nEH-01,2024-03,10,9\n");
        var run = Tool.RunProcess("validate", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("bad.csv, line 2, column 3 (numerator), \"10\": The numerator 10 is above the denominator 9", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_usage_error_exits_with_2()
    {
        var run = Tool.RunProcess("scorecard", "--no-such-option");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("--no-such-option", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_and_workdays_answer_on_standard_output()
    {
        var period = Tool.RunProcess("period", "2023/24");
        Assert.Equal(0, period.ExitCode);
        Assert.Contains("First day:              2023-04-01", period.Output, StringComparison.Ordinal);
        var workdays = Tool.RunProcess("workdays", "2023-12-22", "--add", "3");
        Assert.Equal(0, workdays.ExitCode);
        Assert.StartsWith("2023-12-29", workdays.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_exits_with_0()
    {
        var run = Tool.RunProcess("workdays", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--region", run.Output, StringComparison.Ordinal);
    }
}
