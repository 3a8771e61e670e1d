using System;
using System.Globalization;
using System.IO;
using Measures.Reporting;

namespace Measures.Cli.Tests;

/// <summary>Help names the command users type, and progress never counts out of nothing.</summary>
public sealed class HelpAndProgressTests
{
    [Theory]
    [InlineData("--help", "  measures [command] [options]")]
    [InlineData("scorecard|--help", "  measures scorecard [options]")]
    [InlineData("period|--help", "  measures period")]
    public void Help_shows_the_tools_command_name_not_its_assembly(string args, string usage)
    {
        var run = Tool.Run(args.Split('|'));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(usage, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Measures.Cli", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_tool_run_as_a_process_says_measures_too()
    {
        var run = Tool.RunProcess("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  measures [command] [options]", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Measures.Cli", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_without_a_known_total_is_a_count_and_with_one_ends_its_line()
    {
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var line = new ScorecardProgressLine(error);
        line.Report(new ScorecardProgress(ScorecardProgress.Observations, 1_048_576, 0));
        line.Report(new ScorecardProgress(ScorecardProgress.Observations, 1_200_000, 1_200_000));
        line.Report(new ScorecardProgress(ScorecardProgress.Measures, 0, 0));
        line.Report(new ScorecardProgress(ScorecardProgress.Measures, 42, 42));
        string shown = error.ToString();
        Assert.DoesNotContain(" of 0", shown, StringComparison.Ordinal);
        Assert.Equal(
            "\robservations: 1,048,576   \robservations: 1,200,000 of 1,200,000   " + Environment.NewLine + "\rmeasures: 0   \rmeasures: 42 of 42   " + Environment.NewLine,
            shown);
    }
}
