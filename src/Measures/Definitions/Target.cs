using System;
using System.Collections.Generic;
using Measures.Internal;
using Measures.Time;
using NodaTime;

namespace Measures.Definitions;

/// <summary>
/// A target for a measure: a value to meet, set for one reporting year ("2023/24") or from a period
/// onwards, with a tolerance band that decides amber and an optional stretch threshold that gives blue.
/// For a measure whose polarity is <see cref="Polarity.WithinRange"/> the target is a range,
/// from <see cref="Value"/> to <see cref="UpperValue"/>.
/// </summary>
/// <remarks>
/// A target is in force on every day of its <see cref="Period"/> (and, when <see cref="Onwards"/>,
/// every day after); a value for a period is judged against the target in force on the period's last day.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class Target : IEquatable<Target>
{
    /// <summary>Creates a target.</summary>
    /// <param name="period">The reporting year the target is set for ("2023/24"), or the first period it applies to when <paramref name="onwards"/>.</param>
    /// <param name="value">The target; for a range, its lower bound.</param>
    /// <param name="tolerance">The amber band; <see cref="ToleranceBand.None"/> (the default) leaves no amber.</param>
    /// <param name="stretch">An optional stretch threshold: a value at or beyond it is blue.</param>
    /// <param name="upperValue">The upper bound of a target range; <see langword="null"/> for a single target.</param>
    /// <param name="onwards">Whether the target stays in force after <paramref name="period"/> until a later one replaces it.</param>
    /// <param name="source">Where the target was published or agreed, for the record.</param>
    /// <exception cref="ArgumentException">The upper bound is below the lower bound, a range has a stretch threshold, or a figure is more than 10^15 either side of zero.</exception>
    public Target(ReportingPeriod period, decimal value, ToleranceBand tolerance = default, decimal? stretch = null, decimal? upperValue = null, bool onwards = false, string? source = null)
    {
        foreach (var problem in Problems(value, upperValue, stretch))
        {
            throw new ArgumentException(problem.Message, problem.Parameter);
        }

        Period = period;
        Value = value;
        Tolerance = tolerance;
        Stretch = stretch;
        UpperValue = upperValue;
        Onwards = onwards;
        Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
    }

    /// <summary>Gets the reporting year the target is set for, or the first period it applies to when <see cref="Onwards"/>.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets a value indicating whether the target stays in force after <see cref="Period"/>.</summary>
    public bool Onwards { get; }

    /// <summary>Gets the target; for a range, its lower bound.</summary>
    public decimal Value { get; }

    /// <summary>Gets the upper bound of a target range, or <see langword="null"/> for a single target.</summary>
    public decimal? UpperValue { get; }

    /// <summary>Gets a value indicating whether this target is a range (<see cref="UpperValue"/> is set).</summary>
    public bool IsRange => UpperValue is not null;

    /// <summary>Gets the amber band.</summary>
    public ToleranceBand Tolerance { get; }

    /// <summary>Gets the stretch threshold that gives blue, or <see langword="null"/>.</summary>
    public decimal? Stretch { get; }

    /// <summary>Gets where the target was published or agreed, or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Gets the first day the target is in force.</summary>
    public LocalDate FirstDay => Period.Start;

    /// <summary>Gets the last day the target is in force, or <see langword="null"/> when it runs on.</summary>
    public LocalDate? LastDay => Onwards ? null : Period.End;

    /// <summary>Whether the target is in force on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when the target applies on that day.</returns>
    public bool IsInForceOn(LocalDate date) => date >= FirstDay && (Onwards || date <= Period.End);

    /// <summary>Whether this target and <paramref name="other"/> are in force on any day in common.</summary>
    /// <param name="other">The other target.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool Overlaps(Target other)
    {
        Preconditions.CheckNotNull(other);
        return (LastDay is not { } end || other.FirstDay <= end) && (other.LastDay is not { } otherEnd || FirstDay <= otherEnd);
    }

    /// <inheritdoc />
    public bool Equals(Target? other) =>
        other is not null && Period == other.Period && Onwards == other.Onwards && Value == other.Value && UpperValue == other.UpperValue
        && Tolerance == other.Tolerance && Stretch == other.Stretch && Source == other.Source;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Target);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, Onwards, Value, UpperValue, Tolerance, Stretch);

    /// <summary>Describes the target: "90 (tolerance 5 points)", "10 to 15 (tolerance 2 points)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        (IsRange ? NumberText.Plain(Value) + " to " + NumberText.Plain(UpperValue.GetValueOrDefault()) : NumberText.Plain(Value))
        + " (tolerance " + Tolerance + (Stretch is { } s ? ", stretch " + NumberText.Plain(s) : "") + ")";

    /// <summary>Every problem with a would-be target that does not depend on the measure's polarity.</summary>
    internal static IEnumerable<DefinitionProblem> Problems(decimal value, decimal? upperValue, decimal? stretch)
    {
        if (FigureRules.SetFigureProblem("The target", value) is { } tooLarge)
        {
            yield return new DefinitionProblem("value", nameof(value), tooLarge);
        }

        if (upperValue is { } top && FigureRules.SetFigureProblem("The top of the target range", top) is { } topTooLarge)
        {
            yield return new DefinitionProblem("upper", nameof(upperValue), topTooLarge);
        }

        if (stretch is { } s && FigureRules.SetFigureProblem("The stretch threshold", s) is { } stretchTooLarge)
        {
            yield return new DefinitionProblem("stretch", nameof(stretch), stretchTooLarge);
        }

        if (upperValue is { } upper && upper < value)
        {
            yield return new DefinitionProblem("upper", nameof(upperValue), $"The top of a target range ({NumberText.Plain(upper)}) cannot be below its bottom ({NumberText.Plain(value)}).");
        }

        if (upperValue is not null && stretch is not null)
        {
            yield return new DefinitionProblem("stretch", nameof(stretch), "A target range cannot have a stretch threshold: inside the range is already the best a value can be.");
        }
    }
}
