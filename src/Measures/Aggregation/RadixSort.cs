using System;

namespace Measures.Aggregation;

/// <summary>A least-significant-digit radix sort of 64-bit keys carrying row indices; stable, so equal keys keep input order.</summary>
internal static class RadixSort
{
    private const int DigitBits = 11;

    public static void Sort(ulong[] keys, int[] rows, int count, int keyBits)
    {
        if (count < 2 || keyBits == 0)
        {
            return;
        }

        var keyBuffer = new ulong[count];
        var rowBuffer = new int[count];
        var counts = new int[1 << DigitBits];
        ulong[] srcKeys = keys, dstKeys = keyBuffer;
        int[] srcRows = rows, dstRows = rowBuffer;
        for (int shift = 0; shift < keyBits; shift += DigitBits)
        {
            Array.Clear(counts);
            const ulong digitMask = (1UL << DigitBits) - 1;
            for (int i = 0; i < count; i++)
            {
                counts[(int)((srcKeys[i] >> shift) & digitMask)]++;
            }

            int sum = 0;
            for (int d = 0; d < counts.Length; d++)
            {
                int c = counts[d];
                counts[d] = sum;
                sum += c;
            }

            for (int i = 0; i < count; i++)
            {
                ulong k = srcKeys[i];
                int at = counts[(int)((k >> shift) & digitMask)]++;
                dstKeys[at] = k;
                dstRows[at] = srcRows[i];
            }

            (srcKeys, dstKeys) = (dstKeys, srcKeys);
            (srcRows, dstRows) = (dstRows, srcRows);
        }

        if (!ReferenceEquals(srcKeys, keys))
        {
            Array.Copy(srcKeys, keys, count);
            Array.Copy(srcRows, rows, count);
        }
    }
}

/// <summary>
/// A least-significant-digit radix sort of 64-bit keys (read as unsigned) carrying a 64-bit payload each, on one or more
/// threads: each thread counts and places its own contiguous slice of the rows, slice after slice within a digit, so the
/// sort stays stable and the result is the same whatever the thread count.
/// </summary>
internal static class ParallelRadixSort
{
    private const int DigitBits = 11;
    private const int Digits = 1 << DigitBits;

    public static void Sort(long[] keys, long[] payload, int count, int keyBits, int degree)
    {
        if (count < 2 || keyBits == 0)
        {
            return;
        }

        int parts = Math.Clamp(degree, 1, count);
        var keyBuffer = GC.AllocateUninitializedArray<long>(count);
        var payloadBuffer = GC.AllocateUninitializedArray<long>(count);
        var counts = new int[parts][];
        for (int p = 0; p < parts; p++)
        {
            counts[p] = new int[Digits];
        }

        long[] srcKeys = keys, dstKeys = keyBuffer, srcPayload = payload, dstPayload = payloadBuffer;
        for (int shift = 0; shift < keyBits; shift += DigitBits)
        {
            int s = shift;
            long[] sk = srcKeys, dk = dstKeys, sp = srcPayload, dp = dstPayload;
            Run(parts, p => Count(sk, Slice(p, parts, count), Slice(p + 1, parts, count), s, counts[p]));

            // Offsets: digit by digit, slice by slice within a digit, so equal digits keep their input order.
            int sum = 0;
            for (int d = 0; d < Digits; d++)
            {
                for (int p = 0; p < parts; p++)
                {
                    int c = counts[p][d];
                    counts[p][d] = sum;
                    sum += c;
                }
            }

            Run(parts, p => Place(sk, sp, dk, dp, Slice(p, parts, count), Slice(p + 1, parts, count), s, counts[p]));
            (srcKeys, dstKeys) = (dstKeys, srcKeys);
            (srcPayload, dstPayload) = (dstPayload, srcPayload);
        }

        if (!ReferenceEquals(srcKeys, keys))
        {
            Run(parts, p =>
            {
                int from = Slice(p, parts, count), to = Slice(p + 1, parts, count);
                Array.Copy(srcKeys, from, keys, from, to - from);
                Array.Copy(srcPayload, from, payload, from, to - from);
            });
        }
    }

    /// <summary>The first row of slice <paramref name="part"/> of <paramref name="parts"/>.</summary>
    internal static int Slice(int part, int parts, int count) => (int)((long)count * part / parts);

    internal static void Run(int parts, Action<int> body)
    {
        if (parts == 1)
        {
            body(0);
        }
        else
        {
            System.Threading.Tasks.Parallel.For(0, parts, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = parts }, body);
        }
    }

    private static void Count(long[] keys, int from, int to, int shift, int[] counts)
    {
        Array.Clear(counts);
        for (int i = from; i < to; i++)
        {
            counts[(int)(((ulong)keys[i] >> shift) & (Digits - 1))]++;
        }
    }

    private static void Place(long[] keys, long[] payload, long[] dstKeys, long[] dstPayload, int from, int to, int shift, int[] offsets)
    {
        for (int i = from; i < to; i++)
        {
            long k = keys[i];
            int at = offsets[(int)(((ulong)k >> shift) & (Digits - 1))]++;
            dstKeys[at] = k;
            dstPayload[at] = payload[i];
        }
    }
}
