using System;
using Measures.Definitions;
using Measures.Internal;

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
            : $"the tolerance of {valueType.FormatSetDifference(band.Amount)}";
    }

    /// <summary>
    /// A compared value as an explanation shows it: at the display decimals, unless an exact comparison would
    /// then hide why it was judged as it was (89.96% shown as "90.0%" below a target of 90%).
    /// </summary>
    public static string Value(decimal compared, MeasureValueType valueType) =>
        valueType.Round(compared) == compared
            ? valueType.Format(compared)
            : valueType.FormatSetFigure(Math.Round(compared, valueType.Decimals + 2, MidpointRounding.AwayFromZero));
}
