using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Measures.Aggregation;

/// <summary>
/// The hot loops: sums of contiguous numerator and denominator rows, widened to 64 bits, with the
/// widest vectors the processor has. Figures are never negative, so order of addition cannot matter.
/// </summary>
internal static class RunSums
{
    public static long Sum(int[] values, int start, int end)
    {
        ref int r = ref MemoryMarshal.GetArrayDataReference(values);
        long total = 0;
        int i = start;
        if (Vector512.IsHardwareAccelerated && end - i >= 16)
        {
            Vector512<long> a0 = default, a1 = default;
            for (; i <= end - 16; i += 16)
            {
                var (lo, hi) = Vector512.Widen(Vector512.LoadUnsafe(ref r, (nuint)i));
                a0 += lo;
                a1 += hi;
            }

            total = Vector512.Sum(a0 + a1);
        }
        else if (Vector256.IsHardwareAccelerated && end - i >= 8)
        {
            Vector256<long> a0 = default, a1 = default;
            for (; i <= end - 8; i += 8)
            {
                var (lo, hi) = Vector256.Widen(Vector256.LoadUnsafe(ref r, (nuint)i));
                a0 += lo;
                a1 += hi;
            }

            total = Vector256.Sum(a0 + a1);
        }

        for (; i < end; i++)
        {
            total += Unsafe.Add(ref r, i);
        }

        return total;
    }

    public static long Sum(long[] values, int start, int end)
    {
        ref long r = ref MemoryMarshal.GetArrayDataReference(values);
        long total = 0;
        int i = start;
        if (Vector512.IsHardwareAccelerated && end - i >= 8)
        {
            Vector512<long> a = default;
            for (; i <= end - 8; i += 8)
            {
                a += Vector512.LoadUnsafe(ref r, (nuint)i);
            }

            total = Vector512.Sum(a);
        }
        else if (Vector256.IsHardwareAccelerated && end - i >= 4)
        {
            Vector256<long> a = default;
            for (; i <= end - 4; i += 4)
            {
                a += Vector256.LoadUnsafe(ref r, (nuint)i);
            }

            total = Vector256.Sum(a);
        }

        for (; i < end; i++)
        {
            total = checked(total + Unsafe.Add(ref r, i));
        }

        return total;
    }

    /// <summary>
    /// Sums numerators and denominators of one run in 32-bit lanes, with no widening: the caller has
    /// checked that the run's length times the largest figure cannot exceed <see cref="int.MaxValue"/>.
    /// </summary>
    public static void SumPairNarrow(int[] numerators, int[] denominators, int start, int end, out long numerator, out long denominator)
    {
        ref int rn = ref MemoryMarshal.GetArrayDataReference(numerators);
        ref int rd = ref MemoryMarshal.GetArrayDataReference(denominators);
        int n = 0, d = 0;
        int i = start;
        if (Vector512.IsHardwareAccelerated && end - i >= 16)
        {
            Vector512<int> vn = default, vd = default;
            for (; i <= end - 16; i += 16)
            {
                vn += Vector512.LoadUnsafe(ref rn, (nuint)i);
                vd += Vector512.LoadUnsafe(ref rd, (nuint)i);
            }

            n = Vector512.Sum(vn);
            d = Vector512.Sum(vd);
        }
        else if (Vector256.IsHardwareAccelerated && end - i >= 8)
        {
            Vector256<int> vn = default, vd = default;
            for (; i <= end - 8; i += 8)
            {
                vn += Vector256.LoadUnsafe(ref rn, (nuint)i);
                vd += Vector256.LoadUnsafe(ref rd, (nuint)i);
            }

            n = Vector256.Sum(vn);
            d = Vector256.Sum(vd);
        }

        for (; i < end; i++)
        {
            n += Unsafe.Add(ref rn, i);
            d += Unsafe.Add(ref rd, i);
        }

        numerator = n;
        denominator = d;
    }

    /// <summary>Sums numerators and denominators of one run in one pass over both columns.</summary>
    public static void SumPair(int[] numerators, int[] denominators, int start, int end, out long numerator, out long denominator)
    {
        ref int rn = ref MemoryMarshal.GetArrayDataReference(numerators);
        ref int rd = ref MemoryMarshal.GetArrayDataReference(denominators);
        long n = 0, d = 0;
        int i = start;
        if (Vector512.IsHardwareAccelerated && end - i >= 16)
        {
            Vector512<long> n0 = default, n1 = default, d0 = default, d1 = default;
            for (; i <= end - 16; i += 16)
            {
                var (a, b) = Vector512.Widen(Vector512.LoadUnsafe(ref rn, (nuint)i));
                n0 += a;
                n1 += b;
                (a, b) = Vector512.Widen(Vector512.LoadUnsafe(ref rd, (nuint)i));
                d0 += a;
                d1 += b;
            }

            n = Vector512.Sum(n0 + n1);
            d = Vector512.Sum(d0 + d1);
        }
        else if (Vector256.IsHardwareAccelerated && end - i >= 8)
        {
            Vector256<long> n0 = default, n1 = default, d0 = default, d1 = default;
            for (; i <= end - 8; i += 8)
            {
                var (a, b) = Vector256.Widen(Vector256.LoadUnsafe(ref rn, (nuint)i));
                n0 += a;
                n1 += b;
                (a, b) = Vector256.Widen(Vector256.LoadUnsafe(ref rd, (nuint)i));
                d0 += a;
                d1 += b;
            }

            n = Vector256.Sum(n0 + n1);
            d = Vector256.Sum(d0 + d1);
        }

        for (; i < end; i++)
        {
            n += Unsafe.Add(ref rn, i);
            d += Unsafe.Add(ref rd, i);
        }

        numerator = n;
        denominator = d;
    }
}
