using System;
using Measures.Definitions;
using Measures.Internal;
using Measures.Reporting.Display;
using Measures.Time;

namespace Measures.Judgements;

/// <summary>
/// A RAG rating of one value against its target, with the figures behind it and a one-sentence
/// explanation an analyst can paste into a report
/// ("84.8% is below the target of 90% by 5.2 points, beyond the 5-point tolerance: red").
/// </summary>
/// <remarks>
/// Green when the value meets the target (inclusive), amber when it misses by no more than the
/// tolerance, red beyond it, blue at or beyond a stretch threshold. A measure without a polarity, a
/// period without a target and a missing value each get their own status, checked in that order. By default the value is rounded half away from zero to the measure's display decimals
/// before it is compared, as a published report shows it (see <see cref="JudgementOptions.Comparison"/>).
/// This type is immutable and thread-safe.
/// </remarks>
[TypeFormatterSource(typeof(RagRatingFormatterSource))]
public sealed class RagRating
{
    private RagRating(RagStatus status, decimal? value, decimal? comparedValue, Target? target, decimal? difference, decimal? toleranceWidth, string explanation)
    {
        Status = status;
        Value = value;
        ComparedValue = comparedValue;
        Target = target;
        Difference = difference;
        ToleranceWidth = toleranceWidth;
        Explanation = explanation;
    }

    /// <summary>Gets the rating.</summary>
    public RagStatus Status { get; }

    /// <summary>Gets a value indicating whether the value meets its target (green or blue).</summary>
    public bool MeetsTarget => Status is RagStatus.Green or RagStatus.Blue;

    /// <summary>Gets a value indicating whether a colour was given (red, amber, green or blue).</summary>
    public bool IsRated => Status is RagStatus.Red or RagStatus.Amber or RagStatus.Green or RagStatus.Blue;

    /// <summary>Gets the value that was rated, or <see langword="null"/>.</summary>
    public decimal? Value { get; }

    /// <summary>Gets the value as compared: rounded to display decimals unless exact comparison was chosen.</summary>
    public decimal? ComparedValue { get; }

    /// <summary>Gets the target rated against, or <see langword="null"/>.</summary>
    public Target? Target { get; }

    /// <summary>
    /// Gets how far the compared value is from the target: compared value − target (positive above it);
    /// for a range, zero inside it and the signed distance to the nearer end outside it.
    /// </summary>
    public decimal? Difference { get; }

    /// <summary>Gets the width of the tolerance band applied, in the measure's units.</summary>
    public decimal? ToleranceWidth { get; }

    /// <summary>Gets the one-sentence explanation.</summary>
    public string Explanation { get; }

    /// <summary>
    /// Rates a value of <paramref name="measure"/> for <paramref name="period"/> against the target in force
    /// at the period's end, with the default options (the rounded value is compared).
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <param name="period">The period of the value.</param>
    /// <param name="value">The exact value, or <see langword="null"/> when there is none.</param>
    /// <returns>The rating.</returns>
    public static RagRating Rate(MeasureDefinition measure, ReportingPeriod period, decimal? value) =>
        Rate(measure, period, value, JudgementOptions.Default);

    /// <summary>Rates a value of <paramref name="measure"/> for <paramref name="period"/> against the target in force at the period's end.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="period">The period of the value.</param>
    /// <param name="value">The exact value, or <see langword="null"/> when there is none.</param>
    /// <param name="options">Options.</param>
    /// <returns>The rating.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The target and the polarity disagree: a target range needs the polarity WithinRange, and that polarity needs a range.</exception>
    public static RagRating Rate(MeasureDefinition measure, ReportingPeriod period, decimal? value, JudgementOptions options)
    {
        Preconditions.CheckNotNull(measure);
        Preconditions.CheckNotNull(options);
        return Rate(value, measure.Polarity, measure.TargetFor(period), measure.ValueType, options, period);
    }

    /// <summary>Rates a value against a target.</summary>
    /// <param name="value">The exact value, or <see langword="null"/> when there is none.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="target">The target, or <see langword="null"/> when none is set.</param>
    /// <param name="valueType">The measure's value type, for rounding and wording.</param>
    /// <param name="options">Options (<see cref="JudgementOptions.Default"/> compares the rounded value).</param>
    /// <returns>The rating.</returns>
    /// <exception cref="ArgumentException">A range target with a polarity other than <see cref="Polarity.WithinRange"/>, or the reverse.</exception>
    public static RagRating Rate(decimal? value, Polarity polarity, Target? target, MeasureValueType valueType, JudgementOptions options) =>
        Rate(value, polarity, target, valueType, options, null);

