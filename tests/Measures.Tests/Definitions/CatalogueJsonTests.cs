using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Measures.Definitions;
using Measures.Time;

namespace Measures.Tests.Definitions;

public sealed class CatalogueJsonTests
{
    private const string Valid = """
        {
          "version": 1,
          "name": "Test",
          "measures": [
            {
              "code": "EH-06",
              "title": "Combined NEET/NK",
              "serviceArea": "Early Help",
              "kind": "benchmark",
              "valueType": { "kind": "percentage", "decimals": 2 },
              "polarity": "lowerIsBetter",
              "frequency": "monthly",
              "periodType": "month",
              "numerator": "mean",
              "denominator": "mean",
              "targets": [ { "year": "2023/24", "value": 6, "tolerance": { "fractionOfTarget": 0.1 } } ]
            },
            {
              "code": "EH-07",
              "title": "NEET",
              "serviceArea": "Early Help",
              "kind": "benchmark",
              "parent": "EH-06",
              "valueType": { "kind": "percentage" },
              "polarity": "lowerIsBetter",
              "frequency": "monthly",
              "periodType": "month",
              "numerator": "mean",
              "denominator": "mean",
              "dataLag": "P1M",
              "targets": [ { "from": "2023/24", "value": 4.5, "tolerance": { "points": 0.5 } } ]
            }
          ]
        }
        """;

