namespace Measures.Definitions;

/// <summary>Why a <see cref="MeasureValue"/> has no value.</summary>
public enum NoValueReason : byte
{
    /// <summary>The value exists.</summary>
    None = 0,

    /// <summary>The denominator is zero ("0 of 0 assessments"): there is nothing to divide by.</summary>
    ZeroDenominator = 1,
}
