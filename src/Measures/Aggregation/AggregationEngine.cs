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
                throw new DataProblemException([new DataProblem(DataProblemKind.PeriodDoesNotFitFrequency, $"it is reported by {frequency}; it cannot be rolled up into {query.Periods}.", subject: store.MeasureCodeTable[m])]);
            }
        }

        var units = UnitGroups(store, query.Units, measures, out string[] unitLabels);
        int breakdownGroups = query.ByBreakdown ? store.BreakdownTable.Length : 1;
        string[] breakdownLabels = query.ByBreakdown ? store.BreakdownTable : [string.Empty];
        int groups = checked(unitLabels.Length * breakdownGroups);

        // Positions: the selected runs, in store order.
        int[] positions = SelectRuns(store, measures, out int[] measurePositionStart);
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
                throw new DataProblemException([new DataProblem(DataProblemKind.UnknownName, "the unit has observations but is not in the organisational hierarchy.", subject: $"unit '{unit}'")]);
            }

            int own = hierarchy.LevelOf(unit);
            if (own < level)
            {
                throw new DataProblemException([new DataProblem(DataProblemKind.Inconsistent, string.Create(CultureInfo.InvariantCulture, $"the unit is at level {own}, above level {level}; its figures cannot be split between the units below it."), subject: $"unit '{unit}'")]);
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
                            throw new DataProblemException([new DataProblem(
                                DataProblemKind.OverlappingUnits,
                                $"its ancestor '{store.UnitTable[a]}' has figures for the same measure and period; rolling both up would count them twice.",
                                subject: StoreProblem.Describe(store.MeasureCodeTable[m], store.PeriodOf(m, store.RunOrdinal[r]), store.UnitTable[u], string.Empty))]);
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

    /// <summary>
    /// The units in store order cut where their group changes, when there are few enough cuts for
    /// binary searches per run to beat reading every row's unit; otherwise <see langword="null"/>.
    /// </summary>
    private static (int LastUnit, int Group)[]? UnitSegments(ObservationStore store, int[] positions, int from, int to, int[] unitGroup)
    {
        var segments = new List<(int LastUnit, int Group)>();
        for (int u = 0; u < unitGroup.Length; u++)
        {
            if (u + 1 == unitGroup.Length || unitGroup[u + 1] != unitGroup[u])
            {
                segments.Add((u, unitGroup[u]));
            }
        }

        long rows = to > from ? store.RunStart[positions[to - 1] + 1] - store.RunStart[positions[from]] : 0;
        long averageRun = to > from ? rows / (to - from) : 0;
        return segments.Count * 8 <= averageRun ? [.. segments] : null;
    }

    /// <summary>The first row in [<paramref name="start"/>, <paramref name="end"/>) whose unit is above <paramref name="unit"/>; units are sorted within a run.</summary>
    private static int FirstUnitAbove(ushort[] units, int start, int end, int unit)
    {
        int lo = start, hi = end;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (units[mid] <= unit)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
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

    /// <summary>Per-run figures for each group: either one cell per run, or a variable number.</summary>
    private sealed class Cells(int[]? runStart, int[]? group, long[] numerator, long[] denominator)
    {
        public long[] Numerator { get; } = numerator;

        public long[] Denominator { get; } = denominator;

        public bool OnePerRun => runStart is null;

        public int[]? GroupColumn => group;

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
                Group = Group.Length == 0 ? Group : Grow(Group, size);
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
    private sealed class TargetBuffer(int capacity, bool grouped)
    {
        public int[] Measure { get; private set; } = new int[capacity];

        public int[] Target { get; private set; } = new int[capacity];

        public int[] Group { get; private set; } = grouped ? new int[capacity] : [];

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
            if (Group.Length != 0)
            {
                Group[Count] = group;
            }

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
            if (Group.Length != 0)
            {
                Array.Copy(other.Group, 0, Group, Count, other.Count);
            }

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
            Group = Group.Length == 0 ? Group : Grow(Group, size);
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
