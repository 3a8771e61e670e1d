using System;
using System.Linq;
using System.Globalization;
using System.Numerics;
using Measures.Definitions;
using Measures.Internal;
using Measures.Time;

namespace Measures.Aggregation;

/// <summary>
/// The numerator and denominator of one measure for one period, unit and breakdown, after
/// applying the measure's temporal rules; a partial aggregate that merges exactly with another
/// for the same key.
/// </summary>
/// <remarks>
/// <para>
/// What is held depends on the rule: for <see cref="TemporalRule.Sum"/> the total over the periods;
/// for <see cref="TemporalRule.Last"/> the figure of the latest period present; for
/// <see cref="TemporalRule.Mean"/> the total over the periods present, divided by their number only
/// when read (so that merging stays exact). A ratio is always recomputed from the aggregated
/// numerator and denominator, never averaged.
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct Aggregate
{
    /// <summary>Creates an aggregate from its parts, as written by another engine or read back from storage.</summary>
    /// <param name="measureCode">The measure code.</param>
    /// <param name="period">The aggregated period.</param>
    /// <param name="organisationalUnit">The unit, or "" for the whole council or all units together.</param>
    /// <param name="breakdown">The breakdown value, or "" for the whole population.</param>
    /// <param name="rule">The measure's aggregation rule.</param>
    /// <param name="heldNumerator">The numerator as held under its rule (see remarks).</param>
    /// <param name="heldDenominator">The denominator as held under its rule; 0 for a count.</param>
    /// <param name="completeness">Which periods are present.</param>
    /// <exception cref="ArgumentException">A figure is negative, a count holds a denominator, or the rule is unset.</exception>
    public Aggregate(string measureCode, ReportingPeriod period, string organisationalUnit, string breakdown, AggregationRule rule, long heldNumerator, long heldDenominator, Completeness completeness)
    {
        Preconditions.CheckNotNull(measureCode);
        Preconditions.CheckNotNull(organisationalUnit);
        Preconditions.CheckNotNull(breakdown);
        Preconditions.CheckArgument(rule.IsDefined, nameof(rule), $"The aggregation rule of {measureCode} is unset.");
        Preconditions.CheckArgument(heldNumerator >= 0, nameof(heldNumerator), $"The numerator of {measureCode} is {heldNumerator}; it cannot be negative.");
        Preconditions.CheckArgument(heldDenominator >= 0, nameof(heldDenominator), $"The denominator of {measureCode} is {heldDenominator}; it cannot be negative.");
        Preconditions.CheckArgument(rule.HasDenominator || heldDenominator == 0, nameof(heldDenominator), $"{measureCode} is a count; it holds no denominator.");
        MeasureCode = measureCode;
        Period = period;
        OrganisationalUnit = organisationalUnit;
        Breakdown = breakdown;
        Rule = rule;
        HeldNumerator = heldNumerator;
        HeldDenominator = heldDenominator;
        Completeness = completeness;
    }

    /// <summary>Gets the measure code.</summary>
    public string MeasureCode { get; }

    /// <summary>Gets the aggregated period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the organisational unit, or "" for the whole council or all units together.</summary>
    public string OrganisationalUnit { get; }

    /// <summary>Gets the breakdown value, or "" for the whole population.</summary>
    public string Breakdown { get; }

    /// <summary>Gets the measure's aggregation rule.</summary>
    public AggregationRule Rule { get; }

    /// <summary>Gets the numerator as held under its rule: a total, the latest period's figure, or a total over the periods present (for a mean).</summary>
    public long HeldNumerator { get; }

    /// <summary>Gets the denominator as held under its rule; 0 for a count.</summary>
    public long HeldDenominator { get; }

    /// <summary>Gets which of the periods that make up <see cref="Period"/> have data.</summary>
    public Completeness Completeness { get; }

    /// <summary>Gets the aggregated numerator: the held figure, divided by the periods present for a mean (exact to 28 significant digits).</summary>
    public decimal Numerator => Read(HeldNumerator, Rule.NumeratorRule);

    /// <summary>Gets the aggregated denominator, or <see langword="null"/> for a count.</summary>
    public decimal? Denominator => Rule.DenominatorRule is { } d ? Read(HeldDenominator, d) : null;

    /// <summary>
    /// Gets the numerator divided by the denominator (multiply by 100 for a percentage, by 10,000 for a
    /// rate per 10,000); <see langword="null"/> for a count or a zero denominator.
    /// </summary>
    public decimal? Ratio => Denominator is { } d && d != 0 ? Numerator / d : null;

    /// <summary>
    /// Merges this partial aggregate with another for the same key: flows add, snapshots keep the
    /// latest period (adding figures for the same period), means add their totals over the union of periods.
    /// The merge is associative and commutative, and an aggregate with no periods present is its identity.
    /// </summary>
    /// <param name="other">An aggregate with the same key, rule and expected periods.</param>
    /// <returns>The merged aggregate.</returns>
    /// <exception cref="ArgumentException">The keys, rules or expected periods differ.</exception>
    public Aggregate Merge(Aggregate other)
    {
        Preconditions.CheckArgument(
            string.Equals(MeasureCode, other.MeasureCode, StringComparison.Ordinal) && Period == other.Period
                && string.Equals(OrganisationalUnit, other.OrganisationalUnit, StringComparison.Ordinal) && string.Equals(Breakdown, other.Breakdown, StringComparison.Ordinal),
            nameof(other),
            $"Only aggregates with the same key merge: {Describe()} and {other.Describe()}.");
        Preconditions.CheckArgument(Rule == other.Rule, nameof(other), $"{MeasureCode} is aggregated under two different rules: {Rule} and {other.Rule}.");
        Preconditions.CheckArgument(Completeness.PeriodsExpected == other.Completeness.PeriodsExpected, nameof(other), $"{Describe()} expects {Completeness.PeriodsExpected} periods in one part and {other.Completeness.PeriodsExpected} in the other.");
        ulong mask = Completeness.PresentMask | other.Completeness.PresentMask;
        long n = MergeHeld(Rule.NumeratorRule, HeldNumerator, Completeness.PresentMask, other.HeldNumerator, other.Completeness.PresentMask);
        long d = Rule.DenominatorRule is { } dr ? MergeHeld(dr, HeldDenominator, Completeness.PresentMask, other.HeldDenominator, other.Completeness.PresentMask) : 0;
        return new Aggregate(MeasureCode, Period, OrganisationalUnit, Breakdown, Rule, n, d, new Completeness(mask, Completeness.PeriodsExpected));
    }

    /// <inheritdoc />
    public override string ToString()
    {
        string den = Denominator is { } d ? string.Create(CultureInfo.InvariantCulture, $" / {d:0.###}") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{Describe()}: {Numerator:0.###}{den} ({Completeness} periods)");
    }

    /// <summary>Merges two held figures under a rule; used by the core on its own arrays too.</summary>
    /// <summary>
    /// The value of this aggregate for a measure of type <paramref name="type"/>, exact and rounded, worked out
    /// by <see cref="MeasureValueType.Calculate(long, long?)"/> from the figures the temporal rules give: a mean
    /// of snapshots over several periods scales the other figure by the number of periods rather than divide,
    /// so that the value stays an exact fraction of counts; a count that is a mean of snapshots is the total
    /// over the periods present ÷ their number.
    /// </summary>
    /// <param name="type">The measure's value type.</param>
    /// <returns>The value; without a value when the denominator is zero.</returns>
    /// <exception cref="ArgumentNullException">The type is null.</exception>
    /// <exception cref="DataProblemException">The figures break a rule of the type (a percentage above 100%, say); the problem names this aggregate.</exception>
    public MeasureValue ValueOf(MeasureValueType type)
    {
        Preconditions.CheckNotNull(type);
        int present = Completeness.PeriodsPresent;
        bool numeratorMean = Rule.NumeratorRule == TemporalRule.Mean && present > 1;
        bool denominatorMean = Rule.DenominatorRule == TemporalRule.Mean && present > 1;
        try
        {
            if (!type.HasDenominator)
            {
                return type.CalculateMeanOfSnapshots(HeldNumerator, numeratorMean ? present : 1);
            }

            long numerator = checked(HeldNumerator * (denominatorMean && !numeratorMean ? present : 1));
            long? denominator = Rule.DenominatorRule is null ? null : checked(HeldDenominator * (numeratorMean && !denominatorMean ? present : 1));
            return type.Calculate(numerator, denominator);
        }
        catch (DataProblemException ex)
        {
            string subject = Describe();
            throw new DataProblemException(ex.Problems.Select(p => p.About(subject)), ex.ProblemCount);
        }
        catch (OverflowException)
        {
            // A mean of snapshots is worked out as total ÷ periods against the other figure × periods, which must fit.
            throw new DataProblemException([new DataProblem(DataProblemKind.TooLarge, string.Create(CultureInfo.InvariantCulture, $"the figures ({HeldNumerator:N0} and {HeldDenominator:N0} over {present} periods) are too large to work out a value exactly."), subject: Describe())]);
        }
    }

    internal static long MergeHeld(TemporalRule rule, long a, ulong maskA, long b, ulong maskB)
    {
        if (rule != TemporalRule.Last)
        {
            return checked(a + b);
        }

        // The latest period present wins; figures for the same latest period are partial counts and add.
        int lastA = maskA == 0 ? -1 : 63 - BitOperations.LeadingZeroCount(maskA);
        int lastB = maskB == 0 ? -1 : 63 - BitOperations.LeadingZeroCount(maskB);
        return lastA > lastB ? a : lastB > lastA ? b : checked(a + b);
    }

    private decimal Read(long held, TemporalRule rule)
    {
        int present = Completeness.PeriodsPresent;
        return rule == TemporalRule.Mean && present > 1 ? (decimal)held / present : held;
    }

    private string Describe() => StoreProblem.Describe(MeasureCode, Period, OrganisationalUnit, Breakdown);
}
