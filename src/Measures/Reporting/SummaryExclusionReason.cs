namespace Measures.Reporting;

/// <summary>Why a measure is left out of a scorecard's summary statistics.</summary>
public enum SummaryExclusionReason : byte
{
    /// <summary>Its definition says it does not count in summary statistics (education measures, by default).</summary>
    NotInSummary = 1,

    /// <summary>It is termly or for an academic year, and the options leave such measures out.</summary>
    TermlyOrAcademicYear = 2,

    /// <summary>The options name it among the measures to leave out.</summary>
    ExcludedByOptions = 3,
}
