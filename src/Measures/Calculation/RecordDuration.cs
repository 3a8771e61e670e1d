namespace Measures.Calculation;

/// <summary>A record with the number of days between its two milestones.</summary>
/// <param name="Record">The record.</param>
/// <param name="Days">Days from <see cref="CaseRecord.Start"/> to <see cref="CaseRecord.End"/>.</param>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct RecordDuration(CaseRecord Record, int Days);