    private static RagRating Rate(decimal? value, Polarity polarity, Target? target, MeasureValueType valueType, JudgementOptions options, ReportingPeriod? period)
    {
        Preconditions.CheckNotNull(valueType);
        Preconditions.CheckNotNull(options);
        if (NotRated(value, polarity, target, valueType, period) is { } notRated)
        {
            return notRated;
        }

        var t = target!;
        decimal v = value.GetValueOrDefault();
        decimal compared = options.Comparison == ValueComparison.Rounded ? valueType.Round(v) : v;
        return polarity == Polarity.WithinRange ? RateInRange(v, compared, t, valueType) : RateAgainstThreshold(v, compared, polarity, t, valueType);
    }

    /// <summary>The explanation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Explanation;

    private static RagRating? NotRated(decimal? value, Polarity polarity, Target? target, MeasureValueType valueType, ReportingPeriod? period)
    {
        if (polarity == Polarity.None)
        {
            return new RagRating(RagStatus.NoPolarity, value, null, target, null, null, "Not rated: the measure has no good direction.");
        }

        if (target is null)
        {
            string forPeriod = period is { } p ? " for " + p : "";
            return new RagRating(RagStatus.NoTarget, value, null, null, null, null, $"Not rated: no target is set{forPeriod}.");
        }

        Preconditions.CheckArgument(
            target.IsRange == (polarity == Polarity.WithinRange),
            nameof(target),
            target.IsRange ? "A target range needs the polarity WithinRange." : "A measure that is good within a range needs a target range.");
        return value is null ? new RagRating(RagStatus.NoValue, null, null, target, null, null, "Not rated: there is no value.") : null;
    }

    private static RagRating RateAgainstThreshold(decimal value, decimal compared, Polarity polarity, Target target, MeasureValueType valueType)
    {
        bool higher = polarity == Polarity.HigherIsBetter;
        string shown = Wording.Value(compared, valueType);
        string targetText = valueType.FormatSetFigure(target.Value);
        string lowerNote = higher ? "" : " (lower is better)";
        decimal difference = compared - target.Value;
        decimal width = target.Tolerance.WidthAround(target.Value);
        decimal miss = higher ? -difference : difference;
        string by = valueType.FormatDifference(difference);
        string side = difference > 0 ? "above" : "below";

        if (target.Stretch is { } stretch && (higher ? compared >= stretch : compared <= stretch))
        {
            return new RagRating(RagStatus.Blue, value, compared, target, difference, width,
                $"{shown} meets the stretch threshold of {valueType.FormatSetFigure(stretch)}, beyond the target of {targetText}{lowerNote}: blue");
        }

        if (miss <= 0)
        {
            string how = difference == 0 ? $"{shown} meets the target of {targetText}{lowerNote}" : $"{shown} is {side} the target of {targetText} by {by}{lowerNote}";
            return new RagRating(RagStatus.Green, value, compared, target, difference, width, how + ": green");
        }

        string gap = $"{shown} is {side} the target of {targetText} by {by}{lowerNote}";
        if (width == 0)
        {
            return new RagRating(RagStatus.Red, value, compared, target, difference, width, gap + ", with no tolerance: red");
        }

        string tolerance = Wording.Tolerance(target.Tolerance, width, valueType);
        return miss <= width
            ? new RagRating(RagStatus.Amber, value, compared, target, difference, width, $"{gap}, within {tolerance}: amber")
            : new RagRating(RagStatus.Red, value, compared, target, difference, width, $"{gap}, beyond {tolerance}: red");
    }

    private static RagRating RateInRange(decimal value, decimal compared, Target target, MeasureValueType valueType)
    {
        decimal low = target.Value;
        decimal high = target.UpperValue.GetValueOrDefault();
        string shown = Wording.Value(compared, valueType);
        string range = $"the target range of {valueType.FormatSetFigure(low)} to {valueType.FormatSetFigure(high)}";
        if (compared >= low && compared <= high)
        {
            return new RagRating(RagStatus.Green, value, compared, target, 0, target.Tolerance.WidthAround(low), $"{shown} is within {range}: green");
        }

        bool below = compared < low;
        decimal bound = below ? low : high;
        decimal difference = compared - bound;
        decimal width = target.Tolerance.WidthAround(bound);
        string gap = $"{shown} is {(below ? "below" : "above")} {range} by {valueType.FormatDifference(difference)}";
        if (width == 0)
        {
            return new RagRating(RagStatus.Red, value, compared, target, difference, width, gap + ", with no tolerance: red");
        }

        string tolerance = Wording.Tolerance(target.Tolerance, width, valueType);
        return Math.Abs(difference) <= width
            ? new RagRating(RagStatus.Amber, value, compared, target, difference, width, $"{gap}, within {tolerance}: amber")
            : new RagRating(RagStatus.Red, value, compared, target, difference, width, $"{gap}, beyond {tolerance}: red");
    }
}
