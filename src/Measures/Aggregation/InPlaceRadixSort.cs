using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace Measures.Aggregation;

/// <summary>
/// A most-significant-digit radix sort of 64-bit keys (read as unsigned), in place (American flag sort): no buffer beside
/// the columns, the keys carrying their rows' numerators and denominators (the store's own columns) or nothing. Not stable, so used only where the order of equal keys
/// cannot be seen. The first digit is counted on every thread and placed on one; its buckets are then sorted on
/// all threads. Each bucket's order depends only on its contents, so the result is the same at any thread count.
/// </summary>
internal static class InPlaceRadixSort
{
    private const int DigitBits = 8;
    private const int Digits = 1 << DigitBits;
    private const int SmallBucket = 48;

    /// <summary>Sorts the keys, each carrying its numerator and denominator.</summary>
    public static void Sort(long[] keys, int[] numerators, int[] denominators, int count, int keyBits, int degree) =>
        Sort<FigurePairs, (int, int)>(keys, new FigurePairs(numerators, denominators), count, keyBits, degree);

    /// <summary>Sorts the keys alone.</summary>
    public static void Sort(long[] keys, int count, int keyBits, int degree) =>
        Sort<KeysAlone, byte>(keys, default, count, keyBits, degree);

    // Called once a build over millions of keys: compiled optimised at once rather than starting unoptimised.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Sort<TPayload, TRow>(long[] keys, TPayload payload, int count, int keyBits, int degree)
        where TPayload : struct, IPayload<TRow>
        where TRow : struct
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
        Permute<TPayload, TRow>(keys, payload, 0, count, shift, keyBits - shift, total, starts);
        if (shift == 0)
        {
            return;
        }

        void SortBucket(int d)
        {
            int from = starts[d], length = starts[d + 1] - from;
            SortRange<TPayload, TRow>(keys, payload, from, length, shift);
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SortRange<TPayload, TRow>(long[] keys, TPayload payload, int from, int length, int bits)
        where TPayload : struct, IPayload<TRow>
        where TRow : struct
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
                InsertionSort<TPayload, TRow>(keys, payload, from, length);
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
                Permute<TPayload, TRow>(keys, payload, from, length, shift, width, counts, starts);
                if (shift == 0)
                {
                    return;
                }

                for (int d = 0; d < Digits; d++)
                {
                    SortRange<TPayload, TRow>(keys, payload, starts[d], starts[d + 1] - starts[d], shift);
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Permute<TPayload, TRow>(long[] keys, TPayload payload, int from, int length, int shift, int width, ReadOnlySpan<int> counts, Span<int> starts)
        where TPayload : struct, IPayload<TRow>
        where TRow : struct
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
                TRow row = payload.Get(at);
                int d = (int)(((ulong)k >> shift) & mask);
                while (d != b)
                {
                    int to = heads[d]++;
                    (k, keys[to]) = (keys[to], k);
                    TRow displaced = payload.Get(to);
                    payload.Set(to, row);
                    row = displaced;
                    d = (int)(((ulong)k >> shift) & mask);
                }

                keys[at] = k;
                payload.Set(at, row);
                heads[b]++;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void InsertionSort<TPayload, TRow>(long[] keys, TPayload payload, int from, int length)
        where TPayload : struct, IPayload<TRow>
        where TRow : struct
    {
        for (int i = from + 1, end = from + length; i < end; i++)
        {
            long k = keys[i];
            TRow row = payload.Get(i);
            int j = i - 1;
            while (j >= from && (ulong)keys[j] > (ulong)k)
            {
                keys[j + 1] = keys[j];
                payload.Set(j + 1, payload.Get(j));
                j--;
            }

            keys[j + 1] = k;
            payload.Set(j + 1, row);
        }
    }

    /// <summary>What each key carries; a struct, so that each kind of payload is compiled on its own, with no call through an interface.</summary>
    private interface IPayload<TRow>
        where TRow : struct
    {
        TRow Get(int index);

        void Set(int index, TRow row);
    }

    private readonly struct FigurePairs(int[] numerators, int[] denominators) : IPayload<(int, int)>
    {
        public (int, int) Get(int index) => (numerators[index], denominators[index]);

        public void Set(int index, (int, int) row) => (numerators[index], denominators[index]) = row;
    }

    private readonly struct KeysAlone : IPayload<byte>
    {
        public byte Get(int index) => 0;

        public void Set(int index, byte row)
        {
        }
    }
}
