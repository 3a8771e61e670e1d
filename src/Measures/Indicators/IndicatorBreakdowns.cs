using System;

namespace Measures.Indicators;

/// <summary>The breakdowns to compute, besides the whole figures, for the counts of children looked after, started and ceased.</summary>
[Flags]
public enum IndicatorBreakdowns
{
    /// <summary>No breakdown.</summary>
    None = 0,

    /// <summary>By SEX in the Header file.</summary>
    Sex = 1,

    /// <summary>By age band (under 1, 1-4, 5-9, 10-15, 16 and over), as the DfE publishes them.</summary>
    AgeBand = 2,

    /// <summary>By legal status (LS) of the episode that counts.</summary>
    LegalStatus = 4,

    /// <summary>By placement type (PLACE) of the episode that counts.</summary>
    PlacementType = 8,

    /// <summary>Every breakdown.</summary>
    All = Sex | AgeBand | LegalStatus | PlacementType,
}
