using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Threading.Tasks;
using Measures.Definitions;
using Measures.Time;
using static Measures.Aggregation.UnitRollUp;

namespace Measures.Aggregation;

// The first pass, rows → cells: each run's rows added into one cell per group, split across cores by runs.
internal static partial class AggregationEngine
{
    private static Cells RowsToCells(ObservationStore store, int[] positions, int[]? unitGroup, int breakdownGroups, int groups, int degree, int minRowsPerTask)
    {
        int count = positions.Length;
        var chunks = Chunks(store, positions, degree, minRowsPerTask);
        if (groups == 1)
        {
            // One cell per run: the hot path, with no key read per row.
            var numerator = new long[count];
            var denominator = new long[count];
            ForEachChunk(chunks, c => SumRuns(store, positions, chunks[c], chunks[c + 1], numerator, denominator));
            return new Cells(null, null, numerator, denominator);
        }

        var perRun = new int[count + 1];
        var buffers = new CellBuffer[chunks.Length - 1];
        ForEachChunk(chunks, c => buffers[c] = GroupRuns(store, positions, chunks[c], chunks[c + 1], unitGroup, breakdownGroups, groups, perRun));
        int total = 0;
        for (int p = 0; p < count; p++)
        {
            int n = perRun[p];
            perRun[p] = total;
            total += n;
        }

        perRun[count] = total;
        if (buffers.Length == 1)
        {
            var only = buffers[0];
            return new Cells(perRun, Trimmed(only.Group, total), Trimmed(only.Numerator, total), Trimmed(only.Denominator, total));
        }

        var group = new int[total];
        var num = new long[total];
        var den = new long[total];
        int at = 0;
        foreach (var buffer in buffers)
        {
            Array.Copy(buffer.Group, 0, group, at, buffer.Count);
            Array.Copy(buffer.Numerator, 0, num, at, buffer.Count);
            Array.Copy(buffer.Denominator, 0, den, at, buffer.Count);
            at += buffer.Count;
        }

        return new Cells(perRun, group, num, den);
    }

    /// <summary>Splits positions into at most <paramref name="degree"/> chunks with about the same number of rows.</summary>
    private static int[] Chunks(ObservationStore store, int[] positions, int degree, int minRowsPerTask)
    {
        long rows = 0;
        foreach (int r in positions)
        {
            rows += store.RunStart[r + 1] - store.RunStart[r];
        }

        int parts = (int)Math.Clamp(rows / minRowsPerTask, 1, degree);
        var bounds = new int[parts + 1];
        long seen = 0;
        int part = 1;
        for (int p = 0; p < positions.Length && part < parts; p++)
        {
            seen += store.RunStart[positions[p] + 1] - store.RunStart[positions[p]];
            if (seen * parts >= rows * part)
            {
                bounds[part++] = p + 1;
            }
        }

        for (; part <= parts; part++)
        {
            bounds[part] = positions.Length;
        }

        return bounds;
    }

    private static void ForEachChunk(int[] chunks, Action<int> body)
    {
        if (chunks.Length == 2)
        {
            body(0);
        }
        else
        {
            Parallel.For(0, chunks.Length - 1, new ParallelOptions { MaxDegreeOfParallelism = chunks.Length - 1 }, body);
        }
    }

    private static void SumRuns(ObservationStore store, int[] positions, int from, int to, long[] numerator, long[] denominator)
    {
        int[] runStart = store.RunStart;
        var rules = store.RuleTable;
        int[] runMeasure = store.RunMeasure;
        if (store.Numerator32 is { } num32)
        {
            int[] den32 = store.Denominator32!;

            // Runs short enough that no 32-bit lane can overflow are summed without widening.
            long narrowRun = store.MaxFigure == 0 ? int.MaxValue : int.MaxValue / store.MaxFigure;
            for (int p = from; p < to; p++)
            {
                int r = positions[p];
                int start = runStart[r], end = runStart[r + 1];
                if (end - start <= narrowRun)
                {
                    RunSums.SumPairNarrow(num32, den32, start, end, out numerator[p], out denominator[p]);
                }
                else if (rules[runMeasure[r]].HasDenominator)
                {
                    RunSums.SumPair(num32, den32, start, end, out numerator[p], out denominator[p]);
                }
                else
                {
                    numerator[p] = RunSums.Sum(num32, start, end);
                }
            }
        }
        else
        {
            long[] num64 = store.Numerator64!, den64 = store.Denominator64!;
            for (int p = from; p < to; p++)
            {
                int r = positions[p];
                numerator[p] = RunSums.Sum(num64, runStart[r], runStart[r + 1]);
                denominator[p] = rules[runMeasure[r]].HasDenominator ? RunSums.Sum(den64, runStart[r], runStart[r + 1]) : 0;
            }
        }
    }

