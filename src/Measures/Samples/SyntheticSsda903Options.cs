namespace Measures.Samples;

/// <summary>
/// How a synthetic SSDA903 return is made up: the shares of its children who are care leavers and who have only
/// short breaks. Every other child is looked after at some time in the year.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SyntheticSsda903Options
{
    /// <summary>Gets the default options: 8% care leavers and 2.5% children with short breaks only.</summary>
    public static SyntheticSsda903Options Default { get; } = new();

    /// <summary>
    /// Gets the share of children who are care leavers aged 19 to 21 at the year end (the OC3 cohort), between 0 and 0.5;
    /// 0.08 by default. They left care at 16 to 18, before the year.
    /// </summary>
    public double CareLeaverShare { get; init; } = 0.08;

    /// <summary>
    /// Gets the share of children looked after only under an agreed series of short breaks (legal status V3 or V4),
    /// between 0 and 0.5; 0.025 by default.
    /// </summary>
    public double ShortBreakShare { get; init; } = 0.025;
}
