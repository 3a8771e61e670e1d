using System.Runtime.Intrinsics;
using System.Threading.Tasks;

namespace Measures.Benchmarks.Aggregation;

/// <summary>Reads whole columns once, in order, split across threads: the memory-bandwidth ceiling of a scan.</summary>
public static class SequentialRead
{
    /// <summary>Sums two 32-bit columns.</summary>
    public static long Sum(int[] a, int[] b, int threads)
    {
        var partial = new long[threads];
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var (from, to) = Slice(a.Length, t, threads);
            partial[t] = Sum32(a, from, to) + Sum32(b, from, to);
        });
        return Total(partial);
    }

    /// <summary>Sums two 32-bit and two 64-bit columns.</summary>
    public static long Sum(int[] a, int[] b, long[] c, long[] d, int threads)
    {
        var partial = new long[threads];
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var (from, to) = Slice(a.Length, t, threads);
            partial[t] = Sum32(a, from, to) + Sum32(b, from, to) + Sum64(c, from, to) + Sum64(d, from, to);
        });
        return Total(partial);
    }

    private static (int From, int To) Slice(int length, int t, int threads) =>
        ((int)((long)length * t / threads), (int)((long)length * (t + 1) / threads));

    private static long Total(long[] partial)
    {
        long total = 0;
        foreach (long p in partial)
        {
            total += p;
        }

        return total;
    }

    private static long Sum32(int[] values, int from, int to)
    {
        var acc0 = Vector512<long>.Zero;
        var acc1 = Vector512<long>.Zero;
        int i = from;
        for (; i <= to - 16; i += 16)
        {
            var (lo, hi) = Vector512.Widen(Vector512.Create(values, i));
            acc0 += lo;
            acc1 += hi;
        }

        long total = Vector512.Sum(acc0 + acc1);
        for (; i < to; i++)
        {
            total += values[i];
        }

        return total;
    }

    private static long Sum64(long[] values, int from, int to)
    {
        var acc = Vector512<long>.Zero;
        int i = from;
        for (; i <= to - 8; i += 8)
        {
            acc += Vector512.Create(values, i);
        }

        long total = Vector512.Sum(acc);
        for (; i < to; i++)
        {
            total += values[i];
        }

        return total;
    }
}
