using NodaTime;

namespace Measures.Returns.Ssda903;

/// <summary>The health and offending outcomes of a child looked after for at least 12 months (the OC2 file).</summary>
/// <param name="ChildId">CHILD: the child.</param>
/// <param name="DateOfBirth">DOB: the date of birth, as the file repeats it.</param>
/// <param name="SdqScore">SDQ_SCORE: the strengths and difficulties questionnaire score (0–40).</param>
/// <param name="SdqReason">SDQ_REASON: why there is no score (SDQ1–SDQ5).</param>
/// <param name="Convicted">CONVICTED: 1 when convicted or given a final warning in the year.</param>
/// <param name="HealthCheck">HEALTH_CHECK: 1 when the annual health assessment is up to date.</param>
/// <param name="Immunisations">IMMUNISATIONS: 1 when immunisations are up to date.</param>
/// <param name="TeethCheck">TEETH_CHECK: 1 when the dental check is up to date.</param>
/// <param name="HealthAssessment">HEALTH_ASSESSMENT: 1 when the health assessment is up to date.</param>
/// <param name="SubstanceMisuse">SUBSTANCE_MISUSE: 1 when identified as having a substance misuse problem.</param>
/// <param name="InterventionReceived">INTERVENTION_RECEIVED: 1 when an intervention was received.</param>
/// <param name="InterventionOffered">INTERVENTION_OFFERED: 1 when an intervention was offered and refused.</param>
/// <param name="Location">Where the row was read from; <see cref="RecordLocation.None"/> for a record made in code.</param>
/// <remarks>Codes are kept as written (trimmed), so that a return read and written back is unchanged. This type is immutable and thread-safe.</remarks>
public sealed record HealthOutcome(
    string ChildId,
    LocalDate? DateOfBirth,
    string? SdqScore,
    string? SdqReason,
    string? Convicted,
    string? HealthCheck,
    string? Immunisations,
    string? TeethCheck,
    string? HealthAssessment,
    string? SubstanceMisuse,
    string? InterventionReceived,
    string? InterventionOffered,
    RecordLocation Location = default);
