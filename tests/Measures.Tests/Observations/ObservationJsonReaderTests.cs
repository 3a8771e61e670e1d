using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Measures.Definitions;
using Measures.Time;
using Measures.Observations;
using Measures.Samples;

namespace Measures.Tests.Observations;

public sealed class ObservationJsonReaderTests
{
    private static LoadResult<IReadOnlyList<Observation>> Read(string json, MeasureCatalogue? catalogue = null) =>
        ObservationJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "export.json", new ObservationReadOptions { Catalogue = catalogue });

    [Fact]
    public void Reads_a_document_or_a_bare_array()
    {
        Observation[] expected = [new("EH-01", ReportingPeriod.Month(2023, 12), 250, 270, "North"), new("CSC-04", ReportingPeriod.FinancialYear(2023), 502, null)];
        string items = """[{ "measure": "EH-01", "period": "Dec 2023", "organisationalUnit": "North", "numerator": 250, "denominator": 270 }, { "measure": "CSC-04", "period": "2023/24", "numerator": 502, "denominator": null }]""";
        Assert.Equal(expected, Read("{ \"observations\": " + items + " }").Value);
        Assert.Equal(expected, Read(items).Value);
    }

    [Fact]
    public void Writes_the_document_form()
    {
        string json = ObservationJsonWriter.ToJson([new Observation("CSC-04", ReportingPeriod.Month(2024, 3), 502, null, "Café")]);
        Assert.Equal("{\n  \"observations\": [\n    {\n      \"measure\": \"CSC-04\",\n      \"period\": \"2024-03\",\n      \"organisationalUnit\": \"Café\",\n      \"numerator\": 502\n    }\n  ]\n}\n", json);
    }

    [Fact]
    public void Errors_give_the_line_column_path_and_value()
    {
        var result = Read("{\n  \"observations\": [\n    { \"measure\": \"EH-01\", \"period\": \"Dec 23\", \"numerator\": 5, \"denominator\": 9 },\n    { \"measure\": \"EH-01\", \"period\": \"2023-04\", \"numerator\": 10, \"denominator\": 9 }\n  ]\n}", SampleCouncil.Catalogue);
        Assert.Equal(2, result.Problems.Count);
        var period = result.Problems[0];
        Assert.Equal((3, 37, "$.observations[0].period", "Dec 23"), (period.Line, period.Column, period.Field, period.Value));
        Assert.StartsWith("This is not a period label", period.Message, StringComparison.Ordinal);
        var numerator = result.Problems[1];
        Assert.Equal((4, "$.observations[1].numerator", "10"), (numerator.Line, numerator.Field, numerator.Value));
        Assert.Contains("above the denominator", numerator.Message, StringComparison.Ordinal);
        Assert.Throws<DataProblemException>(() => result.Value);
    }

    [Theory]
    [InlineData("""[{ "measure": "EH-01", "period": "2023-04", "numerator": "5" }]""", "should be a whole number")]
    [InlineData("""[{ "measure": "EH-01", "period": "2023-04", "numerator": 5.5 }]""", "must be a whole number")]
    [InlineData("""[{ "measure": "EH-01", "period": "2023-04", "numerator": -5 }]""", "negative")]
    [InlineData("""[{ "measure": "EH-01", "period": "2023-04" }]""", "has no \"numerator\"")]
    [InlineData("""[{ "measure": "EH-01", "period": "2023-04", "numerator": 5, "Denominator": 9 }]""", "Did you mean \"denominator\"?")]
    [InlineData("""[{ "measure": "EH-01", "period": "2023-04", "numerator": 5, "numerator": 6 }]""", "given twice")]
    [InlineData("""[ 5 ]""", "should be an object")]
    [InlineData("""{ "observation": [] }""", "Did you mean \"observations\"?")]
    [InlineData("""[{ "measure": "EH-01", "period": "2023-04", "numerator": 5 """, "not valid JSON")]
    [InlineData("", "empty")]
    public void Bad_documents_are_reported(string json, string why)
    {
        var result = Read(json);
        Assert.False(result.Success);
        Assert.Contains(result.Problems, e => e.Message.Contains(why, StringComparison.Ordinal));
    }

    [Fact]
    public void Text_readers_are_read_too()
    {
        Assert.Single(ObservationJsonReader.Read(new StringReader("""[{ "measure": "X", "period": "2019", "numerator": 1 }]"""), "x.json").Value);
    }
}
