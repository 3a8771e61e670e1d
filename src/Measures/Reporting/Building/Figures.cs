using Measures.Aggregation;
using Measures.Calculation;
using Measures.Definitions;
using Measures.Time;

namespace Measures.Reporting.Building;

/// <summary>
/// A measure's figures for one period from its aggregate: the numerator and denominator as the
/// temporal rules read them, and the value recomputed from them (a percentage is never averaged).
/// </summary>
/// <param name="Numerator">The numerator: a total, a latest snapshot, or a mean of snapshots.</param>
/// <param name="Denominator">The denominator, or <see langword="null"/> for a count.</param>
/// <param name="Value">The value with its exact and rounded forms; without a value when the denominator is zero.</param>
/// <param name="Completeness">Which periods making up the period have data.</param>
internal readonly record struct Figures(decimal Numerator, decimal? Denominator, MeasureValue Value, Completeness Completeness)
{
    /// <summary>Works out the figures of <paramref name="measure"/> from <paramref name="aggregate"/>.</summary>
    /// <exception cref="DataProblemException">The aggregated figures cannot make a value (a percentage above 100%).</exception>
    public static Figures Of(MeasureDefinition measure, Aggregate aggregate)
    {
        var rule = aggregate.Rule;
        int present = aggregate.Completeness.PeriodsPresent;
        decimal numerator = Read(aggregate.HeldNumerator, rule.NumeratorRule, present);
        decimal? denominator = rule.DenominatorRule is { } d ? Read(aggregate.HeldDenominator, d, present) : null;
        var value = aggregate.ValueOf(measure.ValueType);
        return new Figures(numerator, denominator, value, aggregate.Completeness);
    }

    private static decimal Read(long held, TemporalRule rule, int present) =>
        rule == TemporalRule.Mean && present > 1 ? (decimal)held / present : held;
}
