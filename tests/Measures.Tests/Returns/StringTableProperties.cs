using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Internal;

namespace Measures.Tests.Returns;

/// <summary>
/// The table that finds a return's children from another file's text (SSDA903's Header) and a child's first line (the
/// CIN census): every string added is found as the string added, with the number it was first added with, nothing
/// else is found, it holds more than it was made for, and once given back to the pool it finds nothing.
/// </summary>
public sealed class StringTableProperties
{
    [Property(MaxTest = 200)]
    public Property Every_string_added_is_found_with_its_first_number_and_no_other(string[] added, string[] asked)
    {
        var keys = added.Where(key => key is not null).ToArray();
        var table = new StringTable(keys.Length / 3);
        var first = new Dictionary<string, (string Key, int Value)>(StringComparer.Ordinal);
        bool addedRight = true;
        for (int i = 0; i < keys.Length; i++)
        {
            bool isNew = first.TryAdd(keys[i], (keys[i], i));
            addedRight &= table.TryAdd(keys[i], i, out int held) == isNew && held == first[keys[i]].Value;
        }

        bool foundAll = first.Values.All(f => table.TryGetValue(f.Key.AsSpan(), out string? held) && ReferenceEquals(held, f.Key));
        bool onlyThose = asked.Where(text => text is not null).All(text => table.TryGetValue(text.AsSpan(), out _) == first.ContainsKey(text));
        table.Release();
        return (addedRight && foundAll && onlyThose).Label($"{keys.Length} added: numbers {addedRight}, all found {foundAll}, nothing else {onlyThose}");
    }

    [Fact]
    public void More_strings_than_it_was_made_for_are_all_held()
    {
        string[] ids = [.. Enumerable.Range(0, 1_000).Select(i => "C" + i)];
        var table = new StringTable(1);
        for (int i = 0; i < ids.Length; i++)
        {
            Assert.True(table.TryAdd(ids[i], i, out _));
        }

        Assert.All(ids, id => Assert.True(table.TryGetValue(id.AsSpan(), out string? held) && ReferenceEquals(held, id)));
        Assert.False(table.TryAdd("C7", 5, out int first));
        Assert.Equal(7, first);
        Assert.False(table.TryGetValue("C1000", out _));
        table.Release();
    }

    [Fact]
    public void Given_back_it_finds_nothing()
    {
        var table = new StringTable(3);
        table.TryAdd("C1", 1, out _);
        Assert.True(table.TryGetValue("C1", out _));
        table.Release();
        Assert.False(table.TryGetValue("C1", out string? none));
        Assert.Null(none);
        table.Release();
    }
}
