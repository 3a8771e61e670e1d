using System;
using System.Linq;
using FsCheck.Xunit;
using Measures.Aggregation;

namespace Measures.Tests.Aggregation;

/// <summary>The in-place radix sort orders keys as a plain sort does, keeps each key with its payload, and gives the same result at any thread count.</summary>
public sealed class InPlaceRadixSortProperties
{
    [Property(MaxTest = 40)]
    public void Sorts_pairs_as_a_plain_sort_at_one_two_and_three_threads(int seed, byte width, ushort extra)
    {
        var (keys, keyBits) = Keys(seed, width, extra);
        int count = keys.Length;

        // Each payload names its key, so that a row split apart would show.
        var firstPayload = keys.Select(k => First((ulong)k)).ToArray();
        var secondPayload = keys.Select(k => Second((ulong)k)).ToArray();
        var expected = keys.Select(k => (ulong)k).OrderBy(k => k).ToArray();
        int[]? once = null;
        foreach (int degree in new[] { 1, 2, 3 })
        {
            var k = (long[])keys.Clone();
            var a = (int[])firstPayload.Clone();
            var b = (int[])secondPayload.Clone();
            InPlaceRadixSort.Sort(k, a, b, count, keyBits, degree);
            Assert.Equal(expected, k.Select(x => (ulong)x));
            for (int i = 0; i < count; i++)
            {
                Assert.Equal(First((ulong)k[i]), a[i]);
                Assert.Equal(Second((ulong)k[i]), b[i]);
            }

            once ??= a;
            Assert.Equal(once, a);
        }
    }

    [Property(MaxTest = 40)]
    public void Sorts_keys_alone_as_a_plain_sort_at_one_two_and_three_threads(int seed, byte width, ushort extra)
    {
        var (keys, keyBits) = Keys(seed, width, extra);
        int count = keys.Length;
        var expected = keys.Select(k => (ulong)k).OrderBy(k => k).ToArray();
        foreach (int degree in new[] { 1, 2, 3 })
        {
            var k = (long[])keys.Clone();
            InPlaceRadixSort.Sort(k, count, keyBits, degree);
            Assert.Equal(expected, k.Select(x => (ulong)x));
        }
    }

    /// <summary>2,000 keys or more of 1 to 64 bits, drawn from a few values and from the whole width, so that buckets are both crowded and sparse.</summary>
    private static (long[] Keys, int KeyBits) Keys(int seed, byte width, ushort extra)
    {
        int keyBits = 1 + (width % 64);
        var random = new Random(seed);
        ulong mask = keyBits == 64 ? ulong.MaxValue : (1UL << keyBits) - 1;
        var keys = new long[2_000 + (extra * 3)];
        for (int i = 0; i < keys.Length; i++)
        {
            ulong key = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
            keys[i] = (long)((i % 3 == 0 ? key % 17 : key) & mask);
        }

        return (keys, keyBits);
    }

    private static int First(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 32);

    private static int Second(ulong key) => (int)(key * 0xC2B2AE3D27D4EB4FUL);
}
