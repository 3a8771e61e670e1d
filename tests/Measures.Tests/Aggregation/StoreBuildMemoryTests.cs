using System;
using System.Collections.Generic;
using System.Globalization;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Observations;
using Measures.Time;

namespace Measures.Tests.Aggregation;

/// <summary>Building a store takes no more memory than the store itself and one 8-byte column (the sort keys).</summary>
public sealed class StoreBuildMemoryTests
{
    [Fact]
    public void A_build_allocates_no_more_than_the_store_and_one_key_column()
    {
        // 20 measures (counts and proportions), 12 months, 1,000 teams: 240,000 rows given in a shuffled order, so
        // that the keys must be sorted.
        var rules = new Dictionary<string, AggregationRule>(StringComparer.Ordinal);
        for (int m = 0; m < 20; m++)
        {
            rules[string.Create(CultureInfo.InvariantCulture, $"M{m:D2}")] = m % 2 == 0 ? AggregationRule.Count(TemporalRule.Sum) : AggregationRule.Proportion(TemporalRule.Last);
        }

        var codes = new List<string>(rules.Keys);
        var teams = new string[1_000];
        for (int u = 0; u < teams.Length; u++)
        {
            teams[u] = string.Create(CultureInfo.InvariantCulture, $"Team {u:D4}");
        }

        var rows = new Observation[codes.Count * 12 * teams.Length];
        int i = 0;
        foreach (string code in codes)
        {
            for (int month = 1; month <= 12; month++)
            {
                foreach (string team in teams)
                {
                    long n = (i * 7L) % 50;
                    rows[i++] = rules[code].HasDenominator
                        ? new Observation(code, ReportingPeriod.Month(2023, month), n, n + 10, team)
                        : new Observation(code, ReportingPeriod.Month(2023, month), n, null, team);
                }
            }
        }

        new Random(20240730).Shuffle(rows);

        // Warmed up once, so that nothing is counted but the build; on one thread, so that the current thread's count is all of it.
        Build(rules, rows[..1_000]);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var store = Build(rules, rows);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The store: a unit (2 bytes), numerator and denominator (4 each) a row; the key column: 8 bytes a row. Everything
        // else (the tables, runs, a few small arrays) is allowed 256 KB. Staging 28 bytes a row beside the store took 38.
        Assert.Equal(rows.Length, store.Count);
        long limit = (18L * rows.Length) + (256 << 10);
        Assert.True(allocated <= limit, string.Create(CultureInfo.InvariantCulture, $"The build allocated {allocated:N0} bytes for {rows.Length:N0} rows; at most {limit:N0} expected."));
    }

    private static ObservationStore Build(IReadOnlyDictionary<string, AggregationRule> rules, Observation[] rows) =>
        new ObservationStoreBuilder(rules) { MaxDegreeOfParallelism = 1 }.AddRange(rows).Build().Value;
}
