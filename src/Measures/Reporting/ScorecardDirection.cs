using Measures.Judgements;
using Measures.Time;

namespace Measures.Reporting;

/// <summary>
/// A scorecard row's direction of travel against one earlier period (the previous period, or the same
/// period last year): the period compared with and the judgement.
/// </summary>
/// <remarks>
/// In the public version a comparison involving a suppressed value is withheld (see
/// <see cref="ScorecardJudgement{T}"/>). This type is immutable and thread-safe.
/// </remarks>
public sealed class ScorecardDirection
{
    internal ScorecardDirection(ComparisonPeriod comparison, ReportingPeriod period, string periodLabel, ScorecardJudgement<DirectionOfTravel> travel)
    {
        Comparison = comparison;
        Period = period;
        PeriodLabel = periodLabel;
        Travel = travel;
    }

    /// <summary>Gets which comparison this is.</summary>
    public ComparisonPeriod Comparison { get; }

    /// <summary>Gets the earlier period compared with.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the earlier period as a report names it ("2022/23", "Q2 2023/24").</summary>
    public string PeriodLabel { get; }

    /// <summary>
    /// Gets the direction of travel, with the earlier value as compared (rounded to display decimals by
    /// default), the change and a one-sentence explanation ("95.0% is up 6.3 points on 88.7% (2022/23): improving").
    /// </summary>
    public ScorecardJudgement<DirectionOfTravel> Travel { get; }

    /// <summary>The explanation, or why the comparison is withheld.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Travel.ToString();
}
