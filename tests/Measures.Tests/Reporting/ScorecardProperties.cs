using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FsCheck.Xunit;
using Measures.Calculation;
using Measures.Definitions;
using Measures.Judgements;
using Measures.Reporting;
using Measures.Time;
using Measures.Observations;

namespace Measures.Tests.Reporting;

/// <summary>The laws of scorecards, on random histories with many small counts.</summary>
public sealed class ScorecardProperties
{
    [Property(Arbitrary = [typeof(ScorecardArbitraries)])]
    public void The_public_version_never_shows_a_count_below_the_threshold_nor_a_figure_built_on_one(ScorecardCase c)
    {
        var internalCard = Build(c, c.Period, ScorecardAudience.Internal);
        var publicCard = Build(c, c.Period, ScorecardAudience.Public);
        var internals = new Dictionary<ReportingPeriod, Scorecard> { [c.Period] = internalCard };
        for (int i = 0; i < publicCard.Rows.Count; i++)
        {
            var shown = publicCard.Rows[i];
            var full = internalCard.Rows[i];
            Assert.Equal(full.Period, shown.Period);
            bool small = full.State is ScorecardValueState.Value or ScorecardValueState.NoValue && IsSmall(full, c.Policy);
            if (small)
            {
                Assert.Equal(ScorecardValueState.Suppressed, shown.State);
                Assert.Equal(PublishedFigure.SymbolText(StatisticalSymbol.Confidential), shown.ValueText);
                Assert.Null(shown.Value);
                Assert.Null(shown.RoundedValue);
                Assert.Null(shown.Numerator);
                Assert.Null(shown.Denominator);
                // A rated measure's rating is withheld; a measure that is not rated says so, which reveals nothing.
                Assert.True(shown.Rag.IsWithheld || shown.Rag.Judgement.Status is RagStatus.NoTarget or RagStatus.NoPolarity);
                Assert.True(shown.Rag.IsWithheld || shown.Rag.Judgement.Value is null);
                foreach (var travel in (ScorecardDirection[])[shown.VersusPreviousPeriod, shown.VersusSamePeriodLastYear])
                {
                    Assert.True(travel.Travel.IsWithheld);
                    Assert.False(travel.Travel.TryGetJudgement(out _));
                    Assert.Throws<InvalidOperationException>(() => travel.Travel.Judgement);
                }

                Assert.True(shown.Benchmark is null || (shown.Benchmark.Comparisons.IsWithheld && shown.Benchmark.QuartileBand.IsWithheld));
            }
            else if (shown.Suppression == SuppressionReason.ProtectsAnotherCell)
            {
                // Withheld so that no small count can be worked out from the row's other figures: only ever a summed count.
                Assert.Equal(ScorecardValueState.Suppressed, shown.State);
                Assert.True(IsCumulativeCount(shown.Measure));
            }
            else
            {
                Assert.Equal(full.State, shown.State);
                Assert.Equal(full.Value, shown.Value);
                Assert.Equal(full.Rag.Judgement.Status, shown.Rag.Judgement.Status);
            }

            // Every period of the history is suppressed exactly when the internal scorecard for that period has small figures.
            foreach (var point in shown.History)
            {
                if (!internals.TryGetValue(point.Period, out var then))
                {
                    then = internals[point.Period] = Build(c, point.Period, ScorecardAudience.Internal);
                }

                var past = then.Rows[i];
                Assert.Equal(point.Period, past.Period);
                bool pastSmall = past.State is ScorecardValueState.Value or ScorecardValueState.NoValue && IsSmall(past, c.Policy);
                bool protects = !pastSmall && point.State == ScorecardValueState.Suppressed && IsCumulativeCount(shown.Measure);
                Assert.Equal(pastSmall || protects, point.State == ScorecardValueState.Suppressed);
                Assert.Equal(pastSmall || protects ? null : past.RoundedValue, point.Value);
                if (!pastSmall && !protects && (point.Period == shown.VersusPreviousPeriod.Period) && shown.State != ScorecardValueState.Suppressed)
                {
                    Assert.Equal(past.RoundedValue, shown.VersusPreviousPeriod.Travel.Judgement.Previous);
                }
            }
        }

        // The JSON holds no figure for a suppressed row or point.
        using var json = JsonDocument.Parse(publicCard.ToString(ScorecardFormat.Json));
        Assert.Equal("public", json.RootElement.GetProperty("audience").GetString());
        foreach (var row in json.RootElement.GetProperty("rows").EnumerateArray())
        {
            if (row.GetProperty("state").GetString() == "suppressed")
            {
                Assert.Equal("[c]", row.GetProperty("valueText").GetString());
                foreach (string name in (string[])["value", "numerator", "denominator"])
                {
                    Assert.Equal(JsonValueKind.Null, row.GetProperty(name).ValueKind);
                }

                foreach (string name in (string[])["previousPeriod", "samePeriodLastYear"])
                {
                    Assert.Equal("suppressed", row.GetProperty(name).GetProperty("direction").GetString());
                    Assert.Equal(JsonValueKind.Null, row.GetProperty(name).GetProperty("earlierValue").ValueKind);
                }
            }

            foreach (var point in row.GetProperty("history").EnumerateArray().Where(p => p.GetProperty("state").GetString() == "suppressed"))
            {
                Assert.Equal(JsonValueKind.Null, point.GetProperty("value").ValueKind);
            }
        }
    }

