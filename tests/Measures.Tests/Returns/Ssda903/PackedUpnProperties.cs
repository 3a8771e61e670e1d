using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Returns.Ssda903;

namespace Measures.Tests.Returns.Ssda903;

/// <summary>
/// A Header row packs a UPN of the DfE's shape into a number: whatever the text, what comes back is the text given,
/// and equal texts are held alike whether read from a file or taken from a record.
/// </summary>
public sealed class PackedUpnProperties
{
    private const string Digits = "0123456789";
    private const string Capitals = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    [Property(MaxTest = 500)]
    public Property A_UPN_comes_back_as_it_was_given(int seed)
    {
        string upn = Upn(new Random(seed));
        var packed = PackedUpn.Of(upn);
        bool packs = PackedUpn.TryPack(upn, out var fromSpan);
        return (packed.Value == upn && (!packs || fromSpan == packed)).Label($"\"{upn}\" (packed: {packs})");
    }

    [Fact]
    public void The_DfE_shape_is_packed_and_anything_else_kept_as_text()
    {
        // The shape: a check letter, the council (3 digits), the school (4), the year (2) and a serial (3); a
        // temporary UPN ends in a letter.
        Assert.True(PackedUpn.TryPack("A123456789012", out var permanent));
        Assert.True(PackedUpn.TryPack("Z99900000000A", out var temporary));
        Assert.Equal("A123456789012", permanent.Value);
        Assert.Equal("Z99900000000A", temporary.Value);
        Assert.True(PackedUpn.TryPack("A000000000000", out var lowest));
        Assert.True(PackedUpn.TryPack("Z99999999999Z", out var highest));
        Assert.Equal(("A000000000000", "Z99999999999Z"), (lowest.Value, highest.Value));
        foreach (string other in new[] { "a123456789012", "A12345678901", "A1234567890123", "AB23456789012", "A12345678901a", "UN1", "", " A123456789012" })
        {
            Assert.False(PackedUpn.TryPack(other, out _), other);
            Assert.Equal(other, PackedUpn.Of(other).Value);
        }

        Assert.Null(PackedUpn.Of(null).Value);
        Assert.Null(default(PackedUpn).Value);
        Assert.Equal(PackedUpn.Of("A123456789012"), permanent);
        Assert.NotEqual(PackedUpn.Of("A123456789013"), permanent);
    }

    // UPNs of the shape, and near misses: a wrong length, lower case, a letter or other character out of place.
    private static string Upn(Random random)
    {
        char[] chars = new char[13];
        chars[0] = Capitals[random.Next(26)];
        for (int i = 1; i < 12; i++)
        {
            chars[i] = Digits[random.Next(10)];
        }

        chars[12] = random.Next(2) == 0 ? Digits[random.Next(10)] : Capitals[random.Next(26)];
        string upn = new(chars);
        return random.Next(4) switch
        {
            0 => upn,
            1 => upn,
            2 => random.Next(3) switch
            {
                0 => upn[..(1 + random.Next(12))],
                1 => upn + Digits[random.Next(10)],
                _ => upn.ToLowerInvariant(),
            },
            _ => upn.Remove(random.Next(13), 1).Insert(random.Next(12), ((char)random.Next(32, 0x3000)).ToString()),
        };
    }
}
