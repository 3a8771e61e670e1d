using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Observations;
using Measures.Time;

namespace Measures.Tests.Aggregation;

/// <summary>
/// The store is the same however it is built: on one thread or several, by sorting packed keys with their figures or by
/// sorting a row order; and bad rows are reported the same, in the same order.
/// </summary>
public sealed class StoreBuildProperties
{
    // Packed keys sorted stably (false) or in place (true, used only when duplicates are refused), at one to three threads.
    private static readonly (int Degree, int MinRows, bool Packed, bool InPlace)[] Ways =
        [(1, 1 << 16, false, false), (1, 1 << 16, true, false), (2, 1, true, false), (3, 1, true, false), (2, 1, false, false), (1, 1 << 16, true, true), (2, 1, true, true), (3, 1, true, true)];

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public void The_store_is_identical_at_one_and_two_threads_and_by_either_sort(ObservationSet set, int salt)
    {
        var rows = set.Shuffled(salt);
        var stores = Ways.Select(way => Build(set.PartialCounts, rows, way)).ToArray();
        foreach (var store in stores.Skip(1))
        {
            AssertSameResult(stores[0], store);
        }
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public void Bad_rows_are_reported_the_same_at_one_and_two_threads(ObservationSet set, int salt, byte[] spoil)
    {
        // Rows spoiled by the bytes given: repeated, given an unknown code, a wrong period or a numerator above a denominator.
        var rows = set.Shuffled(salt).ToList();
        for (int k = 0; k < spoil.Length && rows.Count > 0; k++)
        {
            int at = (spoil[k] * 7919 + k) % rows.Count;
            var o = rows[at].Observation;
            rows.Insert((at * 31) % rows.Count, (spoil[k] % 5) switch
            {
                0 => rows[at],
                1 => rows[at] with { Observation = new Observation("NOPE", o.Period, o.Numerator, o.Denominator, o.OrganisationalUnit) },
                2 => rows[at] with { Observation = new Observation(o.MeasureCode, ReportingPeriod.CalendarYear(2020), o.Numerator, o.Denominator, o.OrganisationalUnit) },
                3 => rows[at] with { Observation = new Observation(o.MeasureCode, o.Period, 5_000, o.Denominator, o.OrganisationalUnit) },
                _ => rows[at] with { Breakdown = "Unknown band" },
            });
        }

        var results = Ways.Select(way => Build(set.PartialCounts, [.. rows], way)).ToArray();
        foreach (var result in results.Skip(1))
        {
            AssertSameResult(results[0], result);
        }
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public void A_store_built_on_two_threads_aggregates_as_the_reference(ObservationSet set, QueryShape shape)
    {
        var expected = ReferenceAggregator.Aggregate(
            AggregationArbitraries.Rules, set.Rows.Where(r => shape.Measures.Contains(r.Observation.MeasureCode)), shape.Periods, shape.Units, shape.ByBreakdown);
        var store = Build(set.PartialCounts, set.Shuffled(3), (2, 1, true, true)).Value;
        Assert.Equal(expected, store.Aggregate(shape.Query()).ToList());
        Assert.Equal(expected, store.Aggregate(shape.Query(degree: 1)).ToList());
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public void A_figure_past_32_bits_anywhere_gives_the_same_store_however_built_and_aggregates_as_the_reference(ObservationSet set, int salt, int at, QueryShape shape)
    {
        // One row's figures pushed past 32 bits (a proportion stays within its denominator): the staging columns widen
        // as it comes, on one thread, or the span is added again on one thread when a slice meets it.
        var rows = set.Shuffled(salt).ToArray();
        if (rows.Length == 0)
        {
            return;
        }

        int big = (int)((uint)at % (uint)rows.Length);
        var o = rows[big].Observation;
        rows[big] = rows[big] with { Observation = new Observation(o.MeasureCode, o.Period, o.Numerator + 3_000_000_000L, o.Denominator + 3_000_000_000L, o.OrganisationalUnit) };
        var stores = Ways.Select(way => Build(set.PartialCounts, rows, way)).ToArray();
        foreach (var store in stores.Skip(1))
        {
            AssertSameResult(stores[0], store);
        }

        Assert.True(stores[0].Success, stores[0].ToString());
        Assert.NotNull(stores[0].Value.Numerator64);
        var expected = ReferenceAggregator.Aggregate(
            AggregationArbitraries.Rules, rows.Where(r => shape.Measures.Contains(r.Observation.MeasureCode)), shape.Periods, shape.Units, shape.ByBreakdown);
        Assert.Equal(expected, stores[^1].Value.Aggregate(shape.Query()).ToList());
    }

    [Fact]
    public void An_unset_rule_met_part_way_through_a_span_throws_as_on_one_thread_with_the_rows_before_it_added()
    {
        var rules = new Dictionary<string, AggregationRule>(AggregationArbitraries.Rules, StringComparer.Ordinal) { ["UNSET"] = default };
        var rows = Enumerable.Range(0, 1_000)
            .Select(i => i == 700 || i == 900
                ? new Observation("UNSET", ReportingPeriod.Month(2021, 1), 1, null, "Team A")
                : new Observation("ADOPT", ReportingPeriod.Month(2019 + (i / 120), ((i / 10) % 12) + 1), i % 7, null, "Team " + (i % 10).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
        var outcomes = new[] { (1, 1 << 16), (2, 1), (3, 1) }.Select(way =>
        {
            var builder = new ObservationStoreBuilder(rules) { MaxDegreeOfParallelism = way.Item1, MinRowsPerTask = way.Item2 };
            var thrown = Assert.Throws<ArgumentException>(() => builder.AddRange(rows));
            return (thrown.Message, builder.Count);
        }).ToArray();
        Assert.Equal(700, outcomes[0].Count);
        Assert.All(outcomes, outcome => Assert.Equal(outcomes[0], outcome));
    }

    private static LoadResult<ObservationStore> Build(bool partialCounts, Row[] rows, (int Degree, int MinRows, bool Packed, bool InPlace) way)
    {
        var builder = new ObservationStoreBuilder(AggregationArbitraries.Rules, partialCounts ? DuplicateObservations.SumAsPartialCounts : DuplicateObservations.Reject)
        {
            MaxDegreeOfParallelism = way.Degree,
            MinRowsPerTask = way.MinRows,
            PackedKeys = way.Packed,
            InPlaceSort = way.InPlace,
        };
        foreach (var group in rows.GroupBy(r => r.Breakdown))
        {
            // Whole-population rows go in as one span, as a reader hands them over; breakdown rows one by one.
            if (group.Key.Length == 0)
            {
                builder.AddRange(group.Select(r => r.Observation).ToArray());
            }
            else
            {
                foreach (var row in group)
                {
                    builder.Add(row.Observation, row.Breakdown);
                }
            }
        }

        return builder.Build();
    }

    internal static void AssertSameResult(LoadResult<ObservationStore> expected, LoadResult<ObservationStore> actual)
    {
        Assert.Equal(expected.Success, actual.Success);
        Assert.Equal(expected.ProblemCount, actual.ProblemCount);
        Assert.Equal(expected.Problems.Select(p => p.ToString()), actual.Problems.Select(p => p.ToString()));
        if (expected.Success)
        {
            AssertSameStore(expected.Value, actual.Value);
        }
    }

    internal static void AssertSameStore(ObservationStore expected, ObservationStore actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.MaxFigure, actual.MaxFigure);
        Assert.Equal(expected.MeasureCodeTable, actual.MeasureCodeTable);
        Assert.Equal(expected.RuleTable, actual.RuleTable);
        Assert.Equal(expected.UnitTable, actual.UnitTable);
        Assert.Equal(expected.BreakdownTable, actual.BreakdownTable);
        Assert.Equal(expected.RankedPeriods, actual.RankedPeriods);
        Assert.Equal(expected.RunStart, actual.RunStart);
        Assert.Equal(expected.RunMeasure, actual.RunMeasure);
        Assert.Equal(expected.RunOrdinal, actual.RunOrdinal);
        Assert.Equal(expected.RunPeriodIndex, actual.RunPeriodIndex);
        Assert.Equal(expected.RunPeriodTable, actual.RunPeriodTable);
        Assert.Equal(expected.MeasureRunStart, actual.MeasureRunStart);
        Assert.Equal(expected.AllRuns, actual.AllRuns);
        Assert.Equal(expected.UnitColumn, actual.UnitColumn);
        Assert.Equal(expected.BreakdownColumn, actual.BreakdownColumn);
        Assert.Equal(expected.Numerator32, actual.Numerator32);
        Assert.Equal(expected.Denominator32, actual.Denominator32);
        Assert.Equal(expected.Numerator64, actual.Numerator64);
        Assert.Equal(expected.Denominator64, actual.Denominator64);
        Assert.Equal(expected.MeasureUnits, actual.MeasureUnits);
        Assert.Equal(expected.ReportedFigures, actual.ReportedFigures);
    }
}
