using System;
using System.Linq;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Definitions;

namespace Measures.Tests.Definitions;

/// <summary>The laws of catalogue loading and saving.</summary>
public sealed class CatalogueProperties
{
    [Property(Arbitrary = [typeof(CatalogueArbitraries)], MaxTest = 200)]
    public Property Saving_then_loading_gives_back_an_equal_catalogue_and_the_same_text(MeasureCatalogue catalogue)
    {
        string json = catalogue.ToJson();
        var loaded = MeasureCatalogue.Parse(json);
        return loaded.Success.Label("the saved catalogue loads")
            .And((loaded.Success && loaded.Value.Equals(catalogue)).Label("the loaded catalogue equals the one saved"))
            .And((loaded.Success && loaded.Value.ToJson() == json).Label("the loaded catalogue saves the same text"));
    }

    [Property(Arbitrary = [typeof(CatalogueArbitraries)], MaxTest = 200)]
    public void Invalid_catalogues_are_always_rejected_naming_the_bad_path(BrokenCatalogue broken)
    {
        var root = JsonNode.Parse(broken.Catalogue.ToJson())!.AsObject();
        var measures = root["measures"]!.AsArray();
        var measure = measures[broken.Index]!.AsObject();
        string at = $"$.measures[{broken.Index}]";
        string expected;
        switch (broken.Fault)
        {
            case CatalogueFault.DuplicateCode:
                int earlier = broken.Seed % broken.Index;
                measure["code"] = (string?)measures[earlier]!["code"];
                expected = at + ".code";
                break;
            case CatalogueFault.UnknownParent:
                measure["parent"] = "NOT-A-CODE-" + broken.Seed;
                expected = at + ".parent";
                break;
            case CatalogueFault.PercentageWithoutDenominator:
                measure["valueType"] = new JsonObject { ["kind"] = "percentage" };
                measure.Remove("denominator");
                expected = at + ".denominator";
                break;
            case CatalogueFault.TargetWithoutPolarity:
                measure["polarity"] = "none";
                measure["targets"] = new JsonArray(new JsonObject { ["year"] = "FY 2023/24", ["value"] = broken.Seed });
                expected = at + ".targets[0]";
                break;
            case CatalogueFault.OverlappingTargetYears:
                measure["polarity"] = "higherIsBetter";
                measure["targets"] = new JsonArray(
                    new JsonObject { ["from"] = "FY 2020/21", ["value"] = 1 },
                    new JsonObject { ["year"] = $"FY {2020 + (broken.Seed % 10)}/{(21 + (broken.Seed % 10)) % 100:00}", ["value"] = 2 });
                expected = at + ".targets[1]";
                break;
            case CatalogueFault.NegativeTolerance:
                measure["polarity"] = "lowerIsBetter";
                measure["targets"] = new JsonArray(new JsonObject { ["year"] = "2023/24", ["value"] = 5, ["tolerance"] = new JsonObject { ["points"] = -1 - broken.Seed } });
                expected = at + ".targets[0].tolerance.points";
                break;
            case CatalogueFault.DecimalsOutOfRange:
                measure["valueType"]!["decimals"] = broken.Seed % 2 == 0 ? 7 + broken.Seed : -1 - broken.Seed;
                expected = at + ".valueType.decimals";
                break;
            case CatalogueFault.UnknownEnumWord:
                string property = new[] { "kind", "polarity", "frequency", "periodType", "numerator" }[broken.Seed % 5];
                measure[property] = "word" + broken.Seed;
                expected = at + "." + property;
                break;
            default:
                measure["unexpected" + broken.Seed] = true;
                expected = at + ".unexpected" + broken.Seed;
                break;
        }

        var result = MeasureCatalogue.Parse(root.ToJsonString());
        Assert.False(result.Success);
        Assert.Throws<DataProblemException>(() => result.Value);
        Assert.NotEmpty(result.Problems);
        Assert.Contains(result.Problems, e => e.Field == expected);
        Assert.All(result.Problems, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Property(Arbitrary = [typeof(CatalogueArbitraries)], MaxTest = 50)]
    public bool Building_a_catalogue_in_code_agrees_with_loading_its_document(MeasureCatalogue catalogue) =>
        new MeasureCatalogue(catalogue.Measures.ToArray(), catalogue.Name, catalogue.Description, catalogue.JsonSchema).Equals(catalogue);
}
