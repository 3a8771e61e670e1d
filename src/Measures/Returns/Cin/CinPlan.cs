using NodaTime;

namespace Measures.Returns.Cin;

/// <summary>One CIN plan of an episode (CINPlanDates).</summary>
/// <param name="Start">CINPlanStartDate: the day the plan began.</param>
/// <param name="End">CINPlanEndDate: the day it ended; none while it is open.</param>
/// <param name="Location">Where the CINPlanDates element begins.</param>
/// <remarks>A date is <see langword="null"/> when absent or unreadable; an unreadable one is listed among the census's problems. This type is immutable and thread-safe.</remarks>
public sealed record CinPlan(LocalDate? Start, LocalDate? End, RecordLocation Location = default);
