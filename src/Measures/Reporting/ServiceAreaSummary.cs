namespace Measures.Reporting;

/// <summary>The summary counts of one service area.</summary>
/// <param name="ServiceArea">The service area ("Children's Social Care").</param>
/// <param name="Counts">Its counts.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ServiceAreaSummary(string ServiceArea, SummaryCounts Counts);
