using NodaTime;

namespace Measures.Returns.Ssda903;

/// <summary>A child who ceased to be an unaccompanied asylum-seeking child (the UASC file).</summary>
/// <param name="ChildId">CHILD: the child.</param>
/// <param name="Sex">SEX: 1 male, 2 female.</param>
/// <param name="DateOfBirth">DOB: the date of birth.</param>
/// <param name="DateCeased">DUC: the date the child ceased to be an unaccompanied asylum-seeking child.</param>
/// <param name="Location">Where the row was read from; <see cref="RecordLocation.None"/> for a record made in code.</param>
/// <remarks>Codes are kept as written (trimmed), so that a return read and written back is unchanged. This type is immutable and thread-safe.</remarks>
public sealed record UnaccompaniedAsylumSeeker(
    string ChildId,
    string? Sex,
    LocalDate? DateOfBirth,
    LocalDate? DateCeased,
    RecordLocation Location = default);
