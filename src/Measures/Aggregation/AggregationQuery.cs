using System;
using System.Collections.Generic;
using Measures.Internal;

namespace Measures.Aggregation;

/// <summary>What to aggregate: which measures, into which periods, grouping units how, and by breakdown or not.</summary>
/// <remarks>This type is immutable once initialised and is thread-safe.</remarks>
public sealed class AggregationQuery
{
    private readonly PeriodRollUp periods = PeriodRollUp.AsReported;
    private readonly UnitRollUp units = UnitRollUp.AllUnits;
    private readonly int maxDegreeOfParallelism = Environment.ProcessorCount;

    /// <summary>Gets the periods to roll up into; <see cref="PeriodRollUp.AsReported"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public PeriodRollUp Periods
    {
        get => periods;
        init => periods = Preconditions.CheckNotNull(value);
    }

    /// <summary>Gets how units are grouped; <see cref="UnitRollUp.AllUnits"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public UnitRollUp Units
    {
        get => units;
        init => units = Preconditions.CheckNotNull(value);
    }

    /// <summary>Gets whether aggregates are kept apart by breakdown value (age band, gender); when not, breakdowns are added together.</summary>
    public bool ByBreakdown { get; init; }

    /// <summary>Gets the measure codes to aggregate, or <see langword="null"/> for every measure in the store.</summary>
    public IReadOnlyCollection<string>? Measures { get; init; }

    /// <summary>Gets the most cores to use; the machine's processor count by default. Results do not depend on it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => maxDegreeOfParallelism;
        init => maxDegreeOfParallelism = Preconditions.CheckArgumentRange(value, 1, 1024);
    }

    /// <summary>Gets the fewest rows (or cells) worth a task of their own; lowered in tests to exercise the split on small data.</summary>
    internal int MinRowsPerTask { get; init; } = 1 << 16;
}
