using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Internal;
using Xunit;

namespace Measures.Tests.Returns;

/// <summary>
/// The sort that brings a large file's rows of equal hash side by side when its parts are taken in: the keys come out
/// ascending, each value with its key, and values of equal keys in the order given (as LINQ's OrderBy, which is
/// stable, orders them).
/// </summary>
public sealed class RadixSortProperties
{
    [Property(MaxTest = 300)]
    public Property Keys_come_out_ascending_with_their_values_and_equal_keys_in_the_order_given(uint[] keys, bool fewKeys)
    {
        // Few distinct keys make many equal ones, whose order is what stability is about; otherwise the generated
        // keys (small numbers) are spread over all 32 bits, as hashes are.
        uint[] sorted = fewKeys ? [.. keys.Select(k => k % 7)] : [.. keys.Select(k => unchecked(k * 2654435761u))];
        int[] values = [.. Enumerable.Range(0, sorted.Length)];
        var expected = sorted.Select((key, i) => (Key: key, Value: values[i])).OrderBy(p => p.Key).ToArray();

        RadixSort.ByKey(sorted, values);

        bool same = sorted.SequenceEqual(expected.Select(p => p.Key)) && values.SequenceEqual(expected.Select(p => p.Value));
        return same.Label($"{sorted.Length} keys, {(fewKeys ? "few" : "any")} distinct");
    }

    [Fact]
    public void Keys_that_differ_only_in_the_top_byte_are_sorted_by_it()
    {
        uint[] keys = [0xFF000000u, 0x01000000u, 0x80000000u, 0x00000001u, 0x01000000u];
        int[] values = [0, 1, 2, 3, 4];

        RadixSort.ByKey(keys, values);

        Assert.Equal([0x00000001u, 0x01000000u, 0x01000000u, 0x80000000u, 0xFF000000u], keys);
        Assert.Equal([3, 1, 4, 2, 0], values);
    }

    [Fact]
    public void Keys_and_values_of_different_lengths_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => RadixSort.ByKey(new uint[3], new int[2]));
        Assert.Equal("values", error.ParamName);
    }
}
