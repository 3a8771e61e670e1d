using NodaTime;

namespace Measures.Returns.Ssda903;

/// <summary>One episode of a child missing or away without authorisation (the Missing file).</summary>
/// <param name="ChildId">CHILD: the child.</param>
/// <param name="DateOfBirth">DOB: the date of birth, as the file repeats it.</param>
/// <param name="Kind">MISSING: M missing; A away without authorisation.</param>
/// <param name="Start">MIS_START: the date the episode began.</param>
/// <param name="End">MIS_END: the date it ended, or none.</param>
/// <param name="Location">Where the row was read from; <see cref="RecordLocation.None"/> for a record made in code.</param>
/// <remarks>Codes are kept as written (trimmed), so that a return read and written back is unchanged. This type is immutable and thread-safe.</remarks>
public sealed record MissingEpisode(
    string ChildId,
    LocalDate? DateOfBirth,
    string Kind,
    LocalDate Start,
    LocalDate? End,
    RecordLocation Location = default);
