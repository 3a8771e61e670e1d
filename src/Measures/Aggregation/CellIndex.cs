using System.Numerics;

namespace Measures.Aggregation;

/// <summary>
/// The cells of a store of council totals by their 64-bit key (measure, period ordinal and breakdown): each key's
/// staging row and its period's key. Every row of a large file looks its cell up here, so the table is open-addressed
/// and at most half full, with the keys and values side by side and a multiplicative hash.
/// </summary>
/// <remarks>Not thread-safe: one builder owns it.</remarks>
internal sealed class CellIndex
{
    private long[] keys;
    // Each slot's staging row plus one (0 when the slot is empty: any key, 0 among them, may be stored), and its period's key.
    private (int RowPlusOne, int OrdinalKey)[] values;
    private int shift;

    public CellIndex()
    {
        keys = new long[16];
        values = new (int, int)[16];
        shift = 64 - 4;
    }

    /// <summary>Gets the number of cells.</summary>
    public int Count { get; private set; }

    /// <summary>Finds the cell of <paramref name="key"/>.</summary>
    public bool TryGetValue(long key, out (int Row, int OrdinalKey) cell)
    {
        int mask = keys.Length - 1;
        for (int slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var (rowPlusOne, ordinalKey) = values[slot];
            if (rowPlusOne == 0)
            {
                cell = default;
                return false;
            }

            if (keys[slot] == key)
            {
                cell = (rowPlusOne - 1, ordinalKey);
                return true;
            }
        }
    }

    /// <summary>Adds the cell of <paramref name="key"/>, which is not yet here.</summary>
    public void Add(long key, int row, int ordinalKey)
    {
        if (2 * (Count + 1) > keys.Length)
        {
            Grow();
        }

        Put(key, row + 1, ordinalKey);
        Count++;
    }

    // Fibonacci hashing: the key's bits mixed into the top ones, which pick the slot.
    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> shift);

    private void Put(long key, int rowPlusOne, int ordinalKey)
    {
        int mask = keys.Length - 1;
        int slot = Slot(key);
        while (values[slot].RowPlusOne != 0)
        {
            slot = (slot + 1) & mask;
        }

        keys[slot] = key;
        values[slot] = (rowPlusOne, ordinalKey);
    }

    private void Grow()
    {
        var (oldKeys, oldValues) = (keys, values);
        int size = oldKeys.Length * 2;
        keys = new long[size];
        values = new (int, int)[size];
        shift = 64 - BitOperations.Log2((uint)size);
        for (int i = 0; i < oldKeys.Length; i++)
        {
            if (oldValues[i].RowPlusOne != 0)
            {
                Put(oldKeys[i], oldValues[i].RowPlusOne, oldValues[i].OrdinalKey);
            }
        }
    }
}
