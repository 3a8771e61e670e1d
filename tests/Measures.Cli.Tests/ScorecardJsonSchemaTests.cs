using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;

namespace Measures.Cli.Tests;

/// <summary>The tool's JSON scorecards are valid under docs/reference/scorecard.schema.json.</summary>
public sealed class ScorecardJsonSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Tool.RepositoryRoot, "docs", "reference", "scorecard.schema.json")));

    [Theory]
    [InlineData("2023/24", false)]
    [InlineData("2023/24", true)]
    [InlineData("Mar 2024", false)]
    [InlineData("Mar 2024", true)]
    [InlineData("2023/24 Q3", false)]
    [InlineData("Sep 2021", true)]
    public void Json_output_is_valid_under_the_schema(string period, bool isPublic)
    {
        string[] args = ["scorecard", "--format", "json", "--period", period];
        var run = Tool.Run(isPublic ? [.. args, "--public"] : args);
        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Output);
        var results = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(
            results.IsValid,
            string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation + ": " + string.Join(", ", d.Errors!.Values))));
    }
}
