using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Threading.Tasks;
using Measures.Definitions;
using Measures.Time;
using static Measures.Aggregation.UnitRollUp;

namespace Measures.Aggregation;

/// <summary>
/// Runs a query in two passes. The first reads rows, run by run (a run is every row of one measure
/// and period), and adds their figures into cells, one per group of units and breakdowns: work
/// proportional to rows, split across cores by runs. The second combines cells into target periods
/// by each measure's temporal rules: work proportional to groups.
/// </summary>
/// <remarks>
/// The passes live in files of their own: unit grouping (<c>AggregationEngine.Units.cs</c>), rows → cells
/// (<c>AggregationEngine.RowsToCells.cs</c>), cells → targets (<c>AggregationEngine.CellsToTargets.cs</c>) and the
/// buffers they write into (<c>AggregationEngine.Buffers.cs</c>); this file orchestrates them.
/// </remarks>
internal static partial class AggregationEngine
{
    public static AggregationResult Run(ObservationStore store, AggregationQuery query)
    {
        int[] measures = SelectMeasures(store, query);
        foreach (int m in measures)
        {
            var frequency = store.RuleTable[m].Frequency;
            if (!TargetPlan.Supports(query.Periods, frequency))
            {
                throw new DataProblemException([new DataProblem(DataProblemKind.PeriodDoesNotFitFrequency, $"it is reported by {frequency}; it cannot be rolled up into {query.Periods}.", subject: store.MeasureCodeTable[m])]);
            }
        }

        var units = UnitGroups(store, query.Units, measures, out string[] unitLabels);
        int breakdownGroups = query.ByBreakdown ? store.BreakdownTable.Length : 1;
        string[] breakdownLabels = query.ByBreakdown ? store.BreakdownTable : [string.Empty];
        int groups = checked(unitLabels.Length * breakdownGroups);

        // Positions: the selected runs, in store order.
        int[] positions = SelectRuns(store, measures, out int[] measurePositionStart);
        if (query.Periods.Kind == PeriodRollUp.RollUpKind.AsReported && !query.ByBreakdown && units is not null
            && GroupsStraight(store, positions, units, unitLabels, query.MaxDegreeOfParallelism, query.MinRowsPerTask) is { } straight)
        {
            return straight;
        }

        var cells = RowsToCells(store, positions, units, query.ByBreakdown ? breakdownGroups : 0, groups, query.MaxDegreeOfParallelism, query.MinRowsPerTask);
        int count;
        int[] measure;
        int[]? group;
        long[] numerator, denominator;
        ulong[]? mask;
        byte[]? expected;
        int[] periodIndex;
        ReportingPeriod[] periodTable;
        if (query.Periods.Kind == PeriodRollUp.RollUpKind.AsReported)
        {
            // As reported, the cells are the answer, one period present of one: no second pass.
            count = cells.Numerator.Length;
            (group, numerator, denominator, mask, expected) = (cells.GroupColumn, cells.Numerator, cells.Denominator, null, null);
            if (ReferenceEquals(positions, store.AllRuns) && groups == 1)
            {
                // One aggregate per run of the store: its keys are the store's own (immutable) run keys.
                (measure, periodIndex, periodTable) = (store.RunMeasure, store.RunPeriodIndex, store.RunPeriodTable);
            }
            else
            {
                measure = new int[count];
                periodIndex = new int[count];
                for (int p = 0; p < positions.Length; p++)
                {
                    int r = positions[p];
                    for (int c = cells.Start(p); c < cells.Start(p + 1); c++)
                    {
                        measure[c] = store.RunMeasure[r];
                        periodIndex[c] = store.RunPeriodIndex[r];
                    }
                }

                periodTable = store.RunPeriodTable;
            }
        }
        else
        {
            // Arrays may be longer than the count: copying them to size would touch fresh memory for nothing.
            var output = CellsToTargets(store, query.Periods, measures, measurePositionStart, positions, cells, groups, query.MaxDegreeOfParallelism, query.MinRowsPerTask);
            count = output.Count;
            (measure, group, numerator, denominator, mask, expected) = (output.Measure, groups == 1 ? null : output.Group, output.Numerator, output.Denominator, output.Mask, output.Expected);
            periodIndex = output.Target;
            periodTable = Periods(store, query.Periods, measure, periodIndex, count);
        }

        var result = new AggregationResult(
            store.MeasureCodeTable, store.RuleTable, unitLabels, breakdownLabels,
            count, measure, periodIndex, periodTable, group, numerator, denominator, mask, expected);
        return result;
    }

