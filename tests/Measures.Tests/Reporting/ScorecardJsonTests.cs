using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Json.Schema;
using Measures.Definitions;
using Measures.Reporting;
using Measures.Time;
using Measures.Definitions.Serialization;
using Measures.Samples;

namespace Measures.Tests.Reporting;

public sealed class ScorecardJsonTests
{
    internal static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(RepositoryFile.ReadAllText("docs/reference/scorecard.schema.json")));

    private static readonly Lazy<JsonElement> SchemaDocument = new(() => JsonDocument.Parse(RepositoryFile.ReadAllText("docs/reference/scorecard.schema.json")).RootElement);

    public static TheoryData<string> Scorecards => ["internal", "public", "empty"];

    internal static Scorecard Make(string which) => which switch
    {
        "internal" => PublishedOutturnScorecardTests.Scorecard,
        "public" => new ScorecardBuilder(SampleCouncil.Catalogue, new ScorecardOptions { Audience = ScorecardAudience.Public, SuppressionPolicy = new Measures.Calculation.SuppressionPolicy(50, roundCountsTo: 5) })
            .Build(PublishedOutturns.Observations, PublishedOutturns.Year),
        _ => new ScorecardBuilder(SampleCouncil.Catalogue).Build([], ReportingPeriod.Month(2024, 3)),
    };

    [Theory]
    [MemberData(nameof(Scorecards))]
    public void The_document_is_valid_against_its_published_schema(string which)
    {
        using var document = JsonDocument.Parse(Make(which).ToString(ScorecardFormat.Json));
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public void The_schema_catches_a_number_where_a_word_belongs()
    {
        string json = Make("internal").ToString(ScorecardFormat.Json);
        string broken = json.Replace("\"status\": \"green\"", "\"status\": 3", StringComparison.Ordinal);
        Assert.NotEqual(json, broken);
        using var document = JsonDocument.Parse(broken);
        Assert.False(Schema.Value.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void The_schema_lists_exactly_the_words_the_writer_uses()
    {
        Assert.Equal(ScorecardWords.RagWords, Enum("rag"));
        Assert.Equal(ScorecardWords.DirectionWords, Enum("direction"));
        Assert.Equal(ScorecardWords.PositionWords, Enum("position"));
        Assert.Equal(ScorecardWords.StateWords, Enum("state"));
        var row = SchemaDocument.Value.GetProperty("$defs").GetProperty("row").GetProperty("properties");
        Assert.Equal(JsonWords.Kinds.Words, row.GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(JsonWords.Polarities.Words, row.GetProperty("polarity").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(JsonWords.ValueKinds.Words, row.GetProperty("valueType").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!));

        // Every defined value has its word, in the order of the enum.
        Assert.Equal([.. System.Enum.GetValues<global::Measures.Judgements.RagStatus>().Select(ScorecardWords.Rag), ScorecardWords.Withheld], ScorecardWords.RagWords);
        Assert.Equal(System.Enum.GetValues<global::Measures.Judgements.BenchmarkPosition>().Select(ScorecardWords.Position), ScorecardWords.PositionWords);
        Assert.Equal(System.Enum.GetValues<ScorecardValueState>().Select(ScorecardWords.State), ScorecardWords.StateWords);
        Assert.Equal([.. System.Enum.GetValues<global::Measures.Judgements.Direction>().Select(ScorecardWords.Direction), ScorecardWords.Withheld], ScorecardWords.DirectionWords);
    }

    [Fact]
    public void Statuses_are_words_and_periods_read_back_as_the_rows_periods()
    {
        var scorecard = Make("internal");
        using var document = JsonDocument.Parse(scorecard.ToString(ScorecardFormat.Json));
        var rows = document.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(scorecard.Rows.Count, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            var row = scorecard.Rows[i];
            Assert.Equal(row.Code, rows[i].GetProperty("code").GetString());
            Assert.Equal(row.Period, ReportingPeriod.Parse(rows[i].GetProperty("period").GetString()!));
            Assert.Equal(row.VersusPreviousPeriod.Period, ReportingPeriod.Parse(rows[i].GetProperty("previousPeriod").GetProperty("period").GetString()!));
            Assert.Equal(JsonValueKind.String, rows[i].GetProperty("rag").GetProperty("status").ValueKind);
            Assert.Equal(JsonValueKind.String, rows[i].GetProperty("samePeriodLastYear").GetProperty("direction").ValueKind);
        }

        Assert.Equal(scorecard.Period, ReportingPeriod.Parse(document.RootElement.GetProperty("period").GetString()!));
        var cpp = rows.Single(r => r.GetProperty("code").GetString() == "CSC-09");
        Assert.Equal("green", cpp.GetProperty("rag").GetProperty("status").GetString());
        Assert.Equal("improving", cpp.GetProperty("previousPeriod").GetProperty("direction").GetString());
        Assert.Equal(95.0m, cpp.GetProperty("value").GetDecimal());
        Assert.Equal("benchmark", rows.Single(r => r.GetProperty("code").GetString() == "CSC-13").GetProperty("kind").GetString());
        Assert.Equal(8, document.RootElement.GetProperty("summary").GetProperty("overall").GetProperty("green").GetInt32());
    }

    [Fact]
    public void A_stream_gets_the_same_document_as_a_writer_and_the_culture_does_not_matter()
    {
        var scorecard = Make("internal");
        string text = scorecard.ToString(ScorecardFormat.Json);
        using var stream = new MemoryStream();
        ScorecardJsonWriter.Write(scorecard, stream);
        Assert.Equal(text.TrimEnd('\n'), Encoding.UTF8.GetString(stream.ToArray()));

        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal(text, scorecard.ToString(ScorecardFormat.Json));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    private static IEnumerable<string> Enum(string name) =>
        SchemaDocument.Value.GetProperty("$defs").GetProperty(name).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);
}
