namespace Measures.Judgements;

/// <summary>
/// A RAG rating: red, amber, green or blue, or one of the explicit reasons a value is not rated
/// (never red by default).
/// </summary>
public enum RagStatus : byte
{
    /// <summary>The value misses its target by more than the tolerance.</summary>
    Red = 1,

    /// <summary>The value misses its target by no more than the tolerance.</summary>
    Amber = 2,

    /// <summary>The value meets its target (inclusive: 95% meets a target of 95%).</summary>
    Green = 3,

    /// <summary>The value meets the stretch threshold beyond its target.</summary>
    Blue = 4,

    /// <summary>Not rated: no target is set for the period.</summary>
    NoTarget = 10,

    /// <summary>Not rated: the measure has no good direction (activity and demand measures).</summary>
    NoPolarity = 11,

    /// <summary>Not rated: there is no value (no data, or nothing to divide by).</summary>
    NoValue = 12,
}
