using System;
using System.Globalization;

namespace Measures.Judgements.Spc;

/// <summary>One value to plot on an XmR chart, with the label of its period ("Apr 2023").</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly struct SpcValue : IEquatable<SpcValue>
{
    /// <summary>Creates a value to plot.</summary>
    /// <param name="label">The period's label, as the chart shows it; null is taken as empty.</param>
    /// <param name="value">The value.</param>
    public SpcValue(string label, double value)
    {
        Label = label ?? string.Empty;
        Value = value;
    }

    /// <summary>Gets the period's label.</summary>
    public string Label => field ?? string.Empty;

    /// <summary>Gets the value.</summary>
    public double Value { get; }

    /// <summary>Whether two values have the same label and value.</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(SpcValue left, SpcValue right) => left.Equals(right);

    /// <summary>Whether two values differ in label or value.</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SpcValue left, SpcValue right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(SpcValue other) => string.Equals(Label, other.Label, StringComparison.Ordinal) && Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SpcValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Label), Value);

    /// <summary>The label and value: "Apr 2023: 73.5".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Label}: {Value:G6}");
}
