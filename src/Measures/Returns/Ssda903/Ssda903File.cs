namespace Measures.Returns.Ssda903;

/// <summary>The files of the SSDA903 return, each recognised by its header row rather than its name.</summary>
public enum Ssda903File : byte
{
    /// <summary>Header: one row per child (CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB).</summary>
    Header = 1,

    /// <summary>Episodes: the episodes of care.</summary>
    Episodes = 2,

    /// <summary>Reviews: the reviews of children looked after.</summary>
    Reviews = 3,

    /// <summary>UASC: children who ceased to be unaccompanied asylum-seeking children.</summary>
    Uasc = 4,

    /// <summary>OC2: health and offending outcomes of children looked after for 12 months.</summary>
    Oc2 = 5,

    /// <summary>OC3: care leavers around their birthdays at 17 to 21.</summary>
    Oc3 = 6,

    /// <summary>AD1: adoptions.</summary>
    Ad1 = 7,

    /// <summary>PlacedAdoption: decisions that a child should be placed for adoption.</summary>
    PlacedAdoption = 8,

    /// <summary>PrevPerm: permanence before care.</summary>
    PrevPerm = 9,

    /// <summary>Missing: episodes of going missing or away without authorisation.</summary>
    Missing = 10,

    /// <summary>SW_Episodes: social workers.</summary>
    SocialWorkerEpisodes = 11,
}
