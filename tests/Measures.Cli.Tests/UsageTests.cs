using System;

namespace Measures.Cli.Tests;

/// <summary>Help for every command, and exit code 2 for a wrong command line.</summary>
public sealed class UsageTests
{
    [Theory]
    [InlineData("scorecard", "--catalogue", "--observations", "--period", "--format", "--public", "--output")]
    [InlineData("validate", "FILE", "--catalogue")]
    [InlineData("period", "LABEL")]
    [InlineData("workdays", "FROM", "TO", "--add", "--region")]
    public void Every_command_has_help(string command, params string[] mentions)
    {
        var run = Tool.Run(command, "--help");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        foreach (string mention in mentions)
        {
            Assert.Contains(mention, run.Output, StringComparison.Ordinal);
        }

        Assert.Equal("", run.Error);
    }

    [Fact]
    public void The_tool_has_help_listing_its_commands()
    {
        var run = Tool.Run("--help");
        Assert.Equal(0, run.ExitCode);
        foreach (string command in (string[])["scorecard", "validate", "period", "workdays"])
        {
            Assert.Contains(command, run.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("scorcard")]
    [InlineData("scorecard --colour")]
    [InlineData("period 2023/24 --format json")]
    public void A_wrong_command_line_is_a_usage_error_on_standard_error(string commandLine)
    {
        var run = Tool.Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("measures: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("--help' for usage.", run.Error, StringComparison.Ordinal);
    }
}
