using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Threading.Tasks;
using Measures.Definitions;
using Measures.Time;
using static Measures.Aggregation.UnitRollUp;

namespace Measures.Aggregation;

// Unit grouping: which group each unit of the store falls in, and the check that no unit is counted twice through its ancestor.
internal static partial class AggregationEngine
{
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
}
