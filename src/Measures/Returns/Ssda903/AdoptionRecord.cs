using NodaTime;

namespace Measures.Returns.Ssda903;

/// <summary>The adoption of a child adopted in the year (the AD1 file).</summary>
/// <param name="ChildId">CHILD: the child.</param>
/// <param name="DateOfBirth">DOB: the date of birth, as the file repeats it.</param>
/// <param name="DecisionDate">DATE_INT: the date of the decision that the child should be placed for adoption.</param>
/// <param name="MatchDate">DATE_MATCH: the date the child was matched with the adopters.</param>
/// <param name="FosterCare">FOSTER_CARE: 1 when adopted by their foster carers.</param>
/// <param name="NumberOfAdopters">NB_ADOPTR: L0 one adopter, L1 two.</param>
/// <param name="SexOfAdopters">SEX_ADOPTR: the adopters' sex (M1, F1, MM, FF, MF).</param>
/// <param name="LegalStatusOfAdopters">LS_ADOPTR: the adopters' legal status (L0, L11, L12, L2, L3, L4).</param>
/// <param name="Location">Where the row was read from; <see cref="RecordLocation.None"/> for a record made in code.</param>
/// <remarks>Codes are kept as written (trimmed), so that a return read and written back is unchanged. This type is immutable and thread-safe.</remarks>
public sealed record AdoptionRecord(
    string ChildId,
    LocalDate? DateOfBirth,
    LocalDate? DecisionDate,
    LocalDate? MatchDate,
    string? FosterCare,
    string? NumberOfAdopters,
    string? SexOfAdopters,
    string? LegalStatusOfAdopters,
    RecordLocation Location = default);
