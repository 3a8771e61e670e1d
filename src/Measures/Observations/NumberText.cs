namespace Measures.Observations;

/// <summary>
/// Reads a figure written as a decimal number (<c>12</c>, <c>12.0</c>, <c>1.2e3</c>, <c>1e308</c>) exactly,
/// whatever its size, so that a refusal can say what the number is: negative, not whole, or too large.
/// </summary>
internal static class NumberText
{
    private const string LargestFigure = "9223372036854775807";

    public enum Form
    {
        /// <summary>Not a decimal number at all.</summary>
        NotANumber,

        /// <summary>A whole number of zero or more that a <see cref="long"/> holds.</summary>
        Whole,

        /// <summary>Below zero.</summary>
        Negative,

        /// <summary>Zero or more, but with a fractional part.</summary>
        Fraction,

        /// <summary>A whole number above <see cref="long.MaxValue"/>.</summary>
        TooLarge,
    }

    /// <summary>What <paramref name="text"/> (already trimmed) is; <paramref name="value"/> is set when it is <see cref="Form.Whole"/>.</summary>
    public static Form Read(string text, out long value)
    {
        value = 0;
        int i = 0;
        bool negative = false;
        if (i < text.Length && text[i] is '+' or '-')
        {
            negative = text[i] == '-';
            i++;
        }

        // The number is digits × 10^scale; leading zeros are dropped as they are met.
        var digits = new System.Text.StringBuilder();
        long scale = 0;
        bool any = false;
        for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
        {
            any = true;
            if (digits.Length > 0 || text[i] != '0')
            {
                digits.Append(text[i]);
            }
        }

        if (i < text.Length && text[i] == '.')
        {
            for (i++; i < text.Length && char.IsAsciiDigit(text[i]); i++)
            {
                any = true;
                if (digits.Length > 0 || text[i] != '0')
                {
                    digits.Append(text[i]);
                }

                scale--;
            }
        }

        if (!any)
        {
            return Form.NotANumber;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            bool negativeExponent = false;
            if (i < text.Length && text[i] is '+' or '-')
            {
                negativeExponent = text[i] == '-';
                i++;
            }

            int start = i;
            long exponent = 0;
            for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
            {
                // Beyond a billion the answer no longer changes: far too large, or far from whole.
                exponent = System.Math.Min(exponent * 10 + (text[i] - '0'), 1_000_000_000_000);
            }

            if (i == start)
            {
                return Form.NotANumber;
            }

            scale += negativeExponent ? -exponent : exponent;
        }

        if (i != text.Length)
        {
            return Form.NotANumber;
        }

        int significant = digits.Length;
        while (significant > 0 && digits[significant - 1] == '0')
        {
            significant--;
            scale++;
        }

        if (significant == 0)
        {
            return Form.Whole;
        }

        if (negative)
        {
            return Form.Negative;
        }

        if (scale < 0)
        {
            return Form.Fraction;
        }

        if (significant + scale > LargestFigure.Length)
        {
            return Form.TooLarge;
        }

        string whole = digits.ToString(0, significant) + new string('0', (int)scale);
        if (whole.Length == LargestFigure.Length && string.CompareOrdinal(whole, LargestFigure) > 0)
        {
            return Form.TooLarge;
        }

        value = long.Parse(whole, System.Globalization.CultureInfo.InvariantCulture);
        return Form.Whole;
    }
}
