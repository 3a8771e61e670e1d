using System;
using System.Globalization;

namespace Measures.Definitions;

/// <summary>
/// The rules a numerator and denominator must keep, written once: the observation readers, the aggregation
/// store and <see cref="MeasureValueType.Calculate(long, long?)"/> all ask here, and each adds only where the
/// problem is (a line and column, a store key, an argument).
/// </summary>
internal static class FigureRules
{
    /// <summary>
    /// The largest size of a figure a person sets (a target, a tolerance, a benchmark): 10^15, far beyond any
    /// real one, and small enough that every difference and band worked out from it stays exact.
    /// </summary>
    public const decimal MaxSetFigure = 1_000_000_000_000_000m;

    /// <summary>The longest data lag, in months: ten years.</summary>
    public const int MaxDataLagMonths = 120;

    /// <summary>Why <paramref name="value"/> cannot be set, or <see langword="null"/> when it can.</summary>
    /// <param name="what">What the figure is, at the start of a sentence: "The target".</param>
    /// <param name="value">The figure.</param>
    public static string? SetFigureProblem(string what, decimal value) =>
        Math.Abs(value) <= MaxSetFigure ? null : $"{what} is {Internal.NumberText.Plain(value)}; a figure that is set can be at most 10^15 (1,000,000,000,000,000) either side of zero.";

    /// <summary>The first rule the figures break, or <see langword="null"/> when they keep them all.</summary>
    /// <param name="who">How the measure is named at the start of a sentence: its code, or "it".</param>
    /// <param name="kindName">What the measure is, with its article: "a percentage", "a count".</param>
    /// <param name="hasDenominator">Whether the measure has a denominator.</param>
    /// <param name="numeratorWithinDenominator">Whether the numerator counts part of the denominator (a percentage).</param>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator, or <see langword="null"/> when none was given.</param>
    public static DataProblem? Check(string who, string kindName, bool hasDenominator, bool numeratorWithinDenominator, long numerator, long? denominator)
    {
        if (numerator < 0)
        {
            return new DataProblem(DataProblemKind.ImpossibleFigure, $"The numerator is {Text(numerator)}; it counts something, so it must be zero or more.", field: "numerator", value: Text(numerator));
        }

        if (!hasDenominator)
        {
            return denominator is { } given
                ? new DataProblem(DataProblemKind.UnexpectedDenominator, $"{who} is {kindName}, which has no denominator; leave the denominator empty.", field: "denominator", value: Text(given))
                : null;
        }

        if (denominator is not { } d)
        {
            return new DataProblem(DataProblemKind.MissingDenominator, $"{who} is {kindName}, so it needs a denominator.", field: "denominator");
        }

        if (d < 0)
        {
            return new DataProblem(DataProblemKind.ImpossibleFigure, $"The denominator is {Text(d)}; it counts something, so it must be zero or more.", field: "denominator", value: Text(d));
        }

        if (numeratorWithinDenominator && numerator > d)
        {
            return new DataProblem(
                DataProblemKind.NumeratorAboveDenominator,
                $"The numerator {Text(numerator)} is above the denominator {Text(d)}; {who} is {kindName}, so its numerator counts part of its denominator and cannot exceed it.",
                field: "numerator",
                value: Text(numerator));
        }

        return null;
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
