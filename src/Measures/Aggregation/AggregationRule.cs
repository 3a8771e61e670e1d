using System;
using Measures.Definitions;
using Measures.Internal;
using Measures.Time;

namespace Measures.Aggregation;

/// <summary>
/// What the aggregation core needs to know about one measure: how its numerator and its
/// denominator combine over time, how often it is reported, and whether its numerator may
/// exceed its denominator.
/// </summary>
/// <remarks>
/// Across organisational units and breakdowns figures for the same period are always added;
/// the temporal rules decide how the periods of a longer period combine.
/// This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly record struct AggregationRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="numeratorRule">How the numerator combines over periods.</param>
    /// <param name="denominatorRule">How the denominator combines over periods, or <see langword="null"/> for a count, which has none.</param>
    /// <param name="frequency">The period type every observation of the measure must have (<see cref="PeriodType.Month"/> by default).</param>
    /// <param name="numeratorAtMostDenominator">Whether an observation's numerator must not exceed its denominator (a percentage of a cohort).</param>
    /// <exception cref="ArgumentOutOfRangeException">A rule or the frequency is not a defined value, or the frequency is a window rather than a reporting frequency.</exception>
    /// <exception cref="ArgumentException">The numerator must not exceed a denominator that does not exist.</exception>
    public AggregationRule(TemporalRule numeratorRule, TemporalRule? denominatorRule, PeriodType frequency = PeriodType.Month, bool numeratorAtMostDenominator = false)
    {
        CheckRule(numeratorRule, nameof(numeratorRule));
        if (denominatorRule is { } d)
        {
            CheckRule(d, nameof(denominatorRule));
        }

        if (!IsFrequency(frequency))
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, $"{frequency} is not a reporting frequency; use Month, Quarter, Term, HalfTerm, FinancialYear, CalendarYear or AcademicYear.");
        }

        Preconditions.CheckArgument(denominatorRule is not null || !numeratorAtMostDenominator, nameof(numeratorAtMostDenominator), "A count has no denominator for its numerator to stay within.");
        NumeratorRule = numeratorRule;
        DenominatorRule = denominatorRule;
        Frequency = frequency;
        NumeratorAtMostDenominator = numeratorAtMostDenominator;
    }

    /// <summary>Gets how the numerator combines over periods.</summary>
    public TemporalRule NumeratorRule { get; }

    /// <summary>Gets how the denominator combines over periods, or <see langword="null"/> for a count.</summary>
    public TemporalRule? DenominatorRule { get; }

    /// <summary>Gets the period type every observation of the measure must have.</summary>
    public PeriodType Frequency { get; }

    /// <summary>Gets whether an observation's numerator must not exceed its denominator.</summary>
    public bool NumeratorAtMostDenominator { get; }

    /// <summary>Gets whether the measure has a denominator.</summary>
    public bool HasDenominator => DenominatorRule is not null;

    /// <summary>A count with no denominator: adoptions (a flow, <see cref="TemporalRule.Sum"/>) or looked-after children (a snapshot, <see cref="TemporalRule.Last"/>).</summary>
    /// <param name="rule">How the count combines over periods.</param>
    /// <param name="frequency">The reporting frequency.</param>
    /// <returns>The rule.</returns>
    public static AggregationRule Count(TemporalRule rule, PeriodType frequency = PeriodType.Month) => new(rule, null, frequency);

    /// <summary>
    /// A part of a whole (a percentage): numerator and denominator follow the same rule and the
    /// numerator may not exceed the denominator: "50 of 93 EHCPs within 20 weeks" (a flow), "% of
    /// looked-after children with an up-to-date plan" (a snapshot), NEET over December–February (a mean).
    /// </summary>
    /// <param name="rule">How both numerator and denominator combine over periods.</param>
    /// <param name="frequency">The reporting frequency.</param>
    /// <returns>The rule.</returns>
    public static AggregationRule Proportion(TemporalRule rule, PeriodType frequency = PeriodType.Month) => new(rule, rule, frequency, numeratorAtMostDenominator: true);

    /// <summary>
    /// A rate of a flow per head of a population (section 47 enquiries per 10,000 children): the
    /// numerator is summed over the periods, the population denominator is not.
    /// </summary>
    /// <param name="populationRule">How the population combines: <see cref="TemporalRule.Last"/> or <see cref="TemporalRule.Mean"/>.</param>
    /// <param name="frequency">The reporting frequency.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="populationRule"/> is <see cref="TemporalRule.Sum"/>.</exception>
    public static AggregationRule RateOfFlow(TemporalRule populationRule, PeriodType frequency = PeriodType.Month)
    {
        Preconditions.CheckArgument(populationRule != TemporalRule.Sum, nameof(populationRule), "A population is not summed over months; use Last or Mean.");
        return new(TemporalRule.Sum, populationRule, frequency);
    }

    /// <summary>Whether this rule was made by a constructor or factory (a default value is not).</summary>
    internal bool IsDefined => NumeratorRule != 0;

    internal static bool IsFrequency(PeriodType type) => PeriodTiling.IsTiling(type);

    private static void CheckRule(TemporalRule rule, string paramName)
    {
        if (rule is not (TemporalRule.Sum or TemporalRule.Last or TemporalRule.Mean))
        {
            throw new ArgumentOutOfRangeException(paramName, rule, $"{rule} is not a temporal rule.");
        }
    }
}
