namespace Measures.Calculation;

/// <summary>What a case count counts: the records started in a period (a flow) or those open at its end (a snapshot).</summary>
public enum CaseCountBasis : byte
{
    /// <summary>Records whose start falls in the period: referrals received, children entering care.</summary>
    StartedIn = 1,

    /// <summary>Records open on the period's last day: children looked after, child protection plans as at 31 March.</summary>
    OpenAtEnd = 2,
}
