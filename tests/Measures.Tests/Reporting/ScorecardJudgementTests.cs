using System;
using System.Linq;
using System.Text.Json;
using Measures.Calculation;
using Measures.Judgements;
using Measures.Observations;
using Measures.Reporting;
using static Measures.Tests.Reporting.ScorecardTestMeasures;

namespace Measures.Tests.Reporting;

/// <summary>How a public scorecard withholds the judgements that rest on a suppressed value, and how every writer shows that.</summary>
public sealed class ScorecardJudgementTests
{
    private const string WithheldValue = "Not shown: the value is suppressed to protect small numbers.";

    // 24 of 36 assessments and 24 section 47s in the year: all below the threshold of 50.
    private static readonly Observation[] SmallFigures =
    [
        .. Months("FLOW", 2023, [.. Enumerable.Repeat(2L, 12)], [.. Enumerable.Repeat(3L, 12)]),
        .. Months("S47", 2023, [.. Enumerable.Repeat(2L, 12)], [.. Enumerable.Repeat(12_000L, 12)]),
    ];

    private static Scorecard Build(ScorecardAudience audience) =>
        new ScorecardBuilder(Catalogue(Flow(), RateOfFlow()), new ScorecardOptions { Audience = audience, SuppressionPolicy = new SuppressionPolicy(50) })
            .Build(SmallFigures, Year);

    [Fact]
    public void A_rated_measure_with_a_suppressed_value_has_its_rating_and_directions_withheld()
    {
        var shown = Build(ScorecardAudience.Public)["FLOW"];
        Assert.Equal(ScorecardValueState.Suppressed, shown.State);
        Assert.True(shown.Rag.IsWithheld);
        Assert.Equal(WithheldValue, shown.Rag.WithheldExplanation);
        Assert.False(shown.Rag.TryGetJudgement(out var rating));
        Assert.Null(rating);
        var thrown = Assert.Throws<InvalidOperationException>(() => shown.Rag.Judgement);
        Assert.Contains(WithheldValue, thrown.Message, StringComparison.Ordinal);
        Assert.Equal(WithheldValue, shown.Rag.ToString());
        Assert.True(shown.VersusPreviousPeriod.Travel.IsWithheld);
        Assert.True(shown.VersusSamePeriodLastYear.Travel.IsWithheld);
        Assert.Equal("Not shown: a value compared is suppressed to protect small numbers.", shown.VersusSamePeriodLastYear.ToString());

        // The target is public; only the judgement against it is withheld. The internal version rates it: 66.7% against 80% is red.
        Assert.Equal(80m, shown.Target!.Value);
        var full = Build(ScorecardAudience.Internal)["FLOW"];
        Assert.False(full.Rag.IsWithheld);
        Assert.Null(full.Rag.WithheldExplanation);
        Assert.Equal(RagStatus.Red, full.Rag.Judgement.Status);
        Assert.True(full.Rag.TryGetJudgement(out var fullRating));
        Assert.Same(full.Rag.Judgement, fullRating);
    }

    [Fact]
    public void A_measure_that_is_not_rated_says_so_even_when_its_value_is_suppressed_but_its_benchmarking_is_withheld()
    {
        var shown = Build(ScorecardAudience.Public)["S47"];
        Assert.Equal(ScorecardValueState.Suppressed, shown.State);
        Assert.Equal(RagStatus.NoPolarity, shown.Rag.Judgement.Status);
        var benchmark = shown.Benchmark!;
        Assert.Equal(191.6m, benchmark.Benchmark.Comparators[0].Value);
        Assert.True(benchmark.Comparisons.IsWithheld);
        Assert.True(benchmark.QuartileBand.IsWithheld);

        var full = Build(ScorecardAudience.Internal)["S47"].Benchmark!;
        Assert.Equal(BenchmarkPosition.Below, Assert.Single(full.Comparisons.Judgement).Position);
        Assert.Null(full.QuartileBand.Judgement);
    }

    [Fact]
    public void A_withheld_rating_counts_as_without_a_value_in_the_summary()
    {
        var summary = Build(ScorecardAudience.Public).Summary.Overall;
        Assert.Equal(1, summary.NoValue);
        Assert.Equal(0, summary.Red);
        Assert.Equal(1, Build(ScorecardAudience.Internal).Summary.Overall.Red);
    }

    [Fact]
    public void Every_writer_shows_a_withheld_judgement_the_same_way()
    {
        var scorecard = Build(ScorecardAudience.Public);

        using var json = JsonDocument.Parse(scorecard.ToString(ScorecardFormat.Json));
        var row = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "FLOW");
        Assert.Equal("suppressed", row.GetProperty("rag").GetProperty("status").GetString());
        Assert.Equal(WithheldValue, row.GetProperty("rag").GetProperty("explanation").GetString());
        Assert.Equal("suppressed", row.GetProperty("previousPeriod").GetProperty("direction").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("previousPeriod").GetProperty("change").ValueKind);

        var csv = Rfc4180.Parse(scorecard.ToString(ScorecardFormat.Csv));
        var header = csv[0];
        var flow = csv.Single(r => r[0] == "FLOW");
        Assert.Equal("suppressed", flow[Array.IndexOf(header, "rag")]);
        Assert.Equal(WithheldValue, flow[Array.IndexOf(header, "rag_explanation")]);
        Assert.Equal("suppressed", flow[Array.IndexOf(header, "direction_vs_previous")]);
        Assert.Equal("suppressed", csv.Single(r => r[0] == "S47")[Array.IndexOf(header, "benchmarks")]);

        string markdown = scorecard.ToString(ScorecardFormat.Markdown);
        Assert.Contains("| Suppressed | Suppressed (", markdown, StringComparison.Ordinal);
        Assert.Contains("- **FLOW**: " + WithheldValue, markdown, StringComparison.Ordinal);

        Assert.Contains("Suppressed", scorecard.ToString(ScorecardFormat.Table), StringComparison.Ordinal);

        var html = ScorecardHtmlTests.Xml(scorecard.ToString(ScorecardFormat.Html));
        Assert.Contains(html.Descendants("span"), s => (string?)s.Attribute("class") == "measures-rag measures-rag-none" && s.Value.EndsWith("Suppressed", StringComparison.Ordinal));
        Assert.Contains(html.Descendants("span"), s => s.Value == WithheldValue);
    }
}
