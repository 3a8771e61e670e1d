namespace Measures.Judgements;

/// <summary>Which value a judgement compares: the one a published report shows, or the exact one.</summary>
public enum ValueComparison : byte
{
    /// <summary>
    /// The value rounded half away from zero to the measure's display decimals, as a published report
    /// shows it, so that a judgement agrees with the figure printed beside it (the default).
    /// </summary>
    Rounded = 0,

    /// <summary>The exact value from the numerator and denominator.</summary>
    Exact = 1,
}
