using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Returns.Ssda903;

namespace Measures.Tests.Returns.Ssda903;

/// <summary>
/// The children Header lists, found from another file's text: every identifier added is found as the string added,
/// nothing else is found, and once given back to the pool the table finds nothing.
/// </summary>
public sealed class ListedChildrenProperties
{
    [Property(MaxTest = 200)]
    public Property Every_child_added_is_found_as_the_string_added_and_no_other(string[] added, string[] asked)
    {
        var ids = added.Where(id => id is not null).ToArray();
        using var listed = new ListedChildren(Math.Max(0, ids.Length / 3));
        foreach (string id in ids)
        {
            listed.Add(id);
        }

        bool foundAll = ids.All(id => listed.TryGetValue(id.AsSpan(), out string? held) && held == id && ReferenceEquals(held, ids.First(x => x == id)));
        bool onlyThose = asked.Where(text => text is not null).All(text => listed.TryGetValue(text.AsSpan(), out _) == ids.Contains(text));
        return (foundAll && onlyThose).Label($"{ids.Length} added: all found {foundAll}, nothing else {onlyThose}");
    }

    [Fact]
    public void More_children_than_it_was_made_for_are_all_held()
    {
        string[] ids = [.. Enumerable.Range(0, 1_000).Select(i => "C" + i)];
        using var listed = new ListedChildren(1);
        foreach (string id in ids)
        {
            listed.Add(id);
        }

        Assert.All(ids, id => Assert.True(listed.TryGetValue(id.AsSpan(), out string? held) && ReferenceEquals(held, id)));
        Assert.False(listed.TryGetValue("C1000", out _));
    }

    [Fact]
    public void Given_back_it_finds_nothing()
    {
        var listed = new ListedChildren(3);
        listed.Add("C1");
        Assert.True(listed.TryGetValue("C1", out _));
        listed.Dispose();
        Assert.False(listed.TryGetValue("C1", out string? none));
        Assert.Null(none);
        listed.Dispose();
    }
}
