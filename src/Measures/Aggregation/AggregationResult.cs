using System;
using System.Collections;
using System.Collections.Generic;
using Measures.Internal;
using Measures.Time;

namespace Measures.Aggregation;

/// <summary>
/// Aggregates ordered by measure code, period, organisational unit and breakdown; results of
/// separate parts of the data merge into the result of the whole.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class AggregationResult : IReadOnlyList<Aggregate>
{
    private readonly string[] measureCodes;
    private readonly AggregationRule[] rules;
    private readonly string[] unitLabels;
    private readonly string[] breakdownLabels;
    private readonly int count;
    private readonly int[] measure;
    private readonly int[] periodIndex;
    private readonly ReportingPeriod[] periodTable;
    private readonly int[]? group;
    private readonly long[] numerator;
    private readonly long[] denominator;
    private readonly ulong[]? mask;
    private readonly byte[]? expected;

    /// <summary>
    /// Creates a result from columns. A group is unit index × breakdown labels + breakdown index
    /// (all 0 when <paramref name="group"/> is null); a null mask and expected count mean one period of one.
    /// Columns may be longer than <paramref name="count"/>, and may be shared with the (immutable) store.
    /// </summary>
    internal AggregationResult(
        string[] measureCodes, AggregationRule[] rules, string[] unitLabels, string[] breakdownLabels,
        int count, int[] measure, int[] periodIndex, ReportingPeriod[] periodTable, int[]? group, long[] numerator, long[] denominator, ulong[]? mask, byte[]? expected)
    {
        this.count = count;
        this.measureCodes = measureCodes;
        this.rules = rules;
        this.unitLabels = unitLabels;
        this.breakdownLabels = breakdownLabels;
        this.measure = measure;
        this.periodIndex = periodIndex;
        this.periodTable = periodTable;
        this.group = group;
        this.numerator = numerator;
        this.denominator = denominator;
        this.mask = mask;
        this.expected = expected;
    }

    /// <summary>Gets a result with no aggregates: the identity of <see cref="Merge(AggregationResult, AggregationResult)"/>.</summary>
    public static AggregationResult Empty { get; } = new([], [], [], [string.Empty], 0, [], [], [], null, [], [], null, null);

    /// <summary>Gets the number of aggregates.</summary>
    public int Count => count;

    /// <summary>Gets the aggregate at <paramref name="index"/>.</summary>
    /// <param name="index">The index, 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The aggregate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not the position of an aggregate.</exception>
    public Aggregate this[int index]
    {
        get
        {
            Preconditions.CheckArgumentRange(index, 0, Count - 1);
            return At(index);
        }
    }

    /// <summary>Finds the aggregate for a key.</summary>
    /// <param name="measureCode">The measure code.</param>
    /// <param name="period">The aggregated period.</param>
    /// <param name="organisationalUnit">The unit, or "" for all units together.</param>
    /// <param name="breakdown">The breakdown value, or "" when breakdowns were added together.</param>
    /// <param name="aggregate">The aggregate, when found.</param>
    /// <returns><see langword="true"/> when the result has an aggregate for the key.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool TryGet(string measureCode, ReportingPeriod period, string organisationalUnit, string breakdown, out Aggregate aggregate)
    {
        Preconditions.CheckNotNull(measureCode);
        Preconditions.CheckNotNull(organisationalUnit);
        Preconditions.CheckNotNull(breakdown);
        int lo = 0, hi = Count - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            int c = Compare(mid, measureCode, period, organisationalUnit, breakdown);
            if (c == 0)
            {
                aggregate = this[mid];
                return true;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        aggregate = default;
        return false;
    }

    /// <summary>Finds the aggregate for a key, with no unit or breakdown (all units together).</summary>
    /// <param name="measureCode">The measure code.</param>
    /// <param name="period">The aggregated period.</param>
    /// <param name="aggregate">The aggregate, when found.</param>
    /// <returns><see langword="true"/> when the result has an aggregate for the key.</returns>
    public bool TryGet(string measureCode, ReportingPeriod period, out Aggregate aggregate) => TryGet(measureCode, period, string.Empty, string.Empty, out aggregate);

    /// <summary>
    /// Merges the results of two parts of the data (two files, two years, two councils' teams, two
    /// partitions aggregated on different machines) into the result of the whole: aggregates with the
    /// same key merge by <see cref="Aggregate.Merge(Aggregate)"/>, others are kept. Associative and
    /// commutative, with <see cref="Empty"/> as identity.
    /// </summary>
    /// <param name="left">One result.</param>
    /// <param name="right">The other result.</param>
    /// <returns>The merged result.</returns>
    /// <exception cref="ArgumentException">Aggregates with the same key have different rules or expected periods.</exception>
    public static AggregationResult Merge(AggregationResult left, AggregationResult right)
    {
        Preconditions.CheckNotNull(left);
        Preconditions.CheckNotNull(right);
        if (right.Count == 0)
        {
            return left;
        }

        if (left.Count == 0)
        {
            return right;
        }

        var merged = new List<Aggregate>(left.Count + right.Count);
        int i = 0, j = 0;
        while (i < left.Count || j < right.Count)
        {
            int c = i == left.Count ? 1 : j == right.Count ? -1 : CompareKeys(left[i], right[j]);
            merged.Add(c < 0 ? left[i++] : c > 0 ? right[j++] : left[i++].Merge(right[j++]));
        }

        return FromAggregates(merged);
    }

    /// <summary>Merges any number of results (see <see cref="Merge(AggregationResult, AggregationResult)"/>).</summary>
    /// <param name="results">The results.</param>
    /// <returns>The merged result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AggregationResult Merge(IEnumerable<AggregationResult> results)
    {
        Preconditions.CheckNotNull(results);
        var merged = Empty;
        foreach (var result in results)
        {
            merged = Merge(merged, result);
        }

        return merged;
    }

    /// <summary>Builds a result from aggregates made elsewhere (read back from storage, or computed by another engine).</summary>
    /// <param name="aggregates">The aggregates, in any order; those with the same key are merged.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">Two aggregates have the same key.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AggregationResult FromAggregates(IEnumerable<Aggregate> aggregates)
    {
        Preconditions.CheckNotNull(aggregates);
        var list = new List<Aggregate>(aggregates);
        list.Sort(CompareKeys);
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        var units = new SortedSet<string>(StringComparer.Ordinal);
        var breakdowns = new SortedSet<string>(StringComparer.Ordinal);
        var distinct = new List<Aggregate>(list.Count);
        foreach (var a in list)
        {
            Preconditions.CheckArgument(a.MeasureCode is not null, nameof(aggregates), "An aggregate is unset.");
            if (distinct.Count > 0 && CompareKeys(distinct[^1], a) == 0)
            {
                distinct[^1] = distinct[^1].Merge(a);
                continue;
            }

            distinct.Add(a);
            codes.Add(a.MeasureCode);
            units.Add(a.OrganisationalUnit);
            breakdowns.Add(a.Breakdown);
        }

        string[] codeTable = [.. codes], unitTable = [.. units], breakdownTable = [.. breakdowns];
        var ruleTable = new AggregationRule[codeTable.Length];
        int n = distinct.Count;
        var measure = new int[n];
        var period = new ReportingPeriod[n];
        var periodIndex = new int[n];
        var group = new int[n];
        var numerator = new long[n];
        var denominator = new long[n];
        var mask = new ulong[n];
        var expected = new byte[n];
        for (int k = 0; k < n; k++)
        {
            var a = distinct[k];
            int m = Array.BinarySearch(codeTable, a.MeasureCode, StringComparer.Ordinal);
            if (ruleTable[m].IsDefined)
            {
                Preconditions.CheckArgument(ruleTable[m] == a.Rule, nameof(aggregates), $"{a.MeasureCode} is aggregated under two different rules: {ruleTable[m]} and {a.Rule}.");
            }

            ruleTable[m] = a.Rule;
            measure[k] = m;
            period[k] = a.Period;
            periodIndex[k] = k;
            group[k] = (Array.BinarySearch(unitTable, a.OrganisationalUnit, StringComparer.Ordinal) * breakdownTable.Length)
                + Array.BinarySearch(breakdownTable, a.Breakdown, StringComparer.Ordinal);
            numerator[k] = a.HeldNumerator;
            denominator[k] = a.HeldDenominator;
            mask[k] = a.Completeness.PresentMask;
            expected[k] = (byte)a.Completeness.PeriodsExpected;
        }

        if (breakdownTable.Length == 0)
        {
            breakdownTable = [string.Empty];
        }

        return new AggregationResult(codeTable, ruleTable, unitTable, breakdownTable, n, measure, periodIndex, period, group, numerator, denominator, mask, expected);
    }

    /// <summary>Returns an enumerator over the aggregates in order; a <see langword="foreach"/> over a result allocates nothing.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    /// <inheritdoc />
    IEnumerator<Aggregate> IEnumerable<Aggregate>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Builds the aggregate at a position already known to be in range, without checking it again.</summary>
    private Aggregate At(int index)
    {
        int m = measure[index];
        int g = group is null ? 0 : group[index];
        return new Aggregate(
            measureCodes[m], periodTable[periodIndex[index]], unitLabels[g / breakdownLabels.Length], breakdownLabels[g % breakdownLabels.Length], rules[m],
            numerator[index], denominator[index], new Completeness(mask is null ? 1 : mask[index], expected is null ? 1 : expected[index]));
    }

    /// <summary>Enumerates the aggregates of a result in order; a value type, so reading a result allocates nothing.</summary>
    public struct Enumerator : IEnumerator<Aggregate>
    {
        private readonly AggregationResult result;
        private int index;

        internal Enumerator(AggregationResult result)
        {
            this.result = result;
            index = -1;
        }

        /// <summary>Gets the aggregate at the enumerator's position.</summary>
        public readonly Aggregate Current => (uint)index < (uint)result.count ? result.At(index) : default;

        /// <inheritdoc />
        readonly object IEnumerator.Current => Current;

        /// <summary>Moves to the next aggregate.</summary>
        /// <returns><see langword="true"/> while there is one.</returns>
        public bool MoveNext() => ++index < result.count;

        /// <summary>Moves back to before the first aggregate.</summary>
        public void Reset() => index = -1;

        /// <summary>Releases nothing: the enumerator holds no resources.</summary>
        public readonly void Dispose()
        {
        }
    }

    private static int CompareKeys(Aggregate x, Aggregate y)
    {
        int c = string.CompareOrdinal(x.MeasureCode, y.MeasureCode);
        c = c != 0 ? c : x.Period.CompareTo(y.Period);
        c = c != 0 ? c : string.CompareOrdinal(x.OrganisationalUnit, y.OrganisationalUnit);
        return c != 0 ? c : string.CompareOrdinal(x.Breakdown, y.Breakdown);
    }

    private int Compare(int index, string measureCode, ReportingPeriod p, string organisationalUnit, string b)
    {
        int g = group is null ? 0 : group[index];
        int c = string.CompareOrdinal(measureCodes[measure[index]], measureCode);
        c = c != 0 ? c : periodTable[periodIndex[index]].CompareTo(p);
        c = c != 0 ? c : string.CompareOrdinal(unitLabels[g / breakdownLabels.Length], organisationalUnit);
        return c != 0 ? c : string.CompareOrdinal(breakdownLabels[g % breakdownLabels.Length], b);
    }
}
