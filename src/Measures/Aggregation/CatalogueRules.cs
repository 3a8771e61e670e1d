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
    /// The rule a definition implies for observations of the kind of period its catalogue entry reports by
    /// (<see cref="ObservationPeriodType"/>).
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">The measure is null.</exception>
    public static AggregationRule For(MeasureDefinition measure) => For(measure, ObservationPeriodType(Preconditions.CheckNotNull(measure)));

    /// <summary>
    /// The kind of period a measure's observations are for, from its catalogue entry: months for a measure
    /// reported monthly, quarters for quarterly, terms (or half-terms, when its period type is a half-term) for
    /// termly; for a measure reported annually, the year its period type belongs to — academic years for an
    /// academic year, term or academic year to date, calendar years for a calendar year or calendar year to date, and financial years
    /// otherwise. Observations for windows (rolling months, years to date, ranges of dates) are kept apart from
    /// these and may be for any window.
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The period type of its observations.</returns>
    /// <exception cref="ArgumentNullException">The measure is null.</exception>
    public static PeriodType ObservationPeriodType(MeasureDefinition measure) => ObservationPeriods.Of(Preconditions.CheckNotNull(measure));

    /// <summary>
    /// The rule of each measure of <paramref name="catalogue"/> that has observations. Its observations with counts
    /// for months, quarters, terms, half-terms or years are for one kind of period: the kind of the first of them,
    /// which must nest with its catalogue entry's (<see cref="ObservationPeriodType"/>: months for a quarterly
    /// measure, or financial years for a monthly one, but never terms for a quarterly one); an observation for
    /// another kind is refused when the store is built. A measure with only figures kept apart (windows, values
    /// without counts) gets its catalogue entry's kind. Codes not in the catalogue get no rule (the store reports them).
    /// </summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="observations">The observations; enumerated once.</param>
    /// <returns>The rules, by measure code.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An observation is unset.</exception>
    public static IReadOnlyDictionary<string, AggregationRule> For(MeasureCatalogue catalogue, IEnumerable<Observation> observations)
    {
        Preconditions.CheckNotNull(catalogue);
        Preconditions.CheckNotNull(observations);
        var rules = new Dictionary<string, AggregationRule>(StringComparer.Ordinal);
        var keptApart = new HashSet<string>(StringComparer.Ordinal);
        long index = 0;
        foreach (var observation in observations)
        {
            Add(catalogue, rules, observation, index++);
            if (observation.IsKeptApart)
            {
                keptApart.Add(observation.MeasureCode);
            }
        }

        AddMissing(catalogue, rules, keptApart);
        return rules;
    }

    /// <summary>Adds the rule of an observation's measure when it is the first with counts for a reporting period; for callers that enumerate once.</summary>
    internal static void Add(MeasureCatalogue catalogue, Dictionary<string, AggregationRule> rules, in Observation observation, long index)
    {
        Preconditions.CheckArgument(observation.MeasureCode is not null, "observations", $"The observation at position {index + 1} is unset (a default value).");
        if (observation.IsKeptApart || rules.ContainsKey(observation.MeasureCode) || !catalogue.TryGetMeasure(observation.MeasureCode, out var measure))
        {
            // Other observations are checked against the rule by the store; an unknown code is reported by the store with the rest.
            return;
        }

        // A kind that does not nest with the catalogue's gets the catalogue's, so that the store refuses the observation.
        var own = ObservationPeriodType(measure);
        var type = observation.Period.Type;
        rules.Add(measure.Code, For(measure, ObservationPeriods.Nest(type, own) ? type : own));
    }

    /// <summary>Gives each of <paramref name="codes"/> still without a rule its catalogue entry's: for measures with only figures kept apart.</summary>
    internal static void AddMissing(MeasureCatalogue catalogue, Dictionary<string, AggregationRule> rules, IEnumerable<string> codes)
    {
        foreach (string code in codes)
        {
            if (!rules.ContainsKey(code) && catalogue.TryGetMeasure(code, out var measure))
            {
                rules.Add(measure.Code, For(measure));
            }
        }
    }
}
