using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;

namespace Measures.Benchmarks.Aggregation;

/// <summary>
/// The fair baselines: the same group-bys over <see cref="ObservationRow"/> structs with integer keys,
/// once with LINQ GroupBy and once with a <see cref="Dictionary{TKey, TValue}"/> updated in place through
/// <see cref="CollectionsMarshal.GetValueRefOrAddDefault{TKey, TValue}(Dictionary{TKey, TValue}, TKey, out bool)"/>.
/// Both answer in <see cref="BaselineRow"/>s (council −1 for all units), in no particular order.
/// </summary>
public static class StructBaselines
{
    /// <summary>(measure, month) group-by-sum with LINQ GroupBy over the structs.</summary>
    public static List<BaselineRow> LinqGroupBySum(ObservationRow[] rows) =>
        rows
            .GroupBy(r => ((long)r.Measure << 32) | (uint)r.Month)
            .Select(g => new BaselineRow((int)(g.Key >> 32), (int)g.Key, -1, g.Sum(r => (long)r.Numerator), g.Sum(r => (long)r.Denominator), 1))
            .ToList();

    /// <summary>(measure, month) group-by-sum into a dictionary, each total updated in place.</summary>
    public static List<BaselineRow> DictionaryGroupBySum(ObservationRow[] rows)
    {
        var totals = new Dictionary<long, (long Numerator, long Denominator)>();
        foreach (ref readonly var r in rows.AsSpan())
        {
            ref var total = ref CollectionsMarshal.GetValueRefOrAddDefault(totals, ((long)r.Measure << 32) | (uint)r.Month, out _);
            total.Numerator += r.Numerator;
            total.Denominator += r.Denominator;
        }

        return ToRows(totals, -1);
    }

    /// <summary>Teams → councils for each measure and month with LINQ GroupBy over the structs.</summary>
    public static List<BaselineRow> LinqTeamToCouncil(ObservationRow[] rows, int[] councilOfUnit) =>
        rows
            .GroupBy(r => (r.Measure, r.Month, Council: councilOfUnit[r.Unit]))
            .Select(g => new BaselineRow(g.Key.Measure, g.Key.Month, g.Key.Council, g.Sum(r => (long)r.Numerator), g.Sum(r => (long)r.Denominator), 1))
            .ToList();

    /// <summary>Teams → councils for each measure and month into a dictionary, each total updated in place.</summary>
    public static List<BaselineRow> DictionaryTeamToCouncil(ObservationRow[] rows, int[] councilOfUnit)
    {
        var totals = new Dictionary<(int Measure, int Month, int Council), (long Numerator, long Denominator)>();
        foreach (ref readonly var r in rows.AsSpan())
        {
            ref var total = ref CollectionsMarshal.GetValueRefOrAddDefault(totals, (r.Measure, r.Month, councilOfUnit[r.Unit]), out _);
            total.Numerator += r.Numerator;
            total.Denominator += r.Denominator;
        }

        var result = new List<BaselineRow>(totals.Count);
        foreach (var (key, total) in totals)
        {
            result.Add(new BaselineRow(key.Measure, key.Month, key.Council, total.Numerator, total.Denominator, 1));
        }

        return result;
    }

    private static List<BaselineRow> ToRows(Dictionary<long, (long Numerator, long Denominator)> totals, int council)
    {
        var result = new List<BaselineRow>(totals.Count);
        foreach (var (key, total) in totals)
        {
            result.Add(new BaselineRow((int)(key >> 32), (int)key, council, total.Numerator, total.Denominator, 1));
        }

        return result;
    }
}
