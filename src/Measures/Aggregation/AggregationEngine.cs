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
internal static class AggregationEngine
{
    public static AggregationResult Run(ObservationStore store, AggregationQuery query)
    {
        int[] measures = SelectMeasures(store, query);
        foreach (int m in measures)
        {
            var frequency = store.RuleTable[m].Frequency;
            if (!TargetPlan.Supports(query.Periods, frequency))
            {
                throw new InvalidOperationException($"{store.MeasureCodeTable[m]} is reported by {frequency}; it cannot be rolled up into {query.Periods}.");
            }
        }

        var units = UnitGroups(store, query.Units, measures, out string[] unitLabels);
        int breakdownGroups = query.ByBreakdown ? store.BreakdownTable.Length : 1;
        string[] breakdownLabels = query.ByBreakdown ? store.BreakdownTable : [string.Empty];
        int groups = checked(unitLabels.Length * breakdownGroups);

        // Positions: the selected runs, in store order.
        int[] positions = SelectRuns(store, measures, out int[] measurePositionStart);
        var cells = RowsToCells(store, positions, units, query.ByBreakdown ? breakdownGroups : 0, groups, query.MaxDegreeOfParallelism, query.MinRowsPerTask);
        var output = CellsToTargets(store, query.Periods, measures, measurePositionStart, positions, cells, groups, query.MaxDegreeOfParallelism, query.MinRowsPerTask);

        var periods = Periods(store, query.Periods, output);
        var unitIndex = new int[output.Count];
        var breakdownIndex = new int[output.Count];
        for (int i = 0; i < output.Count; i++)
        {
            unitIndex[i] = output.Group[i] / breakdownGroups;
            breakdownIndex[i] = output.Group[i] % breakdownGroups;
        }

        return new AggregationResult(
            store.MeasureCodeTable, store.RuleTable, unitLabels, breakdownLabels,
            Trimmed(output.Measure, output.Count), periods, unitIndex, breakdownIndex,
            Trimmed(output.Numerator, output.Count), Trimmed(output.Denominator, output.Count),
            Trimmed(output.Mask, output.Count), Trimmed(output.Expected, output.Count));
    }

    /// <summary>The reporting period of each target, made once per distinct target and frequency rather than once per aggregate.</summary>
    private static ReportingPeriod[] Periods(ObservationStore store, PeriodRollUp rollUp, TargetBuffer output)
    {
        var periods = new ReportingPeriod[output.Count];
        var cache = new Dictionary<PeriodType, (int Min, ReportingPeriod[] Periods, bool[] Made)>();
        PeriodType lastFrequency = 0;
        (int Min, ReportingPeriod[] Periods, bool[] Made) entry = (0, [], []);
        for (int i = 0; i < output.Count; i++)
        {
            var frequency = store.RuleTable[output.Measure[i]].Frequency;
            var plan = new TargetPlan(rollUp, frequency);
            int t = output.Target[i];
            if (plan.IsAsReported && !PeriodAxis.IsArithmetic(frequency))
            {
                periods[i] = store.RankedPeriods[t];
                continue;
            }

            if (frequency != lastFrequency && !cache.TryGetValue(frequency, out entry))
            {
                int min = int.MaxValue, max = int.MinValue;
                for (int j = i; j < output.Count; j++)
                {
                    if (store.RuleTable[output.Measure[j]].Frequency == frequency)
                    {
                        min = Math.Min(min, output.Target[j]);
                        max = Math.Max(max, output.Target[j]);
                    }
                }

                entry = (min, new ReportingPeriod[max - min + 1], new bool[max - min + 1]);
                cache.Add(frequency, entry);
            }

            lastFrequency = frequency;

            int k = t - entry.Min;
            if (!entry.Made[k])
            {
                entry.Periods[k] = plan.IsAsReported ? PeriodAxis.Period(frequency, t) : plan.Period(t);
                entry.Made[k] = true;
            }

            periods[i] = entry.Periods[k];
        }

        return periods;
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

    /// <summary>Maps each store unit to its group, or returns <see langword="null"/> when all units form one group.</summary>
    private static int[]? UnitGroups(ObservationStore store, UnitRollUp rollUp, int[] measures, out string[] labels)
    {
        switch (rollUp.Kind)
        {
            case UnitRollUpKind.AllUnits:
                labels = [string.Empty];
                return null;
            case UnitRollUpKind.EachUnit:
                labels = store.UnitTable;
                var identity = new int[store.UnitTable.Length];
                for (int u = 0; u < identity.Length; u++)
                {
                    identity[u] = u;
                }

                return identity;
        }

        var hierarchy = rollUp.Hierarchy!;
        int level = rollUp.Level;
        var ancestors = new string[store.UnitTable.Length];
        for (int u = 0; u < ancestors.Length; u++)
        {
            string unit = store.UnitTable[u];
            if (!hierarchy.Contains(unit))
            {
                throw new InvalidOperationException($"The unit '{unit}' has observations but is not in the organisational hierarchy.");
            }

            int own = hierarchy.LevelOf(unit);
            if (own < level)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The unit '{unit}' is at level {own}, above level {level}; its figures cannot be split between the units below it."));
            }

            ancestors[u] = hierarchy.AncestorAt(unit, level);
        }

        CheckNoUnitBesideAncestor(store, hierarchy, measures);
        labels = [.. new SortedSet<string>(ancestors, StringComparer.Ordinal)];
        var map = new int[ancestors.Length];
        for (int u = 0; u < map.Length; u++)
        {
            map[u] = Array.BinarySearch(labels, ancestors[u], StringComparer.Ordinal);
        }

        return map;
    }

