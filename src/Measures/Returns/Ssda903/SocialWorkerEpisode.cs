using NodaTime;

namespace Measures.Returns.Ssda903;

/// <summary>A stretch with one social worker (the SW_Episodes file).</summary>
/// <param name="ChildId">CHILD: the child.</param>
/// <param name="DateOfBirth">DOB: the date of birth, as the file repeats it.</param>
/// <param name="SocialWorkerId">SW_ID: the social worker.</param>
/// <param name="Start">SW_DECOM: the date the social worker took the child on.</param>
/// <param name="End">SW_DEC: the date they stopped, or none.</param>
/// <param name="ReasonChanged">SW_REASON: why the social worker changed (MANAGE, FIXED, LEFTROLE, ORGRESTRUC, CHILDMOVE, CHCHOICE, OTHER).</param>
/// <param name="Location">Where the row was read from; <see cref="RecordLocation.None"/> for a record made in code.</param>
/// <remarks>Codes are kept as written (trimmed), so that a return read and written back is unchanged. This type is immutable and thread-safe.</remarks>
public sealed record SocialWorkerEpisode(
    string ChildId,
    LocalDate? DateOfBirth,
    string SocialWorkerId,
    LocalDate Start,
    LocalDate? End,
    string? ReasonChanged,
    RecordLocation Location = default);
