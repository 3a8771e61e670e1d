using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using Measures.Definitions;
using Measures.Internal;
using Measures.Time;
using Measures.Observations;

namespace Measures.Aggregation;

/// <summary>
/// Collects observations column by column and builds an <see cref="ObservationStore"/>, checking
/// every observation against its measure's <see cref="AggregationRule"/>.
/// </summary>
/// <remarks>
/// Each observation is read once into columns (sized exactly when the input's count is known);
/// <see cref="Build"/> then orders the rows by measure, period, unit and breakdown, which also finds
/// duplicates. This type is not thread-safe; the store it builds is.
/// </remarks>
public sealed class ObservationStoreBuilder
{
    internal const int MaxProblemsListed = 100;
    private const int MaxKeys = 1 << 16;

    private readonly IReadOnlyDictionary<string, AggregationRule> rules;
    private readonly DuplicateObservations duplicates;
    // The builder's own tables; rows added on other threads are interned into tables of their own first (see AddSlices).
    private readonly Tables own;
    private readonly List<string> measureCodes;
    private readonly List<AggregationRule> measureRules;
    private readonly List<string> units;
    private readonly Dictionary<string, int> breakdownIds = new(StringComparer.Ordinal) { [string.Empty] = 0 };
    private readonly List<string> breakdowns = [string.Empty];
    private readonly List<ReportingPeriod> rankedPeriods;
    private readonly ProblemList problems;

    // Windows' figures and values without counts: never in the columns, so never in a sum.
    private readonly List<(Observation Observation, string Breakdown)> keptApart;
    private readonly List<Observation> keptApartFigures = [];
    private readonly HashSet<(int Measure, ReportingPeriod Period, string Unit)> keptApartKeys = [];

    // Staging, 18 bytes a row while the figures fit 32 bits, so that the build needs the store plus one column:
    // a row's measure and period in one 8-byte value (measure id high, ordinal or ranked id low), which becomes its
    // sort key in place; its unit and breakdown in two bytes each (units and breakdown values are at most MaxKeys
    // apart; the breakdown column is made only when a row has one), which become the store's; and its figures in the
    // store's own 32-bit columns, until one does not fit and they move to 64.
    private long[] seriesColumn = [];
    private ushort[] unitColumn = [];
    private ushort[] breakdownColumn = [];
    private int[] numerator32 = [];
    private int[] denominator32 = [];
    private long[]? numerator64;
    private long[]? denominator64;
    private int count;
    private long maxValue;

    private bool built;

    // Council totals only (see SumUnitsAsAdded): rows are added into one cell per measure, period and breakdown, and
    // each cell marks the units it has had a row for, a bit each, so that rows given twice and totals beside
    // breakdowns are still found. Where the bits would take more room than a key a row (few rows over many units),
    // each row's key is kept in 8 bytes instead and the keys are sorted at the end.
    private bool collapse;
    private int accepted;
    private readonly List<ulong[]> cellUnits = [];
    // By staging row: the cell's key without its unit (measure << 48 | period key << 32 | breakdown).
    private readonly List<ulong> cellKeys = [];
    private long unitWords;
    // The keys (measure << 48 | period key << 32 | unit << 16 | breakdown) of rows given again, as they came, when refused.
    private readonly List<ulong> repeatedKeys = [];
    private bool keepKeys;
    private long[] rowKeys = [];
    private int keyCount;
    private long expectedRows;
    // Each cell by its measure (16 bits), ordinal (32) and breakdown (16) in one number: its staging row and its period's key.
    private readonly CellIndex cells = new();
    private readonly Dictionary<int, int> ordinalKeys = [];
    private readonly List<int> ordinalsByKey = [];
    // The exact sums of the cells that passed a long, by staging row; their measures are refused by the totals check.
    private readonly Dictionary<int, (Int128 Numerator, Int128 Denominator)> exactCells = [];

    /// <summary>Creates a builder.</summary>
    /// <param name="rules">The aggregation rule of each measure, by measure code.</param>
    /// <param name="duplicates">What to do with two observations for the same key; rejected by default.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duplicates"/> is not a defined value.</exception>
    public ObservationStoreBuilder(IReadOnlyDictionary<string, AggregationRule> rules, DuplicateObservations duplicates = DuplicateObservations.Reject)
    {
        this.rules = Preconditions.CheckNotNull(rules);
        if (duplicates is not (DuplicateObservations.Reject or DuplicateObservations.SumAsPartialCounts))
        {
            throw new ArgumentOutOfRangeException(nameof(duplicates), duplicates, $"{duplicates} is not a duplicate policy.");
        }

        this.duplicates = duplicates;
        own = new Tables(rules);
        (measureCodes, measureRules, units, rankedPeriods, problems, keptApart) = (own.MeasureCodes, own.MeasureRules, own.Units, own.RankedPeriods, own.Problems, own.KeptApart);
    }

    /// <summary>Gets how many observations have been added and accepted so far.</summary>
    public int Count => collapse ? accepted : count;

    /// <summary>Adds one observation, optionally for one value of a breakdown (an age band, a gender).</summary>
    /// <param name="observation">The observation.</param>
    /// <param name="breakdown">The breakdown value, or "" for the whole population.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The rules give the observation's measure a rule that is unset.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built a store.</exception>
    public ObservationStoreBuilder Add(in Observation observation, string breakdown = "")
    {
        Preconditions.CheckNotNull(breakdown);
        CheckNotBuilt();
        Reserve(1);
        Append(observation, breakdown);
        return this;
    }

    /// <summary>Adds observations from a span.</summary>
    /// <param name="observations">The observations.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The rules give an observation's measure a rule that is unset.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built a store.</exception>
    public ObservationStoreBuilder AddRange(ReadOnlySpan<Observation> observations)
    {
        CheckNotBuilt();
        Reserve(observations.Length);
        int parts = collapse ? 1 : Parts(observations.Length);
        if (parts > 1)
        {
            AddSlices(observations, parts);
            return this;
        }

        foreach (ref readonly var observation in observations)
        {
            Append(observation, string.Empty);
        }

        return this;
    }

    /// <summary>Adds observations from an array.</summary>
    /// <param name="observations">The observations.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    /// <exception cref="ArgumentException">The rules give an observation's measure a rule that is unset.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built a store.</exception>
    public ObservationStoreBuilder AddRange(Observation[] observations) => AddRange(new ReadOnlySpan<Observation>(Preconditions.CheckNotNull(observations)));

    /// <summary>Adds observations from a sequence, enumerating it once, at once.</summary>
    /// <param name="observations">The observations.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    /// <exception cref="ArgumentException">The rules give an observation's measure a rule that is unset.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built a store.</exception>
    public ObservationStoreBuilder AddRange(IEnumerable<Observation> observations)
    {
        Preconditions.CheckNotNull(observations);
        switch (observations)
        {
            case Observation[] array:
                return AddRange(new ReadOnlySpan<Observation>(array));
            case List<Observation> list:
                return AddRange(CollectionsMarshal.AsSpan(list));
        }

        CheckNotBuilt();
        if (observations is ICollection<Observation> collection)
        {
            Reserve(collection.Count);
        }
        else if (observations is IReadOnlyCollection<Observation> readOnly)
        {
            Reserve(readOnly.Count);
        }

        foreach (var observation in observations)
        {
            Reserve(1);
            Append(observation, string.Empty);
        }

        return this;
    }

