namespace Measures.Judgements.Spc;

/// <summary>
/// Which special-cause rule marks a point, in Making Data Count's order of precedence: a point that breaks
/// more than one rule is named by the first.
/// </summary>
public enum SpecialCauseRule : byte
{
    /// <summary>No rule: common-cause variation.</summary>
    None = 0,

    /// <summary>The point is above the upper or below the lower process limit.</summary>
    OutsideLimits = 1,

    /// <summary>The point is part of a trend: a run of points each strictly higher (or lower) than the one before.</summary>
    Trend = 2,

    /// <summary>The point is beyond a 2-sigma line, with at least two of three neighbouring points beyond it on the same side.</summary>
    TwoOfThreeBeyondTwoSigma = 3,

    /// <summary>The point is part of a run (a shift) of points all on the same side of the mean.</summary>
    Run = 4,
}
