namespace Measures.Reporting;

/// <summary>What a scorecard shows in place of a measure's value.</summary>
public enum ScorecardValueState : byte
{
    /// <summary>A value is shown.</summary>
    Value = 0,

    /// <summary>There are no observations for the period: the scorecard says "no data" (<c>[x]</c>).</summary>
    NoData = 1,

    /// <summary>There are observations, but nothing to divide by (a percentage of no cases: <c>[z]</c>).</summary>
    NoValue = 2,

    /// <summary>The public version withholds the value to protect small numbers (<c>[c]</c>).</summary>
    Suppressed = 3,

    /// <summary>
    /// The period is made up of figures some of which were given as values without counts (from a partner), and
    /// those cannot be added up into it: the scorecard says "needs counts" (<c>[x]</c> in a published table).
    /// </summary>
    NeedsCounts = 4,
}
