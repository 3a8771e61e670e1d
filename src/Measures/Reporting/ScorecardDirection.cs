using Measures.Judgements;
using Measures.Time;

namespace Measures.Reporting;

/// <summary>
/// A scorecard row's direction of travel against one earlier period (the previous period, the same
/// period last year, or one named in <see cref="ScorecardOptions.Comparisons"/>): the period compared with and the judgement.
/// </summary>
/// <remarks>
/// In the public version a comparison involving a suppressed value is withheld (see
/// <see cref="ScorecardJudgement{T}"/>). This type is immutable and thread-safe.
/// </remarks>
public sealed class ScorecardDirection
{
    internal ScorecardDirection(
        ComparisonPeriod comparison,
        ReportingPeriod period,
        string periodLabel,
        ScorecardJudgement<DirectionOfTravel> travel,
        ScorecardComparison? namedComparison = null,
        decimal? periodsAveraged = null,
        bool earlierPeriodIsLonger = false)
    {
        Comparison = comparison;
        Period = period;
        PeriodLabel = periodLabel;
        Travel = travel;
        NamedComparison = namedComparison;
        PeriodsAveraged = periodsAveraged;
        EarlierPeriodIsLonger = earlierPeriodIsLonger;
    }

    /// <summary>Gets which comparison this is.</summary>
    public ComparisonPeriod Comparison { get; }

    /// <summary>Gets the comparison named in the options that this answers, or <see langword="null"/> for the previous period and the same period last year.</summary>
    public ScorecardComparison? NamedComparison { get; }

    /// <summary>Gets the earlier period compared with.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>
    /// Gets the earlier period as a report names it ("2022/23", "Q2 2023/24"), followed by the average taken where the
    /// earlier value is an average per period of the row's length ("Q2 2020/21 monthly average").
    /// </summary>
    public string PeriodLabel { get; }

    /// <summary>
    /// Gets how many periods of the row's length the earlier period's value was divided by (3 for a quarter's monthly
    /// average), or <see langword="null"/> when it is compared as reported.
    /// </summary>
    public decimal? PeriodsAveraged { get; }

    /// <summary>
    /// Gets a value indicating whether the earlier period is longer than the row's (a quarter against a month, the whole
    /// of 2018 against 2019 to date); the writers then show a count or rate of events taken as reported as a share of it.
    /// </summary>
    public bool EarlierPeriodIsLonger { get; }

    /// <summary>
    /// Gets the direction of travel, with the earlier value as compared (rounded to display decimals by
    /// default), the change and a one-sentence explanation ("95.0% is up 6.3 points on 88.7% (2022/23): improving").
    /// </summary>
    public ScorecardJudgement<DirectionOfTravel> Travel { get; }

    /// <summary>The explanation, or why the comparison is withheld.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Travel.ToString();
}
