using System;

namespace Measures.Returns.Ssda903;

/// <summary>
/// A UPN as a Header row holds it: one of the DfE's shape (a capital letter, eleven digits, then a digit or, for a
/// temporary UPN, a capital letter) packed into a number; anything else as its text. A national return has a hundred
/// thousand UPNs, and as strings they would be as many objects for the collector to move while the return is read.
/// </summary>
/// <remarks>Equal texts are held alike (a text of the DfE's shape is always packed), so rows compare by value.</remarks>
internal readonly record struct PackedUpn
{
    private const int Length = 13;

    // 0 when the UPN is held as text or there is none; otherwise one more than the packed characters.
    private readonly long packed;
    private readonly string? text;

    private PackedUpn(long packed, string? text)
    {
        this.packed = packed;
        this.text = text;
    }

    /// <summary>Gets the packed UPN as a number above 0, or 0 when it is held as text or there is none.</summary>
    public long Number => packed;

    /// <summary>Gets the UPN's text, or <see langword="null"/> when there is none.</summary>
    public string? Value => text ?? (packed == 0 ? null : Unpack(packed));

    /// <summary>The UPN <paramref name="value"/> (none when null).</summary>
    public static PackedUpn Of(string? value) =>
        value is null ? default : TryPack(value, out var upn) ? upn : new PackedUpn(0, value);

    /// <summary>Packs <paramref name="value"/> when it has the DfE's shape, without making a string.</summary>
    public static bool TryPack(ReadOnlySpan<char> value, out PackedUpn upn)
    {
        upn = default;
        if (value.Length != Length || !char.IsAsciiLetterUpper(value[0]))
        {
            return false;
        }

        long n = value[0] - 'A';
        for (int i = 1; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }

            n = (n * 10) + (value[i] - '0');
        }

        char last = value[Length - 1];
        int lastValue = char.IsAsciiDigit(last) ? last - '0' : char.IsAsciiLetterUpper(last) ? 10 + (last - 'A') : -1;
        if (lastValue < 0)
        {
            return false;
        }

        upn = new PackedUpn((n * 36) + lastValue + 1, null);
        return true;
    }

    /// <summary>The UPN packed as <paramref name="packed"/> (a <see cref="Number"/> above 0).</summary>
    public static string Unpack(long packed) => string.Create(Length, packed - 1, static (chars, n) =>
    {
        int last = (int)(n % 36);
        n /= 36;
        chars[Length - 1] = (char)(last < 10 ? '0' + last : 'A' + (last - 10));
        for (int i = Length - 2; i >= 1; i--)
        {
            chars[i] = (char)('0' + (n % 10));
            n /= 10;
        }

        chars[0] = (char)('A' + n);
    });
}
