namespace Measures.Aggregation;

/// <summary>What to do with two observations for the same measure, period, organisational unit and breakdown.</summary>
public enum DuplicateObservations : byte
{
    /// <summary>Report them as a problem: a file loaded twice must not double a count. The default.</summary>
    Reject = 0,

    /// <summary>They are partial counts of one figure (from several source systems or partitions): add them.</summary>
    SumAsPartialCounts = 1,
}
