using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Measures.Indicators;
using Measures.Samples;
using Measures.Time;

namespace Measures.Cli.Tests;

/// <summary>
/// The tool on the SSDA903 return: indicators as observations, the children behind a figure, a scorecard straight
/// from the return, and validation of a folder. Expected figures come from the library's own computation on the
/// embedded (synthetic) sample return, so the tool is checked to pass them through unchanged.
/// </summary>
public sealed class ReturnCommandsTests : IDisposable
{
    private static readonly ReportingPeriod Year = ReportingPeriod.FinancialYear(2023);

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static IndicatorResult Expected() => Ssda903Indicators.Compute(SampleCouncil.Ssda903, Year, new IndicatorOptions { Population = Population.Of(56_000) });

    // The sample return's files copied into a folder, as a council holds them; one file may be replaced.
    private string ReturnFolder(string? replace = null, string? content = null)
    {
        string path = folder.PathOf("return");
        Directory.CreateDirectory(path);
        foreach (string name in SampleCouncil.Ssda903FileNames)
        {
            using var source = SampleCouncil.OpenSsda903File(name);
            using var target = File.Create(Path.Combine(path, "903_" + name.ToLowerInvariant()));
            source.CopyTo(target);
        }

        if (replace is not null)
        {
            File.WriteAllText(Path.Combine(path, "903_" + replace.ToLowerInvariant()), content);
        }

        return path;
    }

    [Fact]
    public void Indicators_are_written_as_the_observations_the_library_computes()
    {
        var run = Tool.Run("indicators", "--ssda903", ReturnFolder(), "--population", "56000", "--period", "2023/24");
        Assert.True(run.ExitCode == 0, run.ToString());
        var expected = Expected();
        string[] lines = run.Output.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal("measure,period,organisational_unit,numerator,denominator,value", lines[0]);
        Assert.Equal(expected.Observations.Count, lines.Length - 1);
        var cla = expected.Find("cla-31-march")!.Value;
        Assert.Contains($"cla-31-march,FY 2023/24,,{cla.Numerator},,", lines);
    }

