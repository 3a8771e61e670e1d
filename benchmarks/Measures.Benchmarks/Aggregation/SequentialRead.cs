using System.Runtime.Intrinsics;
using System.Threading.Tasks;

namespace Measures.Benchmarks.Aggregation;

/// <summary>
/// Reads whole columns once, in order, split across threads: the memory-bandwidth ceiling of a scan.
/// Each column is read either one after another or all together in one pass (the faster is the ceiling),
/// with the widest vectors the processor accelerates: 512-bit only where AVX-512 is there, else 256 or 128.
/// </summary>
public static class SequentialRead
{
    /// <summary>Gets the vector width the reads use on this machine, in bits.</summary>
    public static int VectorBits =>
        Vector512.IsHardwareAccelerated ? 512 : Vector256.IsHardwareAccelerated ? 256 : Vector128.IsHardwareAccelerated ? 128 : 64;

    /// <summary>Sums two 32-bit columns, one after the other.</summary>
    public static long Sum(int[] a, int[] b, int threads) =>
        OnThreads(a.Length, threads, (from, to) => Sum32(a, from, to) + Sum32(b, from, to));

    /// <summary>Sums two 32-bit columns read together in one pass.</summary>
    public static long SumTogether(int[] a, int[] b, int threads) =>
        OnThreads(a.Length, threads, (from, to) => Sum32Pair(a, b, from, to));

    /// <summary>Sums two 32-bit and two 64-bit columns, one after another.</summary>
    public static long Sum(int[] a, int[] b, long[] c, long[] d, int threads) =>
        OnThreads(a.Length, threads, (from, to) => Sum32(a, from, to) + Sum32(b, from, to) + Sum64(c, from, to) + Sum64(d, from, to));

    /// <summary>Sums two 32-bit and two 64-bit columns read together in one pass.</summary>
    public static long SumTogether(int[] a, int[] b, long[] c, long[] d, int threads) =>
        OnThreads(a.Length, threads, (from, to) => Sum32Pair(a, b, from, to) + Sum64Pair(c, d, from, to));

    private static long OnThreads(int length, int threads, System.Func<int, int, long> part)
    {
        var partial = new long[threads];
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            int from = (int)((long)length * t / threads), to = (int)((long)length * (t + 1) / threads);
            partial[t] = part(from, to);
        });
        long total = 0;
        foreach (long p in partial)
        {
            total += p;
        }

        return total;
    }

    private static long Sum32(int[] values, int from, int to) => Sum32Pair(values, null, from, to);

    private static long Sum64(long[] values, int from, int to) => Sum64Pair(values, null, from, to);

    // Widening 32-bit lanes to 64-bit accumulators, so that the sums cannot overflow; b may be null.
    private static long Sum32Pair(int[] a, int[]? b, int from, int to)
    {
        long total = 0;
        int i = from;
        if (Vector512.IsHardwareAccelerated)
        {
            var acc0 = Vector512<long>.Zero;
            var acc1 = Vector512<long>.Zero;
            for (; i <= to - 16; i += 16)
            {
                var (lo, hi) = Vector512.Widen(Vector512.Create(a, i));
                acc0 += lo;
                acc1 += hi;
                if (b is not null)
                {
                    (lo, hi) = Vector512.Widen(Vector512.Create(b, i));
                    acc0 += lo;
                    acc1 += hi;
                }
            }

            total = Vector512.Sum(acc0 + acc1);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var acc0 = Vector256<long>.Zero;
            var acc1 = Vector256<long>.Zero;
            for (; i <= to - 8; i += 8)
            {
                var (lo, hi) = Vector256.Widen(Vector256.Create(a, i));
                acc0 += lo;
                acc1 += hi;
                if (b is not null)
                {
                    (lo, hi) = Vector256.Widen(Vector256.Create(b, i));
                    acc0 += lo;
                    acc1 += hi;
                }
            }

            total = Vector256.Sum(acc0 + acc1);
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var acc0 = Vector128<long>.Zero;
            var acc1 = Vector128<long>.Zero;
            for (; i <= to - 4; i += 4)
            {
                var (lo, hi) = Vector128.Widen(Vector128.Create(a, i));
                acc0 += lo;
                acc1 += hi;
                if (b is not null)
                {
                    (lo, hi) = Vector128.Widen(Vector128.Create(b, i));
                    acc0 += lo;
                    acc1 += hi;
                }
            }

            total = Vector128.Sum(acc0 + acc1);
        }

        for (; i < to; i++)
        {
            total += a[i] + (b is null ? 0L : b[i]);
        }

        return total;
    }

    private static long Sum64Pair(long[] a, long[]? b, int from, int to)
    {
        long total = 0;
        int i = from;
        if (Vector512.IsHardwareAccelerated)
        {
            var acc = Vector512<long>.Zero;
            for (; i <= to - 8; i += 8)
            {
                acc += b is null ? Vector512.Create(a, i) : Vector512.Create(a, i) + Vector512.Create(b, i);
            }

            total = Vector512.Sum(acc);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var acc = Vector256<long>.Zero;
            for (; i <= to - 4; i += 4)
            {
                acc += b is null ? Vector256.Create(a, i) : Vector256.Create(a, i) + Vector256.Create(b, i);
            }

            total = Vector256.Sum(acc);
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var acc = Vector128<long>.Zero;
            for (; i <= to - 2; i += 2)
            {
                acc += b is null ? Vector128.Create(a, i) : Vector128.Create(a, i) + Vector128.Create(b, i);
            }

            total = Vector128.Sum(acc);
        }

        for (; i < to; i++)
        {
            total += a[i] + (b is null ? 0L : b[i]);
        }

        return total;
    }
}
