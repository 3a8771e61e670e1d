using System;

namespace Measures.Cli.Tests;

/// <summary>The period command at the edges of the supported years: a whole answer, never half of one and a crash.</summary>
public sealed class PeriodEdgeTests
{
    [Theory]
    [InlineData("0001-01", "Previous period:        none (periods run from 0001 to 9999)")]
    [InlineData("FY 0001/02", "Same period last year:  none (periods run from 0001 to 9999)")]
    [InlineData("0204-02-29 to 2024-02-29", "Previous period:        none (periods run from 0001 to 9999)")]
    [InlineData("rolling 12 months to 0001-12", "Previous period:        none (periods run from 0001 to 9999)")]
    [InlineData("Q4 9998/99", "Divides into:           9999-01, 9999-02, 9999-03")]
    public void The_edges_of_the_supported_years_are_answered(string label, string line)
    {
        var run = Tool.Run("period", label);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(line, run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Every_month_a_period_divides_into_is_a_period_the_tool_reads()
    {
        foreach (string month in (string[])["9999-01", "9999-02", "9999-03"])
        {
            var run = Tool.Run("period", month);
            Assert.True(run.ExitCode == 0, run.ToString());
        }
    }

    [Fact]
    public void A_year_that_would_end_after_9999_is_refused_with_the_reason()
    {
        var run = Tool.Run("period", "FY 9999/00");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"FY 9999/00\" is not a period label: it would end after 9999, the last supported year; the last financial or academic year is 9998/99.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01")]
    [InlineData("9999-12")]
    public void A_scorecard_at_the_ends_of_time_is_refused_in_one_line(string period)
    {
        var run = Tool.Run("scorecard", "--period", period);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"measures: no scorecard was built: A scorecard for {period} needs periods around it (its history of 12 periods, the same period last year, each measure's own period) that fall outside the supported years 0001 to 9999.\n", run.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Library_messages_reach_the_user_without_parameter_names()
    {
        Assert.Equal("year must be between 1 and 9999 inclusive; it was 0", Text.Plain(new ArgumentOutOfRangeException("year", 0, "year must be between 1 and 9999 inclusive; it was 0.")));
    }
}
