using Measures.Definitions;

namespace Measures.Judgements;

/// <summary>Shared phrases of the one-sentence explanations.</summary>
internal static class Wording
{
    /// <summary>"the 5-point tolerance", "the tolerance of 10 days", "the tolerance of 10% of the target (0.45 points)".</summary>
    public static string Tolerance(ToleranceBand band, decimal width, MeasureValueType valueType)
    {
        if (band.Basis == ToleranceBasis.FractionOfTarget)
        {
            return $"the tolerance of {NumberText.Plain(band.Amount * 100)}% of the target ({valueType.FormatDifference(width)})";
        }

        return valueType.Kind == ValueKind.Percentage
            ? $"the {NumberText.Plain(band.Amount)}-point tolerance"
            : $"the tolerance of {valueType.FormatDifference(band.Amount)}";
    }

    /// <summary>A figure as a measure shows it, at its display decimals.</summary>
    public static string Value(decimal value, MeasureValueType valueType) => valueType.Format(value);
}
