namespace Measures.Returns.Cin;

/// <summary>The part of a CIN census a problem is in, as the DfE's specification names its modules; a <see cref="ReturnProblem.Part"/> holds it as a number.</summary>
public enum CinModule
{
    /// <summary>The Header: CollectionDetails and Source, or the file as a whole.</summary>
    Header = 1,

    /// <summary>ChildIdentifiers: LAchildID, UPN, dates of birth and death, Sex or GenderCurrent.</summary>
    ChildIdentifiers = 2,

    /// <summary>ChildCharacteristics: Ethnicity and Disabilities.</summary>
    ChildCharacteristics = 3,

    /// <summary>CINdetails: one CIN episode, from referral to closure.</summary>
    CinDetails = 4,

    /// <summary>Assessments: one assessment of an episode.</summary>
    Assessments = 5,

    /// <summary>CINPlanDates: one CIN plan of an episode.</summary>
    CinPlanDates = 6,

    /// <summary>Section47: one section 47 enquiry and its initial child protection conference.</summary>
    Section47 = 7,

    /// <summary>ChildProtectionPlans: one child protection plan and its reviews.</summary>
    ChildProtectionPlans = 8,
}
