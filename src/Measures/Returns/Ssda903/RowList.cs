using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Measures.Returns.Ssda903;

/// <summary>
/// A growing list of one file's records whose array can be handed on as it is: a national return's episodes are
/// held by value, and copying a quarter of a million of them again only to let go of the first copy costs a read dearly.
/// </summary>
/// <remarks>
/// The parts of a large file may each fill their own stretch of one array, laid out in the file's order. Taking the
/// parts in, in order, then moves each row to a place at or before its own, so the rows stay where they are unless an
/// earlier part left some out.
/// </remarks>
/// <typeparam name="T">The record.</typeparam>
internal sealed class RowList<T>
{
    private T[] items;
    private int start;
    private int limit;

    public RowList(int capacity = 0)
    {
        items = capacity > 0 ? new T[capacity] : [];
        limit = items.Length;
    }

    /// <summary>A list that fills <paramref name="capacity"/> places of <paramref name="shared"/> from <paramref name="start"/>.</summary>
    public RowList(T[] shared, int start, int capacity)
    {
        items = shared;
        this.start = start;
        limit = start + capacity;
    }

    public int Count { get; private set; }

    /// <summary>Gets or sets the room for records; more room is taken from the shared array after this list's stretch when it has it.</summary>
    public int Capacity
    {
        get => limit - start;
        set
        {
            if (value <= limit - start)
            {
                return;
            }

            if (start + value <= items.Length)
            {
                limit = start + value;
            }
            else
            {
                Move(value);
            }
        }
    }

    public T this[int index] => items[start + index];

    public void Add(T item)
    {
        if (start + Count == limit)
        {
            Move(Math.Max(4, 2 * (limit - start)));
        }

        items[start + Count++] = item;
    }

    /// <summary>
    /// Takes all of <paramref name="next"/>'s records after this list's in one copy, when there is room: where they
    /// are when they lie just after this list's in one array, and moved up over the gap otherwise.
    /// </summary>
    /// <returns>Whether they were taken.</returns>
    public bool TryTakeAll(RowList<T> next)
    {
        int at = start + Count;
        if (at + next.Count > limit || (ReferenceEquals(items, next.items) && next.start < at))
        {
            return false;
        }

        if (!ReferenceEquals(items, next.items) || next.start != at)
        {
            Array.Copy(next.items, next.start, items, at, next.Count);
        }

        Count += next.Count;
        return true;
    }

    /// <summary>The records, in the list's own array (not copied): the list is not added to afterwards.</summary>
    public ArraySegment<T> Segment() => new(items, start, Count);

    /// <summary>A read-only view of the records, not copied.</summary>
    public IReadOnlyList<T> AsReadOnly() => new ReadOnlyCollection<T>(Segment());

    // Out of room: the records move to an array of their own.
    private void Move(int capacity)
    {
        var moved = new T[capacity];
        Array.Copy(items, start, moved, 0, Count);
        (items, start, limit) = (moved, 0, capacity);
    }
}
