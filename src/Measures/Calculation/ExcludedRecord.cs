namespace Measures.Calculation;

/// <summary>A record that a calculator left out, with the reason, so that none is dropped silently.</summary>
/// <param name="Record">The record.</param>
/// <param name="Reason">Why it was left out, as a sentence an analyst can act on.</param>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct ExcludedRecord(CaseRecord Record, string Reason);
