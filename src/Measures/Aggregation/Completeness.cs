using System;
using System.Globalization;
using System.Numerics;
using Measures.Internal;

namespace Measures.Aggregation;

/// <summary>
/// Which of the reporting periods that make up an aggregated period have data: "2 of 3 months".
/// A period counts as present when any observation in the group is for it.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct Completeness
{
    /// <summary>Creates a completeness from the positions present.</summary>
    /// <param name="presentMask">Bit <c>i</c> is set when the <c>i</c>-th period (0 = the earliest) is present.</param>
    /// <param name="periodsExpected">How many periods make up the aggregated period, 1 to 64.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periodsExpected"/> is out of range.</exception>
    /// <exception cref="ArgumentException">A bit is set at or beyond <paramref name="periodsExpected"/>.</exception>
    public Completeness(ulong presentMask, int periodsExpected)
    {
        Preconditions.CheckArgumentRange(periodsExpected, 1, 64);
        Preconditions.CheckArgument(periodsExpected == 64 || presentMask >> periodsExpected == 0, nameof(presentMask), $"The mask 0x{presentMask:X} marks a period beyond the {periodsExpected} expected.");
        PresentMask = presentMask;
        PeriodsExpected = periodsExpected;
    }

    /// <summary>Gets the periods present as bits, bit 0 for the earliest period.</summary>
    public ulong PresentMask { get; }

    /// <summary>Gets how many periods make up the aggregated period (3 months for a quarter).</summary>
    public int PeriodsExpected { get; }

    /// <summary>Gets how many of the expected periods have data.</summary>
    public int PeriodsPresent => BitOperations.PopCount(PresentMask);

    /// <summary>Gets whether every expected period has data.</summary>
    public bool IsComplete => PeriodsExpected > 0 && PeriodsPresent == PeriodsExpected;

    /// <summary>Gets whether the last expected period (the one a snapshot is taken from) has data.</summary>
    public bool IsLastPeriodPresent => PeriodsExpected > 0 && (PresentMask >> (PeriodsExpected - 1)) != 0;

    /// <summary>Whether the period at <paramref name="position"/> (0 = the earliest) has data.</summary>
    /// <param name="position">The position, 0 to <see cref="PeriodsExpected"/> − 1.</param>
    /// <returns><see langword="true"/> when the period is present.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not one of the expected periods.</exception>
    public bool IsPresent(int position)
    {
        Preconditions.CheckArgumentRange(position, 0, Math.Max(0, PeriodsExpected - 1));
        return ((PresentMask >> position) & 1) != 0;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{PeriodsPresent} of {PeriodsExpected}");
}