    [Fact]
    public void Indicators_can_be_asked_for_one_by_one()
    {
        var run = Tool.Run("indicators", "--ssda903", ReturnFiles.Sample, "--period", "2023/24", "--measure", "cla-3-placements", "--measure", "CLA-MISSING");
        Assert.True(run.ExitCode == 0, run.ToString());
        var expected = Expected();
        string[] lines = run.Output.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(3, lines.Length);
        var three = expected.Find("cla-3-placements")!.Value;
        Assert.Equal($"cla-3-placements,FY 2023/24,,{three.Numerator},{three.Denominator},", lines[1]);
        Assert.StartsWith("cla-missing,FY 2023/24,,", lines[2], StringComparison.Ordinal);

        var unknown = Tool.Run("indicators", "--ssda903", ReturnFiles.Sample, "--measure", "cla-placements");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--measure cla-placements: not an indicator of the returns given", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_go_to_a_json_file_whole()
    {
        string output = folder.PathOf("indicators.json");
        var run = Tool.Run("indicators", "--ssda903", ReturnFiles.Sample, "--output", output);
        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Contains(document.RootElement.GetProperty("observations").EnumerateArray(), o => o.GetProperty("measure").GetString() == "cla-started");

        // Without a population the rate is left out, and the tool says why.
        Assert.Contains("cla-31-march-rate: no population was given", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_lists_the_children_behind_a_figure()
    {
        var run = Tool.Run("explain", "ssda903", ReturnFiles.Sample, "--measure", "cla-3-placements", "--period", "2023/24");
        Assert.True(run.ExitCode == 0, run.ToString());
        var explanation = Expected().Explain("cla-3-placements");
        Assert.Equal(explanation.ToString().ReplaceLineEndings("\n").TrimEnd(), run.Output.ReplaceLineEndings("\n").TrimEnd());
        Assert.StartsWith($"cla-3-placements, FY 2023/24: {explanation.Numerator.Count} / {explanation.Denominator!.Count}", run.Output, StringComparison.Ordinal);
        Assert.All(explanation.Numerator, child => Assert.Contains(child.ChildId, run.Output, StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_lists_the_children_of_one_breakdown_value()
    {
        var result = Ssda903Indicators.Compute(SampleCouncil.Ssda903, Year, new IndicatorOptions { Breakdowns = IndicatorBreakdowns.Sex });
        var girls = result.Breakdowns.Single(b => b.Observation.MeasureCode == "cla-31-march" && b.Breakdown == "sex=2");
        var run = Tool.Run("explain", "ssda903", ReturnFiles.Sample, "--measure", "cla-31-march", "--period", "2023/24", "--breakdown", "sex=2");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith($"cla-31-march, FY 2023/24: {girls.Observation.Numerator}", run.Output, StringComparison.Ordinal);

        var unknown = Tool.Run("explain", "ssda903", ReturnFiles.Sample, "--measure", "cla-31-march", "--breakdown", "sex=9");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("There is no figure of cla-31-march for \"sex=9\"", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, Tool.Run("explain", "ssda903", ReturnFiles.Sample, "--measure", "cla-31-march", "--breakdown", "gender=2").ExitCode);
    }

    [Fact]
    public void Explain_refuses_a_code_that_is_not_an_indicator()
    {
        var run = Tool.Run("explain", "ssda903", ReturnFiles.Sample, "--measure", "cla-3-moves");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--measure cla-3-moves: not an SSDA903 indicator; the indicators are cla-31-march,", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scorecard_is_built_straight_from_the_return_with_the_standard_catalogue()
    {
        var run = Tool.Run("scorecard", "--ssda903", ReturnFolder(), "--population", "56000", "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Output);
        var rows = document.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(StandardCatalogue.Ssda903.Measures.Select(m => m.Code), rows.Select(r => r.GetProperty("code").GetString()));
        var cla = rows.Single(r => r.GetProperty("code").GetString() == "cla-31-march");
        Assert.Equal(Expected().Find("cla-31-march")!.Value.Numerator, cla.GetProperty("numerator").GetDecimal());
        Assert.Equal("FY 2023/24", cla.GetProperty("period").GetString());

        // One year's return holds only that year's children whole: earlier years are not compared with.
        Assert.Equal("notAvailable", cla.GetProperty("previousPeriod").GetProperty("direction").GetString());
    }

    [Fact]
    public void Validate_recognises_a_folder_as_a_return()
    {
        var run = Tool.Run("validate", ReturnFolder());
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"an SSDA903 return of {SampleCouncil.Ssda903.Children.Count} children and {SampleCouncil.Ssda903.Episodes.Count} episodes, from all 11 of its files; no problems found.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_return_is_refused_with_each_problem_placed_and_read_leniently_when_asked()
    {
        using var header = new StreamReader(SampleCouncil.OpenSsda903File("Episodes.csv"));
        string[] lines = header.ReadToEnd().ReplaceLineEndings("\n").Split('\n');
        string child = lines[1].Split(',')[0];
        lines[1] = string.Join(',', lines[1].Split(',').Select((field, i) => i == 2 ? "Z" : field)); // RNE
        string path = ReturnFolder("Episodes.csv", string.Join('\n', lines));

        var validate = Tool.Run("validate", path);
        Assert.Equal(1, validate.ExitCode);
        Assert.Contains($"903_episodes.csv, line 2, column 3 (RNE), \"Z\": child {child}: This is not one of the DfE's RNE codes", validate.Error, StringComparison.Ordinal);

        var strict = Tool.Run("indicators", "--ssda903", path);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("nothing was read. With --lenient", strict.Error, StringComparison.Ordinal);

        var lenient = Tool.Run("indicators", "--ssda903", path, "--lenient");
        Assert.True(lenient.ExitCode == 0, lenient.ToString());
        Assert.Contains("the children concerned are left out of the figures the problems touch", lenient.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scorecard", "--ssda903", "sample", "--observations", "x.csv")]
    [InlineData("scorecard", "--lenient")]
    [InlineData("indicators", "--ssda903", "sample", "--format", "xlsx")]
    public void Mixed_up_options_are_usage_errors(params string[] args)
    {
        Assert.Equal(2, Tool.Run(args).ExitCode);
    }

    [Fact]
    public void A_folder_without_return_files_says_so()
    {
        string empty = folder.PathOf("empty");
        Directory.CreateDirectory(empty);
        File.WriteAllText(Path.Combine(empty, "notes.txt"), "not a return");
        var run = Tool.Run("indicators", "--ssda903", empty);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("holds no CSV or XML files, so there is no return in it", run.Error, StringComparison.Ordinal);
    }
}
