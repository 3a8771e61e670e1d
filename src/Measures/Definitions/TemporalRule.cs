namespace Measures.Definitions;

/// <summary>
/// How a numerator or a denominator combines over the months (or other periods) of a longer period.
/// </summary>
public enum TemporalRule : byte
{
    /// <summary>A flow: events in the period. A quarter is the sum of its months.</summary>
    Sum = 1,

    /// <summary>A snapshot as at the period's end. A quarter takes its last month.</summary>
    Last = 2,

    /// <summary>An average of snapshots (NEET: the mean of December, January and February).</summary>
    Mean = 3,
}
