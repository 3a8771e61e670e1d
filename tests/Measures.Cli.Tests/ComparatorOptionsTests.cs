using System;
using System.IO;
using System.Linq;
using Measures.Samples;
using Xunit;

namespace Measures.Cli.Tests;

/// <summary><c>measures scorecard --comparators</c>, <c>--neighbours</c> and <c>--council</c>.</summary>
public sealed class ComparatorOptionsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_default_scorecard_shows_the_samples_synthetic_comparators_rank_and_band()
    {
        var run = Tool.Run("scorecard", "--format", "csv");
        Assert.True(run.ExitCode == 0, run.ToString());
        // CSC-13's line of the embedded sample-comparators.csv: England 86.5, the region 88.7; rank and band follow from the file.
        string line = Array.Find(run.Output.Split('\n'), l => l.StartsWith("CSC-13,", StringComparison.Ordinal))!;
        Assert.Contains("England 86.5%: worse; Yorkshire and The Humber 88.7%: worse; Statistical neighbours", line, StringComparison.Ordinal);
        Assert.Contains(",C,", line, StringComparison.Ordinal);
        Assert.Contains("20 of 31,not significantly different from England", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--neighbours", "n.csv")]
    [InlineData("--council", "372")]
    public void Neighbours_or_a_council_without_comparators_is_a_usage_error(string option, string value)
    {
        var run = Tool.Run("scorecard", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give --comparators too", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparators_without_a_council_is_a_usage_error()
    {
        var run = Tool.Run("scorecard", "--comparators", "c.csv");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--comparators needs --council", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_value_is_reported_with_its_file_line_and_column()
    {
        string text = new StreamReader(SampleCouncil.OpenComparatorsCsv()).ReadToEnd().Replace("4.95,4.3,316.8", "4.95,4.3,316,8", StringComparison.Ordinal);
        string path = folder.Write("comparators.csv", text.Replace("316,8,45.6", "3l6.8,45.6", StringComparison.Ordinal).Replace("316,8", "316.8", StringComparison.Ordinal));
        var run = Tool.Run("scorecard", "--comparators", path, "--council", SampleCouncil.ComparatorName);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("comparators.csv", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 5", run.Error, StringComparison.Ordinal);
        Assert.Contains("3l6.8", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_council_the_file_lacks_is_reported()
    {
        string path = folder.Write("comparators.csv", new StreamReader(SampleCouncil.OpenComparatorsCsv()).ReadToEnd());
        var run = Tool.Run("scorecard", "--comparators", path, "--council", "Leeds");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"Leeds\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_units_scorecard_is_titled_with_the_unit_and_needs_observations()
    {
        var split = SampleCouncil.Observations.Select(o => new Observations.Observation(o.MeasureCode, o.Period, o.Numerator, o.Denominator, "North locality"));
        string path = folder.Write("units.csv", Observations.ObservationCsvWriter.ToCsv([.. split]));
        var run = Tool.Run("scorecard", "--observations", path, "--unit", "North locality");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Sample Council children's services scorecard (illustrative) \u2013 North locality \u2013 2023/24", run.Output, StringComparison.Ordinal);

        var missing = Tool.Run("scorecard", "--observations", path, "--unit", "South");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("\"North locality\"", missing.Error, StringComparison.Ordinal);

        Assert.Equal(2, Tool.Run("scorecard", "--unit", "North locality").ExitCode);
    }
}
