namespace Measures.Indicators;

/// <summary>Why a child is left out of an indicator's figures.</summary>
public enum ExclusionReason : byte
{
    /// <summary>The child's only records that would count are short breaks (legal status V3 or V4).</summary>
    ShortBreak = 1,

    /// <summary>The child is not in the indicator's cohort for the period (no episode open on the day, not in the file the cohort comes from, too old…).</summary>
    OutsideCohort = 2,

    /// <summary>The return, read leniently, has a problem with the child in a file the indicator uses.</summary>
    ProblemInReturn = 3,

    /// <summary>The child's history is cut off: no episode with RNE S starts the period of care, so how long the child has been in care is unknown.</summary>
    HistoryCutOff = 4,

    /// <summary>A record the indicator needs is missing or its dates cannot be used (no date of birth, no match date, a match before the placement order).</summary>
    MissingOrInconsistentRecord = 5,
}
