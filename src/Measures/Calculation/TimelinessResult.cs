using System.Collections.Generic;
using System.Collections.ObjectModel;
using Measures.Definitions;
using Measures.Time;
using Measures.Observations;

namespace Measures.Calculation;

/// <summary>
/// The timeliness of one measure for one period, worked out from case records: how many were in time of
/// how many, for the council and for each unit, with and without the records that have an exception, and
/// every record left out with its reason.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class TimelinessResult
{
    internal TimelinessResult(
        ReportingPeriod period,
        Observation includingExceptions,
        Observation excludingExceptions,
        IList<Observation> byUnit,
        IList<Observation> byUnitExcludingExceptions,
        IList<ExcludedRecord> excluded,
        IList<ExcludedRecord> exceptions,
        long overdue)
    {
        Period = period;
        IncludingExceptions = includingExceptions;
        ExcludingExceptions = excludingExceptions;
        ByUnit = new ReadOnlyCollection<Observation>(byUnit);
        ByUnitExcludingExceptions = new ReadOnlyCollection<Observation>(byUnitExcludingExceptions);
        Excluded = new ReadOnlyCollection<ExcludedRecord>(excluded);
        Exceptions = new ReadOnlyCollection<ExcludedRecord>(exceptions);
        Overdue = overdue;
    }

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the council's figure counting every in-scope record: in time (numerator) of all (denominator).</summary>
    public Observation IncludingExceptions { get; }

    /// <summary>Gets the council's figure leaving out records with an exception reason ("excluding exceptions").</summary>
    public Observation ExcludingExceptions { get; }

    /// <summary>Gets one figure per unit (team, locality), counting every in-scope record, in order of unit name.</summary>
    public IReadOnlyList<Observation> ByUnit { get; }

    /// <summary>Gets one figure per unit, leaving out records with an exception reason.</summary>
    public IReadOnlyList<Observation> ByUnitExcludingExceptions { get; }

    /// <summary>Gets every record left out of both figures, with the reason (outside the period, out of scope, not completed, bad dates).</summary>
    public IReadOnlyList<ExcludedRecord> Excluded { get; }

    /// <summary>Gets the records counted in <see cref="IncludingExceptions"/> but left out of <see cref="ExcludingExceptions"/>.</summary>
    public IReadOnlyList<ExcludedRecord> Exceptions { get; }

    /// <summary>Gets how many of the records counted as late were still open with their deadline passed.</summary>
    public long Overdue { get; }
}
