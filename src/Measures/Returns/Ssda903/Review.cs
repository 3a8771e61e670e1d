using NodaTime;

namespace Measures.Returns.Ssda903;

/// <summary>A review of a child looked after (the Reviews file).</summary>
/// <param name="ChildId">CHILD: the child.</param>
/// <param name="DateOfBirth">DOB: the date of birth, as the file repeats it.</param>
/// <param name="Date">REVIEW: the date of the review.</param>
/// <param name="ParticipationCode">REVIEW_CODE: how the child took part (PN0–PN7).</param>
/// <param name="Location">Where the row was read from; <see cref="RecordLocation.None"/> for a record made in code.</param>
/// <remarks>Codes are kept as written (trimmed), so that a return read and written back is unchanged. This type is immutable and thread-safe.</remarks>
public sealed record Review(
    string ChildId,
    LocalDate? DateOfBirth,
    LocalDate Date,
    string? ParticipationCode,
    RecordLocation Location = default);
