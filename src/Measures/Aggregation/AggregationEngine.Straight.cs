using System;

namespace Measures.Aggregation;

// Groups of units as reported (teams to councils, say): each run's groups written straight into the result's columns.
internal static partial class AggregationEngine
{
    /// <summary>The result's columns, written in place by every chunk of runs.</summary>
    private sealed class StraightColumns(int capacity)
    {
        public int[] Measure { get; } = GC.AllocateUninitializedArray<int>(capacity);

        public int[] Period { get; } = GC.AllocateUninitializedArray<int>(capacity);

        public int[] Group { get; } = GC.AllocateUninitializedArray<int>(capacity);

        public long[] Numerator { get; } = GC.AllocateUninitializedArray<long>(capacity);

        public long[] Denominator { get; } = GC.AllocateUninitializedArray<long>(capacity);

        public void MoveDown(int from, int to, int length)
        {
            Array.Copy(Measure, from, Measure, to, length);
            Array.Copy(Period, from, Period, to, length);
            Array.Copy(Group, from, Group, to, length);
            Array.Copy(Numerator, from, Numerator, to, length);
            Array.Copy(Denominator, from, Denominator, to, length);
        }
    }

    /// <summary>
    /// Units grouped as reported, without breakdowns, over 32-bit figures, where each group's units lie together and in
    /// group order (a hierarchy's units sorted by name, usually): one aggregate per run and group with rows, found by
    /// searching the run's sorted units, written straight into the result. <see langword="null"/> when this does not apply.
    /// </summary>
    private static AggregationResult? GroupsStraight(ObservationStore store, int[] positions, int[] unitGroup, string[] unitLabels, int degree, int minRowsPerTask)
    {
        if (store.Numerator32 is null || UnitSegments(store, positions, 0, positions.Length, unitGroup) is not { } segments)
        {
            return null;
        }

        for (int k = 1; k < segments.Length; k++)
        {
            if (segments[k].Group <= segments[k - 1].Group)
            {
                return null;
            }
        }

        // Each chunk writes from the most aggregates the chunks before it could make; gaps, if any, are closed after.
        var chunks = Chunks(store, positions, degree, minRowsPerTask);
        var offsets = new int[chunks.Length];
        long bound = 0;
        for (int c = 0; c + 1 < chunks.Length; c++)
        {
            offsets[c] = (int)bound;
            for (int p = chunks[c]; p < chunks[c + 1]; p++)
            {
                int r = positions[p];
                bound += Math.Min(store.RunStart[r + 1] - store.RunStart[r], segments.Length);
            }
        }

        offsets[^1] = checked((int)bound);
        var columns = new StraightColumns((int)bound);
        var written = new int[chunks.Length - 1];
        ForEachChunk(chunks, c => written[c] = WriteGroups(store, positions, chunks[c], chunks[c + 1], segments, columns, offsets[c]));
        int count = written[0];
        for (int c = 1; c < written.Length; c++)
        {
            if (offsets[c] != count)
            {
                columns.MoveDown(offsets[c], count, written[c]);
            }

            count += written[c];
        }

        return new AggregationResult(
            store.MeasureCodeTable, store.RuleTable, unitLabels, [string.Empty],
            count, columns.Measure, columns.Period, store.RunPeriodTable, columns.Group, columns.Numerator, columns.Denominator, null, null);
    }

    private static int WriteGroups(ObservationStore store, int[] positions, int from, int to, (int LastUnit, int Group)[] segments, StraightColumns columns, int at)
    {
        ushort[] unit = store.UnitColumn;
        int[] num = store.Numerator32!, den = store.Denominator32!;
        int[] measureOut = columns.Measure, periodOut = columns.Period, groupOut = columns.Group;
        long[] numeratorOut = columns.Numerator, denominatorOut = columns.Denominator;
        long narrowRun = store.MaxFigure == 0 ? int.MaxValue : int.MaxValue / store.MaxFigure;

        // Each segment's length in the run before: in data where runs look alike, the guess saves the search.
        var guess = new int[segments.Length];
        int start0 = at;
        for (int p = from; p < to; p++)
        {
            int r = positions[p];
            int s = store.RunStart[r], end = store.RunStart[r + 1];
            int measure = store.RunMeasure[r], period = store.RunPeriodIndex[r];
            for (int k = 0; k < segments.Length && s < end; k++)
            {
                int last = segments[k].LastUnit;
                int e = s + guess[k];
                if (e > end || (e < end && unit[e] <= last) || (e > s && unit[e - 1] > last))
                {
                    e = FirstUnitAbove(unit, s, end, last);
                    guess[k] = e - s;
                }

                if (e == s)
                {
                    continue;
                }

                long n, d;
                if (e - s <= narrowRun)
                {
                    RunSums.SumPairNarrow(num, den, s, e, out n, out d);
                }
                else
                {
                    RunSums.SumPair(num, den, s, e, out n, out d);
                }

                measureOut[at] = measure;
                periodOut[at] = period;
                groupOut[at] = segments[k].Group;
                numeratorOut[at] = n;
                denominatorOut[at] = d;
                at++;
                s = e;
            }
        }

        return at - start0;
    }
}
