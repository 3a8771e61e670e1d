using System.Collections.Generic;
using System.Collections.ObjectModel;
using Measures.Definitions;
using Measures.Observations;
using Measures.Time;

namespace Measures.Calculation;

/// <summary>The share of a period's events that followed an earlier event for the same child within a window.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RecurrenceResult
{
    internal RecurrenceResult(Observation observation, IList<CaseRecord> repeats, IList<ExcludedRecord> excluded)
    {
        Observation = observation;
        Repeats = new ReadOnlyCollection<CaseRecord>(repeats);
        Excluded = new ReadOnlyCollection<ExcludedRecord>(excluded);
    }

    /// <summary>Gets the repeat events (numerator) of all events in the period (denominator).</summary>
    public Observation Observation { get; }

    /// <summary>Gets the period the recurrence is for.</summary>
    public ReportingPeriod Period => Observation.Period;

    /// <summary>Gets the events in the period that were repeats, in date order.</summary>
    public IReadOnlyList<CaseRecord> Repeats { get; }

    /// <summary>Gets the events not counted in the period (they still serve as earlier events), with the reason.</summary>
    public IReadOnlyList<ExcludedRecord> Excluded { get; }
}
