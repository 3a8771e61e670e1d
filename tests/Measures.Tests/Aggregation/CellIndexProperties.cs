using System;
using System.Collections.Generic;
using FsCheck.Xunit;
using Measures.Aggregation;

namespace Measures.Tests.Aggregation;

/// <summary>The council-totals cell index finds exactly what a dictionary finds, whatever the keys (0, negative, sharing their low or high bits).</summary>
public sealed class CellIndexProperties
{
    [Property(MaxTest = 60)]
    public void Finds_what_a_dictionary_finds(int seed, ushort count, byte shape)
    {
        var random = new Random(seed);
        var index = new CellIndex();
        var reference = new Dictionary<long, (int Row, int OrdinalKey)>();
        for (int i = 0; i < count % 5_000; i++)
        {
            long key = Key(random, shape);
            bool found = index.TryGetValue(key, out var cell);
            Assert.Equal(reference.TryGetValue(key, out var expected), found);
            if (found)
            {
                Assert.Equal(expected, cell);
            }
            else
            {
                int row = random.Next(0, 1 << 20);
                int ordinalKey = random.Next(0, 1 << 16);
                index.Add(key, row, ordinalKey);
                reference.Add(key, (row, ordinalKey));
            }

            Assert.Equal(reference.Count, index.Count);
        }

        foreach (var (key, expected) in reference)
        {
            Assert.True(index.TryGetValue(key, out var cell));
            Assert.Equal(expected, cell);
        }

        for (int i = 0; i < 200; i++)
        {
            long key = Key(random, shape);
            Assert.Equal(reference.ContainsKey(key), index.TryGetValue(key, out _));
        }
    }

    // Keys as a store packs them (measure << 48 | ordinal << 16 | breakdown), from few values so that they repeat,
    // or from the whole range, negative and 0 among them.
    private static long Key(Random random, byte shape) => (shape % 3) switch
    {
        0 => ((long)random.Next(0, 4) << 48) | ((long)(uint)random.Next(-30, 30) << 16) | (long)random.Next(0, 3),
        1 => random.Next(0, 2) == 0 ? 0 : random.NextInt64(long.MinValue, long.MaxValue),
        _ => (long)random.Next(0, 64) << random.Next(0, 58),
    };
}
