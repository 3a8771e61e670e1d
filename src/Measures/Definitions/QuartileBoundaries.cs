using System;
using Measures.Internal;

namespace Measures.Definitions;

/// <summary>
/// The quartiles of all councils' values of a measure for a period: the lower quartile, the median
/// and the upper quartile. With a polarity they decide a council's <see cref="QuartileBand"/>.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly struct QuartileBoundaries : IEquatable<QuartileBoundaries>
{
    /// <summary>Creates quartile boundaries.</summary>
    /// <param name="lower">The lower quartile (25th percentile).</param>
    /// <param name="median">The median.</param>
    /// <param name="upper">The upper quartile (75th percentile).</param>
    /// <exception cref="ArgumentException">The three are not in order.</exception>
    public QuartileBoundaries(decimal lower, decimal median, decimal upper)
    {
        if (Problem(lower, median, upper) is { } message)
        {
            throw new ArgumentException(message, nameof(median));
        }

        Lower = lower;
        Median = median;
        Upper = upper;
    }

    /// <summary>Gets the lower quartile.</summary>
    public decimal Lower { get; }

    /// <summary>Gets the median.</summary>
    public decimal Median { get; }

    /// <summary>Gets the upper quartile.</summary>
    public decimal Upper { get; }

    /// <inheritdoc />
    public bool Equals(QuartileBoundaries other) => Lower == other.Lower && Median == other.Median && Upper == other.Upper;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is QuartileBoundaries other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lower, Median, Upper);

    /// <summary>Describes the boundaries: "lower quartile 10, median 12.5, upper quartile 15".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        "lower quartile " + NumberText.Plain(Lower) + ", median " + NumberText.Plain(Median) + ", upper quartile " + NumberText.Plain(Upper);

    /// <summary>Whether two sets of boundaries are the same.</summary>
    public static bool operator ==(QuartileBoundaries left, QuartileBoundaries right) => left.Equals(right);

    /// <summary>Whether two sets of boundaries differ.</summary>
    public static bool operator !=(QuartileBoundaries left, QuartileBoundaries right) => !left.Equals(right);

    internal static string? Problem(decimal lower, decimal median, decimal upper) =>
        FigureRules.SetFigureProblem("The lower quartile", lower) ?? FigureRules.SetFigureProblem("The median", median) ?? FigureRules.SetFigureProblem("The upper quartile", upper)
        ?? (lower <= median && median <= upper
            ? null
            : $"Quartiles must be in order, lower ≤ median ≤ upper; {NumberText.Plain(lower)}, {NumberText.Plain(median)}, {NumberText.Plain(upper)} were given.");
}
