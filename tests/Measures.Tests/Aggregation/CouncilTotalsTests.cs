using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Observations;
using Measures.Time;

namespace Measures.Tests.Aggregation;

/// <summary>
/// A builder that sums units as rows arrive (what the tool uses for a large file) gives the same council totals,
/// and refuses the same rows for the same reasons, as one that keeps every row.
/// </summary>
public sealed class CouncilTotalsTests
{
    private static ObservationStoreBuilder Builder(ObservationSet set, bool councilTotals)
    {
        var builder = new ObservationStoreBuilder(AggregationArbitraries.Rules, set.PartialCounts ? DuplicateObservations.SumAsPartialCounts : DuplicateObservations.Reject);
        return councilTotals ? builder.SumUnitsAsAdded() : builder;
    }

    private static LoadResult<ObservationStore> Build(ObservationSet set, IEnumerable<Row> rows, bool councilTotals, int threads = 0, (int AfterRows, int Room)[]? room = null, int keysFrom = -1)
    {
        var builder = Builder(set, councilTotals);
        if (threads > 0)
        {
            // The keys of every row, sorted at the end to find duplicates, then sorted on that many threads however few they are.
            builder.MaxDegreeOfParallelism = threads;
            builder.MinRowsPerTask = 1;
        }

        int added = 0;
        foreach (var row in rows)
        {
            foreach (var (afterRows, extra) in room ?? [])
            {
                if (afterRows == added)
                {
                    builder.EnsureRoomFor(extra);
                }
            }

            if (added == keysFrom)
            {
                // From here on a key a row, the units marked so far turned into keys.
                builder.KeepKeysInstead();
            }

            builder.Add(row.Observation, row.Breakdown);
            added++;
        }

        return builder.Build();
    }

    private static string[] Totals(ObservationStore store, QueryShape shape) =>
        [.. store.Aggregate(shape.Query()).Select(a => $"{a.MeasureCode} {a.Period} {a.Breakdown} {a.HeldNumerator} {a.HeldDenominator} {a.Completeness.PresentMask}").Order(StringComparer.Ordinal)];

