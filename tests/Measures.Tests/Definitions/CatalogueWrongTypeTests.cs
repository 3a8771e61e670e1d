using System;
using System.Linq;
using Measures.Definitions;

namespace Measures.Tests.Definitions;

/// <summary>A value of the wrong JSON type is reported at its place, and the problems before and after it are found too.</summary>
public sealed class CatalogueWrongTypeTests
{
    private static string Measure(string code, string extra = "") =>
        $$"""{ "code": "{{code}}", "title": "T", "serviceArea": "A", "kind": "activity", "valueType": { "kind": "count" }, "polarity": "none", "frequency": "monthly", "periodType": "month", "numerator": "sum"{{extra}} }""";

    [Fact]
    public void Problems_before_and_after_a_wrong_type_are_all_reported_in_document_order()
    {
        string json = $$"""
            { "version": 1, "measures": [
              {{Measure("A", ", \"polarity\": \"lowerIsBeter\"").Replace("\"polarity\": \"none\", ", "", StringComparison.Ordinal)}},
              {{Measure("B", ", \"noChangeTolerance\": \"two\"")}},
              {{Measure("C", ", \"countsInSummary\": \"yes\"")}},
              {{Measure("A")}}
            ] }
            """;
        var result = MeasureCatalogue.Parse(json);
        Assert.False(result.Success);
        Assert.Equal(
            ["$.measures[0].polarity", "$.measures[1].noChangeTolerance", "$.measures[2].countsInSummary", "$.measures[3].code"],
            result.Problems.Select(p => p.Field));
        Assert.Contains("(line 3, position", result.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("(line 4, position", result.Problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("it should be a number. The rest of the document was checked without it.", result.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("true or false", result.Problems[2].Message, StringComparison.Ordinal);
        Assert.Equal(4, result.ProblemCount);
    }

    [Fact]
    public void A_required_value_of_the_wrong_type_is_not_reported_again_as_missing()
    {
        string json = $$"""{ "version": 1, "measures": [ {{Measure("A").Replace("\"code\": \"A\"", "\"code\": 7", StringComparison.Ordinal)}} ] }""";
        var problem = Assert.Single(MeasureCatalogue.Parse(json).Problems);
        Assert.Equal("$.measures[0].code", problem.Field);
        Assert.Contains("text in double quotes", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_element_of_the_wrong_type_keeps_the_other_elements_at_their_places()
    {
        string json = $$"""{ "version": 1, "measures": [ "CSC-01", {{Measure("B", ", \"parent\": \"Z\"")}} ] }""";
        var result = MeasureCatalogue.Parse(json);
        Assert.Equal(["$.measures[0]", "$.measures[1].parent"], result.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Text_that_is_not_json_still_stops_the_load_where_it_is()
    {
        string json = $$"""{ "version": 1, "measures": [ {{Measure("A", ", \"noChangeTolerance\": \"two\"")}}, { "code": } ] }""";
        var result = MeasureCatalogue.Parse(json);
        Assert.Equal(2, result.ProblemCount);
        Assert.Equal("$.measures[0].noChangeTolerance", result.Problems[0].Field);
        Assert.EndsWith("Nothing else was checked until this is fixed.", result.Problems[1].Message, StringComparison.Ordinal);
    }
}
