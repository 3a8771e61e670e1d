using Measures.Time;

namespace Measures.Reporting;

/// <summary>One period of a scorecard row's history, for its sparkline.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ScorecardPoint
{
    internal ScorecardPoint(ReportingPeriod period, string periodLabel, ScorecardValueState state, decimal? value, string valueText)
    {
        Period = period;
        PeriodLabel = periodLabel;
        State = state;
        Value = value;
        ValueText = valueText;
    }

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the period as a report names it.</summary>
    public string PeriodLabel { get; }

    /// <summary>Gets whether there is a value, and if not why.</summary>
    public ScorecardValueState State { get; }

    /// <summary>Gets the value rounded to the measure's display decimals, or <see langword="null"/> when none is shown.</summary>
    public decimal? Value { get; }

    /// <summary>Gets the value as a report shows it ("91.3%"), or the symbol shown instead ("[c]", "[x]", "[z]").</summary>
    public string ValueText { get; }

    /// <summary>The period and the value: "2023/24: 91.3%".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => PeriodLabel + ": " + ValueText;
}
