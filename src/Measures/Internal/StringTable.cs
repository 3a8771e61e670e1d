using System;
using System.Buffers;
using System.Numerics;

namespace Measures.Internal;

/// <summary>
/// Strings, each with a number, found from a text without making a string: the children a return lists and the line
/// each was first given on. Its arrays are borrowed from the shared pool and given back on <see cref="Release"/>: a
/// national return has a hundred thousand children, and a dictionary of its own would put megabytes on the large object
/// heap at every read, growing step by step.
/// </summary>
/// <remarks>Filled by one thread, then read by many at once; after <see cref="Release"/> it finds nothing.</remarks>
internal sealed class StringTable
{
    private string?[] slots = [];
    private int[] hashes = [];
    private int[] values = [];
    private int mask;
    private int count;

    /// <summary>Initializes a new instance of the <see cref="StringTable"/> class with room for <paramref name="count"/> strings (it grows past them).</summary>
    public StringTable(int count = 0) => Room(count);

    /// <summary>Adds <paramref name="key"/> with <paramref name="value"/>, or gives the value it already has.</summary>
    /// <returns>Whether the key was added.</returns>
    public bool TryAdd(string key, int value, out int held)
    {
        if (2 * (count + 1) > mask + 1)
        {
            Room(2 * (count + 1));
        }

        int hash = string.GetHashCode(key.AsSpan());
        int at = hash & mask;
        while (slots[at] is { } other)
        {
            if (hashes[at] == hash && other == key)
            {
                held = values[at];
                return false;
            }

            at = (at + 1) & mask;
        }

        (slots[at], hashes[at], values[at]) = (key, hash, value);
        count++;
        held = value;
        return true;
    }

    /// <summary>Finds the string whose text is <paramref name="text"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> text, out string? key)
    {
        int at = Find(text);
        key = at < 0 ? null : slots[at];
        return at >= 0;
    }

    /// <summary>Gives the arrays back to the pool, emptied of the strings.</summary>
    public void Release()
    {
        if (slots.Length > 0)
        {
            Give(slots, hashes, values);
            (slots, hashes, values, mask, count) = ([], [], [], 0, 0);
        }
    }

    private int Find(ReadOnlySpan<char> text)
    {
        if (slots.Length > 0)
        {
            // The hash is randomised for each process, so that no file can be made to collide.
            int hash = string.GetHashCode(text);
            for (int at = hash & mask; slots[at] is { } held; at = (at + 1) & mask)
            {
                if (hashes[at] == hash && text.SequenceEqual(held))
                {
                    return at;
                }
            }
        }

        return -1;
    }

    // At most half full, so that a probe is short: room for twice the strings, the ones held moved in.
    private void Room(int strings)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * strings));
        var (oldSlots, oldHashes, oldValues, oldSize) = (slots, hashes, values, slots.Length == 0 ? 0 : mask + 1);
        slots = ArrayPool<string?>.Shared.Rent(size);
        Array.Clear(slots, 0, size);
        hashes = ArrayPool<int>.Shared.Rent(size);
        values = ArrayPool<int>.Shared.Rent(size);
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

                (slots[at], hashes[at], values[at]) = (held, oldHashes[i], oldValues[i]);
            }
        }

        if (oldSize > 0)
        {
            Give(oldSlots, oldHashes, oldValues);
        }
    }

    private static void Give(string?[] slots, int[] hashes, int[] values)
    {
        ArrayPool<string?>.Shared.Return(slots, clearArray: true);
        ArrayPool<int>.Shared.Return(hashes);
        ArrayPool<int>.Shared.Return(values);
    }
}
