using NodaTime;

namespace Measures.Returns.Ssda903;

/// <summary>A decision that a child should be placed for adoption, and its outcome (the PlacedAdoption file).</summary>
/// <param name="ChildId">CHILD: the child.</param>
/// <param name="DateOfBirth">DOB: the date of birth, as the file repeats it.</param>
/// <param name="DecisionDate">DATE_PLACED: the date of the decision that the child should be placed for adoption.</param>
/// <param name="CeasedDate">DATE_PLACED_CEASED: the date the child was adopted or the decision was reversed.</param>
/// <param name="ReasonCeased">REASON_PLACED_CEASED: why it ceased (E11, E12, RD1–RD4).</param>
/// <param name="Location">Where the row was read from; <see cref="RecordLocation.None"/> for a record made in code.</param>
/// <remarks>Codes are kept as written (trimmed), so that a return read and written back is unchanged. This type is immutable and thread-safe.</remarks>
public sealed record PlacedForAdoption(
    string ChildId,
    LocalDate? DateOfBirth,
    LocalDate DecisionDate,
    LocalDate? CeasedDate,
    string? ReasonCeased,
    RecordLocation Location = default);
