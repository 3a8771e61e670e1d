namespace Measures.Reporting;

/// <summary>Who a scorecard is for: the council's own staff, or the public.</summary>
public enum ScorecardAudience : byte
{
    /// <summary>The internal version: every figure as calculated, however small.</summary>
    Internal = 0,

    /// <summary>
    /// The public version: the small-number suppression policy is applied, so that no count small
    /// enough to identify a child is shown, nor any figure it could be worked out from.
    /// </summary>
    Public = 1,
}
