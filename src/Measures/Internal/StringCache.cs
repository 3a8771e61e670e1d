using System;
using System.Buffers;

namespace Measures.Internal;

/// <summary>
/// Strings made from text that repeats (codes, identifiers, postcodes), each text made into a string once while
/// it stays in the cache: a fixed number of slots, so that it never grows or rehashes however many rows are read.
/// A text whose slot holds another is made anew and takes the slot. Not thread-safe: one reader owns one.
/// </summary>
internal sealed class StringCache
{
    // Small enough to stay off the large object heap: a return is read in many parts, each with its own cache, whose
    // slots are borrowed from the shared pool (emptied when given back, so that no string outlives its read there).
    private const int Slots = 1 << 13;
    private string?[] slots = Borrow();

    /// <summary>The string of <paramref name="text"/>: the one made before when it is still cached.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        // FNV-1a: short texts, and no need for a randomised hash in a cache whose worst case is a miss.
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        if (slots.Length == 0)
        {
            slots = Borrow();
        }

        ref string? slot = ref slots[(int)(hash & (Slots - 1))];
        if (slot is { } known && text.SequenceEqual(known))
        {
            return known;
        }

        return slot = new string(text);
    }

    /// <summary>Gives the slots back to the pool, emptied; a later <see cref="Get"/> borrows them anew.</summary>
    public void Release()
    {
        if (slots.Length > 0)
        {
            ArrayPool<string?>.Shared.Return(slots, clearArray: true);
            slots = [];
        }
    }

    private static string?[] Borrow() => ArrayPool<string?>.Shared.Rent(Slots);
}
