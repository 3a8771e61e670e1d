using System;
using System.Collections.Generic;
using Measures.Definitions;
using Measures.Internal;
using Measures.Observations;
using Measures.Time;

namespace Measures.Aggregation;

/// <summary>
/// The bridge from measure definitions to the aggregation core: the <see cref="AggregationRule"/> a
/// measure's definition implies, so that a store can be built from a catalogue and observations alone.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class CatalogueRules
{
    /// <summary>
    /// The rule a definition implies for observations reported by <paramref name="frequency"/>: its
    /// numerator and denominator rules over time and, for a percentage, that a numerator may not exceed
    /// its denominator.
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <param name="frequency">The kind of period its observations are for (a month, a quarter, a term…).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">The measure is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="frequency"/> is a window (rolling months, a year to date, a range of dates) rather than a reporting period.</exception>
    public static AggregationRule For(MeasureDefinition measure, PeriodType frequency)
    {
        Preconditions.CheckNotNull(measure);
        Preconditions.CheckArgument(PeriodTiling.IsTiling(frequency), nameof(frequency), $"{measure.Code} cannot be reported by {Time.Text.PeriodText.Noun(frequency)}; observations must be for months, quarters, terms, half-terms, or financial, calendar or academic years, from which longer periods and windows are rolled up.");
        return new AggregationRule(measure.NumeratorRule, measure.DenominatorRule, frequency, numeratorAtMostDenominator: measure.ValueType.Kind == ValueKind.Percentage);
    }

    /// <summary>
    /// The rule of each measure of <paramref name="catalogue"/> that has observations, the kind of period
    /// taken from its first observation. Codes not in the catalogue get no rule (the store reports them).
    /// </summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="observations">The observations; enumerated once.</param>
    /// <returns>The rules, by measure code.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An observation is unset or is for a window rather than a reporting period.</exception>
    public static IReadOnlyDictionary<string, AggregationRule> For(MeasureCatalogue catalogue, IEnumerable<Observation> observations)
    {
        Preconditions.CheckNotNull(catalogue);
        Preconditions.CheckNotNull(observations);
        var rules = new Dictionary<string, AggregationRule>(StringComparer.Ordinal);
        long index = 0;
        foreach (var observation in observations)
        {
            Add(catalogue, rules, observation, index++);
        }

        return rules;
    }

    /// <summary>Adds the rule of an observation's measure when it is the first seen; for callers that enumerate once.</summary>
    internal static void Add(MeasureCatalogue catalogue, Dictionary<string, AggregationRule> rules, in Observation observation, long index)
    {
        Preconditions.CheckArgument(observation.MeasureCode is not null, "observations", $"The observation at position {index + 1} is unset (a default value).");
        if (rules.ContainsKey(observation.MeasureCode) || !catalogue.TryGetMeasure(observation.MeasureCode, out var measure))
        {
            // A second observation is checked against the rule by the store; an unknown code is reported by the store with the rest.
            return;
        }

        var type = observation.Period.Type;
        Preconditions.CheckArgument(
            PeriodTiling.IsTiling(type),
            "observations",
            $"An observation of {measure.Code} is for {observation.Period} ({Time.Text.PeriodText.Noun(type)}); observations must be for months, quarters, terms, half-terms, or financial, calendar or academic years, from which longer periods and windows are rolled up.");
        rules.Add(measure.Code, For(measure, type));
    }
}
