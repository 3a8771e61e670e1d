using System;
using System.IO;
using System.Linq;
using Measures.Indicators;
using Measures.Samples;
using Measures.Time;
using Xunit;

namespace Measures.Cli.Tests;

/// <summary>The SEN2 return from the command line: indicators, explanations, scorecards and validation, on the embedded sample.</summary>
public sealed class Sen2CommandsTests
{
    // The library's own figures for the sample's calendar year, which the tool must write unchanged.
    private static IndicatorResult Expected() => Sen2Indicators.Compute(SampleCouncil.Sen2, ReportingPeriod.CalendarYear(2023));

    [Fact]
    public void Indicators_of_the_sample_return_are_its_calendar_years_figures()
    {
        var run = Tool.Run("indicators", "--sen2", "sample");
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = Lines.Of(run.Output);
        var expected = Expected().Find(Sen2Indicators.Within20Weeks)!.Value;
        Assert.Contains($"ehcp-20-weeks,2023,,{expected.Numerator},{expected.Denominator},", lines);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void Explain_sen2_names_each_plan_and_refuses_another_returns_code()
    {
        var run = Tool.Run("explain", "sen2", "sample", "--measure", "ehcp-20-weeks");
        Assert.True(run.ExitCode == 0, run.ToString());
        var expected = Expected().Find(Sen2Indicators.Within20Weeks)!.Value;
        Assert.StartsWith($"ehcp-20-weeks, 2023: {expected.Numerator} / {expected.Denominator}", run.Output, StringComparison.Ordinal);
        Assert.Contains("sen2-2024.xml, line", run.Output, StringComparison.Ordinal);
        Assert.Equal(2, Tool.Run("explain", "sen2", "sample", "--measure", "cin-referrals").ExitCode);
    }

    [Fact]
    public void A_scorecard_is_built_from_the_SEN2_return_alone_and_beside_the_SSDA903_one()
    {
        var alone = Tool.Run("scorecard", "--sen2", "sample", "--format", "csv");
        Assert.True(alone.ExitCode == 0, alone.ToString());
        Assert.Equal(["ehcp-20-weeks", "ehcp-20-weeks-including-exceptions"], Lines.Of(alone.Output).Skip(1).Select(l => l.Split(',')[0]));

        var both = Tool.Run("scorecard", "--ssda903", "sample", "--sen2", "sample", "--format", "csv");
        Assert.True(both.ExitCode == 0, both.ToString());
        var codes = Lines.Of(both.Output).Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.Contains("cla-31-march", codes);
        Assert.Contains("ehcp-20-weeks", codes);
    }

    [Fact]
    public void Validate_recognises_a_SEN2_file_and_lists_its_problems()
    {
        using var folder = new TempFolder();
        using (var sample = SampleCouncil.OpenSen2File())
        using (var copy = File.Create(folder.PathOf("sen2.xml")))
        {
            sample.CopyTo(copy);
        }

        var run = Tool.Run("validate", folder.PathOf("sen2.xml"));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("a SEN2 return of 150 persons", run.Output, StringComparison.Ordinal);

        string broken = File.ReadAllText(folder.PathOf("sen2.xml")).Replace("<Sex>F</Sex>", "<Sex>Q</Sex>", StringComparison.Ordinal);
        var bad = Tool.Run("validate", folder.Write("broken.xml", broken));
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("broken.xml", bad.Error, StringComparison.Ordinal);
    }
}
