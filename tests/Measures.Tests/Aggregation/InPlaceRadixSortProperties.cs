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
        int keyBits = 1 + (width % 64);
        int count = 2_000 + (extra * 3);
        var random = new Random(seed);
        ulong mask = keyBits == 64 ? ulong.MaxValue : (1UL << keyBits) - 1;

        // Keys drawn from a few values and from the whole width, so that buckets are both crowded and sparse.
        var keys = new long[count];
        for (int i = 0; i < count; i++)
        {
            ulong key = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
            keys[i] = (long)((i % 3 == 0 ? key % 17 : key) & mask);
        }

        // Each payload names its key, so that a pair split apart would show.
        var payload = keys.Select(k => (long)((ulong)k * 0x9E3779B97F4A7C15UL)).ToArray();
        var expected = keys.Select(k => (ulong)k).OrderBy(k => k).ToArray();
        long[]? first = null;
        foreach (int degree in new[] { 1, 2, 3 })
        {
            var k = (long[])keys.Clone();
            var p = (long[])payload.Clone();
            InPlaceRadixSort.Sort(k, p, count, keyBits, degree);
            Assert.Equal(expected, k.Select(x => (ulong)x));
            for (int i = 0; i < count; i++)
            {
                Assert.Equal((long)((ulong)k[i] * 0x9E3779B97F4A7C15UL), p[i]);
            }

            first ??= p;
            Assert.Equal(first, p);
        }
    }
}