    /// <summary>Builds the store, or reports every problem found.</summary>
    /// <returns>
    /// The store, or the problems (the first 100 listed, all counted): an unknown measure, a period that
    /// does not fit its frequency, a missing or unexpected denominator, a numerator above a denominator it
    /// must stay within, or a duplicate key. <see cref="LoadResult{T}.Value"/> throws a
    /// <see cref="DataProblemException"/> listing them.
    /// </returns>
    /// <exception cref="InvalidOperationException">The builder has already built a store.</exception>
    /// <exception cref="ArgumentException">The rules give the measure of a figure kept apart (a window's, or a value without counts) a rule that is unset.</exception>
    public LoadResult<ObservationStore> Build()
    {
        CheckNotBuilt();
        built = true;
        ResolveKeptApart();
        CheckKeptApartAgainstRows();
        if (collapse)
        {
            CheckRowKeys();
        }

        CheckTotals();
        var store = BuildStore();
        return problems.Count == 0 ? LoadResult<ObservationStore>.ForValue(store) : problems.ToResult<ObservationStore>();
    }

    /// <summary>
    /// Every sum the store can be asked for is a sum of some of a measure's figures, all zero or more; so when each
    /// measure's numerators, and its denominators, add up within a long, every sum is exact (the vectorised loops
    /// need no overflow checks). A measure whose figures do not is refused, naming the period its total passes the limit.
    /// </summary>
    private void CheckTotals()
    {
        if (exactCells.Count == 0 && (Int128)maxValue * count <= long.MaxValue)
        {
            return;
        }

        int measures = measureCodes.Count;
        var numerators = new Int128[measures];
        var denominators = new Int128[measures];
        for (int i = 0; i < count; i++)
        {
            var (n, d) = Figures(i);
            numerators[MeasureAt(i)] += n;
            denominators[MeasureAt(i)] += d;
        }

        for (int m = 0; m < measures; m++)
        {
            if (numerators[m] > long.MaxValue)
            {
                ReportTotal(m, numerator: true, "numerators");
            }

            if (denominators[m] > long.MaxValue)
            {
                ReportTotal(m, numerator: false, "denominators");
            }
        }
    }

