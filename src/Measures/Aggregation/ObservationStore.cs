using System;
using System.Collections.Generic;
using Measures.Definitions;
using Measures.Internal;
using Measures.Time;
using Measures.Observations;

namespace Measures.Aggregation;

/// <summary>
/// Observations held column by column, ordered by measure, period, organisational unit and
/// breakdown, ready to be aggregated by each measure's rules as fast as memory allows.
/// </summary>
/// <remarks>
/// Build one with <see cref="ObservationStoreBuilder"/> or <see cref="Create(IReadOnlyDictionary{string, AggregationRule}, ReadOnlySpan{Observation})"/>.
/// Numerators and denominators are held as 32-bit integers when every figure fits, 64-bit otherwise.
/// This type is immutable and thread-safe; queries may run on several threads at once.
/// </remarks>
public sealed class ObservationStore
{
    private ObservationStore(string[] measureCodes, AggregationRule[] rules, string[] units, string[] breakdowns, ReportingPeriod[] rankedPeriods)
    {
        MeasureCodeTable = measureCodes;
        RuleTable = rules;
        UnitTable = units;
        BreakdownTable = breakdowns;
        RankedPeriods = rankedPeriods;
    }

    /// <summary>Gets how many observations the store holds in its columns, to be aggregated (not counting <see cref="ReportedFigures"/>).</summary>
    public int Count { get; private set; }

    /// <summary>Gets the measure codes with observations, in ordinal order.</summary>
    public IReadOnlyList<string> MeasureCodes => MeasureCodeTable;

    /// <summary>Gets the organisational units with observations, in ordinal order.</summary>
    public IReadOnlyList<string> OrganisationalUnits => UnitTable;

    /// <summary>Gets the breakdown values with observations, in ordinal order; "" (the whole population) is always first.</summary>
    public IReadOnlyList<string> Breakdowns => BreakdownTable;

    /// <summary>
    /// Gets the observations the store keeps apart, ordered by measure code, period and unit: those for a window
    /// (rolling months, a year to date, a range of dates) and those with a value but no counts. Each is the figure
    /// for its own period only; no aggregate includes it, so a window's figure is never counted again with its
    /// months, and a value without counts is never added up. <see cref="Count"/> does not count them.
    /// </summary>
    public IReadOnlyList<Observation> ReportedFigures => ReportedFigureTable;

    internal Observation[] ReportedFigureTable { get; set; } = [];

    internal string[] MeasureCodeTable { get; }

    internal AggregationRule[] RuleTable { get; }

    internal string[] UnitTable { get; }

    internal string[] BreakdownTable { get; }

    internal ReportingPeriod[] RankedPeriods { get; }

