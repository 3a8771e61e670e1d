namespace Measures.Judgements.Spc;

/// <summary>What a point on an XmR chart says, read through the measure's polarity.</summary>
public enum PointVariation : byte
{
    /// <summary>Common-cause variation: the noise the process always shows.</summary>
    CommonCause = 0,

    /// <summary>Special cause in the good direction.</summary>
    SpecialCauseImprovement = 1,

    /// <summary>Special cause in the bad direction.</summary>
    SpecialCauseConcern = 2,

    /// <summary>Special cause, high, for a measure with no single good direction.</summary>
    SpecialCauseNeitherHigh = 3,

    /// <summary>Special cause, low, for a measure with no single good direction.</summary>
    SpecialCauseNeitherLow = 4,
}
