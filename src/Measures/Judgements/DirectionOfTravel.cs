using System;
using Measures.Definitions;
using Measures.Internal;

namespace Measures.Judgements;

/// <summary>
/// A direction of travel: how a value moved against an earlier one (the previous period, the same
/// period last year, or another period the analyst names), judged through the measure's polarity, with a one-sentence explanation
/// ("95.0% is up 6.3 points on 88.7% (last year): improving").
/// </summary>
/// <remarks>
/// With a good direction the movement is <see cref="Direction.Improving"/> or <see cref="Direction.Worsening"/>;
/// without one (and for a measure that is good within a range, which has no single good direction) it is
/// <see cref="Direction.Up"/> or <see cref="Direction.Down"/>. A movement no bigger than
/// <see cref="JudgementOptions.NoChangeTolerance"/> is <see cref="Direction.NoChange"/>. By default both
/// values are rounded to the measure's display decimals first, as a published report shows them.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class DirectionOfTravel
{
    /// <summary>The comparison named when none is given.</summary>
    public const string PreviousPeriod = "the previous period";

    private DirectionOfTravel(Direction direction, decimal? current, decimal? previous, decimal? change, string comparedWith, string explanation)
    {
        Direction = direction;
        Current = current;
        Previous = previous;
        Change = change;
        ComparedWith = comparedWith;
        Explanation = explanation;
    }

    /// <summary>Gets the direction.</summary>
    public Direction Direction { get; }

    /// <summary>Gets the current value as compared, or <see langword="null"/>.</summary>
    public decimal? Current { get; }

    /// <summary>Gets the earlier value as compared, or <see langword="null"/>.</summary>
    public decimal? Previous { get; }

    /// <summary>Gets the change, current − previous, or <see langword="null"/> when a value is missing.</summary>
    public decimal? Change { get; }

    /// <summary>
    /// Gets the change as a fraction of the earlier value, as minutes write it ("an increase of 27%" is 0.27, "had
    /// doubled" is 1): <see cref="Change"/> ÷ |<see cref="Previous"/>|; <see langword="null"/> when a value is missing or
    /// the earlier value is zero. It is not antisymmetric: a rise of r and the fall back again, −r ÷ (1 + r), multiply
    /// (as 1 + each) to 1.
    /// </summary>
    public decimal? RelativeChange => Change is { } change && Previous is { } previous && previous != 0 ? change / Math.Abs(previous) : null;

    /// <summary>
    /// Gets the current value as a share of the earlier one, as minutes write a part period against a whole ("343, (96% of
    /// the full 2018 calendar year)" is 0.96…): <see cref="Current"/> ÷ <see cref="Previous"/>, both as compared;
    /// <see langword="null"/> when a value is missing or the earlier value is zero. With a positive earlier value it is
    /// 1 + <see cref="RelativeChange"/>, and the share one way times the share the other way is 1.
    /// </summary>
    public decimal? Share => Current is { } current && Previous is { } previous && previous != 0 ? current / previous : null;

    /// <summary>Gets what the earlier value is ("last year", "the previous quarter").</summary>
    public string ComparedWith { get; }

    /// <summary>Gets the one-sentence explanation.</summary>
    public string Explanation { get; }

    /// <summary>The direction of travel of a value of <paramref name="measure"/> against an earlier value, with the default options.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="current">The current exact value, or <see langword="null"/>.</param>
    /// <param name="previous">The earlier exact value, or <see langword="null"/>.</param>
    /// <param name="comparedWith">What the earlier value is, for the explanation ("last year", "the previous quarter").</param>
    /// <returns>The direction of travel.</returns>
    public static DirectionOfTravel Between(MeasureDefinition measure, decimal? current, decimal? previous, string comparedWith) =>
        Between(measure, current, previous, comparedWith, JudgementOptions.Default);

    /// <summary>The direction of travel of a value of <paramref name="measure"/> against an earlier value.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="current">The current exact value, or <see langword="null"/>.</param>
    /// <param name="previous">The earlier exact value, or <see langword="null"/>.</param>
    /// <param name="comparedWith">What the earlier value is, for the explanation ("last year", "the previous quarter").</param>
    /// <param name="options">Options; the measure's own tolerances, where its definition sets them, take the place of these.</param>
    /// <returns>The direction of travel.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DirectionOfTravel Between(MeasureDefinition measure, decimal? current, decimal? previous, string comparedWith, JudgementOptions options)
    {
        Preconditions.CheckNotNull(measure);
        Preconditions.CheckNotNull(options);
        return Between(current, previous, measure.Polarity, measure.ValueType, comparedWith, options.For(measure));
    }

    /// <summary>The direction of travel of a value against an earlier value.</summary>
    /// <param name="current">The current exact value, or <see langword="null"/>.</param>
    /// <param name="previous">The earlier exact value, or <see langword="null"/>.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="valueType">The measure's value type, for rounding and wording.</param>
    /// <param name="comparedWith">What the earlier value is, for the explanation ("last year", "the previous quarter").</param>
    /// <param name="options">Options.</param>
    /// <returns>The direction of travel.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DirectionOfTravel Between(decimal? current, decimal? previous, Polarity polarity, MeasureValueType valueType, string comparedWith, JudgementOptions options)
    {
        Preconditions.CheckNotNull(valueType);
        Preconditions.CheckNotNull(comparedWith);
        Preconditions.CheckNotNull(options);
        string label = comparedWith.Trim().Length > 0 ? comparedWith.Trim() : PreviousPeriod;
        bool rounded = options.Comparison == ValueComparison.Rounded;
        if (current is null || previous is null)
        {
            string missing = current is null ? "there is no current value" : $"there is no value for {label}";
            decimal? AsCompared(decimal? value) => rounded && value is { } v ? valueType.Round(v) : value;
            return new DirectionOfTravel(Direction.NotAvailable, AsCompared(current), AsCompared(previous), null, label, $"No direction of travel: {missing}.");
        }

        decimal now = rounded ? valueType.Round(current.Value) : current.Value;
        decimal then = rounded ? valueType.Round(previous.Value) : previous.Value;
        decimal change = now - then;
        string shownNow = Wording.Value(now, valueType);
        string shownThen = Wording.Value(then, valueType);
        string lowerNote = polarity == Polarity.LowerIsBetter ? ", and lower is better" : "";

        if (change == 0)
        {
            return new DirectionOfTravel(Direction.NoChange, now, then, change, label, $"{shownNow} is the same as {shownThen} ({label}): no change");
        }

        string movement = $"{shownNow} is {(change > 0 ? "up" : "down")} {valueType.FormatDifference(change)} on {shownThen} ({label})";
        if (Math.Abs(change) <= options.NoChangeTolerance)
        {
            string tolerance = valueType.Kind == ValueKind.Percentage
                ? $"the {NumberText.Plain(options.NoChangeTolerance)}-point no-change tolerance"
                : $"the no-change tolerance of {valueType.FormatSetDifference(options.NoChangeTolerance)}";
            return new DirectionOfTravel(Direction.NoChange, now, then, change, label, $"{movement}, within {tolerance}: no change");
        }

        Direction direction = polarity switch
        {
            Polarity.HigherIsBetter => change > 0 ? Direction.Improving : Direction.Worsening,
            Polarity.LowerIsBetter => change < 0 ? Direction.Improving : Direction.Worsening,
            _ => change > 0 ? Direction.Up : Direction.Down,
        };
        return new DirectionOfTravel(direction, now, then, change, label, $"{movement}{lowerNote}: {Word(direction)}");
    }

    /// <summary>The explanation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Explanation;

    /// <summary>No direction of travel, for a reason other than a missing value ("Oct 2020 does not end before Sep 2020 begins").</summary>
    internal static DirectionOfTravel NotAvailable(string comparedWith, string reason) =>
        new(Direction.NotAvailable, null, null, null, comparedWith, $"No direction of travel: {reason}.");

    private static string Word(Direction direction) => direction switch
    {
        Direction.Improving => "improving",
        Direction.Worsening => "worsening",
        Direction.Up => "up",
        Direction.Down => "down",
        _ => "no change",
    };
}
