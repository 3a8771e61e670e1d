using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Measures.Returns.Ssda903;

/// <summary>
/// A growing list of one file's records whose array can be handed on as it is: a national return's episodes are
/// held by value, and copying a quarter of a million of them again only to let go of the first copy costs a read dearly.
/// </summary>
/// <typeparam name="T">The record.</typeparam>
internal sealed class RowList<T>
{
    private T[] items;

    public RowList(int capacity = 0) => items = capacity > 0 ? new T[capacity] : [];

    public int Count { get; private set; }

    public int Capacity
    {
        get => items.Length;
        set
        {
            if (value > items.Length)
            {
                Array.Resize(ref items, value);
            }
        }
    }

    public T this[int index] => items[index];

    public void Add(T item)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, Math.Max(4, 2 * items.Length));
        }

        items[Count++] = item;
    }

    /// <summary>The records, in the list's own array (not copied): the list is not added to afterwards.</summary>
    public ArraySegment<T> Segment() => new(items, 0, Count);

    /// <summary>A read-only view of the records, not copied.</summary>
    public IReadOnlyList<T> AsReadOnly() => new ReadOnlyCollection<T>(Segment());
}
