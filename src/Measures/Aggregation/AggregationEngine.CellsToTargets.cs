using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Threading.Tasks;
using Measures.Definitions;
using Measures.Time;
using static Measures.Aggregation.UnitRollUp;

namespace Measures.Aggregation;

// The second pass, cells → targets: cells combined into target periods by each measure's temporal rules.
internal static partial class AggregationEngine
{
    /// <summary>An upper bound on the targets of some measures: every target between the first and last with data, for each group with cells.</summary>
    private static int TargetsAtMost(ObservationStore store, PeriodRollUp rollUp, int[] measures, int[] measurePositionStart, int[] positions, Cells cells, int fromMeasure, int toMeasure, int groups)
    {
        long total = 0;
        for (int k = fromMeasure; k < toMeasure; k++)
        {
            int first = measurePositionStart[k], end = measurePositionStart[k + 1];
            if (first == end)
            {
                continue;
            }

            var plan = new TargetPlan(rollUp, store.RuleTable[measures[k]].Frequency);
            long span = plan.LastTarget(store.RunOrdinal[positions[end - 1]]) - plan.FirstTarget(store.RunOrdinal[positions[first]]) + 1;
            total += span * Math.Min(groups, Math.Max(1, cells.Start(end) - cells.Start(first)));
        }

        return (int)Math.Clamp(total, 16, 1 << 28);
    }

    private static TargetBuffer CellsToTargets(ObservationStore store, PeriodRollUp rollUp, int[] measures, int[] measurePositionStart, int[] positions, Cells cells, int groups, int degree, int minRowsPerTask)
    {
        int cellCount = cells.Numerator.Length;
        int parts = Math.Clamp(cellCount / minRowsPerTask, 1, Math.Min(degree, Math.Max(1, measures.Length)));
        var bounds = new int[parts + 1];
        for (int k = 1, part = 1; k <= measures.Length && part < parts; k++)
        {
            if ((long)cells.Start(measurePositionStart[k]) * parts >= (long)cellCount * part)
            {
                bounds[part++] = k;
            }
        }

        for (int part = 1; part <= parts; part++)
        {
            bounds[part] = Math.Max(bounds[part], bounds[part - 1]);
        }

        bounds[parts] = measures.Length;
        var buffers = new TargetBuffer[parts];
        ForEachChunk(bounds, c =>
        {
            var buffer = new TargetBuffer(TargetsAtMost(store, rollUp, measures, measurePositionStart, positions, cells, bounds[c], bounds[c + 1], groups), groups > 1);
            var scratch = new Scratch(groups);
            for (int k = bounds[c]; k < bounds[c + 1]; k++)
            {
                Measure(store, rollUp, measures[k], measurePositionStart[k], measurePositionStart[k + 1], positions, cells, scratch, buffer);
            }

            buffers[c] = buffer;
        });

        if (buffers.Length == 1)
        {
            return buffers[0];
        }

        int total = 0;
        foreach (var b in buffers)
        {
            total += b.Count;
        }

        var all = new TargetBuffer(total, groups > 1);
        foreach (var b in buffers)
        {
            all.AddAll(b);
        }

        return all;
    }

    private static void Measure(ObservationStore store, PeriodRollUp rollUp, int m, int first, int end, int[] positions, Cells cells, Scratch scratch, TargetBuffer output)
    {
        if (first == end)
        {
            return;
        }

        var rule = store.RuleTable[m];
        var plan = new TargetPlan(rollUp, rule.Frequency);
        int[] ordinal = store.RunOrdinal;
        if (plan.IsAsReported)
        {
            for (int p = first; p < end; p++)
            {
                for (int c = cells.Start(p); c < cells.Start(p + 1); c++)
                {
                    output.Add(m, ordinal[positions[p]], cells.Group(c), cells.Numerator[c], cells.Denominator[c], 1, 1);
                }
            }

            return;
        }

        TemporalRule numeratorRule = rule.NumeratorRule, denominatorRule = rule.DenominatorRule ?? TemporalRule.Sum;
        int lastTarget = plan.LastTarget(ordinal[positions[end - 1]]);
        int a = first, b = first;
        for (int t = plan.FirstTarget(ordinal[positions[first]]); t <= lastTarget;)
        {
            var (lo, hi) = plan.Range(t);
            while (a < end && ordinal[positions[a]] < lo)
            {
                a++;
            }

            if (a == end)
            {
                break;
            }

            if (b < a)
            {
                b = a;
            }

            while (b < end && ordinal[positions[b]] <= hi)
            {
                b++;
            }

            if (a == b)
            {
                // No data in this target: jump to the first target holding the next period with data.
                t = Math.Max(t + 1, plan.FirstTarget(ordinal[positions[a]]));
                continue;
            }

            if (cells.OnePerRun)
            {
                // One cell per period: the latest present is the last in range, and the rest add.
                ulong mask = 0;
                long n = 0, d = 0;
                for (int p = a; p < b; p++)
                {
                    mask |= 1UL << (ordinal[positions[p]] - lo);
                    n += cells.Numerator[p];
                    d += cells.Denominator[p];
                }

                output.Add(
                    m, t, 0,
                    numeratorRule == TemporalRule.Last ? cells.Numerator[b - 1] : n,
                    denominatorRule == TemporalRule.Last ? cells.Denominator[b - 1] : d,
                    mask,
                    (byte)(hi - lo + 1));
            }
            else
            {
                for (int p = a; p < b; p++)
                {
                    int bit = ordinal[positions[p]] - lo;
                    for (int c = cells.Start(p); c < cells.Start(p + 1); c++)
                    {
                        scratch.Add(cells.Group(c), bit, cells.Numerator[c], cells.Denominator[c], numeratorRule, denominatorRule);
                    }
                }

                scratch.Emit(m, t, (byte)(hi - lo + 1), output);
            }

            t++;
        }
    }
}
