using NodaTime;

namespace Measures.Returns.Ssda903;

/// <summary>A care leaver's situation around their birthday at 17 to 21 (the OC3 file).</summary>
/// <param name="ChildId">CHILD: the young person.</param>
/// <param name="DateOfBirth">DOB: the date of birth, as the file repeats it.</param>
/// <param name="InTouch">IN_TOUCH: whether the council is in touch (YES, NO, DIED, REFU, NREQ, RHOM).</param>
/// <param name="Activity">ACTIV: the main activity (F1/P1 higher education, F2/P2 other education, F4/P4 an apprenticeship, F5/P5 other training or employment, each full or part time; G4–G6 not in education, employment or training, through illness or disability, other reasons, or pregnancy or parenting), as the DfE SSDA903 guidance lists them.</param>
/// <param name="Accommodation">ACCOM: the type of accommodation (B, C, D, E, G, H, K, R, S, T, U, V, W, X, Y, Z), with 1 or 2 for suitable or not where the code list gives it.</param>
/// <param name="Location">Where the row was read from; <see cref="RecordLocation.None"/> for a record made in code.</param>
/// <remarks>Codes are kept as written (trimmed), so that a return read and written back is unchanged. This type is immutable and thread-safe.</remarks>
public sealed record CareLeaverOutcome(
    string ChildId,
    LocalDate? DateOfBirth,
    string? InTouch,
    string? Activity,
    string? Accommodation,
    RecordLocation Location = default);
