using System;
using System.IO;
using System.Text;
using FsCheck.Xunit;
using Measures.Observations;
using Xunit;

namespace Measures.Tests.Observations;

/// <summary>
/// Large reads are decoded straight into the caller's buffer; small ones, <c>Read()</c> and <c>Peek()</c> go through the
/// reader's own. Any mix of them gives the same characters as reading one at a time, whatever the stream hands back.
/// </summary>
public sealed class ByteEscapingTextReaderProperties
{
    // Text with multi-byte characters, bytes that are not UTF-8 and sequences cut short, long enough to cross the byte buffer.
    private static readonly byte[][] Pieces =
    [
        "EH-01,2023-04,Team A,5,10,\n"u8.ToArray(), "Café"u8.ToArray(), "🙂"u8.ToArray(), "€"u8.ToArray(), [0xE9], [0xC3], [0xFF], [0xE2, 0x82], [0xF0, 0x9F, 0x99], "\r\n"u8.ToArray(), [0xED, 0xA0, 0x80],
    ];

    [Property(MaxTest = 200)]
    public bool Any_mix_of_reads_gives_the_characters_of_reading_one_at_a_time(byte[] bytes, int seed, byte start) =>
        Same(WithStart(bytes, start), seed);

    [Property(MaxTest = 40)]
    public bool A_long_text_reads_the_same_in_any_mix_of_reads(int seed, byte start)
    {
        var random = new Random(seed);
        using var text = new MemoryStream();
        int length = random.Next(60_000, 300_000);
        while (text.Length < length)
        {
            text.Write(Pieces[random.Next(random.Next(4) == 0 ? Pieces.Length : 3)]);
        }

        return Same(WithStart(text.ToArray(), start), seed);
    }

    [Fact]
    public void A_long_text_of_every_kind_of_piece_reads_the_same()
    {
        var random = new Random(7);
        using var text = new MemoryStream();
        while (text.Length < 200_000)
        {
            text.Write(Pieces[random.Next(Pieces.Length)]);
        }

        byte[] bytes = text.ToArray();
        string one = OneAtATime(bytes, 7);
        Assert.Equal(one, Mixed(bytes, 7));
        Assert.Contains("🙂", one, StringComparison.Ordinal);
        Assert.True(one.AsSpan().IndexOfAnyInRange('\uDC80', '\uDCFF') >= 0);
    }

    // Byte-order marks (UTF-8, UTF-16, UTF-32) in front of the bytes, so every unit is read both ways.
    private static byte[] WithStart(byte[] bytes, byte start)
    {
        byte[][] marks = [[], [], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0, 0], [0, 0, 0xFE, 0xFF]];
        return [.. marks[start % marks.Length], .. bytes ?? []];
    }

    private static bool Same(byte[] bytes, int seed) => OneAtATime(bytes, seed) == Mixed(bytes, seed);

    private static string OneAtATime(byte[] bytes, int seed)
    {
        using var reader = new ByteEscapingTextReader(new ShortReads(bytes, seed));
        var text = new StringBuilder();
        for (int c = reader.Read(); c >= 0; c = reader.Read())
        {
            text.Append((char)c);
        }

        return text.ToString();
    }

    private static string Mixed(byte[] bytes, int seed)
    {
        var random = new Random(seed ^ 0x5EED);
        using var reader = new ByteEscapingTextReader(new ShortReads(bytes, seed + 1));
        var text = new StringBuilder();
        char[] buffer = new char[40_000];
        while (true)
        {
            switch (random.Next(4))
            {
                case 0:
                    int c = reader.Peek();
                    if (c < 0 || reader.Read() != c)
                    {
                        return c < 0 && reader.Read() < 0 ? text.ToString() : "Peek and Read disagree";
                    }

                    text.Append((char)c);
                    break;
                case 1:
                    int small = reader.Read(buffer, 0, random.Next(1, 1024));
                    if (small == 0)
                    {
                        return text.ToString();
                    }

                    text.Append(buffer, 0, small);
                    break;
                default:
                    int size = random.Next(1024, buffer.Length);
                    int at = random.Next(buffer.Length - size + 1);
                    int large = reader.Read(buffer.AsSpan(at, size));
                    if (large == 0)
                    {
                        return text.ToString();
                    }

                    text.Append(buffer, at, large);
                    break;
            }
        }
    }

    // A stream handing back fewer bytes than asked for, as a pipe does.
    private sealed class ShortReads(byte[] bytes, int seed) : MemoryStream(bytes)
    {
        private readonly Random random = new(seed);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, random.Next(1, 9000)));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, random.Next(1, 9000))]);
    }
}
