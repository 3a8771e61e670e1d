using System.Collections.Generic;
using NodaTime;

namespace Measures.Returns.Cin;

/// <summary>One assessment of a CIN episode (Assessments).</summary>
/// <param name="StartDate">AssessmentActualStartDate: the day the assessment began.</param>
/// <param name="InternalReviewDate">AssessmentInternalReviewDate: the day of its internal review, if any.</param>
/// <param name="AuthorisationDate">AssessmentAuthorisationDate: the day it was authorised; none while it is open.</param>
/// <param name="Factors">FactorsIdentifiedAtAssessment/AssessmentFactors: the factors found ("2A", "4B"…), in the order written.</param>
/// <param name="Location">Where the Assessments element begins.</param>
/// <remarks>A date is <see langword="null"/> when absent or unreadable; an unreadable one is listed among the census's problems. Timeliness is measured from the episode's CINreferralDate, not from <paramref name="StartDate"/>. This type is immutable and thread-safe.</remarks>
public sealed record CinAssessment(
    LocalDate? StartDate,
    LocalDate? InternalReviewDate,
    LocalDate? AuthorisationDate,
    IReadOnlyList<string> Factors,
    RecordLocation Location = default);
