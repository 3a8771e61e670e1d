using System;
using System.Globalization;

using Measures.Definitions;

namespace Measures.Internal;

/// <summary>Culture-invariant number text for explanations and error messages.</summary>
internal static class NumberText
{
    /// <summary>The value as written, without trailing zeros: 90.0 → "90", 4.50 → "4.5".</summary>
    public static string Plain(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>The value rounded half away from zero to <paramref name="decimals"/> places, with exactly that many.</summary>
    public static string Fixed(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A whole number with thousands separators: 10000 → "10,000".</summary>
    public static string Grouped(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
