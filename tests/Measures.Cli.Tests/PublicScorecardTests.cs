using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Measures.Definitions;
using Measures.Time;
using Measures.Observations;
using Measures.Samples;

namespace Measures.Cli.Tests;

/// <summary><c>measures scorecard --public</c> never shows a suppressed count, in any format.</summary>
public sealed class PublicScorecardTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string observations;

    public PublicScorecardTests()
    {
        // The sample, with March 2024's initial conferences down to 3 of 4 and its re-referrals to 2 of 40:
        // counts small enough to identify a child.
        var small = new Dictionary<string, (long Numerator, long Denominator)> { ["CSC-13"] = (3, 4), ["CSC-07"] = (2, 40) };
        var edited = SampleCouncil.Observations.Select(o =>
            o.Period == ReportingPeriod.Month(2024, 3) && small.TryGetValue(o.MeasureCode, out var figures)
                ? new Observation(o.MeasureCode, o.Period, figures.Numerator, figures.Denominator)
                : o);
        observations = folder.Write("small.csv", ObservationCsvWriter.ToCsv(edited));
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Suppressed_rows_have_no_figures_in_the_public_json()
    {
        using var internalJson = JsonDocument.Parse(Run(false, "json"));
        using var publicJson = JsonDocument.Parse(Run(true, "json"));
        Assert.Equal("public", publicJson.RootElement.GetProperty("audience").GetString());
        var suppressed = publicJson.RootElement.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("state").GetString() == "suppressed")
            .Select(r => r.GetProperty("code").GetString()!)
            .ToList();
        Assert.Contains("CSC-13", suppressed);
        Assert.Contains("CSC-07", suppressed);
        foreach (var row in publicJson.RootElement.GetProperty("rows").EnumerateArray().Where(r => suppressed.Contains(r.GetProperty("code").GetString()!)))
        {
            foreach (string figure in (string[])["value", "numerator", "denominator"])
            {
                Assert.True(row.GetProperty(figure).ValueKind == JsonValueKind.Null, $"{row.GetProperty("code")} shows its {figure} in public.");
            }

            foreach (var point in row.GetProperty("history").EnumerateArray().Where(p => p.GetProperty("state").GetString() == "suppressed"))
            {
                Assert.Equal(JsonValueKind.Null, point.GetProperty("value").ValueKind);
            }
        }

        // The internal version shows them: they were suppressed because they are small.
        var csc13 = internalJson.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "CSC-13");
        Assert.Equal(3, csc13.GetProperty("numerator").GetInt32());
    }

    [Theory]
    [InlineData("table")]
    [InlineData("csv")]
    [InlineData("md")]
    [InlineData("html")]
    public void Suppressed_values_appear_in_no_public_format(string format)
    {
        string internalText = Run(false, format);
        string publicText = Run(true, format);
        // 3 of 4 is 75.0%, 2 of 40 is 5.0%: the internal version shows them, the public one must not.
        Assert.Contains("75.0%", internalText, StringComparison.Ordinal);
        Assert.Contains("5.0%", internalText, StringComparison.Ordinal);
        Assert.DoesNotContain("75.0%", publicText, StringComparison.Ordinal);
        Assert.DoesNotContain(" 5.0%", publicText, StringComparison.Ordinal);
        Assert.DoesNotContain(",5.0,", publicText, StringComparison.Ordinal);
        Assert.DoesNotContain(">5.0%", publicText, StringComparison.Ordinal);
    }

    private string Run(bool isPublic, string format)
    {
        string[] args = ["scorecard", "--observations", observations, "--period", "Mar 2024", "--format", format];
        var run = Tool.Run(isPublic ? [.. args, "--public"] : args);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Output;
    }
}
