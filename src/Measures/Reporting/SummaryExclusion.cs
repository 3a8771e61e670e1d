namespace Measures.Reporting;

/// <summary>A measure left out of a scorecard's summary statistics, and why.</summary>
/// <param name="MeasureCode">The measure's code.</param>
/// <param name="Reason">Why it is left out.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SummaryExclusion(string MeasureCode, SummaryExclusionReason Reason);
