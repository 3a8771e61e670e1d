namespace Measures.Calculation;

/// <summary>
/// How a value is worked out from a numerator and a denominator.
/// </summary>
/// <remarks>
/// This mirrors a measure definition's value type, kept in the calculation layer so that values can be
/// computed without a full definition.
/// </remarks>
public enum ValueFormula : byte
{
    /// <summary>A count: the numerator itself, with no denominator ("number of looked-after children").</summary>
    Count = 1,

    /// <summary>A percentage: numerator ÷ denominator × 100, the numerator never above the denominator.</summary>
    Percentage = 2,

    /// <summary>A rate per N of a population: numerator ÷ denominator × N ("per 10,000 children aged under 18").</summary>
    RatePer = 3,

    /// <summary>A mean: a sum (of days, say) ÷ a count ("average days from entering care to placement with adopters").</summary>
    Mean = 4,

    /// <summary>A plain ratio: numerator ÷ denominator.</summary>
    Ratio = 5,
}
