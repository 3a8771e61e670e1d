using System;
using System.Collections;
using System.Collections.Generic;

namespace Measures.Observations;

/// <summary>
/// Observations held in fixed-size chunks: a reader's list of millions of rows grows without the copies (and
/// the twice-the-size moment) of a doubling array. Read-only once handed out.
/// </summary>
internal sealed class ObservationChunks : IReadOnlyList<Observation>
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly List<Observation[]> chunks = [];

    public int Count { get; private set; }

    public Observation this[int index] =>
        (uint)index < (uint)Count ? chunks[index >> ChunkBits][index & (ChunkSize - 1)] : throw new ArgumentOutOfRangeException(nameof(index), index, $"There are {Count} observations.");

    public void Add(in Observation observation)
    {
        if ((Count & (ChunkSize - 1)) == 0)
        {
            chunks.Add(new Observation[ChunkSize]);
        }

        chunks[^1][Count & (ChunkSize - 1)] = observation;
        Count++;
    }

    public IEnumerator<Observation> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return chunks[i >> ChunkBits][i & (ChunkSize - 1)];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
