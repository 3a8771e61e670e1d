using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace Measures.Returns.Cin;

/// <summary>
/// The children of a census read from a file: each child's records are made from the census's rows the first time
/// the child is asked for, and kept, so that asking again gives the same records. Figures are counted from the rows.
/// </summary>
/// <remarks>Thread-safe: two threads asking for one child at once get the same records.</remarks>
internal sealed class CinChildList : IReadOnlyList<CinChild>
{
    private readonly int[] firsts;
    private CinChild?[]? made;

    /// <param name="segments">The rows of the file's parts, in order (one when read in one pass).</param>
    public CinChildList(CinRows[] segments)
    {
        Segments = segments;
        firsts = new int[segments.Length];
        for (int i = 0; i < segments.Length; i++)
        {
            firsts[i] = Count;
            Count += segments[i].Children.Count;
        }
    }

    /// <summary>The rows of the file's parts, in order.</summary>
    public CinRows[] Segments { get; }

    public int Count { get; }

    public CinChild this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new System.ArgumentOutOfRangeException(nameof(index), index, "There is no child at this index.");
            }

            var all = Volatile.Read(ref made) ?? Interlocked.CompareExchange(ref made, new CinChild?[Count], null) ?? made!;
            return Volatile.Read(ref all[index]) ?? Interlocked.CompareExchange(ref all[index], Make(index), null) ?? all[index]!;
        }
    }

    private CinChild Make(int index)
    {
        int segment = Segments.Length - 1;
        while (firsts[segment] > index)
        {
            segment--;
        }

        return Segments[segment].Child(index - firsts[segment]);
    }

    public IEnumerator<CinChild> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
