using System.Collections.Generic;
using NodaTime;

namespace Measures.Returns.Cin;

/// <summary>One child of the census (Child): who the child is, and the child's CIN episodes.</summary>
/// <param name="ChildId">LAchildID: the council's identifier of the child; empty when the file gives none (listed as a problem).</param>
/// <param name="Upn">UPN: the unique pupil number.</param>
/// <param name="FormerUpn">FormerUPN: an earlier unique pupil number.</param>
/// <param name="UpnUnknown">UPNunknown: why there is no UPN (UN1–UN10).</param>
/// <param name="DateOfBirth">PersonBirthDate: the date of birth.</param>
/// <param name="ExpectedDateOfBirth">ExpectedPersonBirthDate: the expected date of birth of an unborn child.</param>
/// <param name="Sex">Sex (M, F, U) or, in earlier years' files, GenderCurrent (1 male, 2 female, 0 not known, 9 not stated), as written.</param>
/// <param name="DateOfDeath">PersonDeathDate: the date of death.</param>
/// <param name="Ethnicity">Ethnicity: the DfE ethnicity code ("WBRI").</param>
/// <param name="Disabilities">Disabilities/Disability: the disability codes ("NONE", "AUT"…), in the order written.</param>
/// <param name="Episodes">The child's CIN episodes (CINdetails), in the order written.</param>
/// <param name="Location">Where the Child element begins.</param>
/// <remarks>A date is <see langword="null"/> when absent or unreadable; an unreadable one is listed among the census's problems. Codes are kept as written (trimmed). This type is immutable and thread-safe.</remarks>
public sealed record CinChild(
    string ChildId,
    string? Upn,
    string? FormerUpn,
    string? UpnUnknown,
    LocalDate? DateOfBirth,
    LocalDate? ExpectedDateOfBirth,
    string? Sex,
    LocalDate? DateOfDeath,
    string? Ethnicity,
    IReadOnlyList<string> Disabilities,
    IReadOnlyList<CinEpisode> Episodes,
    RecordLocation Location = default);
