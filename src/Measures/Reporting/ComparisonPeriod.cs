namespace Measures.Reporting;

/// <summary>Which earlier period a direction of travel compares with.</summary>
public enum ComparisonPeriod : byte
{
    /// <summary>The previous period: last month, last quarter, last year for a year.</summary>
    PreviousPeriod = 0,

    /// <summary>The same period a year earlier.</summary>
    SamePeriodLastYear = 1,

    /// <summary>A period the analyst names in <see cref="ScorecardOptions.Comparisons"/>: October 2020, or the previous quarter.</summary>
    Named = 2,
}
