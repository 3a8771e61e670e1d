using System.Collections.Generic;
using NodaTime;

namespace Measures.Returns.Cin;

/// <summary>One child protection plan of an episode (ChildProtectionPlans).</summary>
/// <param name="Start">CPPstartDate: the day the plan began.</param>
/// <param name="End">CPPendDate: the day it ended; none while it is open. A plan is open on a day when it began on or before it and has no end or ends after it.</param>
/// <param name="InitialCategoryOfAbuse">InitialCategoryOfAbuse: NEG, PHY, SAB, EMO or MUL.</param>
/// <param name="LatestCategoryOfAbuse">LatestCategoryOfAbuse: NEG, PHY, SAB, EMO or MUL.</param>
/// <param name="PreviousPlans">NumberOfPreviousCPP: how many plans the child had before this one (0 when absent).</param>
/// <param name="ReviewDates">Reviews/CPPreviewDate: the days the plan was reviewed, in the order written (an unreadable one left out and listed).</param>
/// <param name="Location">Where the ChildProtectionPlans element begins.</param>
/// <remarks>A date is <see langword="null"/> when absent or unreadable; an unreadable one is listed among the census's problems. Codes are kept as written (trimmed). This type is immutable and thread-safe.</remarks>
public sealed record ProtectionPlan(
    LocalDate? Start,
    LocalDate? End,
    string? InitialCategoryOfAbuse,
    string? LatestCategoryOfAbuse,
    int PreviousPlans,
    IReadOnlyList<LocalDate> ReviewDates,
    RecordLocation Location = default);
