using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using Json.Schema;
using Measures.Definitions;
using Measures.Definitions.Serialization;
using Measures.Samples;

namespace Measures.Tests.Definitions;

/// <summary>
/// The JSON Schema in docs/reference/catalogue.schema.json agrees with what the library reads and writes:
/// its enum lists are the library's words, and every document the library writes is valid under it.
/// </summary>
public sealed class CatalogueSchemaTests
{
    private const string SchemaPath = "docs/reference/catalogue.schema.json";
    private static readonly JsonNode Schema = JsonNode.Parse(RepositoryFile.ReadAllText(SchemaPath))!;
    private static readonly JsonSchema Compiled = JsonSchema.FromText(RepositoryFile.ReadAllText(SchemaPath));

    private static string[] EnumAt(string definition) => [.. Schema["$defs"]![definition]!["enum"]!.AsArray().Select(n => (string)n!)];

    private static string[] RequiredAt(JsonNode node) => [.. node["required"]!.AsArray().Select(n => (string)n!)];

    // The schema is compiled once: its $id may be registered only once.
    internal static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Compiled.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation + ": " + string.Join(", ", d.Errors!.Values)));

    [Fact]
    public void The_enum_lists_are_the_words_the_library_reads_and_writes()
    {
        Assert.Equal(JsonWords.Kinds.Words, EnumAt("kind"));
        Assert.Equal(JsonWords.Polarities.Words, EnumAt("polarity"));
        Assert.Equal(JsonWords.ValueKinds.Words, EnumAt("valueKind"));
        Assert.Equal(JsonWords.Frequencies.Words, EnumAt("frequency"));
        Assert.Equal(JsonWords.PeriodTypes.Words, EnumAt("periodType"));
        Assert.Equal(JsonWords.NumeratorRules.Words, EnumAt("temporalRule"));
        Assert.Equal(JsonWords.DenominatorRules.Words, EnumAt("temporalRule"));
        Assert.Equal(JsonWords.QuartileBands.Words, EnumAt("quartileBand"));
    }

    [Fact]
    public void Every_enum_value_of_the_library_has_a_word()
    {
        Assert.Equal(System.Enum.GetValues<MeasureKind>().Length, JsonWords.Kinds.Words.Count);
        Assert.Equal(System.Enum.GetValues<Polarity>().Length, JsonWords.Polarities.Words.Count);
        Assert.Equal(System.Enum.GetValues<ValueKind>().Length, JsonWords.ValueKinds.Words.Count);
        Assert.Equal(System.Enum.GetValues<ReportingFrequency>().Length, JsonWords.Frequencies.Words.Count);
        Assert.Equal(System.Enum.GetValues<Measures.Time.PeriodType>().Length, JsonWords.PeriodTypes.Words.Count);
        Assert.Equal(System.Enum.GetValues<TemporalRule>().Length, JsonWords.NumeratorRules.Words.Count);
        Assert.Equal(System.Enum.GetValues<QuartileBand>().Length, JsonWords.QuartileBands.Words.Count);
    }

    [Fact]
    public void The_required_properties_are_the_ones_the_loader_requires()
    {
        Assert.Equal(["version", "measures"], RequiredAt(Schema));
        Assert.Equal(
            ["code", "title", "serviceArea", "kind", "valueType", "polarity", "frequency", "periodType", "numerator"],
            RequiredAt(Schema["$defs"]!["measure"]!));
        Assert.Equal(["kind"], RequiredAt(Schema["$defs"]!["valueType"]!));
        Assert.Equal(["value"], RequiredAt(Schema["$defs"]!["target"]!));
        Assert.Equal(["period"], RequiredAt(Schema["$defs"]!["benchmark"]!));
    }

    [Theory]
    [InlineData("code")]
    [InlineData("title")]
    [InlineData("serviceArea")]
    [InlineData("kind")]
    [InlineData("valueType")]
    [InlineData("polarity")]
    [InlineData("frequency")]
    [InlineData("periodType")]
    [InlineData("numerator")]
    public void The_loader_refuses_a_measure_without_a_required_property(string property)
    {
        var root = JsonNode.Parse(SampleCouncil.Catalogue.ToJson())!;
        root["measures"]![0]!.AsObject().Remove(property);
        var result = MeasureCatalogue.Parse(root.ToJsonString());
        Assert.Contains(result.Problems, e => e.Field == "$.measures[0]." + property);
        Assert.False(Evaluate(root.ToJsonString()).IsValid);
    }

    [Fact]
    public void The_sample_catalogue_is_valid_under_the_schema()
    {
        var results = Evaluate(SampleCouncil.Catalogue.ToJson());
        Assert.True(results.IsValid, Describe(results));
    }

    [Property(Arbitrary = [typeof(CatalogueArbitraries)], MaxTest = 50)]
    public void Every_catalogue_the_library_writes_is_valid_under_the_schema(MeasureCatalogue catalogue)
    {
        var results = Evaluate(catalogue.ToJson());
        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void The_schema_refuses_what_the_loader_refuses()
    {
        var bad = new Dictionary<string, System.Action<JsonObject>>
        {
            ["numbers for enums"] = m => m["polarity"] = 1,
            ["unknown enum word"] = m => m["kind"] = "benchmarks",
            ["percentage without denominator"] = m => m.Remove("denominator"),
            ["decimals out of range"] = m => m["valueType"]!["decimals"] = 7,
            ["negative tolerance"] = m => m["targets"]![0]!["tolerance"] = new JsonObject { ["points"] = -1 },
            ["unknown property"] = m => m["polarty"] = "none",
            ["year and from"] = m => m["targets"]![0]!["from"] = "2024/25",
        };
        foreach (var (name, change) in bad)
        {
            var root = JsonNode.Parse(SampleCouncil.Catalogue.ToJson())!;
            change(root["measures"]![0]!.AsObject());
            Assert.False(Evaluate(root.ToJsonString()).IsValid, name);
            Assert.False(MeasureCatalogue.Parse(root.ToJsonString()).Success, name);
        }
    }
}