    /// <summary>A team's figures and its locality's for the same measure and period would be counted twice in the council.</summary>
    private static void CheckNoUnitBesideAncestor(ObservationStore store, OrganisationalHierarchy hierarchy, int[] measures)
    {
        // The store's units among each unit's ancestors.
        var storeAncestors = new List<int>[store.UnitTable.Length];
        bool any = false;
        for (int u = 0; u < storeAncestors.Length; u++)
        {
            storeAncestors[u] = [];
            for (string? parent = hierarchy.ParentOf(store.UnitTable[u]); parent is not null; parent = hierarchy.ParentOf(parent))
            {
                int a = Array.BinarySearch(store.UnitTable, parent, StringComparer.Ordinal);
                if (a >= 0)
                {
                    storeAncestors[u].Add(a);
                    any = true;
                }
            }
        }

        if (!any)
        {
            return;
        }

        int words = store.UnitWords;
        var present = new bool[store.UnitTable.Length];
        foreach (int m in measures)
        {
            if (!MeasureMayOverlap(store, m, words, storeAncestors))
            {
                continue;
            }

            for (int r = store.MeasureRunStart[m]; r < store.MeasureRunStart[m + 1]; r++)
            {
                Array.Clear(present);
                for (int i = store.RunStart[r]; i < store.RunStart[r + 1]; i++)
                {
                    present[store.UnitColumn[i]] = true;
                }

                for (int u = 0; u < present.Length; u++)
                {
                    if (!present[u])
                    {
                        continue;
                    }

                    foreach (int a in storeAncestors[u])
                    {
                        if (present[a])
                        {
                            throw new InvalidOperationException(
                                $"{ObservationProblem.Describe(store.MeasureCodeTable[m], store.PeriodOf(m, store.RunOrdinal[r]), store.UnitTable[u], string.Empty)}: its ancestor '{store.UnitTable[a]}' has figures for the same measure and period; rolling both up would count them twice.");
                        }
                    }
                }
            }
        }
    }

