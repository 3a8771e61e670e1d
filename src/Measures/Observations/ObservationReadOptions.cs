using System;
using Measures.Internal;
using Measures.Time;

using Measures.Definitions;

namespace Measures.Observations;

/// <summary>
/// How to read an observations file: the catalogue to check measure codes and figures against,
/// the period-label pattern, whether to leave out columns observations do not use, how many problems
/// to list, and where to report progress on a large file.
/// </summary>
/// <remarks>This type is immutable and thread-safe (the progress sink it holds is the caller's).</remarks>
public sealed class ObservationReadOptions
{
    /// <summary>How many records are read between two progress reports.</summary>
    public const int ProgressInterval = 50_000;

    /// <summary>How many problems a read lists unless <see cref="MaxProblems"/> says otherwise.</summary>
    public const int DefaultMaxProblems = ProblemList.DefaultMaxListed;

    private readonly ReportingPeriodPattern periodPattern = ReportingPeriodPattern.RoundTrip;
    private readonly int maxProblems = DefaultMaxProblems;

    /// <summary>Gets options that check the file's format only: no catalogue, default period labels, no progress.</summary>
    public static ObservationReadOptions Default { get; } = new();

    /// <summary>
    /// Gets the catalogue to check against, or <see langword="null"/> to check the format only. With a
    /// catalogue, every measure code must be in it, a count must have no denominator and every other
    /// kind one, and a percentage's numerator must not exceed its denominator.
    /// </summary>
    public MeasureCatalogue? Catalogue { get; init; }

    /// <summary>Gets the pattern period labels are read with (<see cref="ReportingPeriodPattern.RoundTrip"/> unless set).</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public ReportingPeriodPattern PeriodPattern
    {
        get => periodPattern;
        init => periodPattern = Preconditions.CheckNotNull(value);
    }

    /// <summary>
    /// Gets a value indicating whether columns of a CSV file, and properties of a JSON file, that are not
    /// part of an observation (a percentage, a team name, a note an export carries) are left out rather
    /// than refused (<see langword="false"/> unless set). Each one left out is named once in
    /// <see cref="LoadResult{T}.Notices"/>, whether or not the read succeeds; what is read is the same as
    /// from the file without them. A column the reader knows, given twice, is still refused.
    /// </summary>
    public bool IgnoreUnknownColumns { get; init; }

    /// <summary>
    /// Gets how many problems a read lists in full (<see cref="DefaultMaxProblems"/>, 1,000, unless set).
    /// Reading goes on to the end of the file whatever the number of problems:
    /// <see cref="LoadResult{T}.ProblemCount"/> and <see cref="LoadResult{T}.ProblemCountsByKind"/> count
    /// every one, and <see cref="LoadResult{T}.Problems"/> holds the first ones, so that a file with
    /// millions of bad rows does not fill memory with problems.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int MaxProblems
    {
        get => maxProblems;
        init => maxProblems = Preconditions.CheckArgumentRange(value, 1, int.MaxValue);
    }

    /// <summary>
    /// Gets where to report how many records have been read, every <see cref="ProgressInterval"/>
    /// records and once at the end, or <see langword="null"/> for no reports. Reports are made on the
    /// reading thread; an exception the sink throws ends the read and reaches the reader's caller.
    /// </summary>
    public IProgress<long>? Progress { get; init; }

    // For a caller that stores rows itself (the tool, into an aggregation store): each good row is handed over
    // as it is read and none is kept, and duplicates are left to the store, so that a large file is not held twice.
    internal ObservationReceiver? Each { get; init; }

    // How many threads a CSV read uses: 0 to choose (two for a large file or a pipe when there are two cores). Either gives the same result.
    internal int Threads { get; init; }
}