    /// <summary>
    /// Replaces each target ordinal by an index into a table of reporting periods, made once per
    /// distinct target and frequency rather than once per aggregate.
    /// </summary>
    internal static ReportingPeriod[] Periods(ObservationStore store, PeriodRollUp rollUp, int[] measure, int[] target, int count)
    {
        var table = new List<ReportingPeriod>();
        var cache = new Dictionary<PeriodType, (int Min, int[] Slots)>();
        PeriodType lastFrequency = 0;
        (int Min, int[] Slots) entry = (0, []);
        for (int i = 0; i < count; i++)
        {
            var frequency = store.RuleTable[measure[i]].Frequency;
            if (frequency != lastFrequency && !cache.TryGetValue(frequency, out entry))
            {
                int min = int.MaxValue, max = int.MinValue;
                for (int j = i; j < count; j++)
                {
                    if (store.RuleTable[measure[j]].Frequency == frequency)
                    {
                        min = Math.Min(min, target[j]);
                        max = Math.Max(max, target[j]);
                    }
                }

                entry = (min, new int[max - min + 1]);
                Array.Fill(entry.Slots, -1);
                cache.Add(frequency, entry);
            }

            lastFrequency = frequency;
            int t = target[i];
            int k = t - entry.Min;
            int slot = entry.Slots[k];
            if (slot < 0)
            {
                var plan = new TargetPlan(rollUp, frequency);
                slot = entry.Slots[k] = table.Count;
                table.Add(!plan.IsAsReported ? plan.Period(t) : PeriodAxis.IsArithmetic(frequency) ? PeriodAxis.Period(frequency, t) : store.RankedPeriods[t]);
            }

            target[i] = slot;
        }

        return [.. table];
    }

    private static int[] SelectMeasures(ObservationStore store, AggregationQuery query)
    {
        if (query.Measures is null)
        {
            var all = new int[store.MeasureCodeTable.Length];
            for (int m = 0; m < all.Length; m++)
            {
                all[m] = m;
            }

            return all;
        }

        var chosen = new SortedSet<int>();
        foreach (var code in query.Measures)
        {
            ArgumentNullException.ThrowIfNull(code, nameof(query.Measures));
            int m = Array.BinarySearch(store.MeasureCodeTable, code, StringComparer.Ordinal);
            if (m >= 0)
            {
                chosen.Add(m);
            }
            else if (!store.KnownMeasures.Contains(code))
            {
                throw new KeyNotFoundException($"No aggregation rule is known for {code}.");
            }
        }

        return [.. chosen];
    }

    private static int[] SelectRuns(ObservationStore store, int[] measures, out int[] measurePositionStart)
    {
        int total = 0;
        foreach (int m in measures)
        {
            total += store.MeasureRunStart[m + 1] - store.MeasureRunStart[m];
        }

        if (measures.Length == store.MeasureCodeTable.Length)
        {
            measurePositionStart = store.MeasureRunStart;
            return store.AllRuns;
        }

        var positions = new int[total];
        measurePositionStart = new int[measures.Length + 1];
        int p = 0;
        for (int k = 0; k < measures.Length; k++)
        {
            measurePositionStart[k] = p;
            for (int r = store.MeasureRunStart[measures[k]]; r < store.MeasureRunStart[measures[k] + 1]; r++)
            {
                positions[p++] = r;
            }
        }

        measurePositionStart[measures.Length] = p;
        return positions;
    }
}
