using NodaTime;

namespace Measures.Returns.Sen2;

/// <summary>An EHC plan as the return gives it (Assessment/NamedPlan).</summary>
/// <param name="StartDate">StartDate: the day the final EHC plan was first issued; <see langword="null"/> when absent or unreadable.</param>
/// <param name="Transferred">Whether the plan was transferred in from another local authority (PlanTransfer): such a plan was not issued after a request to this council and is not timed.</param>
/// <param name="TwentyWeekException">Whether the plan is an exception to the 20-week time limit (TwentyWeekException), as the SEND Regulations 2014 allow (regulation 13(3)); <see langword="null"/> when not given (read as not an exception).</param>
/// <param name="Location">Where the NamedPlan element begins.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Sen2Plan(LocalDate? StartDate, bool Transferred, bool? TwentyWeekException, RecordLocation Location = default);
