using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Measures.Definitions;
using Measures.Internal;
using Measures.Time;
using Measures.Observations;

namespace Measures.Calculation;

/// <summary>A count worked out from case records, with every record left out and why.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CaseCountResult
{
    internal CaseCountResult(Observation observation, IList<ExcludedRecord> excluded)
    {
        Observation = observation;
        Excluded = new ReadOnlyCollection<ExcludedRecord>(excluded);
    }

    /// <summary>Gets the count as an observation with no denominator.</summary>
    public Observation Observation { get; }

    /// <summary>Gets the period the count is for.</summary>
    public ReportingPeriod Period => Observation.Period;

    /// <summary>Gets the count.</summary>
    public long Count => Observation.Numerator;

    /// <summary>Gets every record not counted, with the reason.</summary>
    public IReadOnlyList<ExcludedRecord> Excluded { get; }

    /// <summary>The count over a population, for a rate per N ("88.4 children in care per 10,000 children").</summary>
    /// <param name="population">The population, such as children aged under 18; at least 0.</param>
    /// <returns>The observation with the population as its denominator.</returns>
    /// <exception cref="ArgumentException">The population is not positive.</exception>
    public Observation PerPopulation(long population)
    {
        Preconditions.CheckArgument(population >= 0, nameof(population), "A population cannot be negative.");
        return new Observation(Observation.MeasureCode, Observation.Period, Observation.Numerator, population, Observation.OrganisationalUnit);
    }
}
