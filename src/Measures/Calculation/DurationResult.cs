using System.Collections.Generic;
using System.Collections.ObjectModel;
using Measures.Definitions;
using Measures.Time;
using Measures.Observations;

namespace Measures.Calculation;

/// <summary>
/// The days between two milestones for the records of one period ("average days from entering care to
/// placement with adopters"): mean and median, quartiles, and the outliers that pull the mean.
/// </summary>
/// <remarks>
/// Quartiles interpolate linearly between ordered values (as spreadsheets' QUARTILE.INC does); outliers lie
/// more than 1.5 interquartile ranges beyond a quartile (Tukey's fences). This type is immutable and thread-safe.
/// </remarks>
public sealed class DurationResult
{
    internal DurationResult(ReportingPeriod period, Observation observation, decimal? median, decimal? lowerQuartile, decimal? upperQuartile, int? minimum, int? maximum, IList<RecordDuration> durations, IList<RecordDuration> outliers, IList<ExcludedRecord> excluded)
    {
        Period = period;
        Observation = observation;
        Median = median;
        LowerQuartile = lowerQuartile;
        UpperQuartile = upperQuartile;
        Minimum = minimum;
        Maximum = maximum;
        Durations = new ReadOnlyCollection<RecordDuration>(durations);
        Outliers = new ReadOnlyCollection<RecordDuration>(outliers);
        Excluded = new ReadOnlyCollection<ExcludedRecord>(excluded);
    }

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the total days (numerator) over the number of records (denominator): the mean as an observation.</summary>
    public Observation Observation { get; }

    /// <summary>Gets the number of records measured.</summary>
    public long Count => Observation.Denominator ?? 0;

    /// <summary>Gets the mean number of days, exact, or <see langword="null"/> with no records.</summary>
    public decimal? Mean => Count == 0 ? null : (decimal)Observation.Numerator / Count;

    /// <summary>Gets the median number of days, or <see langword="null"/> with no records.</summary>
    public decimal? Median { get; }

    /// <summary>Gets the lower quartile, or <see langword="null"/> with no records.</summary>
    public decimal? LowerQuartile { get; }

    /// <summary>Gets the upper quartile, or <see langword="null"/> with no records.</summary>
    public decimal? UpperQuartile { get; }

    /// <summary>Gets the shortest duration, or <see langword="null"/> with no records.</summary>
    public int? Minimum { get; }

    /// <summary>Gets the longest duration, or <see langword="null"/> with no records.</summary>
    public int? Maximum { get; }

    /// <summary>Gets every record measured with its duration, shortest first.</summary>
    public IReadOnlyList<RecordDuration> Durations { get; }

    /// <summary>Gets the records beyond Tukey's fences, shortest first.</summary>
    public IReadOnlyList<RecordDuration> Outliers { get; }

    /// <summary>Gets every record left out, with the reason.</summary>
    public IReadOnlyList<ExcludedRecord> Excluded { get; }
}