    private static bool MeasureMayOverlap(ObservationStore store, int m, int words, List<int>[] storeAncestors)
    {
        var units = store.MeasureUnits.AsSpan(m * words, words);
        for (int w = 0; w < words; w++)
        {
            for (ulong bits = units[w]; bits != 0; bits &= bits - 1)
            {
                int u = (w << 6) + BitOperations.TrailingZeroCount(bits);
                foreach (int a in storeAncestors[u])
                {
                    if ((units[a >> 6] & (1UL << a)) != 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

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
        var buffer = new CellBuffer(Math.Max(16, to - from));
        var sumN = new long[groups];
        var sumD = new long[groups];
        var seen = new bool[groups];
        var touched = new int[groups];
        ushort[] unit = store.UnitColumn;
        ushort[]? breakdown = breakdownGroups > 0 ? store.BreakdownColumn : null;
        int[]? num32 = store.Numerator32, den32 = store.Denominator32;
        long[]? num64 = store.Numerator64, den64 = store.Denominator64;
        for (int p = from; p < to; p++)
        {
            int r = positions[p];
            int start = store.RunStart[r], end = store.RunStart[r + 1];
            int touchedCount = 0;
            bool ordered = true;
            int current = -1;
            long n = 0, d = 0;
            if (num32 is not null && breakdownGroups == 0 && unitGroup is not null)
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
            var buffer = new TargetBuffer(Math.Max(16, cells.Start(measurePositionStart[bounds[c + 1]]) - cells.Start(measurePositionStart[bounds[c]])));
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

        var all = new TargetBuffer(cellCount);
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

            for (int p = a; p < b; p++)
            {
                int bit = ordinal[positions[p]] - lo;
                for (int c = cells.Start(p); c < cells.Start(p + 1); c++)
                {
                    scratch.Add(cells.Group(c), bit, cells.Numerator[c], cells.Denominator[c], numeratorRule, denominatorRule);
                }
            }

            scratch.Emit(m, t, (byte)(hi - lo + 1), output);
            t++;
        }
    }

    /// <summary>Per-run figures for each group: either one cell per run, or a variable number.</summary>
    private sealed class Cells(int[]? runStart, int[]? group, long[] numerator, long[] denominator)
    {
        public long[] Numerator { get; } = numerator;

        public long[] Denominator { get; } = denominator;

        public int Start(int position) => runStart is null ? position : runStart[position];

        public int Group(int cell) => group is null ? 0 : group[cell];
    }

    private sealed class CellBuffer(int capacity)
    {
        public int[] Group { get; private set; } = new int[capacity];

        public long[] Numerator { get; private set; } = new long[capacity];

        public long[] Denominator { get; private set; } = new long[capacity];

        public int Count { get; private set; }

        public void Add(int group, long numerator, long denominator)
        {
            if (Count == Group.Length)
            {
                int size = Count * 2;
                Group = Grow(Group, size);
                Numerator = Grow(Numerator, size);
                Denominator = Grow(Denominator, size);
            }

            Group[Count] = group;
            Numerator[Count] = numerator;
            Denominator[Count] = denominator;
            Count++;
        }
    }

    /// <summary>The target aggregates, as columns.</summary>
    private sealed class TargetBuffer(int capacity)
    {
        public int[] Measure { get; private set; } = new int[capacity];

        public int[] Target { get; private set; } = new int[capacity];

        public int[] Group { get; private set; } = new int[capacity];

        public long[] Numerator { get; private set; } = new long[capacity];

        public long[] Denominator { get; private set; } = new long[capacity];

        public ulong[] Mask { get; private set; } = new ulong[capacity];

        public byte[] Expected { get; private set; } = new byte[capacity];

        public int Count { get; private set; }

        public void Add(int measure, int target, int group, long numerator, long denominator, ulong mask, byte expected)
        {
            if (Count == Measure.Length)
            {
                Resize(Count * 2);
            }

            Measure[Count] = measure;
            Target[Count] = target;
            Group[Count] = group;
            Numerator[Count] = numerator;
            Denominator[Count] = denominator;
            Mask[Count] = mask;
            Expected[Count] = expected;
            Count++;
        }

        public void AddAll(TargetBuffer other)
        {
            if (Count + other.Count > Measure.Length)
            {
                Resize(Count + other.Count);
            }

            Array.Copy(other.Measure, 0, Measure, Count, other.Count);
            Array.Copy(other.Target, 0, Target, Count, other.Count);
            Array.Copy(other.Group, 0, Group, Count, other.Count);
            Array.Copy(other.Numerator, 0, Numerator, Count, other.Count);
            Array.Copy(other.Denominator, 0, Denominator, Count, other.Count);
            Array.Copy(other.Mask, 0, Mask, Count, other.Count);
            Array.Copy(other.Expected, 0, Expected, Count, other.Count);
            Count += other.Count;
        }

        private void Resize(int size)
        {
            Measure = Grow(Measure, size);
            Target = Grow(Target, size);
            Group = Grow(Group, size);
            Numerator = Grow(Numerator, size);
            Denominator = Grow(Denominator, size);
            Mask = Grow(Mask, size);
            Expected = Grow(Expected, size);
        }
    }

    /// <summary>Partial aggregates of one target period, one slot per group.</summary>
    private sealed class Scratch(int groups)
    {
        private readonly long[] numerator = new long[groups];
        private readonly long[] denominator = new long[groups];
        private readonly ulong[] mask = new ulong[groups];
        private readonly int[] touched = new int[groups];
        private int touchedCount;
        private bool ordered = true;

        public void Add(int group, int bit, long n, long d, TemporalRule numeratorRule, TemporalRule denominatorRule)
        {
            ulong was = mask[group];
            if (was == 0)
            {
                ordered &= touchedCount == 0 || group > touched[touchedCount - 1];
                touched[touchedCount++] = group;
            }

            numerator[group] = Aggregate.MergeHeld(numeratorRule, numerator[group], was, n, 1UL << bit);
            denominator[group] = Aggregate.MergeHeld(denominatorRule, denominator[group], was, d, 1UL << bit);
            mask[group] = was | (1UL << bit);
        }

        public void Emit(int measure, int target, byte expected, TargetBuffer output)
        {
            var used = touched.AsSpan(0, touchedCount);
            if (!ordered)
            {
                used.Sort();
            }

            foreach (int g in used)
            {
                output.Add(measure, target, g, numerator[g], denominator[g], mask[g], expected);
                numerator[g] = 0;
                denominator[g] = 0;
                mask[g] = 0;
            }

            touchedCount = 0;
            ordered = true;
        }
    }

    private static T[] Trimmed<T>(T[] array, int count) => array.Length == count ? array : array.AsSpan(0, count).ToArray();

    private static T[] Grow<T>(T[] array, int size)
    {
        Array.Resize(ref array, size);
        return array;
    }
}
