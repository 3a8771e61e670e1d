using System;

namespace Measures.Indicators;

/// <summary>The breakdowns to compute besides the whole figures; each return's indicators offer the dimensions their records have.</summary>
[Flags]
public enum IndicatorBreakdowns
{
    /// <summary>No breakdown.</summary>
    None = 0,

    /// <summary>By sex (SEX in the SSDA903 Header file; Sex or GenderCurrent in the CIN census).</summary>
    Sex = 1,

    /// <summary>By age band (under 1, 1-4, 5-9, 10-15, 16 and over), as the DfE publishes them.</summary>
    AgeBand = 2,

    /// <summary>By legal status (LS) of the episode that counts (SSDA903).</summary>
    LegalStatus = 4,

    /// <summary>By placement type (PLACE) of the episode that counts (SSDA903).</summary>
    PlacementType = 8,

    /// <summary>By primary need (PrimaryNeedCode, N0 to N9) of the CIN episode that counts (CIN census).</summary>
    PrimaryNeed = 16,

    /// <summary>By category of abuse (LatestCategoryOfAbuse, else InitialCategoryOfAbuse) of the plan that counts (CIN census, plans only).</summary>
    CategoryOfAbuse = 32,

    /// <summary>Every breakdown.</summary>
    All = Sex | AgeBand | LegalStatus | PlacementType | PrimaryNeed | CategoryOfAbuse,
}