    private static LoadResult<MeasureCatalogue> LoadWith(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Valid)!.AsObject();
        change(root);
        return MeasureCatalogue.Parse(root.ToJsonString());
    }

    private static JsonObject Measure(JsonObject root, int index) => root["measures"]![index]!.AsObject();

    private static DataProblem Single(LoadResult<MeasureCatalogue> result)
    {
        Assert.False(result.Success);
        Assert.Throws<DataProblemException>(() => result.Value);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void A_valid_catalogue_loads_with_its_components_targets_and_defaults()
    {
        var result = MeasureCatalogue.Parse(Valid);
        Assert.True(result.Success, result.ToString());
        Assert.Empty(result.Problems);
        var neet = result.Value["EH-07"];
        Assert.Equal("EH-06", neet.ParentCode);
        Assert.Equal(1, neet.ValueType.Decimals);
        Assert.Equal(TemporalRule.Mean, neet.NumeratorRule);
        Assert.True(neet.Targets[0].Onwards);
        Assert.Equal(NodaTime.Period.FromMonths(1), neet.DataLag);
        Assert.Equal(ToleranceBand.FractionOfTarget(0.1m), result.Value["EH-06"].Targets[0].Tolerance);
        Assert.Equal(ReportingPeriod.FinancialYear(2023), result.Value["EH-06"].Targets[0].Period);
        Assert.True(neet.CountsInSummary);
    }

    [Fact]
    public void Duplicate_codes_are_reported_at_the_second_code()
    {
        var error = Single(LoadWith(root =>
        {
            Measure(root, 1)["code"] = "EH-06";
            Measure(root, 1).Remove("parent");
        }));
        Assert.Equal("$.measures[1].code", error.Field);
        Assert.Equal("The code \"EH-06\" is already used by measures[0]; each measure needs its own code.", error.Message);
    }

    [Fact]
    public void An_unknown_parent_is_reported()
    {
        var error = Single(LoadWith(root => Measure(root, 1)["parent"] = "EH-99"));
        Assert.Equal("$.measures[1].parent", error.Field);
        Assert.Equal("The parent \"EH-99\" is not a measure in this catalogue.", error.Message);
    }

    [Fact]
    public void A_percentage_without_a_denominator_is_reported()
    {
        var error = Single(LoadWith(root => Measure(root, 0).Remove("denominator")));
        Assert.Equal("$.measures[0].denominator", error.Field);
        Assert.StartsWith("EH-06 is a percentage, so it needs a denominator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_on_a_measure_without_polarity_is_reported()
    {
        var error = Single(LoadWith(root => Measure(root, 0)["polarity"] = "none"));
        Assert.Equal("$.measures[0].targets[0]", error.Field);
        Assert.Contains("has a target but no good direction", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_target_years_are_reported()
    {
        var error = Single(LoadWith(root => Measure(root, 1)["targets"]!.AsArray().Add(JsonNode.Parse("""{ "year": "2025/26", "value": 4 }"""))));
        Assert.Equal("$.measures[1].targets[1]", error.Field);
        Assert.Equal("The target for FY 2025/26 overlaps the target for FY 2023/24 onwards (targets[0]): only one target can be in force on any day.", error.Message);
    }

    [Fact]
    public void A_negative_tolerance_is_reported()
    {
        var error = Single(LoadWith(root => Measure(root, 1)["targets"]![0]!["tolerance"] = JsonNode.Parse("""{ "points": -0.5 }""")));
        Assert.Equal("$.measures[1].targets[0].tolerance.points", error.Field);
        Assert.Equal("A tolerance cannot be negative; -0.5 was given. Use 0 for no amber band.", error.Message);
    }

    [Fact]
    public void Decimals_out_of_range_are_reported()
    {
        var error = Single(LoadWith(root => Measure(root, 0)["valueType"]!["decimals"] = 9));
        Assert.Equal("$.measures[0].valueType.decimals", error.Field);
        Assert.Equal("Display decimals must be between 0 and 6; 9 was given.", error.Message);
    }

    [Theory]
    [InlineData("kind", "benchmarks", "\"benchmarks\" is not a kind of measure (did you mean \"benchmark\"?); use one of: \"benchmark\", \"activity\", \"education\", \"local\".")]
    [InlineData("polarity", "HigherIsBetter", "\"HigherIsBetter\" is not a polarity (words are case-sensitive: did you mean \"higherIsBetter\"?); use one of: \"higherIsBetter\", \"lowerIsBetter\", \"none\", \"withinRange\".")]
    [InlineData("frequency", "weekly", "\"weekly\" is not a reporting frequency; use one of: \"monthly\", \"quarterly\", \"termly\", \"annually\".")]
    [InlineData("numerator", "average", "\"average\" is not a numerator rule (how the numerator combines over time); use one of: \"sum\", \"last\", \"mean\".")]
    public void Unknown_enum_words_are_reported_with_the_words_allowed(string property, string word, string message)
    {
        var error = Single(LoadWith(root => Measure(root, 0)[property] = word));
        Assert.Equal("$.measures[0]." + property, error.Field);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_misspelt_word_gets_a_suggestion()
    {
        var error = Single(LoadWith(root => Measure(root, 0)["polarity"] = "lowerIsBeter"));
        Assert.StartsWith("\"lowerIsBeter\" is not a polarity (did you mean \"lowerIsBetter\"?)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_with_a_bad_tolerance_is_still_checked_for_overlaps()
    {
        var result = LoadWith(root =>
        {
            var targets = Measure(root, 0)["targets"]!.AsArray();
            targets[0]!["tolerance"] = JsonNode.Parse("""{ "points": -1 }""");
            targets.Add(JsonNode.Parse("""{ "from": "2023/24", "value": 5 }"""));
        });
        Assert.Equal(["$.measures[0].targets[0].tolerance.points", "$.measures[0].targets[1]"], result.Problems.Select(e => e.Field));
    }

    [Fact]
    public void Enum_values_given_as_numbers_are_refused()
    {
        var error = Single(LoadWith(root => Measure(root, 0)["polarity"] = 1));
        Assert.Equal("$.measures[0].polarity", error.Field);
        Assert.StartsWith("This value has the wrong type", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_in_document_order()
    {
        var result = LoadWith(root =>
        {
            var a = Measure(root, 0);
            var b = Measure(root, 1);
            a.Remove("denominator");
            a["valueType"]!["decimals"] = 7;
            a["kind"] = "benchmarks";
            a["targets"]![0]!["tolerance"] = JsonNode.Parse("""{ "points": -1 }""");
            b["code"] = "EH-06";
            b["parent"] = "EH-99";
            b["polarity"] = "none";
            b["targets"]!.AsArray().Add(JsonNode.Parse("""{ "year": "2024/25", "value": 4 }"""));
        });
        Assert.False(result.Success);
        Assert.Equal(
        [
            "$.measures[0].kind",
            "$.measures[0].valueType.decimals",
            "$.measures[0].denominator",
            "$.measures[0].targets[0].tolerance.points",
            "$.measures[1].code",
            "$.measures[1].parent",
            "$.measures[1].targets[0]",
            "$.measures[1].targets[1]",
            "$.measures[1].targets[1]",
        ],
            result.Problems.Select(e => e.Field));
    }

    [Fact]
    public void Load_throws_one_exception_listing_every_problem()
    {
        string json = Valid.Replace("\"lowerIsBetter\"", "\"lower\"", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var ex = Assert.Throws<DataProblemException>(() => MeasureCatalogue.Load(stream).Value);
        Assert.Equal(2, ex.Problems.Count);
        Assert.StartsWith("The data has 2 problems; nothing was loaded:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.measures[1].polarity: \"lower\" is not a polarity", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_properties_are_reported_with_a_suggestion()
    {
        var error = Single(LoadWith(root => Measure(root, 0)["polarty"] = "lowerIsBetter"));
        Assert.Equal("$.measures[0].polarty", error.Field);
        Assert.Equal("\"polarty\" is not a property of a measure. Did you mean \"polarity\"?", error.Message);
    }

    [Fact]
    public void The_version_is_required_and_checked()
    {
        Assert.Equal("$.version", Single(LoadWith(root => root.Remove("version"))).Field);
        var error = Single(LoadWith(root => root["version"] = 2));
        Assert.Equal("This catalogue is in format version 2; this version of Measures reads version 1.", error.Message);
    }

    [Fact]
    public void A_target_needs_a_year_or_a_start_but_not_both()
    {
        Assert.Equal("$.measures[0].targets[0]", Single(LoadWith(root => Measure(root, 0)["targets"]![0]!.AsObject().Remove("year"))).Field);
        Assert.Equal("$.measures[0].targets[0]", Single(LoadWith(root => Measure(root, 0)["targets"]![0]!["from"] = "2024/25")).Field);
        var error = Single(LoadWith(root => Measure(root, 0)["targets"]![0]!["year"] = "2023/25"));
        Assert.Equal("$.measures[0].targets[0].year", error.Field);
        Assert.StartsWith("\"2023/25\" is not a period label", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_and_wrong_types_name_the_place()
    {
        var malformed = Single(MeasureCatalogue.Parse("""{ "version": 1, "measures": [ } ] }"""));
        Assert.Equal("$.measures[0]", malformed.Field);
        Assert.StartsWith("The document is not valid JSON (line 1, position", malformed.Message, StringComparison.Ordinal);
        var wrong = Single(LoadWith(root => Measure(root, 0)["valueType"]!["decimals"] = "two"));
        Assert.Equal("$.measures[0].valueType.decimals", wrong.Field);
        Assert.Contains("it should be a whole number", wrong.Message, StringComparison.Ordinal);
        var twice = Single(MeasureCatalogue.Parse("""{ "version": 1, "version": 1, "measures": [] }"""));
        Assert.StartsWith("\"version\" is given twice", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed_for_hand_editing()
    {
        Assert.True(MeasureCatalogue.Parse("""
            {
              // the scorecard for 2023/24
              "version": 1,
              "measures": [],
            }
            """).Success);
    }

    [Fact]
    public void Saving_writes_enums_as_words_and_canonical_period_labels()
    {
        string json = MeasureCatalogue.Parse(Valid).Value.ToJson();
        Assert.Contains("\"polarity\": \"lowerIsBetter\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"percentage\"", json, StringComparison.Ordinal);
        Assert.Contains("\"numerator\": \"mean\"", json, StringComparison.Ordinal);
        Assert.Contains("\"year\": \"FY 2023/24\"", json, StringComparison.Ordinal);
        Assert.Contains("\"from\": \"FY 2023/24\"", json, StringComparison.Ordinal);
        Assert.Contains("\"version\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"dataLag\": \"P1M\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_then_save_then_load_gives_an_equal_catalogue_and_the_same_text()
    {
        var first = MeasureCatalogue.Parse(Valid).Value;
        string saved = first.ToJson();
        var second = MeasureCatalogue.Parse(saved).Value;
        Assert.Equal(first, second);
        Assert.Equal(saved, second.ToJson());
    }

    [Fact]
    public void Save_leaves_the_stream_open_and_writes_utf8()
    {
        using var stream = new MemoryStream();
        MeasureCatalogue.Parse(Valid).Value.Save(stream);
        Assert.True(stream.CanWrite);
        stream.Position = 0;
        Assert.Equal(MeasureCatalogue.Parse(Valid).Value, MeasureCatalogue.Load(stream).Value);
    }
}
