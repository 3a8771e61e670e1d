using System;
using System.Globalization;
using Measures.Internal;

namespace Measures.Definitions;

/// <summary>
/// A council's position among all councils on a measure, best first after polarity, as the Department for
/// Education's local authority interactive tool (LAIT) ranks them: 1 is the best, and councils with the same
/// value share the best position among them ("12= of 153"), the next value taking the position after them all.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly struct CouncilRank : IEquatable<CouncilRank>
{
    /// <summary>Creates a rank.</summary>
    /// <param name="position">The position, 1 for the best.</param>
    /// <param name="of">How many councils were ranked.</param>
    /// <param name="isShared">Whether another council has the same value, and so the same position.</param>
    /// <exception cref="ArgumentOutOfRangeException">The position is not between 1 and <paramref name="of"/>.</exception>
    public CouncilRank(int position, int of, bool isShared = false)
    {
        Preconditions.CheckArgumentRange(of, 1, int.MaxValue);
        Position = Preconditions.CheckArgumentRange(position, 1, of);
        Of = of;
        IsShared = isShared;
    }

    /// <summary>Gets the position, 1 for the best.</summary>
    public int Position { get; }

    /// <summary>Gets how many councils were ranked (those with a value).</summary>
    public int Of { get; }

    /// <summary>Gets a value indicating whether another council shares the position.</summary>
    public bool IsShared { get; }

    /// <inheritdoc />
    public bool Equals(CouncilRank other) => Position == other.Position && Of == other.Of && IsShared == other.IsShared;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CouncilRank other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Position, Of, IsShared);

    /// <summary>The rank as LAIT shows it: "12= of 153", "1 of 153".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Position.ToString(CultureInfo.InvariantCulture) + (IsShared ? "=" : "") + " of " + Of.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether two ranks are the same.</summary>
    public static bool operator ==(CouncilRank left, CouncilRank right) => left.Equals(right);

    /// <summary>Whether two ranks differ.</summary>
    public static bool operator !=(CouncilRank left, CouncilRank right) => !left.Equals(right);
}