    [Property(Arbitrary = [typeof(ScorecardArbitraries)])]
    public void The_internal_version_shows_every_figure(ScorecardCase c)
    {
        var scorecard = Build(c, c.Period, ScorecardAudience.Internal);
        Assert.Null(scorecard.SuppressionPolicy);
        Assert.All(scorecard.Rows, r => Assert.NotEqual(ScorecardValueState.Suppressed, r.State));
        Assert.All(scorecard.Rows.SelectMany(r => r.History), p => Assert.NotEqual(ScorecardValueState.Suppressed, p.State));
    }

    [Property(Arbitrary = [typeof(ScorecardArbitraries)])]
    public void The_order_of_the_observations_does_not_matter(ScorecardCase c)
    {
        var builder = new ScorecardBuilder(ScorecardCase.Catalogue);
        Assert.Equal(builder.Build(c.Observations, c.Period).ToString(ScorecardFormat.Json), builder.Build(c.Shuffled(), c.Period).ToString(ScorecardFormat.Json));
    }

    [Property(Arbitrary = [typeof(ScorecardArbitraries)])]
    public void Teams_add_up_to_the_council(ScorecardCase c)
    {
        var whole = c.Observations
            .GroupBy(o => (o.MeasureCode, o.Period))
            .Select(g => new Observation(g.Key.MeasureCode, g.Key.Period, g.Sum(o => o.Numerator), g.First().Denominator is null ? null : g.Sum(o => o.Denominator!.Value)));
        var builder = new ScorecardBuilder(ScorecardCase.Catalogue);
        Assert.Equal(builder.Build(c.Observations, c.Period).ToString(ScorecardFormat.Json), builder.Build(whole, c.Period).ToString(ScorecardFormat.Json));
    }

    [Property(Arbitrary = [typeof(ScorecardArbitraries)])]
    public void A_flow_percentage_is_its_total_numerator_over_its_total_denominator(ScorecardCase c)
    {
        var row = Build(c, c.Period, ScorecardAudience.Internal)["FLOW"];
        var inPeriod = c.Observations.Where(o => o.MeasureCode == "FLOW" && c.Period.Contains(o.Period)).ToList();
        long numerator = inPeriod.Sum(o => o.Numerator);
        long denominator = inPeriod.Sum(o => o.Denominator!.Value);
        if (inPeriod.Count == 0)
        {
            Assert.Equal(ScorecardValueState.NoData, row.State);
        }
        else if (denominator == 0)
        {
            Assert.Equal(ScorecardValueState.NoValue, row.State);
        }
        else
        {
            Assert.Equal(numerator * 100m / denominator, row.Value);
            Assert.Equal((decimal)numerator, row.Numerator);
        }
    }

    [Property(Arbitrary = [typeof(ScorecardArbitraries)])]
    public void The_summary_adds_up(ScorecardCase c)
    {
        var scorecard = Build(c, c.Period, c.Seed % 2 == 0 ? ScorecardAudience.Internal : ScorecardAudience.Public);
        var summary = scorecard.Summary;
        var overall = summary.Overall;
        Assert.Equal(scorecard.Rows.Count, overall.Measures + summary.Exclusions.Count);
        Assert.Equal(overall.Measures, overall.WithTarget + overall.WithoutTarget);
        Assert.Equal(overall.Measures, overall.WithGoodDirection + overall.WithoutGoodDirection);
        Assert.Equal(overall.Green, summary.ByServiceArea.Sum(a => a.Counts.Green));
        Assert.Equal(overall.Red, summary.ByServiceArea.Sum(a => a.Counts.Red));
        Assert.Equal(overall.Improving, summary.ByServiceArea.Sum(a => a.Counts.Improving));
        Assert.Equal(overall.Measures, summary.ByServiceArea.Sum(a => a.Counts.Measures));
        Assert.Equal(scorecard.Rows.Count(r => r.SummaryExclusion is null && r.Rag.TryGetJudgement(out var rating) && rating.Status == RagStatus.Green), overall.Green);
    }

