using System;
using System.Buffers;
using System.Numerics;

namespace Measures.Returns.Ssda903;

/// <summary>
/// The children a return's Header lists, found from the text of an identifier in another file without making a string,
/// so that every file keeps Header's one string a child. Its table is borrowed from the shared pool and given back on
/// <see cref="Dispose"/>: a national return lists 110,000 children, and a set of its own would put megabytes on the
/// large object heap at every read.
/// </summary>
/// <remarks>Filled by one thread, then read by many at once; after <see cref="Dispose"/> it finds nothing.</remarks>
internal sealed class ListedChildren : IDisposable
{
    private string?[] slots = [];
    private int[] hashes = [];
    private int mask;
    private int count;

    /// <summary>Initializes a new instance of the <see cref="ListedChildren"/> class with room for <paramref name="count"/> children.</summary>
    public ListedChildren(int count) => Room(count);

    /// <summary>Adds a child's identifier; one already listed is left as it is.</summary>
    public void Add(string id)
    {
        if (2 * (count + 1) > mask + 1)
        {
            Room(2 * (count + 1));
        }

        int hash = string.GetHashCode(id.AsSpan());
        int at = hash & mask;
        while (slots[at] is { } held)
        {
            if (hashes[at] == hash && held == id)
            {
                return;
            }

            at = (at + 1) & mask;
        }

        (slots[at], hashes[at]) = (id, hash);
        count++;
    }

    /// <summary>Finds the listed identifier whose text is <paramref name="text"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> text, out string? id)
    {
        if (slots.Length > 0)
        {
            // The hash is randomised for each process, so that no file can be made to collide.
            int hash = string.GetHashCode(text);
            for (int at = hash & mask; slots[at] is { } held; at = (at + 1) & mask)
            {
                if (hashes[at] == hash && text.SequenceEqual(held))
                {
                    id = held;
                    return true;
                }
            }
        }

        id = null;
        return false;
    }

    // At most half full, so that a probe is short: a table of room for twice the children, the ones held moved in.
    private void Room(int children)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * children));
        var (oldSlots, oldHashes, oldSize) = (slots, hashes, slots.Length == 0 ? 0 : mask + 1);
        slots = ArrayPool<string?>.Shared.Rent(size);
        Array.Clear(slots, 0, size);
        hashes = ArrayPool<int>.Shared.Rent(size);
        mask = size - 1;
        for (int i = 0; i < oldSize; i++)
        {
            if (oldSlots[i] is { } held)
            {
                int at = oldHashes[i] & mask;
                while (slots[at] is not null)
                {
                    at = (at + 1) & mask;
                }

                (slots[at], hashes[at]) = (held, oldHashes[i]);
            }
        }

        if (oldSize > 0)
        {
            ArrayPool<string?>.Shared.Return(oldSlots, clearArray: true);
            ArrayPool<int>.Shared.Return(oldHashes);
        }
    }

    /// <summary>Gives the table back to the pool, emptied of the identifiers.</summary>
    public void Dispose()
    {
        if (slots.Length > 0)
        {
            ArrayPool<string?>.Shared.Return(slots, clearArray: true);
            ArrayPool<int>.Shared.Return(hashes);
            (slots, hashes) = ([], []);
        }
    }
}
