using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Calculation;
using Measures.Internal;
using Measures.Judgements;
using Measures.Judgements.Spc;
using Measures.Time;

namespace Measures.Reporting;

/// <summary>
/// Choices that shape a scorecard: internal or public, which measures the summary leaves out, how
/// judgements are made, how much history each row keeps, and where progress is reported.
/// The defaults give the internal version, summarised as councils publish their summaries.
/// </summary>
/// <remarks>This type is immutable once initialised and is thread-safe (the progress sink it names is the caller's).</remarks>
public sealed class ScorecardOptions
{
    /// <summary>The suppression policy used when none is given: counts from 1 to 4 are suppressed.</summary>
    public static readonly SuppressionPolicy DefaultSuppressionPolicy = new(5);

    private readonly IReadOnlyCollection<string> summaryExclusions = [];

    /// <summary>Gets the default options: the internal version, with the default summary rules and judgements.</summary>
    public static ScorecardOptions Default { get; } = new();

    /// <summary>Gets who the scorecard is for; <see cref="ScorecardAudience.Internal"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not a defined audience.</exception>
    public ScorecardAudience Audience
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined scorecard audience.");
    }

    /// <summary>Gets the small-number policy the public version applies; counts below 5 are suppressed by default. The internal version ignores it.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public SuppressionPolicy SuppressionPolicy
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = DefaultSuppressionPolicy;

    /// <summary>
    /// Gets whether termly and academic-year measures are left out of the summary ("18 for Education; all
    /// of which were either termly or annual academic year and therefore not included in any summary
    /// statistics"): <see langword="true"/> always, <see langword="false"/> never, or <see langword="null"/>
    /// (the default) when the scorecard's period is shorter than a year, as in a monthly or quarterly summary.
    /// Measures whose definition keeps them out of summaries are left out whatever this says.
    /// </summary>
    public bool? ExcludeTermlyAndAcademicYearMeasuresFromSummary { get; init; }

    /// <summary>Gets the codes of further measures to leave out of the summary; none by default.</summary>
    /// <exception cref="ArgumentException">The value set is null or holds an empty code.</exception>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyCollection<string> SummaryExclusions
    {
        get => summaryExclusions;
        init
        {
            Preconditions.CheckNotNull(value);
            string[] codes = [.. value];
            Preconditions.CheckArgument(Array.TrueForAll(codes, c => c is not null), nameof(value), "A summary exclusion is null.");
            summaryExclusions = codes.Distinct(StringComparer.Ordinal).ToArray();
        }
    }

    /// <summary>Gets which comparison the summary's direction-of-travel counts use; the previous period by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not the previous period or the same period last year.</exception>
    public ComparisonPeriod SummaryDirection
    {
        get;
        init => field = value is ComparisonPeriod.PreviousPeriod or ComparisonPeriod.SamePeriodLastYear
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The summary counts directions against the previous period or the same period last year.");
    }

    /// <summary>
    /// Gets the further periods each row is compared with, beside the previous period and the same period last year,
    /// in the order the rows give them (<see cref="ScorecardRow.Comparisons"/>): none by default.
    /// </summary>
    /// <exception cref="ArgumentException">The value set holds a null comparison.</exception>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public IReadOnlyList<ScorecardComparison> Comparisons
    {
        get;
        init
        {
            Preconditions.CheckNotNull(value);
            ScorecardComparison[] comparisons = [.. value];
            Preconditions.CheckArgument(Array.TrueForAll(comparisons, c => c is not null), nameof(value), "A comparison is null.");
            field = comparisons;
        }
    } = [];

    /// <summary>Gets the options for RAG ratings, directions of travel and benchmark comparisons; <see cref="JudgementOptions.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public JudgementOptions Judgements
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = JudgementOptions.Default;

    /// <summary>Gets how many periods of history each row keeps for its sparkline, the current one included: 12 by default, 1 to 64.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is out of range.</exception>
    public int HistoryLength
    {
        get;
        init => field = Preconditions.CheckArgumentRange(value, 1, 64);
    } = 12;

    /// <summary>
    /// Gets the number of months in the window of a measure reported over rolling months
    /// ("rolling 12 months to March 2024"), which its definition does not state: 12 by default.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is out of range.</exception>
    public int RollingWindowMonths
    {
        get;
        init => field = Preconditions.CheckArgumentRange(value, 1, 64);
    } = 12;

    /// <summary>Gets when the academic year begins and where its terms divide, for termly and academic-year measures; <see cref="AcademicYearConvention.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public AcademicYearConvention AcademicYearConvention
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = AcademicYearConvention.Default;

    /// <summary>
    /// Gets the options for each row's SPC chart (runs, trends, screening, the points its judgements need);
    /// <see cref="SpcOptions.Default"/> by default. Rebase labels that are not in a row's history are ignored for that row.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public SpcOptions Spc
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = SpcOptions.Default;

    /// <summary>Gets where progress is reported during a long run, or <see langword="null"/> (the default) for nowhere.</summary>
    public IProgress<ScorecardProgress>? Progress { get; init; }
}