    [Property(Arbitrary = [typeof(AggregationArbitraries)], MaxTest = 150)]
    public Property Council_totals_are_the_same_whether_units_are_summed_as_added_or_kept(ObservationSet set, QueryShape shape)
    {
        var whole = new QueryShape(shape.Periods, UnitRollUp.AllUnits, shape.ByBreakdown);
        var kept = Build(set, set.Rows, councilTotals: false);
        var summed = Build(set, set.Shuffled(7), councilTotals: true);
        return (kept.Success && summed.Success).Label("both accept a set without duplicates: " + summed)
            .And((!kept.Success || !summed.Success || Totals(kept.Value, whole).SequenceEqual(Totals(summed.Value, whole))).Label("the same totals for " + whole))
            .And((!summed.Success || summed.Value.OrganisationalUnits.SequenceEqual([string.Empty])).Label("one unit, the whole council"));
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)], MaxTest = 150)]
    public Property Duplicates_are_refused_alike_with_the_same_keys(ObservationSet set, PositiveInt start, PositiveInt length)
    {
        if (set.Rows.Length == 0)
        {
            return true.Label("nothing to repeat");
        }

        int from = start.Get % set.Rows.Length;
        var rows = set.Rows.Concat(set.Rows.Skip(from).Take(1 + (length.Get % 5))).ToArray();
        var kept = Build(set, rows, councilTotals: false);
        var summed = Build(set, rows, councilTotals: true);
        var onThree = Build(set, rows, councilTotals: true, threads: 3, keysFrom: 0);
        var keysLater = Build(set, rows, councilTotals: true, keysFrom: (start.Get + length.Get) % (rows.Length + 1));
        string Problems(LoadResult<ObservationStore> r) => string.Join(" | ", r.Problems.Select(p => $"{p.Kind} {p.Subject}").Order(StringComparer.Ordinal));
        string ListedInOrder(LoadResult<ObservationStore> r) => string.Join(" | ", r.Problems.Select(p => $"{p.Kind} {p.Subject}"));
        return (kept.Success == summed.Success).Label($"accepted alike (kept {kept.Success}, summed {summed.Success})")
            .And((Problems(onThree) == Problems(summed) && onThree.ProblemCount == summed.ProblemCount).Label($"the same problems with the keys sorted on three threads: [{Problems(onThree)}]"))
            .And((ListedInOrder(keysLater) == ListedInOrder(summed) && keysLater.ProblemCount == summed.ProblemCount).Label($"the same problems, in the same order, with units marked and then keys kept: [{ListedInOrder(keysLater)}]"))
            .And((Problems(kept) == Problems(summed)).Label($"the same problems: [{Problems(kept)}] and [{Problems(summed)}]"))
            .And((kept.ProblemCount == summed.ProblemCount).Label("the same count of problems"));
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)], MaxTest = 150)]
    public Property Room_made_ahead_changes_nothing_however_far_off_the_estimates(ObservationSet set, PositiveInt start, PositiveInt first, PositiveInt second, PositiveInt sizes)
    {
        // As the tool estimates a file's rows twice from its size: each estimate too small, about right or too large.
        var rows = set.Rows.Concat(set.Rows.Skip(start.Get % Math.Max(1, set.Rows.Length)).Take(2)).ToArray();
        int n = rows.Length;
        var (a, b) = (first.Get % (n + 1), second.Get % (n + 1));
        var room = new[] { (Math.Min(a, b), 1 + (sizes.Get % (2 * n + 2))), (Math.Max(a, b), 1 + ((sizes.Get / 7) % (2 * n + 2))) };
        var plain = Build(set, rows, councilTotals: true);
        var ahead = Build(set, rows, councilTotals: true, room: room);
        string Problems(LoadResult<ObservationStore> r) => string.Join(" | ", r.Problems.Select(p => $"{p.Kind} {p.Subject}").Order(StringComparer.Ordinal));
        var whole = new QueryShape(PeriodRollUp.AsReported, UnitRollUp.AllUnits, ByBreakdown: true);
        return (plain.Success == ahead.Success && Problems(plain) == Problems(ahead)).Label($"the same problems with room made at {room[0]} and {room[1]}: [{Problems(ahead)}]")
            .And((!plain.Success || Totals(plain.Value, whole).SequenceEqual(Totals(ahead.Value, whole))).Label("the same totals"));
    }

    [Property(MaxTest = 100)]
    public void Units_marked_a_bit_each_find_what_sorted_keys_find_in_the_same_order(int seed, bool partialCounts)
    {
        // Totals beside one breakdown or several, rows given twice or three times, units spread over several words of bits.
        var random = new Random(seed);
        string[] measures = ["ADOPT", "LAC", "QFLOW"];
        string[] breakdowns = [string.Empty, "Band 0", "Band 1", "Band 2"];
        var rows = new List<Row>();
        for (int i = 0; i < 150 + random.Next(150); i++)
        {
            string code = measures[random.Next(measures.Length)];
            int k = random.Next(4);
            var period = code == "QFLOW" ? ReportingPeriod.Quarter(2021, k + 1) : ReportingPeriod.Month(2021, k + 1);
            rows.Add(new Row(new Observation(code, period, random.Next(50), null, $"Team {random.Next(140):D3}"), breakdowns[random.Next(breakdowns.Length)]));
        }

        for (int i = random.Next(12); i > 0; i--)
        {
            rows.Insert(random.Next(rows.Count + 1), rows[random.Next(rows.Count)]);
        }

        var set = new ObservationSet([.. rows], partialCounts, Seed: 0);
        var marked = Build(set, rows, councilTotals: true);
        var keys = Build(set, rows, councilTotals: true, keysFrom: 0);
        var switched = Build(set, rows, councilTotals: true, keysFrom: random.Next(rows.Count + 1));
        string[] Listed(LoadResult<ObservationStore> r) => [.. r.Problems.Select(p => $"{p.Kind} {p.Subject}")];
        Assert.Equal(Listed(keys), Listed(marked));
        Assert.Equal(keys.ProblemCount, marked.ProblemCount);
        Assert.Equal(Listed(keys), Listed(switched));
        Assert.Equal(keys.ProblemCount, switched.ProblemCount);
    }

    [Fact]
    public void Totals_beside_breakdowns_and_duplicates_among_many_keys_are_named_as_the_rows_name_them()
    {
        // Several measures, periods, units and breakdowns, so that each id takes bits of its own in the packed keys.
        var rows = new List<Row>();
        string[] measures = ["ADOPT", "LAC", "QFLOW"];
        for (int u = 0; u < 40; u++)
        {
            foreach (string code in measures)
            {
                for (int k = 0; k < 6; k++)
                {
                    var period = code == "QFLOW" ? ReportingPeriod.Quarter(2021 + (k / 4), (k % 4) + 1) : ReportingPeriod.Month(2021, k + 1);
                    rows.Add(new Row(new Observation(code, period, u + k, null, $"Team {u:D2}"), code == "LAC" ? $"Band {u % 3}" : string.Empty));
                }
            }
        }

        // A whole-population figure beside a breakdown, and a row given twice, far apart in the ids.
        rows.Add(new Row(new Observation("LAC", ReportingPeriod.Month(2021, 4), 9, null, "Team 33"), string.Empty));
        rows.Add(new Row(new Observation("QFLOW", ReportingPeriod.Quarter(2022, 2), 8, null, "Team 38"), string.Empty));
        var set = new ObservationSet([.. rows], PartialCounts: false, Seed: 0);
        var kept = Build(set, rows, councilTotals: false);
        var summed = Build(set, rows, councilTotals: true);
        var onTwo = Build(set, rows, councilTotals: true, threads: 2);
        string[] Problems(LoadResult<ObservationStore> r) => [.. r.Problems.Select(p => $"{p.Kind} {p.Subject}").Order(StringComparer.Ordinal)];
        Assert.Equal(["Duplicate QFLOW for 2022/23 Q2, unit 'Team 38'", "TotalBesideBreakdown LAC for 2021-04, unit 'Team 33', breakdown 'Band 0'"], Problems(kept));

        // Summed as added, each is named as the rows name it (the council's cells may add their own, beyond these).
        Assert.Superset(new HashSet<string>(Problems(kept)), new HashSet<string>(Problems(summed)));
        Assert.Equal(Problems(summed), Problems(onTwo));
    }

    [Fact]
    public void Problems_of_both_kinds_are_listed_in_the_order_of_their_keys_as_the_rows_list_them()
    {
        // A row given twice for the first measure, and a total beside a breakdown for the second: key order and kind order differ.
        var month = ReportingPeriod.Month(2021, 1);
        Row[] rows =
        [
            new(new Observation("ADOPT", month, 3, null, "Team 01"), string.Empty),
            new(new Observation("LAC", month, 9, null, "Team 02"), string.Empty),
            new(new Observation("LAC", month, 4, null, "Team 02"), "Band 0"),
            new(new Observation("ADOPT", month, 3, null, "Team 01"), string.Empty),
        ];
        var set = new ObservationSet(rows, PartialCounts: false, Seed: 0);
        string[] Listed(LoadResult<ObservationStore> r) => [.. r.Problems.Select(p => $"{p.Kind} {p.Subject}")];
        string[] expected = ["Duplicate ADOPT for 2021-01, unit 'Team 01'", "TotalBesideBreakdown LAC for 2021-01, unit 'Team 02', breakdown 'Band 0'"];
        Assert.Equal(expected, Listed(Build(set, rows, councilTotals: false)));

        // Summed as added, the council's cells then add their own total beside a breakdown, after these.
        Assert.Equal(expected, Listed(Build(set, rows, councilTotals: true))[..2]);
        Assert.Equal(expected, Listed(Build(set, rows, councilTotals: true, keysFrom: 0))[..2]);
    }

    [Fact]
    public void A_cell_past_a_long_is_refused_with_its_exact_total_and_period()
    {
        var rules = new Dictionary<string, AggregationRule> { ["KIDS"] = AggregationRule.Count(TemporalRule.Sum) };
        var builder = new ObservationStoreBuilder(rules).SumUnitsAsAdded();
        builder.Add(new Observation("KIDS", ReportingPeriod.Month(2024, 3), 1L << 62, null, "North"));
        builder.Add(new Observation("KIDS", ReportingPeriod.Month(2024, 3), 1L << 62, null, "South"));
        Assert.Equal(2, builder.Count);
        var problem = Assert.Single(builder.Build().Problems);
        Assert.Equal(DataProblemKind.TooLarge, problem.Kind);
        Assert.Contains("add up to 9,223,372,036,854,775,808", problem.Message, StringComparison.Ordinal);
        Assert.Equal("KIDS for 2024-03", problem.Subject);
    }

    [Fact]
    public void Units_can_be_summed_as_added_only_before_anything_is_added()
    {
        var builder = new ObservationStoreBuilder(new Dictionary<string, AggregationRule> { ["KIDS"] = AggregationRule.Count(TemporalRule.Sum) });
        builder.Add(new Observation("KIDS", ReportingPeriod.Month(2024, 3), 1, null));
        Assert.Throws<InvalidOperationException>(() => builder.SumUnitsAsAdded());
    }
}
