using System.Collections.Generic;
using NodaTime;

namespace Measures.Returns.Cin;

/// <summary>One CIN episode (CINdetails): a referral, what followed it, and its closure.</summary>
/// <param name="ReferralDate">CINreferralDate: the day of the referral, when the episode begins.</param>
/// <param name="ReferralSource">ReferralSource: who referred the child ("1A"… "10").</param>
/// <param name="PrimaryNeed">PrimaryNeedCode: the child's primary need (N0–N9).</param>
/// <param name="ClosureDate">CINclosureDate: the day the episode closed; none while it is open.</param>
/// <param name="ReasonForClosure">ReasonForClosure: why it closed (RC1–RC9).</param>
/// <param name="InitialConferenceDate">DateOfInitialCPC directly under CINdetails; kept as read, but only <see cref="Section47Enquiry.InitialConferenceDate"/> times a conference.</param>
/// <param name="ReferralNfa">ReferralNFA: the referral led to no further action (false when absent).</param>
/// <param name="Assessments">The episode's assessments, in the order written.</param>
/// <param name="Plans">The episode's CIN plans, in the order written.</param>
/// <param name="Section47Enquiries">The episode's section 47 enquiries, in the order written.</param>
/// <param name="ProtectionPlans">The episode's child protection plans, in the order written.</param>
/// <param name="Location">Where the CINdetails element begins.</param>
/// <remarks>A date is <see langword="null"/> when absent or unreadable; an unreadable one is listed among the census's problems. Codes are kept as written (trimmed). This type is immutable and thread-safe.</remarks>
public sealed record CinEpisode(
    LocalDate? ReferralDate,
    string? ReferralSource,
    string? PrimaryNeed,
    LocalDate? ClosureDate,
    string? ReasonForClosure,
    LocalDate? InitialConferenceDate,
    bool ReferralNfa,
    IReadOnlyList<CinAssessment> Assessments,
    IReadOnlyList<CinPlan> Plans,
    IReadOnlyList<Section47Enquiry> Section47Enquiries,
    IReadOnlyList<ProtectionPlan> ProtectionPlans,
    RecordLocation Location = default);
