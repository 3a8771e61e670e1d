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
