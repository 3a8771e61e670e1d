using System;
using System.Globalization;

namespace Measures.Calculation;

/// <summary>One council's figure for a funnel plot: its name, numerator and denominator.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly struct FunnelPoint : IEquatable<FunnelPoint>
{
    /// <summary>Creates a council's figure.</summary>
    /// <param name="label">The council's name.</param>
    /// <param name="numerator">The count (cases, events), 0 or more.</param>
    /// <param name="denominator">The denominator (cases, population), positive.</param>
    public FunnelPoint(string label, double numerator, double denominator)
    {
        Label = label ?? string.Empty;
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>Gets the council's name.</summary>
    public string Label => field ?? string.Empty;

    /// <summary>Gets the numerator.</summary>
    public double Numerator { get; }

    /// <summary>Gets the denominator.</summary>
    public double Denominator { get; }

    /// <summary>Whether two figures are the same.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(FunnelPoint left, FunnelPoint right) => left.Equals(right);

    /// <summary>Whether two figures differ.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(FunnelPoint left, FunnelPoint right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(FunnelPoint other) => string.Equals(Label, other.Label, StringComparison.Ordinal) && Numerator.Equals(other.Numerator) && Denominator.Equals(other.Denominator);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FunnelPoint other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Label), Numerator, Denominator);

    /// <summary>The figure: "Norfolk: 120 of 400".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Label}: {Numerator:G8} of {Denominator:G8}");
}
