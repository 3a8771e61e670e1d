using System.Collections.Generic;
using NodaTime;

namespace Measures.Returns.Sen2;

/// <summary>A request for an EHC needs assessment as the return gives it (Person/Requests/Request).</summary>
/// <param name="ReceivedDate">ReceivedDate: the day the council received the request, day 0 of the 20 weeks; <see langword="null"/> when absent or unreadable.</param>
/// <param name="Outcome">RequestOutcome: the code as written (trimmed), or <see langword="null"/>.</param>
/// <param name="OutcomeDate">RequestOutcomeDate: when the council decided whether to assess; <see langword="null"/> when absent or unreadable.</param>
/// <param name="Assessments">The assessments that followed the request, in the order written.</param>
/// <param name="Location">Where the Request element begins.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Sen2Request(LocalDate? ReceivedDate, string? Outcome, LocalDate? OutcomeDate, IReadOnlyList<Sen2Assessment> Assessments, RecordLocation Location = default);