    [Property(Arbitrary = [typeof(ScorecardArbitraries)])]
    public void Every_writer_handles_every_scorecard(ScorecardCase c)
    {
        var scorecard = Build(c, c.Period, c.Seed % 2 == 0 ? ScorecardAudience.Internal : ScorecardAudience.Public);
        Assert.Equal(scorecard.Rows.Count + 1, Rfc4180.Parse(scorecard.ToString(ScorecardFormat.Csv)).Count);
        Assert.NotNull(ScorecardHtmlTests.Xml(scorecard.ToString(ScorecardFormat.Html)).Root);
        using var json = JsonDocument.Parse(scorecard.ToString(ScorecardFormat.Json));
        Assert.Equal(scorecard.Rows.Count, json.RootElement.GetProperty("rows").GetArrayLength());
        Assert.All(scorecard.Rows, r => Assert.Contains(r.Code, scorecard.ToString(ScorecardFormat.Table), StringComparison.Ordinal));
    }

    [Fact]
    public void A_count_of_three_is_suppressed_in_the_public_version_and_shown_in_the_internal_one()
    {
        var catalogue = ScorecardTestMeasures.Catalogue(ScorecardTestMeasures.Count(), ScorecardTestMeasures.Flow());
        Observation[] observations =
        [
            new("CIC", ReportingPeriod.Month(2024, 3), 3, null),
            new("FLOW", ReportingPeriod.Month(2024, 3), 40, 50),
            new("FLOW", ReportingPeriod.Month(2024, 2), 2, 3),
        ];
        var march = ReportingPeriod.Month(2024, 3);
        var full = new ScorecardBuilder(catalogue).Build(observations, march);
        var shown = new ScorecardBuilder(catalogue, new ScorecardOptions { Audience = ScorecardAudience.Public }).Build(observations, march);
        Assert.Equal("3 children", full["CIC"].ValueText);
        Assert.Equal("[c]", shown["CIC"].ValueText);
        Assert.Equal(SuppressionReason.BelowThreshold, shown["CIC"].Suppression);
        Assert.Equal(RagStatus.NoPolarity, shown["CIC"].Rag.Judgement.Status);

        // February's 2 of 3 is withheld, so March's comparison with it is too; March itself (40 of 50) is shown.
        Assert.Equal("80.0%", shown["FLOW"].ValueText);
        Assert.True(shown["FLOW"].VersusPreviousPeriod.Travel.IsWithheld);
        Assert.Equal(ScorecardValueState.Suppressed, shown["FLOW"].History[^2].State);
        Assert.Equal(Direction.Improving, full["FLOW"].VersusPreviousPeriod.Travel.Judgement.Direction);
        Assert.Equal(ScorecardOptions.DefaultSuppressionPolicy, shown.SuppressionPolicy);
        Assert.DoesNotContain("66.7", shown.ToString(ScorecardFormat.Json), StringComparison.Ordinal);
        Assert.Contains("66.7", full.ToString(ScorecardFormat.Json), StringComparison.Ordinal);
    }

    [Fact]
    public void The_public_version_rounds_the_counts_it_shows_when_the_policy_says_so()
    {
        var options = new ScorecardOptions { Audience = ScorecardAudience.Public, SuppressionPolicy = new SuppressionPolicy(5, roundCountsTo: 5) };
        Observation[] observations = [new("FLOW", ReportingPeriod.Month(2024, 3), 37, 48)];
        var row = new ScorecardBuilder(ScorecardTestMeasures.Catalogue(ScorecardTestMeasures.Flow()), options).Build(observations, ReportingPeriod.Month(2024, 3))["FLOW"];
        Assert.Equal((35m, 50m), (row.Numerator, row.Denominator));
        Assert.Equal("77.1%", row.ValueText);
    }

    private static Scorecard Build(ScorecardCase c, ReportingPeriod period, ScorecardAudience audience) =>
        new ScorecardBuilder(ScorecardCase.Catalogue, new ScorecardOptions { Audience = audience, SuppressionPolicy = c.Policy }).Build(c.Observations, period);

    private static bool IsCumulativeCount(MeasureDefinition measure) => measure.ValueType.Kind == ValueKind.Count && measure.NumeratorRule == TemporalRule.Sum;

    /// <summary>Whether the internal figures hold a count of people or events below the policy's threshold.</summary>
    private static bool IsSmall(ScorecardRow row, SuppressionPolicy policy)
    {
        bool Small(decimal? count) => count is { } n && n < policy.Threshold && (n > 0 || policy.SuppressZeros);
        return row.Measure.ValueType.Kind switch
        {
            ValueKind.Count or ValueKind.Rate => Small(row.Numerator),
            _ => Small(row.Numerator) || Small(row.Denominator),
        };
    }
}
