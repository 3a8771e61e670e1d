using NodaTime;

namespace Measures.Returns.Ssda903;

/// <summary>One child of the return (the Header file): who the child is.</summary>
/// <param name="ChildId">CHILD: the council's identifier of the child.</param>
/// <param name="Sex">SEX: 1 male, 2 female.</param>
/// <param name="DateOfBirth">DOB: the date of birth.</param>
/// <param name="Ethnicity">ETHNIC: the DfE ethnicity code ("WBRI").</param>
/// <param name="Upn">UPN: the unique pupil number, or a reason code when there is none.</param>
/// <param name="Mother">MOTHER: 1 when the child is a mother, 0 when not, empty when not asked.</param>
/// <param name="MotherChildDateOfBirth">MC_DOB: the date of birth of the child's own child.</param>
/// <param name="Location">Where the row was read from; <see cref="RecordLocation.None"/> for a record made in code.</param>
/// <remarks>Codes are kept as written (trimmed), so that a return read and written back is unchanged. This type is immutable and thread-safe.</remarks>
public sealed record ChildHeader(
    string ChildId,
    string Sex,
    LocalDate DateOfBirth,
    string Ethnicity,
    string? Upn,
    string? Mother,
    LocalDate? MotherChildDateOfBirth,
    RecordLocation Location = default);
