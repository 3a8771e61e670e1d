using NodaTime;

namespace Measures.Calculation;

/// <summary>
/// One record from a council's case system, as the record-level calculators read it: an assessment, a plan,
/// a referral or an episode of care, with the dates that matter for the measure.
/// </summary>
/// <param name="RecordId">The record's identifier in the case system (reported back for records left out).</param>
/// <param name="ChildId">The child's identifier (recurrence looks for earlier records of the same child).</param>
/// <param name="Start">The day the clock starts: the referral, the request for assessment, entering care.</param>
/// <param name="End">The day the work was completed or the episode ended, or <see langword="null"/> while open.</param>
/// <param name="Unit">The team or locality; empty for the council as a whole.</param>
/// <param name="ExceptionReason">
/// A reason under the rules for leaving the record out of a timeliness figure (an EHCP exception under the
/// regulations, say), or <see langword="null"/>. Timeliness is reported both with and without such records.
/// </param>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct CaseRecord(string RecordId, string ChildId, LocalDate Start, LocalDate? End, string Unit = "", string? ExceptionReason = null);
