using System;
using Measures.Definitions;
using Measures.Internal;

namespace Measures.Judgements;

/// <summary>
/// A council's value against a comparator's (England, region, statistical neighbours), by difference,
/// judged through the measure's polarity, with a one-sentence explanation
/// ("16.1 per 100,000 is lower than England (32.1 per 100,000) by 16 per 100,000 (lower is better): better").
/// </summary>
/// <remarks>
/// A gap no bigger than <see cref="JudgementOptions.SimilarityTolerance"/> is <see cref="BenchmarkPosition.Similar"/>.
/// A measure with no single good direction is <see cref="BenchmarkPosition.Above"/> or <see cref="BenchmarkPosition.Below"/>.
/// By default the council's value is rounded to the measure's display decimals first.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class BenchmarkComparison
{
    private BenchmarkComparison(BenchmarkPosition position, decimal? value, ComparatorValue comparator, decimal? difference, string explanation)
    {
        Position = position;
        Value = value;
        Comparator = comparator;
        Difference = difference;
        Explanation = explanation;
    }

    /// <summary>Gets where the value stands.</summary>
    public BenchmarkPosition Position { get; }

    /// <summary>Gets the council's value as compared, or <see langword="null"/>.</summary>
    public decimal? Value { get; }

    /// <summary>Gets the comparator.</summary>
    public ComparatorValue Comparator { get; }

    /// <summary>Gets the difference, value − comparator, or <see langword="null"/> when the value is missing.</summary>
    public decimal? Difference { get; }

    /// <summary>Gets the one-sentence explanation.</summary>
    public string Explanation { get; }

    /// <summary>Compares a value of <paramref name="measure"/> with a comparator, with the default options.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="value">The council's exact value, or <see langword="null"/>.</param>
    /// <param name="comparator">The comparator.</param>
    /// <returns>The comparison.</returns>
    public static BenchmarkComparison Compare(MeasureDefinition measure, decimal? value, ComparatorValue comparator) =>
        Compare(measure, value, comparator, JudgementOptions.Default);

    /// <summary>Compares a value of <paramref name="measure"/> with a comparator.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="value">The council's exact value, or <see langword="null"/>.</param>
    /// <param name="comparator">The comparator.</param>
    /// <param name="options">Options; the measure's own tolerances, where its definition sets them, take the place of these.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static BenchmarkComparison Compare(MeasureDefinition measure, decimal? value, ComparatorValue comparator, JudgementOptions options)
    {
        Preconditions.CheckNotNull(measure);
        Preconditions.CheckNotNull(options);
        return Compare(value, comparator, measure.Polarity, measure.ValueType, options.For(measure));
    }

    /// <summary>Compares a value with a comparator.</summary>
    /// <param name="value">The council's exact value, or <see langword="null"/>.</param>
    /// <param name="comparator">The comparator.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="valueType">The measure's value type, for rounding and wording.</param>
    /// <param name="options">Options.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static BenchmarkComparison Compare(decimal? value, ComparatorValue comparator, Polarity polarity, MeasureValueType valueType, JudgementOptions options)
    {
        Preconditions.CheckNotNull(valueType);
        Preconditions.CheckNotNull(options);
        string name = comparator.Name.Length > 0 ? comparator.Name : "the comparator";
        string theirs = $"{name} ({valueType.FormatSetFigure(comparator.Value)})";
        if (value is null)
        {
            return new BenchmarkComparison(BenchmarkPosition.NotAvailable, null, comparator, null, $"No comparison with {theirs}: there is no value.");
        }

        decimal ours = options.Comparison == ValueComparison.Rounded ? valueType.Round(value.Value) : value.Value;
        decimal difference = ours - comparator.Value;
        string shown = Wording.Value(ours, valueType);
        if (difference == 0)
        {
            return new BenchmarkComparison(BenchmarkPosition.Similar, ours, comparator, difference, $"{shown} is the same as {theirs}: similar");
        }

        string gap = $"{shown} is {(difference > 0 ? "higher" : "lower")} than {theirs} by {valueType.FormatDifference(difference)}";
        if (Math.Abs(difference) <= options.SimilarityTolerance)
        {
            return new BenchmarkComparison(BenchmarkPosition.Similar, ours, comparator, difference, $"{gap}, within the similarity tolerance of {valueType.FormatSetDifference(options.SimilarityTolerance)}: similar");
        }

        BenchmarkPosition position = polarity switch
        {
            Polarity.HigherIsBetter => difference > 0 ? BenchmarkPosition.Better : BenchmarkPosition.Worse,
            Polarity.LowerIsBetter => difference < 0 ? BenchmarkPosition.Better : BenchmarkPosition.Worse,
            _ => difference > 0 ? BenchmarkPosition.Above : BenchmarkPosition.Below,
        };
        string lowerNote = polarity == Polarity.LowerIsBetter ? " (lower is better)" : "";
        string word = position switch
        {
            BenchmarkPosition.Better => "better",
            BenchmarkPosition.Worse => "worse",
            BenchmarkPosition.Above => "above",
            _ => "below",
        };
        return new BenchmarkComparison(position, ours, comparator, difference, $"{gap}{lowerNote}: {word}");
    }

    /// <summary>The explanation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Explanation;
}
