namespace Measures.Returns.Sen2;

/// <summary>
/// The parts of a SEN2 return a problem can be in, so that, read leniently, a person with a problem is left out of
/// exactly the indicators that use that part (<see cref="ReturnProblem.Part"/> holds one of these as a number).
/// </summary>
public enum Sen2Part
{
    /// <summary>The Header (collection, year, reference date, local authority), and anything outside a Person.</summary>
    Header = 0,

    /// <summary>The Person's own details (birth date, sex, UPN): used by breakdowns only.</summary>
    Person = 1,

    /// <summary>A Request for an EHC needs assessment (ReceivedDate, RequestOutcome).</summary>
    Request = 2,

    /// <summary>An EHC needs Assessment (AssessmentOutcome, AssessmentOutcomeDate).</summary>
    Assessment = 3,

    /// <summary>An EHC plan (NamedPlan: StartDate, transfer).</summary>
    Plan = 4,

    /// <summary>A plan's mark that the 20-week time limit did not apply (an exception): used only by the figure that excludes exceptions.</summary>
    PlanException = 5,
}
