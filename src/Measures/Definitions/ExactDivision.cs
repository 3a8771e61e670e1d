using System;

namespace Measures.Definitions;

/// <summary>
/// Division of whole numbers with rounding decided on the exact fraction, never on a binary double:
/// 1 of 8 is 12.5% and rounds to 13%.
/// </summary>
internal static class ExactDivision
{
    /// <summary>The largest number of decimal places a value can be shown with.</summary>
    public const int MaxDecimalPlaces = 10;

    private static readonly Int128[] PowersOfTen = BuildPowersOfTen();

    /// <summary>
    /// numerator × multiplier ÷ denominator rounded to <paramref name="decimals"/> places, half away from zero,
    /// computed in 128-bit integers so that the half is seen exactly.
    /// </summary>
    /// <exception cref="OverflowException">The rounded value does not fit a <see cref="decimal"/>.</exception>
    public static decimal RoundHalfAwayFromZero(long numerator, long multiplier, long denominator, int decimals)
    {
        // |numerator| < 2^63, multiplier ≤ 10^9 and 10^decimals ≤ 10^10: the product stays below 2^127.
        Int128 scaled = checked((Int128)numerator * multiplier * PowersOfTen[decimals]);
        Int128 divisor = denominator;
        (Int128 quotient, Int128 remainder) = Int128.DivRem(scaled, divisor);
        if (Int128.Abs(remainder) * 2 >= Int128.Abs(divisor))
        {
            quotient += (scaled < 0) ^ (divisor < 0) ? -1 : 1;
        }

        return ToDecimal(quotient, decimals);
    }

    /// <summary>numerator × multiplier ÷ denominator to the 28 significant digits of <see cref="decimal"/>.</summary>
    public static decimal Quotient(long numerator, long multiplier, long denominator) =>
        (decimal)numerator * multiplier / denominator;

    private static decimal ToDecimal(Int128 value, int scale)
    {
        bool negative = value < 0;
        UInt128 magnitude = (UInt128)Int128.Abs(value);
        if (magnitude >> 96 != 0)
        {
            throw new OverflowException($"The value {value} × 10^-{scale} is too large to hold as a decimal.");
        }

        int lo = unchecked((int)(uint)magnitude);
        int mid = unchecked((int)(uint)(magnitude >> 32));
        int hi = unchecked((int)(uint)(magnitude >> 64));
        return new decimal(lo, mid, hi, negative, (byte)scale);
    }

    private static Int128[] BuildPowersOfTen()
    {
        var powers = new Int128[MaxDecimalPlaces + 1];
        powers[0] = 1;
        for (int i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
