using System;
using System.Threading.Tasks;

namespace Measures.Aggregation;

/// <summary>
/// A most-significant-digit radix sort of 64-bit keys (read as unsigned) carrying two 32-bit payloads each (a row's
/// numerator and denominator, the store's own columns), in place (American flag sort): no buffer beside the columns. Not stable, so used only where the order of equal keys
/// cannot be seen. The first digit is counted on every thread and placed on one; its buckets are then sorted on
/// all threads. Each bucket's order depends only on its contents, so the result is the same at any thread count.
/// </summary>
internal static class InPlaceRadixSort
{
    private const int DigitBits = 8;
    private const int Digits = 1 << DigitBits;
    private const int SmallBucket = 48;

    public static void Sort(long[] keys, int[] first, int[] second, int count, int keyBits, int degree)
    {
        if (count < 2 || keyBits == 0)
        {
            return;
        }

        int parts = Math.Clamp(degree, 1, count);
        int shift = Math.Max(0, keyBits - DigitBits);
        var partCounts = new int[parts][];
        ParallelRadixSort.Run(parts, p =>
        {
            var counts = partCounts[p] = new int[Digits];
            ulong mask = (1UL << (keyBits - shift)) - 1;
            for (int i = ParallelRadixSort.Slice(p, parts, count), end = ParallelRadixSort.Slice(p + 1, parts, count); i < end; i++)
            {
                counts[(int)(((ulong)keys[i] >> shift) & mask)]++;
            }
        });

        var total = new int[Digits];
        for (int p = 0; p < parts; p++)
        {
            for (int d = 0; d < Digits; d++)
            {
                total[d] += partCounts[p][d];
            }
        }

        var starts = new int[Digits + 1];
        Permute(keys, first, second, 0, count, shift, keyBits - shift, total, starts);
        if (shift == 0)
        {
            return;
        }

        void SortBucket(int d)
        {
            int from = starts[d], length = starts[d + 1] - from;
            SortRange(keys, first, second, from, length, shift);
        }

        if (parts == 1)
        {
            for (int d = 0; d < Digits; d++)
            {
                SortBucket(d);
            }
        }
        else
        {
            Parallel.For(0, Digits, new ParallelOptions { MaxDegreeOfParallelism = parts }, SortBucket);
        }
    }

    /// <summary>Sorts [from, from + length), whose keys agree above bit <paramref name="bits"/>, by their lowest <paramref name="bits"/> bits.</summary>
    private static void SortRange(long[] keys, int[] first, int[] second, int from, int length, int bits)
    {
        Span<int> counts = stackalloc int[Digits];
        Span<int> starts = stackalloc int[Digits + 1];
        while (true)
        {
            if (length < 2)
            {
                return;
            }

            if (length <= SmallBucket)
            {
                InsertionSort(keys, first, second, from, length);
                return;
            }

            int shift = Math.Max(0, bits - DigitBits), width = bits - shift;
            counts.Clear();
            ulong mask = (1UL << width) - 1;
            for (int i = from, end = from + length; i < end; i++)
            {
                counts[(int)(((ulong)keys[i] >> shift) & mask)]++;
            }

            // All in one bucket: go straight to the next digit, with no pass of swaps.
            int only = counts.IndexOf(length);
            if (only < 0)
            {
                Permute(keys, first, second, from, length, shift, width, counts, starts);
                if (shift == 0)
                {
                    return;
                }

                for (int d = 0; d < Digits; d++)
                {
                    SortRange(keys, first, second, starts[d], starts[d + 1] - starts[d], shift);
                }

                return;
            }

            if (shift == 0)
            {
                return;
            }

            bits = shift;
        }
    }

    /// <summary>Moves each row of [from, from + length) into its digit's bucket by cycles of swaps, setting where each bucket starts (and one past the last).</summary>
    private static void Permute(long[] keys, int[] first, int[] second, int from, int length, int shift, int width, ReadOnlySpan<int> counts, Span<int> starts)
    {
        int buckets = 1 << width;
        Span<int> heads = stackalloc int[Digits];
        int sum = from;
        for (int d = 0; d < Digits; d++)
        {
            starts[d] = heads[d] = sum;
            sum += d < buckets ? counts[d] : 0;
        }

        starts[Digits] = from + length;
        ulong mask = (1UL << width) - 1;
        for (int b = 0; b < buckets; b++)
        {
            int end = starts[b + 1];
            while (heads[b] < end)
            {
                int at = heads[b];
                long k = keys[at];
                int v = first[at], w = second[at];
                int d = (int)(((ulong)k >> shift) & mask);
                while (d != b)
                {
                    int to = heads[d]++;
                    (k, keys[to]) = (keys[to], k);
                    (v, first[to]) = (first[to], v);
                    (w, second[to]) = (second[to], w);
                    d = (int)(((ulong)k >> shift) & mask);
                }

                keys[at] = k;
                first[at] = v;
                second[at] = w;
                heads[b]++;
            }
        }
    }

    private static void InsertionSort(long[] keys, int[] first, int[] second, int from, int length)
    {
        for (int i = from + 1, end = from + length; i < end; i++)
        {
            long k = keys[i];
            int v = first[i], w = second[i];
            int j = i - 1;
            while (j >= from && (ulong)keys[j] > (ulong)k)
            {
                keys[j + 1] = keys[j];
                first[j + 1] = first[j];
                second[j + 1] = second[j];
                j--;
            }

            keys[j + 1] = k;
            first[j + 1] = v;
            second[j + 1] = w;
        }
    }
}
