using System;

namespace Measures.Judgements;

/// <summary>
/// Choices that shape judgements: which value is compared, and how big a movement or a gap must be
/// before it counts. The defaults reproduce published reports.
/// </summary>
/// <remarks>This type is immutable once created and is thread-safe.</remarks>
public sealed class JudgementOptions
{
    /// <summary>Gets the default options: rounded values, no no-change tolerance, no similarity tolerance.</summary>
    public static JudgementOptions Default { get; } = new();

    /// <summary>These options with a measure's own tolerances, where its definition sets them, in place of these.</summary>
    internal JudgementOptions For(Definitions.MeasureDefinition measure) =>
        measure.NoChangeTolerance is null && measure.SimilarityTolerance is null
            ? this
            : new JudgementOptions
            {
                Comparison = Comparison,
                NoChangeTolerance = measure.NoChangeTolerance ?? NoChangeTolerance,
                SimilarityTolerance = measure.SimilarityTolerance ?? SimilarityTolerance,
            };

    /// <summary>Gets which value is compared; <see cref="ValueComparison.Rounded"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not a defined comparison.</exception>
    public ValueComparison Comparison
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined value comparison.");
    }

    /// <summary>
    /// Gets the largest movement, in the measure's units, that still counts as no change in a
    /// direction of travel (0.5 makes 69.3% → 69.7% "no change"); zero by default.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public decimal NoChangeTolerance
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The no-change tolerance cannot be negative.");
    }

    /// <summary>
    /// Gets the largest gap, in the measure's units, between a value and a comparator that still
    /// counts as similar; zero by default.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public decimal SimilarityTolerance
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The similarity tolerance cannot be negative.");
    }
}
