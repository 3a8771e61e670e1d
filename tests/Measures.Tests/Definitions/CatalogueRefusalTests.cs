using System;
using System.IO;
using System.Linq;
using System.Text;
using Measures.Definitions;
using Measures.Samples;

namespace Measures.Tests.Definitions;

/// <summary>What loading a catalogue does with input that is broken in the ways real files are.</summary>
public sealed class CatalogueRefusalTests
{
    private static readonly string Sample = SampleCouncil.Catalogue.ToJson();

    private static LoadResult<MeasureCatalogue> Load(byte[] bytes) => MeasureCatalogue.Load(new MemoryStream(bytes));

    [Fact]
    public void An_unknown_key_that_looks_like_a_path_is_reported_with_the_other_problems()
    {
        foreach (string json in new[]
        {
            """{ "measures": [], "measures[x]": 1 }""",
            """{ "version": 1, "measures": [], "measures[x]": 1, "measures[": 2, "measures[0": 3 }""",
            """{ "version": 2, "measures": [ null ], "measures[0].code": 1 }""",
        })
        {
            var result = MeasureCatalogue.Parse(json);
            Assert.False(result.Success);
            Assert.Contains(result.Problems, p => p.Field == "$['measures[x]']" || p.Field == "$['measures[0].code']");
        }
    }

    [Fact]
    public void A_latin1_byte_in_a_catalogue_is_refused_at_its_line_and_column()
    {
        byte[] json = Encoding.UTF8.GetBytes(Sample.Replace("\"name\": \"", "\"name\": \"\u0001", StringComparison.Ordinal));
        int at = Array.IndexOf(json, (byte)1);
        json[at] = 0xA3;
        var problem = Assert.Single(Load(json).Problems);
        Assert.Equal(DataProblemKind.Unreadable, problem.Kind);
        Assert.Equal(Sample[..at].Count(c => c == '\n') + 1, problem.Line);
        Assert.Equal(at - Sample[..at].LastIndexOf('\n'), problem.Column);
        Assert.Contains("not UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Contains("\"£\"", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "version": 1, "name": "\ud800", "measures": [] }""")]
    [InlineData("""{ "version": 1, "\udc00": 1, "measures": [] }""")]
    public void An_escape_for_half_a_surrogate_pair_is_a_problem_not_an_exception(string json)
    {
        foreach (var result in new[] { MeasureCatalogue.Parse(json), Load(Encoding.UTF8.GetBytes(json)) })
        {
            var problem = Assert.Single(result.Problems);
            Assert.Contains("half of a surrogate pair", problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_escape_for_half_a_surrogate_pair_is_refused_at_its_line_and_column()
    {
        var problem = Assert.Single(MeasureCatalogue.Parse("{\n  \"version\": 1,\n  \"name\": \"ok \\ud83d\\ude42 \\\\ud800 \\ud83d\", \"measures\": [] }").Problems);
        Assert.Equal((DataProblemKind.InvalidValue, 3, 11), (problem.Kind, problem.Line, problem.Column));
        Assert.Contains("\\uD83D", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Half_a_surrogate_pair_in_catalogue_text_is_refused_where_it_is()
    {
        var problem = Assert.Single(MeasureCatalogue.Parse("{\n  \"name\": \"A\ud800\" }").Problems);
        Assert.Equal((DataProblemKind.Unreadable, 2, 13), (problem.Kind, problem.Line, problem.Column));
    }

    [Theory]
    [InlineData('\u200B')]
    [InlineData('\u2060')]
    [InlineData('\u202E')]
    public void A_measure_code_holding_an_invisible_character_is_refused(char hidden)
    {
        string json = Sample.Replace("\"code\": \"CSC-07\"", $"\"code\": \"CSC-07{hidden}\"", StringComparison.Ordinal);
        var problem = Assert.Single(MeasureCatalogue.Parse(json).Problems);
        Assert.Equal(DataProblemKind.InvalidValue, problem.Kind);
        Assert.EndsWith(".code", problem.Field, StringComparison.Ordinal);
        Assert.Contains($"\"CSC-07\\u{(int)hidden:X4}\"", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_are_counted_by_kind_and_the_first_thousand_listed()
    {
        var measures = string.Join(",", Enumerable.Range(0, 1_500).Select(i => $$"""{ "code": "M{{i}}", "polarty": "none" }"""));
        var result = MeasureCatalogue.Parse($$"""{ "version": 1, "measures": [ {{measures}} ] }""");
        Assert.Equal(1_000, result.Problems.Count);
        Assert.Equal(result.ProblemCount, result.ProblemCountsByKind.Values.Sum());
        Assert.Equal(1_500, result.ProblemCountsByKind[DataProblemKind.UnknownName]);
        Assert.Equal("$.measures[0]", result.Problems[0].Field[..13]);
    }

    [Fact]
    public void A_utf16_catalogue_is_refused_with_a_reason()
    {
        var problem = Assert.Single(Load([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)]).Problems);
        Assert.Contains("UTF-16", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalogue_with_a_byte_order_mark_loads()
    {
        Assert.True(Load([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)]).Success);
    }
}
