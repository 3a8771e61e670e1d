namespace Measures.Judgements.Spc;

/// <summary>The words a report uses for SPC judgements and icons, as Making Data Count names them.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class SpcWording
{
    /// <summary>Describes a point's judgement: "special cause improvement".</summary>
    /// <param name="variation">The judgement.</param>
    /// <returns>The words.</returns>
    public static string Describe(PointVariation variation) => variation switch
    {
        PointVariation.SpecialCauseImprovement => "special cause improvement",
        PointVariation.SpecialCauseConcern => "special cause concern",
        PointVariation.SpecialCauseNeitherHigh => "special cause, neither improvement nor concern (high)",
        PointVariation.SpecialCauseNeitherLow => "special cause, neither improvement nor concern (low)",
        _ => "common cause",
    };

    /// <summary>Describes a rule: "a trend of points each higher or lower than the one before".</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The words.</returns>
    public static string Describe(SpecialCauseRule rule) => rule switch
    {
        SpecialCauseRule.OutsideLimits => "a point outside the process limits",
        SpecialCauseRule.Trend => "a trend of points each higher or lower than the one before",
        SpecialCauseRule.TwoOfThreeBeyondTwoSigma => "two of three points beyond the 2-sigma line on one side",
        SpecialCauseRule.Run => "a run of points on one side of the mean",
        _ => "no rule broken",
    };

    /// <summary>Describes a variation icon: "special cause improvement (high)".</summary>
    /// <param name="icon">The icon.</param>
    /// <returns>The words.</returns>
    public static string Describe(VariationIcon icon) => icon switch
    {
        VariationIcon.ImprovementHigh => "special cause improvement (high)",
        VariationIcon.ImprovementLow => "special cause improvement (low)",
        VariationIcon.ConcernHigh => "special cause concern (high)",
        VariationIcon.ConcernLow => "special cause concern (low)",
        VariationIcon.NeitherHigh => "special cause, neither improvement nor concern (high)",
        VariationIcon.NeitherLow => "special cause, neither improvement nor concern (low)",
        _ => "common cause variation",
    };

    /// <summary>Describes an assurance icon: "hit and miss: the target is within the limits".</summary>
    /// <param name="icon">The icon.</param>
    /// <returns>The words.</returns>
    public static string Describe(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.ConsistentlyPass => "consistently passing the target",
        AssuranceIcon.ConsistentlyFail => "consistently failing the target",
        AssuranceIcon.HitAndMiss => "hit and miss: the target is within the limits",
        _ => "no assurance (no target, or no good direction)",
    };

    /// <summary>The short form of a variation icon for text tables and chart symbols: "CC", "I↑", "C↓", "N↑".</summary>
    /// <param name="icon">The icon.</param>
    /// <returns>The short form.</returns>
    public static string Abbreviate(VariationIcon icon) => icon switch
    {
        VariationIcon.ImprovementHigh => "I\u2191",
        VariationIcon.ImprovementLow => "I\u2193",
        VariationIcon.ConcernHigh => "C\u2191",
        VariationIcon.ConcernLow => "C\u2193",
        VariationIcon.NeitherHigh => "N\u2191",
        VariationIcon.NeitherLow => "N\u2193",
        _ => "CC",
    };

    /// <summary>The short form of an assurance icon: "P" (pass), "F" (fail), "?" (hit and miss), "" (none).</summary>
    /// <param name="icon">The icon.</param>
    /// <returns>The short form.</returns>
    public static string Abbreviate(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.ConsistentlyPass => "P",
        AssuranceIcon.ConsistentlyFail => "F",
        AssuranceIcon.HitAndMiss => "?",
        _ => "",
    };
}
