namespace Measures.Definitions;

/// <summary>How a measure's value comes from its numerator and denominator.</summary>
public enum ValueKind : byte
{
    /// <summary>A count: the numerator alone, with no denominator.</summary>
    Count = 1,

    /// <summary>A percentage: numerator ÷ denominator × 100.</summary>
    Percentage = 2,

    /// <summary>A rate per N of a population: numerator ÷ denominator × N ("per 10,000 children aged under 18").</summary>
    Rate = 3,

    /// <summary>A mean: a sum (usually of durations) over a count ("average days from entering care to placement").</summary>
    Mean = 4,

    /// <summary>A plain ratio: numerator ÷ denominator.</summary>
    Ratio = 5,
}
