namespace Measures.Reporting;

/// <summary>How a named comparison takes the earlier period's value (see <see cref="ScorecardComparison"/>).</summary>
public enum ComparisonBasis : byte
{
    /// <summary>The earlier period's value as it is: "higher than the previous quarter where 83.3% had been completed".</summary>
    AsReported = 0,

    /// <summary>
    /// For a value that adds up over time (a count of events, numerator summed; or a rate of events per a population
    /// that is not summed) compared with a longer period, that period's average per period of the row's length: a
    /// quarter's total ÷ 3 against a month ("the previous quarter's monthly average"), a year's total ÷ 12 × 10 against
    /// ten months to date. Any other measure (a percentage, a snapshot), and an earlier period no longer than the
    /// row's, is compared as reported.
    /// </summary>
    PeriodAverage = 1,
}
