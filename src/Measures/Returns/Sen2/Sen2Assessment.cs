using System.Collections.Generic;
using NodaTime;

namespace Measures.Returns.Sen2;

/// <summary>An EHC needs assessment as the return gives it (Request/Assessment), with the plans it led to.</summary>
/// <param name="Outcome">AssessmentOutcome: the code as written (trimmed), or <see langword="null"/>.</param>
/// <param name="OutcomeDate">AssessmentOutcomeDate: when the assessment was decided; <see langword="null"/> when absent or unreadable.</param>
/// <param name="Plans">The EHC plans (NamedPlan) the assessment led to, in the order written.</param>
/// <param name="Location">Where the Assessment element begins.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Sen2Assessment(string? Outcome, LocalDate? OutcomeDate, IReadOnlyList<Sen2Plan> Plans, RecordLocation Location = default);
