namespace Measures.Judgements.Spc;

/// <summary>Making Data Count's assurance icon: whether the process, as it is, will meet its target.</summary>
public enum AssuranceIcon : byte
{
    /// <summary>No assurance: the chart has no target, or the measure no single good direction.</summary>
    NotApplicable = 0,

    /// <summary>The target lies beyond the limits on the bad side: the process will consistently pass it.</summary>
    ConsistentlyPass = 1,

    /// <summary>The target lies beyond the limits on the good side: the process will consistently fail it.</summary>
    ConsistentlyFail = 2,

    /// <summary>The target lies within the limits: the process will sometimes meet it and sometimes not.</summary>
    HitAndMiss = 3,
}
