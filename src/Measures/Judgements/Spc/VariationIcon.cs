namespace Measures.Judgements.Spc;

/// <summary>Making Data Count's variation icon: what the latest point says about the process.</summary>
public enum VariationIcon : byte
{
    /// <summary>Common-cause variation: no significant change.</summary>
    CommonCause = 0,

    /// <summary>Special-cause improvement, by high values.</summary>
    ImprovementHigh = 1,

    /// <summary>Special-cause improvement, by low values.</summary>
    ImprovementLow = 2,

    /// <summary>Special-cause concern, by high values.</summary>
    ConcernHigh = 3,

    /// <summary>Special-cause concern, by low values.</summary>
    ConcernLow = 4,

    /// <summary>Special cause, high, for a measure with no single good direction.</summary>
    NeitherHigh = 5,

    /// <summary>Special cause, low, for a measure with no single good direction.</summary>
    NeitherLow = 6,
}
