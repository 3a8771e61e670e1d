using NodaTime;

namespace Measures.Returns.Ssda903;

/// <summary>A permanence order a child had before starting to be looked after (the PrevPerm file).</summary>
/// <param name="ChildId">CHILD: the child.</param>
/// <param name="DateOfBirth">DOB: the date of birth, as the file repeats it.</param>
/// <param name="Kind">PREV_PERM: the kind of order (P1 adoption, P2 special guardianship, P3 residence or child arrangements, Z1 none or not known).</param>
/// <param name="Council">LA_PERM: the council that made it.</param>
/// <param name="Date">DATE_PERM: the date of the order as written, which may be a part date (zz/MM/yyyy).</param>
/// <param name="Location">Where the row was read from; <see cref="RecordLocation.None"/> for a record made in code.</param>
/// <remarks>Codes are kept as written (trimmed), so that a return read and written back is unchanged. This type is immutable and thread-safe.</remarks>
public sealed record PreviousPermanence(
    string ChildId,
    LocalDate? DateOfBirth,
    string? Kind,
    string? Council,
    string? Date,
    RecordLocation Location = default);
