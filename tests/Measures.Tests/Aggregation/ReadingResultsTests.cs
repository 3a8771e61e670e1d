using System;
using System.Collections.Generic;
using System.Globalization;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Observations;
using Measures.Time;

namespace Measures.Tests.Aggregation;

/// <summary>Reading a result: every aggregate is built on demand from the result's columns, with nothing allocated.</summary>
public sealed class ReadingResultsTests
{
    private static readonly Dictionary<string, AggregationRule> Rules = new()
    {
        ["FLOW"] = AggregationRule.Count(TemporalRule.Sum),
        ["SHARE"] = AggregationRule.Proportion(TemporalRule.Sum),
        ["SNAP"] = AggregationRule.RateOfFlow(TemporalRule.Last),
    };

    [Fact]
    public void Iterating_every_aggregate_of_a_result_allocates_nothing()
    {
        var observations = new List<Observation>();
        for (int team = 0; team < 40; team++)
        {
            string unit = "Team " + team.ToString(CultureInfo.InvariantCulture);
            for (int month = 1; month <= 24; month++)
            {
                // Some months missing so that quarters are incomplete and completeness masks vary.
                if ((team + month) % 5 == 0)
                {
                    continue;
                }

                var period = ReportingPeriod.Month(2021 + ((month - 1) / 12), ((month - 1) % 12) + 1);
                observations.Add(new Observation("FLOW", period, team + month, null, unit));
                observations.Add(new Observation("SHARE", period, month, 30, unit));
                observations.Add(new Observation("SNAP", period, team, 100, unit));
            }
        }

        var store = ObservationStore.Create(Rules, observations).Value;
        var result = store.Aggregate(PeriodRollUp.Quarters, UnitRollUp.EachUnit);
        Assert.True(result.Count > 500);
        Assert.Contains(result, a => !a.Completeness.IsComplete);

        long warmUp = Read(result);
        long before = GC.GetAllocatedBytesForCurrentThread();
        long total = Read(result);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(warmUp, total);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Merging_aggregates_with_the_same_key_allocates_nothing()
    {
        var jan = ReportingPeriod.Month(2021, 1);
        var a = new Aggregate("FLOW", jan, "Team 1", string.Empty, Rules["FLOW"], 3, 0, new Completeness(1, 1));
        var b = new Aggregate("FLOW", jan, "Team 1", string.Empty, Rules["FLOW"], 4, 0, new Completeness(1, 1));
        _ = a.Merge(b);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var merged = a.Merge(b);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(7, merged.HeldNumerator);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_mask_beyond_the_expected_periods_is_still_refused_with_its_value()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Completeness(0b1000, 3));
        Assert.Contains("0x8 marks a period beyond the 3 expected", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregates_with_different_keys_are_still_refused_by_name()
    {
        var jan = ReportingPeriod.Month(2021, 1);
        var a = new Aggregate("FLOW", jan, "Team 1", string.Empty, Rules["FLOW"], 3, 0, new Completeness(1, 1));
        var b = new Aggregate("FLOW", jan, "Team 2", string.Empty, Rules["FLOW"], 4, 0, new Completeness(1, 1));
        var ex = Assert.Throws<ArgumentException>(() => a.Merge(b));
        Assert.Contains("Team 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Team 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_enumerator_reads_the_same_aggregates_as_the_indexer()
    {
        var jan = ReportingPeriod.Month(2021, 1);
        var result = AggregationResult.FromAggregates(
        [
            new Aggregate("FLOW", jan, "Team 2", string.Empty, Rules["FLOW"], 4, 0, new Completeness(1, 1)),
            new Aggregate("FLOW", jan, "Team 1", string.Empty, Rules["FLOW"], 3, 0, new Completeness(1, 1)),
        ]);
        var read = new List<Aggregate>();
        foreach (var a in result)
        {
            read.Add(a);
        }

        Assert.Equal([result[0], result[1]], read);
        IEnumerable<Aggregate> boxed = result;
        Assert.Equal(read, boxed);
    }

    private static long Read(AggregationResult result)
    {
        long total = 0;
        foreach (var a in result)
        {
            total += a.HeldNumerator + a.HeldDenominator + a.Completeness.PeriodsPresent + a.MeasureCode.Length + a.OrganisationalUnit.Length + a.Period.GetHashCode();
        }

        return total;
    }
}
