using System;
using Measures.Internal;

namespace Measures.Definitions;

/// <summary>
/// A comparator's value of a measure for a period: England, a region, the statistical neighbours
/// (the average of the ten most similar councils) or any other named comparator.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly struct ComparatorValue : IEquatable<ComparatorValue>
{
    /// <summary>The usual name of the national comparator.</summary>
    public const string England = "England";

    /// <summary>The usual name of the statistical-neighbour comparator.</summary>
    public const string StatisticalNeighbours = "Statistical neighbours";

    /// <summary>Creates a comparator value.</summary>
    /// <param name="name">The comparator ("England", "Yorkshire and the Humber", "Statistical neighbours").</param>
    /// <param name="value">Its value of the measure.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is more than 10^15 either side of zero.</exception>
    public ComparatorValue(string name, decimal value)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(name.Trim().Length > 0, nameof(name), "A comparator needs a name, such as \"England\".");
        if (Problem(value) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, problem);
        }

        Name = name.Trim();
        Value = value;
    }

    /// <summary>Why <paramref name="value"/> cannot be a comparator's value, or <see langword="null"/> when it can.</summary>
    internal static string? Problem(decimal value) => FigureRules.SetFigureProblem("The comparator's value", value);

    /// <summary>Gets the comparator's name.</summary>
    public string Name => field ?? "";

    /// <summary>Gets the comparator's value of the measure.</summary>
    public decimal Value { get; }

    /// <inheritdoc />
    public bool Equals(ComparatorValue other) => Name == other.Name && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ComparatorValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Value);

    /// <summary>Describes the comparator: "England: 191.6".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Name + ": " + NumberText.Plain(Value);

    /// <summary>Whether two comparator values are the same.</summary>
    public static bool operator ==(ComparatorValue left, ComparatorValue right) => left.Equals(right);

    /// <summary>Whether two comparator values differ.</summary>
    public static bool operator !=(ComparatorValue left, ComparatorValue right) => !left.Equals(right);
}
