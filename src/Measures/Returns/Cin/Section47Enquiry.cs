using NodaTime;

namespace Measures.Returns.Cin;

/// <summary>One section 47 enquiry of an episode and its initial child protection conference (Section47).</summary>
/// <param name="StartDate">S47ActualStartDate: the day the enquiry began.</param>
/// <param name="InitialConferenceTarget">InitialCPCtarget: the day the initial conference was due.</param>
/// <param name="InitialConferenceDate">DateOfInitialCPC: the day the initial conference was held; the one date that times a conference.</param>
/// <param name="ConferenceNotRequired">ICPCnotRequired: the enquiry needed no conference (false when absent).</param>
/// <param name="Location">Where the Section47 element begins.</param>
/// <remarks>A date is <see langword="null"/> when absent or unreadable; an unreadable one is listed among the census's problems. This type is immutable and thread-safe.</remarks>
public sealed record Section47Enquiry(
    LocalDate? StartDate,
    LocalDate? InitialConferenceTarget,
    LocalDate? InitialConferenceDate,
    bool ConferenceNotRequired,
    RecordLocation Location = default);