    private void ReportTotal(int measure, bool numerator, string what)
    {
        var rule = measureRules[measure];
        var byPeriod = new SortedDictionary<ReportingPeriod, Int128>();
        for (int i = 0; i < count; i++)
        {
            if (MeasureAt(i) == measure)
            {
                var period = PeriodAxis.IsArithmetic(rule.Frequency) ? PeriodAxis.Period(rule.Frequency, OrdinalAt(i)) : rankedPeriods[OrdinalAt(i)];
                var (n, d) = Figures(i);
                byPeriod[period] = byPeriod.GetValueOrDefault(period) + (numerator ? n : d);
            }
        }

        Int128 total = 0;
        foreach (var (period, sum) in byPeriod)
        {
            total += sum;
            if (total > long.MaxValue)
            {
                string why = string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"the {what} of {measureCodes[measure]} up to this period add up to {total:N0}, more than {long.MaxValue:N0}, the most the store adds exactly; a sum over these periods or units would be wrong, so the measure is refused.");
                Report(new DataProblem(DataProblemKind.TooLarge, why, subject: StoreProblem.Describe(measureCodes[measure], period, string.Empty, string.Empty).Replace(", the whole council", string.Empty, StringComparison.Ordinal)));
                return;
            }
        }
    }

    private void CheckNotBuilt() => Preconditions.CheckState(!built, "This builder has already built a store; start a new builder.");

    /// <summary>
    /// Makes room for about <paramref name="observations"/> more rows at once, for a caller that can estimate how many
    /// are coming (from a file's size): the columns then grow once instead of doubling, with no copy held beside them.
    /// </summary>
    internal void EnsureRoomFor(int observations)
    {
        CheckNotBuilt();
        if (observations > 1 && collapse)
        {
            // Only ever more room, and only the keys so far are copied: a later, closer estimate may ask again.
            expectedRows = Math.Max(expectedRows, (long)accepted + observations);
            if (keepKeys)
            {
                GrowKeys(expectedRows - accepted + keyCount);
            }
        }
        else if (observations > 1)
        {
            Reserve(observations);
        }
    }

    /// <summary>
    /// Makes this a builder of council totals: each row is added into its measure, period and breakdown as it
    /// arrives, so that millions of rows take 8 bytes each (for finding duplicates) rather than a row each. The
    /// store then holds one unit, the whole council; every check and problem is as for the rows one by one.
    /// </summary>
    internal ObservationStoreBuilder SumUnitsAsAdded()
    {
        Preconditions.CheckState(count == 0 && !built, "Units can be summed as added only before anything is added.");
        collapse = true;

        // A cell's sums may pass 32 bits however small its rows are.
        (numerator64, denominator64, numerator32, denominator32) = ([], [], [], []);
        return this;
    }

    private void Reserve(int extra)
    {
        int needed = count + extra;
        if (needed <= seriesColumn.Length)
        {
            return;
        }

        int capacity = extra == 1 ? Math.Max(needed, Math.Max(16, seriesColumn.Length * 2)) : needed;
        Array.Resize(ref seriesColumn, capacity);
        Array.Resize(ref unitColumn, capacity);
        if (breakdownColumn.Length != 0)
        {
            Array.Resize(ref breakdownColumn, capacity);
        }

        if (numerator64 is not null)
        {
            Array.Resize(ref numerator64, capacity);
            Array.Resize(ref denominator64, capacity);
        }
        else
        {
            Array.Resize(ref numerator32, capacity);
            Array.Resize(ref denominator32, capacity);
        }
    }

    private int MeasureAt(int row) => (int)(seriesColumn[row] >> 32);

    private int OrdinalAt(int row) => (int)seriesColumn[row];

    private int BreakdownAt(int row) => breakdownColumn.Length == 0 ? 0 : breakdownColumn[row];

    private static long Series(int measure, int ordinal) => ((long)measure << 32) | (uint)ordinal;

    /// <summary>A figure past 32 bits has come: the figures move to 64-bit columns for the rest of the build.</summary>
    private void WidenFigures()
    {
        var numerators = new long[seriesColumn.Length];
        var denominators = new long[seriesColumn.Length];
        for (int i = 0; i < count; i++)
        {
            (numerators[i], denominators[i]) = (numerator32[i], denominator32[i]);
        }

        (numerator64, denominator64, numerator32, denominator32) = (numerators, denominators, [], []);
    }

    private void Append(in Observation observation, string breakdown)
    {
        if (AppendTo(own, observation, breakdown, count, ref maxValue))
        {
            count++;
        }
    }

    /// <summary>Checks one observation and, if it passes, writes it at <paramref name="i"/> with ids from <paramref name="t"/>; false if it was refused, kept apart or added into a cell.</summary>
    private bool AppendTo(Tables t, in Observation observation, string breakdown, int i, ref long maxFigure)
    {
        string code = observation.MeasureCode;
        if (code is null)
        {
            Report(t, DataProblemKind.UnknownMeasure, observation, breakdown, "the observation is unset (a default value has no measure code).");
            return false;
        }

        var period = observation.Period;
        if (observation.IsKeptApart && period.Type != 0)
        {
            // Checked against its measure's rule when the store is built: the rule may be decided by a later row.
            t.KeptApart.Add((observation, breakdown));
            return false;
        }

        int measure = t.MeasureId(code);
        if (measure < 0)
        {
            Report(t, DataProblemKind.UnknownMeasure, observation, breakdown, "no aggregation rule is known for this measure code.");
            return false;
        }

        var rule = t.MeasureRules[measure];
        if (period.Type != rule.Frequency)
        {
            Report(t, DataProblemKind.PeriodDoesNotFitFrequency, observation, breakdown, FrequencyProblem(rule.Frequency, period));
            return false;
        }

        // The figures' rules are the value types' (FigureRules); the store knows only the aggregation rule's side of them.
        long numerator = observation.Numerator;
        string kind = !rule.HasDenominator ? "a count" : rule.NumeratorAtMostDenominator ? "a proportion" : "a rate, mean or ratio";
        if (FigureRules.Check("it", kind, rule.HasDenominator, rule.NumeratorAtMostDenominator, numerator, observation.Denominator) is { } broken)
        {
            Report(t, broken.Kind, observation, breakdown, broken.Message);
            return false;
        }

        long denominator = observation.Denominator.GetValueOrDefault();

        int unit = t.UnitId(observation.OrganisationalUnit);
        int breakdownId = 0;
        if (breakdown.Length != 0 && !breakdownIds.TryGetValue(breakdown, out breakdownId))
        {
            breakdownId = breakdowns.Count;
            breakdownIds.Add(breakdown, breakdownId);
            breakdowns.Add(breakdown);
        }

        if (unit >= MaxKeys || breakdownId >= MaxKeys)
        {
            Report(t, DataProblemKind.TooLarge, observation, breakdown, "a store holds at most 65,536 organisational units and 65,536 breakdown values.");
            return false;
        }

        int ordinal;
        if (PeriodAxis.IsArithmetic(rule.Frequency))
        {
            ordinal = PeriodAxis.Ordinal(period);
        }
        else
        {
            ordinal = t.RankedId(period);
        }

        if (numerator64 is null && (numerator is < int.MinValue or > int.MaxValue || denominator is < int.MinValue or > int.MaxValue))
        {
            // A slice cannot move the shared columns while others write them: it stops, and the span is added again on one thread.
            if (!ReferenceEquals(t, own))
            {
                t.NeedsWideFigures = true;
                return false;
            }

            WidenFigures();
        }

        if (collapse && !AddToCell(observation, breakdown, measure, ordinal, unit, breakdownId, numerator, denominator))
        {
            return false;
        }

        if (breakdownId != 0 && breakdownColumn.Length == 0)
        {
            breakdownColumn = new ushort[seriesColumn.Length];
        }

        seriesColumn[i] = Series(measure, ordinal);
        unitColumn[i] = (ushort)unit;
        if (breakdownColumn.Length != 0)
        {
            breakdownColumn[i] = (ushort)breakdownId;
        }

        if (numerator64 is not null)
        {
            numerator64[i] = numerator;
            denominator64![i] = denominator;
        }
        else
        {
            numerator32[i] = (int)numerator;
            denominator32[i] = (int)denominator;
        }

        maxFigure = Math.Max(maxFigure, Math.Max(numerator, denominator));
        return true;
    }

    /// <summary>Adds a row into its cell; false when it went into one already made (or was refused), true for a new cell.</summary>
    private bool AddToCell(in Observation observation, string breakdown, int measure, int ordinal, int unit, int breakdownId, long numerator, long denominator)
    {
        // A row of a cell already made (most rows) is found with one look-up: the cell knows its period's key.
        long cellKey = (long)(((ulong)measure << 48) | ((ulong)(uint)ordinal << 16) | (uint)breakdownId);
        (int Row, int OrdinalKey) cell = default;
        bool known = measure < MaxKeys && cells.TryGetValue(cellKey, out cell);
        int ordinalKey = cell.OrdinalKey;
        if (!known && !ordinalKeys.TryGetValue(ordinal, out ordinalKey))
        {
            ordinalKey = ordinalsByKey.Count;
            ordinalKeys.Add(ordinal, ordinalKey);
            ordinalsByKey.Add(ordinal);
        }

        if (measure >= MaxKeys || ordinalKey >= MaxKeys)
        {
            Report(DataProblemKind.TooLarge, observation, breakdown, "a store of council totals holds at most 65,536 measures and 65,536 periods.");
            return false;
        }

        ulong key = ((ulong)measure << 48) | ((ulong)ordinalKey << 32) | ((ulong)unit << 16) | (uint)breakdownId;
        accepted++;
        if (!known)
        {
            cells.Add(cellKey, count, ordinalKey);
            cellUnits.Add([]);
            cellKeys.Add(key & ~(0xFFFFUL << 16));
        }

        if (keepKeys)
        {
            AddKey(key);
        }
        else if (!MarkUnit(known ? cell.Row : count, unit))
        {
            // Partial counts given again are summed, not refused: only a store that refuses them needs their keys.
            if (duplicates == DuplicateObservations.Reject)
            {
                repeatedKeys.Add(key);
            }
        }
        else if (unitWords > accepted + 4096L)
        {
            KeepKeysInstead();
        }

        if (!known)
        {
            return true;
        }

        int at = cell.Row;

        // A cell past a long keeps its exact sum aside; its measure is then refused by the totals check, as row by row.
        var (n, d) = Figures(at);
        (n, d) = (n + numerator, d + denominator);
        if (n > long.MaxValue || d > long.MaxValue)
        {
            exactCells[at] = (n, d);
            maxValue = long.MaxValue;
        }
        else
        {
            numerator64![at] = (long)n;
            denominator64![at] = (long)d;
            maxValue = Math.Max(maxValue, Math.Max(numerator64[at], denominator64[at]));
        }

        return false;
    }

    /// <summary>Marks <paramref name="unit"/> in the cell at staging row <paramref name="row"/>; false when it was marked already.</summary>
    private bool MarkUnit(int row, int unit)
    {
        var bits = cellUnits[row];
        int word = unit >> 6;
        if (word >= bits.Length)
        {
            var grown = new ulong[Math.Max(word + 1, 2 * bits.Length)];
            bits.CopyTo(grown, 0);
            unitWords += grown.Length - bits.Length;
            cellUnits[row] = bits = grown;
        }

        ulong mask = 1UL << (unit & 63);
        bool fresh = (bits[word] & mask) == 0;
        bits[word] |= mask;
        return fresh;
    }

    private void AddKey(ulong key)
    {
        if (keyCount == rowKeys.Length)
        {
            GrowKeys(Math.Max(16, 2L * rowKeys.Length));
        }

        rowKeys[keyCount++] = (long)key;
    }

    private void GrowKeys(long size)
    {
        if (size > rowKeys.Length)
        {
            var keys = new long[(int)Math.Min(size, Array.MaxLength)];
            Array.Copy(rowKeys, keys, keyCount);
            rowKeys = keys;
        }
    }

    /// <summary>For council totals, keeps a key a row from now on rather than a bit a unit (as when the bits would take more room); the problems found are the same either way.</summary>
    internal void KeepKeysInstead()
    {
        if (!collapse || keepKeys)
        {
            return;
        }

        keepKeys = true;
        GrowKeys(Math.Max(2L * accepted, expectedRows));
        foreach (ulong key in MarkedKeys())
        {
            rowKeys[keyCount++] = (long)key;
        }

        // Emptied, not removed: they stay one a cell, by staging row.
        for (int row = 0; row < cellUnits.Count; row++)
        {
            cellUnits[row] = [];
        }

        unitWords = 0;
    }

    private IEnumerable<ulong> KeptKeys()
    {
        for (int i = 0; i < keyCount; i++)
        {
            yield return (ulong)rowKeys[i];
        }
    }

    /// <summary>The key of every unit marked in every cell, cell by cell (in staging order), units in order.</summary>
    private IEnumerable<ulong> MarkedKeys()
    {
        for (int row = 0; row < cellUnits.Count; row++)
        {
            var bits = cellUnits[row];
            for (int word = 0; word < bits.Length; word++)
            {
                for (ulong w = bits[word]; w != 0; w &= w - 1)
                {
                    yield return cellKeys[row] | ((ulong)((word << 6) + BitOperations.TrailingZeroCount(w)) << 16);
                }
            }
        }
    }

    /// <summary>A staging row's figures, exactly (a cell of council totals may have passed a long).</summary>
    private (Int128 Numerator, Int128 Denominator) Figures(int row) =>
        exactCells.Count != 0 && exactCells.TryGetValue(row, out var exact) ? exact
        : numerator64 is not null ? (numerator64[row], denominator64![row])
        : (numerator32[row], denominator32[row]);

    /// <summary>
    /// For a store of council totals: the duplicates and the breakdowns beside a whole-population figure that the
    /// rows would have shown one by one, reported in the order of their keys (as sorting the rows' keys finds them);
    /// then the cells become the whole council's.
    /// </summary>
    private void CheckRowKeys()
    {
        // Kind 0, a total beside a breakdown, comes before kind 1, a duplicate, of the same key: so a sorted scan meets them.
        var found = new List<(ulong Key, int Kind)>();
        foreach (ulong key in repeatedKeys)
        {
            found.Add((key, 1));
        }

        if (keepKeys)
        {
            SortedKeyProblems(found);
        }
        else
        {
            MarkedTotalsBesideBreakdowns(found);
        }

        found.Sort();
        foreach (var (key, kind) in found)
        {
            Report(kind == 0
                ? KeyProblem(DataProblemKind.TotalBesideBreakdown, key, StoreProblem.TotalBesideBreakdown)
                : KeyProblem(DataProblemKind.Duplicate, key, StoreProblem.Duplicate));
        }

        (rowKeys, keyCount) = ([], 0);
        cellUnits.Clear();
        repeatedKeys.Clear();
        own.ClearUnits();
        UnitId(string.Empty);
        Array.Clear(unitColumn, 0, count);
    }

    /// <summary>
    /// Each unit with a row for the whole population and for a breakdown of the same measure and period: once, with the
    /// first such breakdown (by id), as a sorted scan names it.
    /// </summary>
    private void MarkedTotalsBesideBreakdowns(List<(ulong Key, int Kind)> found)
    {
        const ulong BreakdownBits = 0xFFFF;
        var rows = new List<int>();
        var totals = new Dictionary<ulong, int>();
        for (int row = 0; row < cellKeys.Count; row++)
        {
            if ((cellKeys[row] & BreakdownBits) == 0)
            {
                totals[cellKeys[row]] = row;
            }
            else
            {
                rows.Add(row);
            }
        }

        if (rows.Count == 0 || totals.Count == 0)
        {
            return;
        }

        rows.Sort((a, b) => cellKeys[a].CompareTo(cellKeys[b]));
        ulong[] reported = [];
        ulong group = ulong.MaxValue;
        foreach (int row in rows)
        {
            ulong key = cellKeys[row];
            if (!totals.TryGetValue(key & ~BreakdownBits, out int total))
            {
                continue;
            }

            var (totalUnits, units) = (cellUnits[total], cellUnits[row]);
            if ((key & ~BreakdownBits) != group)
            {
                group = key & ~BreakdownBits;
                reported = new ulong[totalUnits.Length];
            }

            for (int word = 0; word < Math.Min(totalUnits.Length, units.Length); word++)
            {
                ulong both = totalUnits[word] & units[word] & ~reported[word];
                reported[word] |= both;
                for (; both != 0; both &= both - 1)
                {
                    found.Add((key | ((ulong)((word << 6) + BitOperations.TrailingZeroCount(both)) << 16), 0));
                }
            }
        }
    }

    /// <summary>The problems of the rows' keys, found by sorting them: the keys packed as narrow as the ids allow, then sorted in place on every core.</summary>
    private void SortedKeyProblems(List<(ulong Key, int Kind)> found)
    {
        // A radix sort passes over every byte of the key; only the keys are read after the sort, so the order of equal keys cannot show.
        int bb = Bits(breakdowns.Count - 1), bu = Bits(units.Count - 1), bo = Bits(ordinalsByKey.Count - 1), bm = Bits(measureCodes.Count - 1);
        var keys = rowKeys.AsSpan(0, keyCount);
        for (int i = 0; i < keys.Length; i++)
        {
            ulong wide = (ulong)keys[i];
            keys[i] = (long)(((wide >> 48) << (bo + bu + bb)) | (((wide >> 32) & 0xFFFF) << (bu + bb)) | (((wide >> 16) & 0xFFFF) << bb) | (wide & 0xFFFF));
        }

        InPlaceRadixSort.Sort(rowKeys, keyCount, bm + bo + bu + bb, Parts(keyCount));
        ulong breakdownMask = (1UL << bb) - 1;
        ulong Wide(ulong key) =>
            ((key >> (bo + bu + bb)) << 48) | (((key >> (bu + bb)) & ((1UL << bo) - 1)) << 32) | (((key >> bb) & ((1UL << bu) - 1)) << 16) | (key & breakdownMask);
        for (int i = 1; i < keys.Length; i++)
        {
            ulong previous = (ulong)keys[i - 1], key = (ulong)keys[i];
            if ((previous >> bb) != (key >> bb))
            {
                continue;
            }

            if (previous == key && duplicates == DuplicateObservations.Reject)
            {
                found.Add((Wide(key), 1));
            }
            else if ((previous & breakdownMask) == 0 && (key & breakdownMask) != 0)
            {
                found.Add((Wide(key), 0));
            }
        }
    }

    private DataProblem KeyProblem(DataProblemKind kind, ulong key, string why)
    {
        int measure = (int)(key >> 48);
        int ordinal = ordinalsByKey[(int)((key >> 32) & 0xFFFF)];
        var frequency = measureRules[measure].Frequency;
        var period = PeriodAxis.IsArithmetic(frequency) ? PeriodAxis.Period(frequency, ordinal) : rankedPeriods[ordinal];
        return StoreProblem.Create(kind, measureCodes[measure], period, units[(int)((key >> 16) & 0xFFFF)], breakdowns[(int)(key & 0xFFFF)], why);
    }

    private int MeasureId(string code) => own.MeasureId(code);

    private int UnitId(string unit) => own.UnitId(unit);

    /// <summary>Gets the codes of the measures with figures kept apart, so that a caller can give each a rule before <see cref="Build"/>.</summary>
    internal IEnumerable<string> KeptApartCodes
    {
        get
        {
            foreach (var (observation, _) in keptApart)
            {
                yield return observation.MeasureCode;
            }
        }
    }

    /// <summary>
    /// Checks each window's figure and value without counts as the columns would check a row, and keeps those that pass
    /// beside the columns: the figure for its own period, never added into any other.
    /// </summary>
    private void ResolveKeptApart()
    {
        foreach (var (observation, breakdown) in keptApart)
        {
            int measure = MeasureId(observation.MeasureCode);
            if (measure < 0)
            {
                Report(DataProblemKind.UnknownMeasure, observation, breakdown, "no aggregation rule is known for this measure code.");
            }
            else if (KeptApartProblem(observation, breakdown, measure) is { } problem)
            {
                Report(problem);
            }
            else if (!keptApartKeys.Add((measure, observation.Period, observation.OrganisationalUnit)))
            {
                Report(DataProblemKind.Duplicate, observation, breakdown, StoreProblem.Duplicate);
            }
            else
            {
                keptApartFigures.Add(observation);
            }
        }

        keptApart.Clear();
    }

    private DataProblem? KeptApartProblem(Observation observation, string breakdown, int measure)
    {
        var rule = measureRules[measure];
        var period = observation.Period;
        DataProblem Problem(DataProblemKind kind, string why) => StoreProblem.Create(kind, observation.MeasureCode, period, observation.OrganisationalUnit, breakdown, why);
        if (breakdown.Length != 0)
        {
            return Problem(DataProblemKind.InvalidValue, "a figure for a window, or a value without counts, is kept as the whole population's figure for its period; it cannot be given for a breakdown.");
        }

        if (observation.Value is not { } value)
        {
            string kind = !rule.HasDenominator ? "a count" : rule.NumeratorAtMostDenominator ? "a proportion" : "a rate, mean or ratio";
            return FigureRules.Check("it", kind, rule.HasDenominator, rule.NumeratorAtMostDenominator, observation.Numerator, observation.Denominator) is { } broken
                ? Problem(broken.Kind, broken.Message)
                : null;
        }

        // A value for the measure's own kind of period, or for a longer one made up of them (a year of a monthly measure).
        if (PeriodTiling.IsTiling(period.Type) && period.Type != rule.Frequency && !ObservationPeriods.Nest(rule.Frequency, period.Type))
        {
            return Problem(DataProblemKind.PeriodDoesNotFitFrequency, FrequencyProblem(rule.Frequency, period));
        }

        return rule.NumeratorAtMostDenominator && value > 100m
            ? Problem(DataProblemKind.Inconsistent, string.Create(CultureInfo.InvariantCulture, $"the value is {value}; a percentage cannot be above 100."))
            : null;
    }

    /// <summary>
    /// A value without counts for a month (say) and counts for the same month and unit are two figures for one key:
    /// refused as a duplicate, as two rows would be. Only values for a measure's own kind of period can meet a row.
    /// </summary>
    private void CheckKeptApartAgainstRows()
    {
        if (keptApartFigures.Count == 0)
        {
            return;
        }

        var values = new HashSet<(int Measure, ReportingPeriod Period, string Unit)>();
        foreach (var (measure, period, unit) in keptApartKeys)
        {
            if (period.Type == measureRules[measure].Frequency)
            {
                values.Add((measure, period, unit));
            }
        }

        if (values.Count == 0)
        {
            return;
        }

        var reported = new HashSet<(int, ReportingPeriod, string)>();
        void Check(int measure, int ordinal, string unit, string breakdown)
        {
            var frequency = measureRules[measure].Frequency;
            var period = PeriodAxis.IsArithmetic(frequency) ? PeriodAxis.Period(frequency, ordinal) : rankedPeriods[ordinal];
            if (values.Contains((measure, period, unit)) && reported.Add((measure, period, unit)))
            {
                Report(StoreProblem.Create(DataProblemKind.Duplicate, measureCodes[measure], period, unit, breakdown, "it is given both as counts and as a value without counts: give each measure, period and unit one figure."));
            }
        }

        if (collapse)
        {
            foreach (ulong key in keepKeys ? KeptKeys() : MarkedKeys())
            {
                Check((int)(key >> 48), ordinalsByKey[(int)((key >> 32) & 0xFFFF)], units[(int)((key >> 16) & 0xFFFF)], breakdowns[(int)(key & 0xFFFF)]);
            }
        }
        else
        {
            for (int i = 0; i < count; i++)
            {
                Check(MeasureAt(i), OrdinalAt(i), units[unitColumn[i]], breakdowns[BreakdownAt(i)]);
            }
        }
    }

    private static string FrequencyProblem(PeriodType frequency, ReportingPeriod period) => period.Type == 0
        ? "the period is unset (a default value)."
        : $"the measure's observations are for {Time.Text.PeriodText.Plural(frequency)}; this one is for a {Time.Text.PeriodText.Noun(period.Type)}.";

    private void Report(DataProblemKind kind, in Observation observation, string breakdown, string why) => Report(own, kind, observation, breakdown, why);

    private static void Report(Tables t, DataProblemKind kind, in Observation observation, string breakdown, string why) =>
        t.Problems.Add(StoreProblem.Create(kind, observation.MeasureCode ?? string.Empty, observation.Period, observation.OrganisationalUnit ?? string.Empty, breakdown, why));

    private void Report(DataProblem problem) => problems.Add(problem);

    private ObservationStore BuildStore()
    {
        // Canonical ids: codes, units and breakdowns in ordinal order and ranked periods in period
        // order, so that the store is the same whatever order the observations came in.
        int[] measureMap = Canonical(measureCodes, StringComparer.Ordinal, out var sortedCodes);
        int[] unitMap = Canonical(units, StringComparer.Ordinal, out var sortedUnits);
        int[] breakdownMap = Canonical(breakdowns, StringComparer.Ordinal, out var sortedBreakdowns);
        int[] rankedMap = Canonical(rankedPeriods, Comparer<ReportingPeriod>.Default, out var sortedRanked);
        var sortedRules = new AggregationRule[sortedCodes.Length];
        for (int m = 0; m < measureRules.Count; m++)
        {
            sortedRules[measureMap[m]] = measureRules[m];
        }

        int n = count;
        int parts = Parts(n);
        var minOrdinals = new int[parts];
        var maxOrdinals = new int[parts];
        ParallelRadixSort.Run(parts, p => Canonicalise(ParallelRadixSort.Slice(p, parts, n), ParallelRadixSort.Slice(p + 1, parts, n), measureMap, rankedMap, unitMap, breakdownMap, sortedRules, out minOrdinals[p], out maxOrdinals[p]));
        int minOrdinal = int.MaxValue, maxOrdinal = int.MinValue;
        for (int p = 0; p < parts; p++)
        {
            minOrdinal = Math.Min(minOrdinal, minOrdinals[p]);
            maxOrdinal = Math.Max(maxOrdinal, maxOrdinals[p]);
        }

        int bb = Bits(sortedBreakdowns.Length - 1), bu = Bits(sortedUnits.Length - 1), bo = Bits((long)maxOrdinal - minOrdinal), bm = Bits(sortedCodes.Length - 1);
        ObservationStore store;
        if (PackedKeys && n >= 2 && bb + bu + bo + bm <= 64 && maxValue <= int.MaxValue)
        {
            store = BuildFromKeys(n, parts, minOrdinal, bm, bo, bu, bb, sortedCodes, sortedRules, sortedUnits, sortedBreakdowns, sortedRanked);
        }
        else
        {
            store = BuildFromOrder(n, minOrdinal, maxOrdinal, sortedCodes, sortedRules, sortedUnits, sortedBreakdowns, sortedRanked);
        }

        keptApartFigures.Sort(static (a, b) =>
        {
            int c = string.CompareOrdinal(a.MeasureCode, b.MeasureCode);
            c = c != 0 ? c : a.Period.CompareTo(b.Period);
            return c != 0 ? c : string.CompareOrdinal(a.OrganisationalUnit, b.OrganisationalUnit);
        });
        store.ReportedFigureTable = [.. keptApartFigures];
        return store;
    }

    /// <summary>How many slices of the rows to work on at once: one per core, each of at least <see cref="MinRowsPerTask"/> rows.</summary>
    private int Parts(int rows) => (int)Math.Clamp(rows / Math.Max(1, MinRowsPerTask), 1, Math.Max(1, MaxDegreeOfParallelism));

    /// <summary>Gets or sets how many threads the build may use; the store is the same whatever it is.</summary>
    internal int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Gets or sets whether rows may be sorted as packed keys with their figures (off in tests, to compare with sorting a row order).</summary>
    internal bool PackedKeys { get; set; } = true;

    /// <summary>Gets or sets whether packed keys may be sorted in place when duplicates are refused (off in tests, to compare with the stable sort).</summary>
    internal bool InPlaceSort { get; set; } = true;

    /// <summary>Gets or sets the fewest rows worth a thread of their own (small in tests, so that small inputs take the parallel paths).</summary>
    internal int MinRowsPerTask { get; set; } = 1 << 16;

    /// <summary>Replaces the staging ids of rows [from, to) by their canonical ids, returning the range of their ordinals.</summary>
    private void Canonicalise(int from, int to, int[] measureMap, int[] rankedMap, int[] unitMap, int[] breakdownMap, AggregationRule[] sortedRules, out int minOrdinal, out int maxOrdinal)
    {
        int min = int.MaxValue, max = int.MinValue;
        long[] series = seriesColumn;
        ushort[] unitIds = unitColumn, breakdownIds = breakdownColumn;
        var arithmetic = new bool[sortedRules.Length];
        for (int m = 0; m < arithmetic.Length; m++)
        {
            arithmetic[m] = PeriodAxis.IsArithmetic(sortedRules[m].Frequency);
        }

        bool breakdowns = breakdownIds.Length != 0;
        for (int i = from; i < to; i++)
        {
            long s = series[i];
            int m = measureMap[(int)(s >> 32)];
            int ordinal = arithmetic[m] ? (int)s : rankedMap[(int)s];
            series[i] = Series(m, ordinal);
            unitIds[i] = (ushort)unitMap[unitIds[i]];
            if (breakdowns)
            {
                breakdownIds[i] = (ushort)breakdownMap[breakdownIds[i]];
            }

            min = Math.Min(min, ordinal);
            max = Math.Max(max, ordinal);
        }

        (minOrdinal, maxOrdinal) = (min, max);
    }

    /// <summary>
    /// Every key fits 64 bits and every figure 32: each row's measure and period become its packed key in place, and the
    /// keys are radix-sorted with the figures, so that the store's columns are then read off in order, with no gather
    /// through a row order. The figure columns become the store's, and so do the unit and breakdown columns once their
    /// ids are in the keys: the build needs the store and the key column, no more.
    /// </summary>
    private ObservationStore BuildFromKeys(
        int n, int parts, int minOrdinal, int bm, int bo, int bu, int bb,
        string[] sortedCodes, AggregationRule[] sortedRules, string[] sortedUnits, string[] sortedBreakdowns, ReportingPeriod[] sortedRanked)
    {
        if (numerator64 is not null)
        {
            // Council totals stage their sums in 64 bits; they are few, and fit 32 here.
            numerator32 = new int[n];
            denominator32 = new int[n];
            for (int i = 0; i < n; i++)
            {
                (numerator32[i], denominator32[i]) = ((int)numerator64[i], (int)denominator64![i]);
            }
        }

        long[] keys = seriesColumn;
        int[] numerators = numerator32, denominators = denominator32;
        ushort[] unitIds = unitColumn, breakdownIds = breakdownColumn;
        bool breakdowns = breakdownIds.Length != 0;
        var sortedParts = new bool[parts];
        ParallelRadixSort.Run(parts, p =>
        {
            int from = ParallelRadixSort.Slice(p, parts, n), to = ParallelRadixSort.Slice(p + 1, parts, n);
            bool sorted = true;
            ulong previous = 0;
            for (int i = from; i < to; i++)
            {
                long s = keys[i];
                ulong key = ((ulong)(uint)(s >> 32) << (bo + bu + bb)) | ((ulong)(uint)((int)s - minOrdinal) << (bu + bb))
                    | ((ulong)unitIds[i] << bb) | (breakdowns ? breakdownIds[i] : 0u);
                sorted &= i == from || previous <= key;
                previous = key;
                keys[i] = (long)key;
            }

            sortedParts[p] = sorted;
        });

        bool allSorted = true;
        for (int p = 0; p < parts; p++)
        {
            int from = ParallelRadixSort.Slice(p, parts, n);
            allSorted &= sortedParts[p] && (p == 0 || from == 0 || (ulong)keys[from - 1] <= (ulong)keys[from]);
        }

        (seriesColumn, unitColumn, breakdownColumn, numerator32, denominator32, numerator64, denominator64) = ([], [], [], [], [], null, null);
        int keyBits = bm + bo + bu + bb;
        if (!allSorted && InPlaceSort && duplicates == DuplicateObservations.Reject)
        {
            // Equal keys are duplicates, refused whatever their order, so an unstable sort with no buffer gives the same result.
            InPlaceRadixSort.Sort(keys, numerators, denominators, n, keyBits, parts);
        }
        else if (!allSorted)
        {
            // Equal keys are kept (partial counts), in the order they came: the stable sort, with its buffers.
            var figures = new long[n];
            for (int i = 0; i < n; i++)
            {
                figures[i] = ((long)numerators[i] << 32) | (uint)denominators[i];
            }

            ParallelRadixSort.Sort(keys, figures, n, keyBits, parts);
            for (int i = 0; i < n; i++)
            {
                (numerators[i], denominators[i]) = ((int)(figures[i] >> 32), (int)figures[i]);
            }
        }

        return ObservationStore.FromSortedKeys(
            keys, Exactly(numerators, n), Exactly(denominators, n), Exactly(unitIds, n), sortedBreakdowns.Length <= 1 ? null : breakdowns ? Exactly(breakdownIds, n) : new ushort[n], n,
            new ObservationStore.KeyLayout(bo, bu, bb, minOrdinal), maxValue, parts,
            sortedCodes, sortedRules, sortedUnits, sortedBreakdowns, sortedRanked, rules.Keys, duplicates, Report);
    }

    /// <summary>The column as the store holds it: exactly <paramref name="n"/> long (columns made larger for rows to come are cut).</summary>
    private static T[] Exactly<T>(T[] column, int n) => column.Length == n ? column : column[..n];

    /// <summary>Keys wider than 64 bits, or figures wider than 32: the rows are ordered through a row order and gathered.</summary>
    private ObservationStore BuildFromOrder(
        int n, int minOrdinal, int maxOrdinal,
        string[] sortedCodes, AggregationRule[] sortedRules, string[] sortedUnits, string[] sortedBreakdowns, ReportingPeriod[] sortedRanked)
    {
        // The rare path: the staging columns are spread into one column a field, as the store's gather reads them.
        var measures = new int[n];
        var ordinals = new int[n];
        var numerators = new long[n];
        var denominators = new long[n];
        for (int i = 0; i < n; i++)
        {
            (measures[i], ordinals[i]) = (MeasureAt(i), OrdinalAt(i));
            (numerators[i], denominators[i]) = numerator64 is not null ? (numerator64[i], denominator64![i]) : (numerator32[i], denominator32[i]);
        }

        ushort[] unitIds = unitColumn, breakdownIds = breakdownColumn.Length != 0 ? breakdownColumn : new ushort[n];
        (seriesColumn, unitColumn, breakdownColumn, numerator32, denominator32, numerator64, denominator64) = ([], [], [], [], [], null, null);
        int[] order = SortedOrder(n, measures, ordinals, unitIds, breakdownIds, sortedCodes.Length, minOrdinal, maxOrdinal, sortedUnits.Length, sortedBreakdowns.Length);
        return ObservationStore.FromSortedRows(
            order, measures, ordinals, unitIds, breakdownIds, numerators, denominators, n, maxValue,
            sortedCodes, sortedRules, sortedUnits, sortedBreakdowns, sortedRanked, rules.Keys, duplicates, Report);
    }

    private static int[] SortedOrder(int n, int[] measures, int[] ordinals, ushort[] unitIds, ushort[] breakdownIds, int measureCount, int minOrdinal, int maxOrdinal, int unitCount, int breakdownCount)
    {
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        if (n < 2)
        {
            return order;
        }

        int bb = Bits(breakdownCount - 1), bu = Bits(unitCount - 1), bo = Bits((long)maxOrdinal - minOrdinal), bm = Bits(measureCount - 1);
        int total = bb + bu + bo + bm;
        if (total > 64)
        {
            Array.Sort(order, (a, b) =>
            {
                int c = measures[a].CompareTo(measures[b]);
                c = c != 0 ? c : ordinals[a].CompareTo(ordinals[b]);
                c = c != 0 ? c : unitIds[a].CompareTo(unitIds[b]);
                c = c != 0 ? c : breakdownIds[a].CompareTo(breakdownIds[b]);
                return c != 0 ? c : a.CompareTo(b);
            });
            return order;
        }

        var keys = new ulong[n];
        bool sorted = true;
        for (int i = 0; i < n; i++)
        {
            ulong key = ((ulong)(uint)measures[i] << (bo + bu + bb)) | ((ulong)(uint)(ordinals[i] - minOrdinal) << (bu + bb))
                | ((ulong)unitIds[i] << bb) | breakdownIds[i];
            keys[i] = key;
            sorted &= i == 0 || keys[i - 1] <= key;
        }

        if (!sorted)
        {
            RadixSort.Sort(keys, order, n, total);
        }

        return order;
    }

    private static int Bits(long maxValue) => maxValue <= 0 ? 0 : 64 - BitOperations.LeadingZeroCount((ulong)maxValue);

    private static int[] Canonical<T>(List<T> items, IComparer<T> comparer, out T[] sorted)
    {
        sorted = items.ToArray();
        var index = new int[sorted.Length];
        for (int i = 0; i < index.Length; i++)
        {
            index[i] = i;
        }

        Array.Sort(sorted, index, comparer);
        var map = new int[sorted.Length];
        for (int i = 0; i < index.Length; i++)
        {
            map[index[i]] = i;
        }

        return map;
    }

    /// <summary>
    /// Ids for measure codes, units and ranked periods in order of first appearance, with the problems and kept-apart
    /// figures found: the builder's own, or a slice's, made on a thread of its own and merged into the builder's after.
    /// </summary>
    private sealed class Tables(IReadOnlyDictionary<string, AggregationRule> rules)
    {
        private readonly Dictionary<string, int> measureIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> unitIds = new(StringComparer.Ordinal);
        private readonly Dictionary<ReportingPeriod, int> rankedIds = [];
        private string? lastCode;
        private int lastMeasure = -1;
        private string? lastUnit;
        private int lastUnitId;

        public List<string> MeasureCodes { get; } = [];

        public List<AggregationRule> MeasureRules { get; } = [];

        public List<string> Units { get; } = [];

        public List<ReportingPeriod> RankedPeriods { get; } = [];

        public ProblemList Problems { get; } = new(MaxProblemsListed);

        public List<(Observation Observation, string Breakdown)> KeptApart { get; } = [];

        /// <summary>Gets or sets whether a slice stopped at a figure past 32 bits, which its shared columns cannot hold.</summary>
        public bool NeedsWideFigures { get; set; }

        public int MeasureId(string code)
        {
            if (ReferenceEquals(code, lastCode))
            {
                return lastMeasure;
            }

            if (!measureIds.TryGetValue(code, out int id))
            {
                if (!rules.TryGetValue(code, out var rule))
                {
                    return -1;
                }

                Preconditions.CheckArgument(rule.IsDefined, "rules", $"The aggregation rule of {code} is unset.");
                id = MeasureCodes.Count;
                measureIds.Add(code, id);
                MeasureCodes.Add(code);
                MeasureRules.Add(rule);
            }

            lastCode = code;
            lastMeasure = id;
            return id;
        }

        public int UnitId(string unit)
        {
            if (ReferenceEquals(unit, lastUnit))
            {
                return lastUnitId;
            }

            if (!unitIds.TryGetValue(unit, out int id))
            {
                id = Units.Count;
                unitIds.Add(unit, id);
                Units.Add(unit);
            }

            lastUnit = unit;
            lastUnitId = id;
            return id;
        }

        public int RankedId(ReportingPeriod period)
        {
            if (!rankedIds.TryGetValue(period, out int id))
            {
                id = RankedPeriods.Count;
                rankedIds.Add(period, id);
                RankedPeriods.Add(period);
            }

            return id;
        }

        public bool HasUnit(string unit) => unitIds.ContainsKey(unit);

        public void ClearUnits()
        {
            Units.Clear();
            unitIds.Clear();
            lastUnit = null;
        }
    }

    /// <summary>What one slice of a span found: its tables, how many rows it wrote, its largest figure, and what it threw.</summary>
    private sealed class Slice(IReadOnlyDictionary<string, AggregationRule> rules)
    {
        public Tables Tables { get; } = new(rules);

        public int Written { get; set; }

        public long MaxFigure;

        public System.Runtime.ExceptionServices.ExceptionDispatchInfo? Thrown { get; set; }
    }

    /// <summary>
    /// Adds a large span on several threads, with the same outcome as one row after another: each slice is checked and
    /// interned into tables of its own, straight into the columns at its own offset; the slices' codes, units and ranked
    /// periods are then given the builder's ids in slice order (so ids, problems and kept-apart figures come out in the
    /// order one thread would give them), their rows renumbered and the gaps left by refused rows closed.
    /// </summary>
    private unsafe void AddSlices(ReadOnlySpan<Observation> observations, int parts)
    {
        int n = observations.Length, start = count;
        var slices = new Slice[parts];
#pragma warning disable CS8500 // The span is pinned for as long as the slices read it.
        fixed (Observation* first = observations)
        {
            Observation* pointer = first;
            ParallelRadixSort.Run(parts, p =>
            {
                var slice = slices[p] = new Slice(rules);
                int from = ParallelRadixSort.Slice(p, parts, n), to = ParallelRadixSort.Slice(p + 1, parts, n);
                var rows = System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(ref System.Runtime.CompilerServices.Unsafe.AsRef<Observation>(pointer + from), to - from);
                int at = start + from;
                try
                {
                    foreach (ref readonly var observation in rows)
                    {
                        if (AppendTo(slice.Tables, observation, string.Empty, at, ref slice.MaxFigure))
                        {
                            at++;
                        }
                        else if (slice.Tables.NeedsWideFigures)
                        {
                            break;
                        }
                    }
                }
                catch (Exception e) when (e is ArgumentException)
                {
                    slice.Thrown = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
                }

                slice.Written = at - start - from;
            });
        }
#pragma warning restore CS8500

        // Rows beyond 65,536 units are refused row by row; should the slices together pass that, add them one by one instead.
        var newUnits = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slice in slices)
        {
            foreach (string unit in slice.Tables.Units)
            {
                if (!own.HasUnit(unit))
                {
                    newUnits.Add(unit);
                }
            }
        }

        // So should a slice have met a figure past 32 bits, which the shared columns cannot hold.
        if (units.Count + newUnits.Count > MaxKeys || Array.Exists(slices, s => s.Tables.NeedsWideFigures))
        {
            foreach (ref readonly var observation in observations)
            {
                Append(observation, string.Empty);
            }

            return;
        }

        int merged = 0;
        var maps = new (int[] Measures, int[] Units, int[] Ranked)[parts];
        for (int p = 0; p < parts; p++)
        {
            var tables = slices[p].Tables;
            var measureMap = new int[tables.MeasureCodes.Count];
            for (int m = 0; m < measureMap.Length; m++)
            {
                measureMap[m] = MeasureId(tables.MeasureCodes[m]);
            }

            var unitMap = new int[tables.Units.Count];
            for (int u = 0; u < unitMap.Length; u++)
            {
                unitMap[u] = UnitId(tables.Units[u]);
            }

            var rankedMap = new int[tables.RankedPeriods.Count];
            for (int r = 0; r < rankedMap.Length; r++)
            {
                rankedMap[r] = own.RankedId(tables.RankedPeriods[r]);
            }

            maps[p] = (measureMap, unitMap, rankedMap);
            problems.Merge(tables.Problems);
            keptApart.AddRange(tables.KeptApart);
            maxValue = Math.Max(maxValue, slices[p].MaxFigure);
            merged = p + 1;
            if (slices[p].Thrown is not null)
            {
                break;
            }
        }

        ParallelRadixSort.Run(merged, p =>
        {
            var (measureMap, unitMap, rankedMap) = maps[p];
            int from = start + ParallelRadixSort.Slice(p, parts, n);
            for (int i = from, end = from + slices[p].Written; i < end; i++)
            {
                long s = seriesColumn[i];
                int m = measureMap[(int)(s >> 32)];
                int ordinal = PeriodAxis.IsArithmetic(measureRules[m].Frequency) ? (int)s : rankedMap[(int)s];
                seriesColumn[i] = Series(m, ordinal);
                unitColumn[i] = (ushort)unitMap[unitColumn[i]];
            }
        });

        for (int p = 0; p < merged; p++)
        {
            int from = start + ParallelRadixSort.Slice(p, parts, n), written = slices[p].Written;
            if (from != count)
            {
                Array.Copy(seriesColumn, from, seriesColumn, count, written);
                Array.Copy(unitColumn, from, unitColumn, count, written);
                if (breakdownColumn.Length != 0)
                {
                    Array.Copy(breakdownColumn, from, breakdownColumn, count, written);
                }

                if (numerator64 is not null)
                {
                    Array.Copy(numerator64, from, numerator64, count, written);
                    Array.Copy(denominator64!, from, denominator64!, count, written);
                }
                else
                {
                    Array.Copy(numerator32, from, numerator32, count, written);
                    Array.Copy(denominator32, from, denominator32, count, written);
                }
            }

            count += written;
        }

        slices[merged - 1].Thrown?.Throw();
    }
}