    private static CellBuffer GroupRuns(ObservationStore store, int[] positions, int from, int to, int[]? unitGroup, int breakdownGroups, int groups, int[] perRun)
    {
        var sumN = new long[groups];
        var sumD = new long[groups];
        var seen = new bool[groups];
        var touched = new int[groups];
        ushort[] unit = store.UnitColumn;
        ushort[]? breakdown = breakdownGroups > 0 ? store.BreakdownColumn : null;
        int[]? num32 = store.Numerator32, den32 = store.Denominator32;
        long[]? num64 = store.Numerator64, den64 = store.Denominator64;
        long narrowRun = store.MaxFigure == 0 ? int.MaxValue : int.MaxValue / store.MaxFigure;
        var segments = num32 is not null && breakdownGroups == 0 && unitGroup is not null ? UnitSegments(store, positions, from, to, unitGroup) : null;
        long rowsInChunk = to > from ? store.RunStart[positions[to - 1] + 1] - store.RunStart[positions[from]] : 0;
        long expectedCells = segments is not null ? (long)(to - from) * segments.Length : Math.Min(rowsInChunk, (long)(to - from) * groups);
        var buffer = new CellBuffer((int)Math.Clamp(expectedCells, 16, int.MaxValue / 2));
        for (int p = from; p < to; p++)
        {
            int r = positions[p];
            int start = store.RunStart[r], end = store.RunStart[r + 1];
            int touchedCount = 0;
            bool ordered = true;
            int current = -1;
            long n = 0, d = 0;
            if (segments is not null)
            {
                // Units of a group lie together in each run: find each group's rows by binary search
                // on the sorted units and sum them with vectors, reading no unit per row.
                int s = start;
                for (int k = 0; k < segments.Length && s < end; k++)
                {
                    int e = FirstUnitAbove(unit, s, end, segments[k].LastUnit);
                    if (e > s)
                    {
                        if (e - s <= narrowRun)
                        {
                            RunSums.SumPairNarrow(num32!, den32!, s, e, out long sn, out long sd);
                            Flush(segments[k].Group, sn, sd);
                        }
                        else
                        {
                            RunSums.SumPair(num32!, den32!, s, e, out long sn, out long sd);
                            Flush(segments[k].Group, sn, sd);
                        }

                        ordered &= touchedCount < 2 || touched[touchedCount - 1] > touched[touchedCount - 2];
                        s = e;
                    }
                }
            }
            else if (num32 is not null && breakdownGroups == 0 && unitGroup is not null)
            {
                // Units only (a hierarchy or each unit), 32-bit figures: the common case.
                int[] den = den32!;
                for (int i = start; i < end; i++)
                {
                    int g = unitGroup[unit[i]];
                    if (g != current)
                    {
                        Flush(current, n, d);
                        ordered &= g > current;
                        current = g;
                        n = 0;
                        d = 0;
                    }

                    n += num32[i];
                    d += den[i];
                }
            }
            else
            {
                for (int i = start; i < end; i++)
                {
                    int g = unitGroup is null ? 0 : unitGroup[unit[i]];
                    if (breakdownGroups > 0)
                    {
                        g = (g * breakdownGroups) + (breakdown is null ? 0 : breakdown[i]);
                    }

                    if (g != current)
                    {
                        Flush(current, n, d);
                        ordered &= g > current;
                        current = g;
                        n = 0;
                        d = 0;
                    }

                    if (num32 is not null)
                    {
                        n += num32[i];
                        d += den32![i];
                    }
                    else
                    {
                        n = checked(n + num64![i]);
                        d = checked(d + den64![i]);
                    }
                }
            }

            Flush(current, n, d);
            var used = touched.AsSpan(0, touchedCount);
            if (!ordered)
            {
                used.Sort();
            }

            foreach (int g in used)
            {
                buffer.Add(g, sumN[g], sumD[g]);
                sumN[g] = 0;
                sumD[g] = 0;
                seen[g] = false;
            }

            perRun[p] = touchedCount;

            void Flush(int g, long fn, long fd)
            {
                if (g < 0)
                {
                    return;
                }

                if (!seen[g])
                {
                    seen[g] = true;
                    touched[touchedCount++] = g;
                }

                sumN[g] += fn;
                sumD[g] += fd;
            }
        }

        return buffer;
    }
}
