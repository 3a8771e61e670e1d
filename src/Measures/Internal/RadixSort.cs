using System;
using System.Buffers;

namespace Measures.Internal;

/// <summary>
/// Sorts numbers with a value each by the number, keeping the order of equal numbers: eight bits a pass, four
/// passes, each reading and writing in runs. Its time grows with the count alone, where a comparison sort's grows
/// faster, and it is stable, which the framework's sort is not.
/// </summary>
internal static class RadixSort
{
    /// <summary>Sorts <paramref name="keys"/> ascending, moving <paramref name="values"/> with them; equal keys keep their order.</summary>
    public static void ByKey(Span<uint> keys, Span<int> values)
    {
        Preconditions.CheckArgument(keys.Length == values.Length, nameof(values), "There must be one value a key.");
        int n = keys.Length;
        if (n < 2)
        {
            return;
        }

        uint[] otherKeys = ArrayPool<uint>.Shared.Rent(n);
        int[] otherValues = ArrayPool<int>.Shared.Rent(n);
        Span<int> counts = stackalloc int[256];
        try
        {
            Span<uint> fromKeys = keys;
            Span<int> fromValues = values;
            Span<uint> toKeys = otherKeys.AsSpan(0, n);
            Span<int> toValues = otherValues.AsSpan(0, n);
            for (int shift = 0; shift < 32; shift += 8)
            {
                counts.Clear();
                foreach (uint key in fromKeys)
                {
                    counts[(int)((key >> shift) & 0xFF)]++;
                }

                int at = 0;
                for (int digit = 0; digit < 256; digit++)
                {
                    (counts[digit], at) = (at, at + counts[digit]);
                }

                for (int i = 0; i < n; i++)
                {
                    int place = counts[(int)((fromKeys[i] >> shift) & 0xFF)]++;
                    toKeys[place] = fromKeys[i];
                    toValues[place] = fromValues[i];
                }

                var swapKeys = fromKeys;
                fromKeys = toKeys;
                toKeys = swapKeys;
                var swapValues = fromValues;
                fromValues = toValues;
                toValues = swapValues;
            }

            // Four passes, an even number: the sorted numbers are back where they started.
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(otherKeys);
            ArrayPool<int>.Shared.Return(otherValues);
        }
    }
}
