using Measures.Judgements;
using Measures.Time;

namespace Measures.Reporting;

/// <summary>
/// A scorecard row's direction of travel against one earlier period (the previous period, or the same
/// period last year), with the earlier value, the change and a one-sentence explanation.
/// </summary>
/// <remarks>
/// In the public version a comparison involving a suppressed value is withheld: its direction is
/// <see cref="Direction.NotAvailable"/>, <see cref="IsWithheld"/> is set and no figure is given.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class ScorecardDirection
{
    internal ScorecardDirection(ComparisonPeriod comparison, ReportingPeriod period, string periodLabel, Direction direction, bool isWithheld, decimal? earlierValue, decimal? change, string explanation)
    {
        Comparison = comparison;
        Period = period;
        PeriodLabel = periodLabel;
        Direction = direction;
        IsWithheld = isWithheld;
        EarlierValue = earlierValue;
        Change = change;
        Explanation = explanation;
    }

    /// <summary>Gets which comparison this is.</summary>
    public ComparisonPeriod Comparison { get; }

    /// <summary>Gets the earlier period compared with.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the earlier period as a report names it ("2022/23", "Q2 2023/24").</summary>
    public string PeriodLabel { get; }

    /// <summary>Gets the direction of travel.</summary>
    public Direction Direction { get; }

    /// <summary>Gets a value indicating whether the public version withholds this comparison because a value in it is suppressed.</summary>
    public bool IsWithheld { get; }

    /// <summary>Gets the earlier value as compared (rounded to display decimals by default), or <see langword="null"/>.</summary>
    public decimal? EarlierValue { get; }

    /// <summary>Gets the change, current − earlier, or <see langword="null"/> when a value is missing or withheld.</summary>
    public decimal? Change { get; }

    /// <summary>Gets the one-sentence explanation ("95.0% is up 6.3 points on 88.7% (2022/23): improving").</summary>
    public string Explanation { get; }

    /// <summary>The explanation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Explanation;
}
