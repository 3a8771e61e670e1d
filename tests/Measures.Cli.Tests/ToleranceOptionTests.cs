using System;

namespace Measures.Cli.Tests;

/// <summary>The tool's tolerances for "no change" and "similar"; a measure's own, from the catalogue, come first.</summary>
public sealed class ToleranceOptionTests
{
    [Fact]
    public void A_no_change_tolerance_turns_a_small_movement_into_no_change()
    {
        // EH-01 moved by about 3 points on the year in the sample: improving without a tolerance, no change within 5 points.
        var plain = Tool.Run("scorecard", "--format", "csv");
        var tolerant = Tool.Run("scorecard", "--format", "csv", "--no-change-tolerance", "5");
        Assert.True(tolerant.ExitCode == 0, tolerant.ToString());
        Assert.Contains(",improving,", Line(plain.Output, "EH-01"), StringComparison.Ordinal);
        Assert.Contains(",noChange,", Line(tolerant.Output, "EH-01"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_tolerance_is_a_usage_error()
    {
        var run = Tool.Run("scorecard", "--similarity-tolerance", "-1");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("a tolerance cannot be negative", run.Error, StringComparison.Ordinal);
    }

    private static string Line(string csv, string code) =>
        Array.Find(csv.Split('\n'), l => l.StartsWith(code + ",", StringComparison.Ordinal)) ?? throw new InvalidOperationException(code + " is not in the output.");
}