    /// <summary>Gets every measure code with a rule, with or without observations.</summary>
    internal HashSet<string> KnownMeasures { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>Gets the first row of each run of rows sharing a measure and period, with one extra entry for the end.</summary>
    internal int[] RunStart { get; private set; } = [];

    internal int[] RunMeasure { get; private set; } = [];

    internal int[] RunOrdinal { get; private set; } = [];

    /// <summary>Gets every run's index, 0 onwards: the positions of a query over every measure.</summary>
    internal int[] AllRuns { get; private set; } = [];

    /// <summary>Gets each run's period, as an index into <see cref="RunPeriodTable"/>.</summary>
    internal int[] RunPeriodIndex { get; private set; } = [];

    /// <summary>Gets the distinct periods of the runs.</summary>
    internal ReportingPeriod[] RunPeriodTable { get; private set; } = [];

    /// <summary>Gets the first run of each measure, with one extra entry for the end.</summary>
    internal int[] MeasureRunStart { get; private set; } = [];

    internal ushort[] UnitColumn { get; private set; } = [];

    /// <summary>Gets the breakdown of each row, or <see langword="null"/> when no row has one.</summary>
    internal ushort[]? BreakdownColumn { get; private set; }

    /// <summary>Gets the largest numerator or denominator held, which bounds every partial sum.</summary>
    internal long MaxFigure { get; private set; }

    internal int[]? Numerator32 { get; private set; }

    internal int[]? Denominator32 { get; private set; }

    internal long[]? Numerator64 { get; private set; }

    internal long[]? Denominator64 { get; private set; }

    /// <summary>Gets, for each measure, a bit set of the units it has rows for.</summary>
    internal ulong[] MeasureUnits { get; private set; } = [];

    internal int UnitWords => (UnitTable.Length + 63) >> 6;

    /// <summary>Builds a store from a span of observations.</summary>
    /// <param name="rules">The aggregation rule of each measure, by measure code.</param>
    /// <param name="observations">The observations.</param>
    /// <returns>The store, or every problem that stops the observations being aggregated (duplicates included); <see cref="LoadResult{T}.Value"/> throws a <see cref="DataProblemException"/> listing them.</returns>
    public static LoadResult<ObservationStore> Create(IReadOnlyDictionary<string, AggregationRule> rules, ReadOnlySpan<Observation> observations) =>
        new ObservationStoreBuilder(rules).AddRange(observations).Build();

    /// <summary>Builds a store from a sequence of observations, enumerating it once.</summary>
    /// <param name="rules">The aggregation rule of each measure, by measure code.</param>
    /// <param name="observations">The observations.</param>
    /// <returns>The store, or every problem that stops the observations being aggregated (duplicates included); <see cref="LoadResult{T}.Value"/> throws a <see cref="DataProblemException"/> listing them.</returns>
    public static LoadResult<ObservationStore> Create(IReadOnlyDictionary<string, AggregationRule> rules, IEnumerable<Observation> observations) =>
        new ObservationStoreBuilder(rules).AddRange(observations).Build();

    /// <summary>The aggregation rule the store holds for a measure.</summary>
    /// <param name="measureCode">A measure code with observations in the store.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">The store has no observations for the measure.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AggregationRule RuleOf(string measureCode)
    {
        int m = Array.BinarySearch(MeasureCodeTable, Preconditions.CheckNotNull(measureCode), StringComparer.Ordinal);
        return m >= 0 ? RuleTable[m] : throw new KeyNotFoundException($"The store has no observations for {measureCode}.");
    }

    /// <summary>Aggregates the observations as the query asks.</summary>
    /// <param name="query">Which measures, periods, unit grouping and breakdowns.</param>
    /// <returns>The aggregates, ordered by measure code, period, unit and breakdown.</returns>
    /// <exception cref="DataProblemException">A measure's frequency cannot be rolled up as asked, or the units do not fit the hierarchy (a unit missing from it or above the level asked, or a unit and its ancestor both with figures).</exception>
    /// <exception cref="KeyNotFoundException">A measure asked for has no aggregation rule.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AggregationResult Aggregate(AggregationQuery query) => AggregationEngine.Run(this, Preconditions.CheckNotNull(query));

    /// <summary>Aggregates every measure into <paramref name="periods"/>, grouping units by <paramref name="units"/>.</summary>
    /// <param name="periods">The periods to roll up into.</param>
    /// <param name="units">How to group organisational units; all together by default.</param>
    /// <returns>The aggregates, ordered by measure code, period, unit and breakdown.</returns>
    /// <exception cref="DataProblemException">A measure's frequency cannot be rolled up as asked, or the units do not fit the hierarchy (a unit missing from it or above the level asked, or a unit and its ancestor both with figures).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AggregationResult Aggregate(PeriodRollUp periods, UnitRollUp? units = null) =>
        Aggregate(new AggregationQuery { Periods = Preconditions.CheckNotNull(periods), Units = units ?? UnitRollUp.AllUnits });

    internal ReportingPeriod PeriodOf(int measure, int ordinal)
    {
        var frequency = RuleTable[measure].Frequency;
        return PeriodAxis.IsArithmetic(frequency) ? PeriodAxis.Period(frequency, ordinal) : RankedPeriods[ordinal];
    }

    // A store of n rows with its tables, before its runs and columns are laid out.
    private static ObservationStore Laid(int n, long maxValue, string[] measureCodes, AggregationRule[] rules, string[] unitTable, string[] breakdownTable, ReportingPeriod[] rankedPeriods, IEnumerable<string> knownMeasures) =>
        new(measureCodes, rules, unitTable, breakdownTable, rankedPeriods)
        {
            Count = n,
            MaxFigure = maxValue,
            KnownMeasures = new HashSet<string>(knownMeasures, StringComparer.Ordinal),
        };

    internal static ObservationStore FromSortedRows(
        int[] order, int[] measures, int[] ordinals, ushort[] units, ushort[] breakdowns, long[] numerators, long[] denominators, int n, long maxValue,
        string[] measureCodes, AggregationRule[] rules, string[] unitTable, string[] breakdownTable, ReportingPeriod[] rankedPeriods,
        IEnumerable<string> knownMeasures, DuplicateObservations duplicates, Action<DataProblem> report)
    {
        var store = Laid(n, maxValue, measureCodes, rules, unitTable, breakdownTable, rankedPeriods, knownMeasures);

        // Runs of (measure, period), duplicates and whole-population figures beside breakdowns.
        var runStart = new List<int>();
        var runMeasure = new List<int>();
        var runOrdinal = new List<int>();
        for (int s = 0; s < n; s++)
        {
            int row = order[s];
            if (s == 0 || measures[row] != measures[order[s - 1]] || ordinals[row] != ordinals[order[s - 1]])
            {
                runStart.Add(s);
                runMeasure.Add(measures[row]);
                runOrdinal.Add(ordinals[row]);
                continue;
            }

            int prev = order[s - 1];
            if (units[row] != units[prev])
            {
                continue;
            }

            if (breakdowns[row] == breakdowns[prev] && duplicates == DuplicateObservations.Reject)
            {
                report(Problem(store, DataProblemKind.Duplicate, measures[row], ordinals[row], units[row], breakdowns[row], StoreProblem.Duplicate));
            }
            else if (breakdowns[prev] == 0 && breakdowns[row] != 0)
            {
                report(Problem(store, DataProblemKind.TotalBesideBreakdown, measures[row], ordinals[row], units[row], breakdowns[row], StoreProblem.TotalBesideBreakdown));
            }
        }

        SetRuns(store, runStart, runMeasure, runOrdinal, n);

        // The columns the queries read, in sorted order and as narrow as the figures allow.
        var unitColumn = new ushort[n];
        ushort[]? breakdownColumn = breakdownTable.Length > 1 ? new ushort[n] : null;
        int words = store.UnitWords;
        var measureUnits = new ulong[measureCodes.Length * words];
        for (int s = 0; s < n; s++)
        {
            int row = order[s];
            unitColumn[s] = units[row];
            if (breakdownColumn is not null)
            {
                breakdownColumn[s] = breakdowns[row];
            }

            measureUnits[(measures[row] * words) + (units[row] >> 6)] |= 1UL << units[row];
        }

        store.UnitColumn = unitColumn;
        store.BreakdownColumn = breakdownColumn;
        store.MeasureUnits = measureUnits;
        if (maxValue <= int.MaxValue)
        {
            var num = new int[n];
            var den = new int[n];
            for (int s = 0; s < n; s++)
            {
                int row = order[s];
                num[s] = (int)numerators[row];
                den[s] = (int)denominators[row];
            }

            store.Numerator32 = num;
            store.Denominator32 = den;
        }
        else
        {
            var num = new long[n];
            var den = new long[n];
            for (int s = 0; s < n; s++)
            {
                int row = order[s];
                num[s] = numerators[row];
                den[s] = denominators[row];
            }

            store.Numerator64 = num;
            store.Denominator64 = den;
        }

        return store;
    }

    /// <summary>The layout of a packed row key: measure, period ordinal (less the smallest), unit and breakdown, from the top bits down.</summary>
    internal readonly record struct KeyLayout(int OrdinalBits, int UnitBits, int BreakdownBits, int MinOrdinal)
    {
        public int RunShift => UnitBits + BreakdownBits;

        public int Measure(ulong key) => RunShift + OrdinalBits >= 64 ? 0 : (int)(key >> (RunShift + OrdinalBits));

        public int Ordinal(ulong key) => (int)((key >> RunShift) & ((1UL << OrdinalBits) - 1)) + MinOrdinal;

        public int Unit(ulong key) => (int)((key >> BreakdownBits) & ((1UL << UnitBits) - 1));

        public int Breakdown(ulong key) => (int)(key & ((1UL << BreakdownBits) - 1));
    }

    /// <summary>
    /// Lays out a store from rows already sorted by packed key, with their numerators and denominators (taken as the
    /// store's columns): runs and problems in one pass over the keys, then the unit and breakdown columns, written into
    /// the arrays given (the builder's staging columns, free once their ids are in the keys; no breakdown column when
    /// no row has a breakdown), slice by slice.
    /// </summary>
    internal static ObservationStore FromSortedKeys(
        long[] keys, int[] num, int[] den, ushort[] unitColumn, ushort[]? breakdownColumn, int n, KeyLayout layout, long maxValue, int parts,
        string[] measureCodes, AggregationRule[] rules, string[] unitTable, string[] breakdownTable, ReportingPeriod[] rankedPeriods,
        IEnumerable<string> knownMeasures, DuplicateObservations duplicates, Action<DataProblem> report)
    {
        var store = Laid(n, maxValue, measureCodes, rules, unitTable, breakdownTable, rankedPeriods, knownMeasures);

        // Runs of (measure, period), duplicates and whole-population figures beside breakdowns, as FromSortedRows finds them.
        var runStart = new List<int>();
        var runMeasure = new List<int>();
        var runOrdinal = new List<int>();
        int runShift = layout.RunShift, breakdownBits = layout.BreakdownBits;
        ulong previous = 0;
        for (int s = 0; s < n; s++)
        {
            ulong key = (ulong)keys[s];
            if (s == 0 || (key >> runShift) != (previous >> runShift))
            {
                runStart.Add(s);
                runMeasure.Add(layout.Measure(key));
                runOrdinal.Add(layout.Ordinal(key));
            }
            else if ((key >> breakdownBits) == (previous >> breakdownBits))
            {
                int breakdown = layout.Breakdown(key), before = layout.Breakdown(previous);
                if (breakdown == before && duplicates == DuplicateObservations.Reject)
                {
                    report(Problem(store, DataProblemKind.Duplicate, layout.Measure(key), layout.Ordinal(key), layout.Unit(key), breakdown, StoreProblem.Duplicate));
                }
                else if (before == 0 && breakdown != 0)
                {
                    report(Problem(store, DataProblemKind.TotalBesideBreakdown, layout.Measure(key), layout.Ordinal(key), layout.Unit(key), breakdown, StoreProblem.TotalBesideBreakdown));
                }
            }

            previous = key;
        }

        SetRuns(store, runStart, runMeasure, runOrdinal, n);
        int words = store.UnitWords;
        var partUnits = new ulong[parts][];
        ParallelRadixSort.Run(parts, p =>
        {
            var measureUnits = partUnits[p] = new ulong[measureCodes.Length * words];
            for (int s = ParallelRadixSort.Slice(p, parts, n), end = ParallelRadixSort.Slice(p + 1, parts, n); s < end; s++)
            {
                ulong key = (ulong)keys[s];
                int unit = layout.Unit(key);
                unitColumn[s] = (ushort)unit;
                if (breakdownColumn is not null)
                {
                    breakdownColumn[s] = (ushort)layout.Breakdown(key);
                }

                measureUnits[(layout.Measure(key) * words) + (unit >> 6)] |= 1UL << unit;
            }
        });

        for (int p = 1; p < parts; p++)
        {
            for (int w = 0; w < partUnits[0].Length; w++)
            {
                partUnits[0][w] |= partUnits[p][w];
            }
        }

        store.UnitColumn = unitColumn;
        store.BreakdownColumn = breakdownColumn;
        store.MeasureUnits = partUnits[0];
        store.Numerator32 = num;
        store.Denominator32 = den;
        return store;
    }

    private static void SetRuns(ObservationStore store, List<int> runStart, List<int> runMeasure, List<int> runOrdinal, int n)
    {
        string[] measureCodes = store.MeasureCodeTable;
        runStart.Add(n);
        store.RunStart = runStart.ToArray();
        store.RunMeasure = runMeasure.ToArray();
        store.RunOrdinal = runOrdinal.ToArray();
        var measureRunStart = new int[measureCodes.Length + 1];
        int run = 0;
        for (int m = 0; m < measureCodes.Length; m++)
        {
            measureRunStart[m] = run;
            while (run < store.RunMeasure.Length && store.RunMeasure[run] == m)
            {
                run++;
            }
        }

        measureRunStart[measureCodes.Length] = run;
        store.MeasureRunStart = measureRunStart;
        store.AllRuns = new int[store.RunMeasure.Length];
        for (int r = 0; r < store.AllRuns.Length; r++)
        {
            store.AllRuns[r] = r;
        }

        store.RunPeriodIndex = (int[])store.RunOrdinal.Clone();
        store.RunPeriodTable = AggregationEngine.Periods(store, PeriodRollUp.AsReported, store.RunMeasure, store.RunPeriodIndex, store.RunPeriodIndex.Length);
    }

    private static DataProblem Problem(ObservationStore store, DataProblemKind kind, int measure, int ordinal, int unit, int breakdown, string why) =>
        StoreProblem.Create(kind, store.MeasureCodeTable[measure], store.PeriodOf(measure, ordinal), store.UnitTable[unit], store.BreakdownTable[breakdown], why);
}
