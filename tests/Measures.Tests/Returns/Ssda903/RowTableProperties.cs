using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Returns;
using Measures.Returns.Ssda903;

namespace Measures.Tests.Returns.Ssda903;

/// <summary>
/// The table that finds a row given twice: whatever the hashes (here from a handful of values, so that unequal rows
/// share them often), a row is refused exactly when an equal row (equal but for where it was read) was added before,
/// and the row it is told of is that one; taking in parts gives what adding every row to one table gives.
/// </summary>
[Properties(MaxTest = 300)]
public sealed class RowTableProperties
{
    [Property]
    public Property A_row_is_refused_exactly_when_an_equal_one_is_held(int[] values, PositiveInt hashes)
    {
        var table = NewTable();
        var held = new List<(int Value, int Line)>();
        for (int i = 0; i < values.Length; i++)
        {
            var row = (values[i], i + 2);
            bool added = table.TryAdd(row, values[i] % hashes.Get, out var first);
            int earlier = held.FindIndex(h => h.Value == values[i]);
            if (added != (earlier < 0) || (!added && first != held[earlier]))
            {
                return false.Label($"row {i}: added {added}, earlier {earlier}");
            }

            if (added)
            {
                held.Add(row);
            }
        }

        return table.Rows.Segment().SequenceEqual(held).Label("the rows held, in the order added");
    }

    [Property]
    public Property Taking_in_parts_gives_what_one_table_gives(int[][] parts, PositiveInt hashes)
    {
        var one = NewTable();
        int line = 2;
        var merged = NewTable();
        var tables = new List<Ssda903ReturnBuilder.Table<(int Value, int Line)>>();
        var repeatedOne = new List<((int, int) First, (int, int) Again)>();
        foreach (int[] values in parts.Where(p => p is not null))
        {
            var table = NewTable();
            foreach (int value in values)
            {
                var row = (value, line++);
                if (!one.TryAdd(row, value % hashes.Get, out var first))
                {
                    repeatedOne.Add((first, row));
                }

                table.TryAdd(row, value % hashes.Get, out _);
            }

            tables.Add(table);
        }

        var repeatedMerged = new List<((int, int) First, (int, int) Again)>();
        merged.Reserve(tables.Sum(t => t.Rows.Count));
        merged.Plan(tables);
        foreach (var table in tables)
        {
            merged.Merge(table, (first, again) => repeatedMerged.Add((first, again)));
        }

        // A row repeated inside one part is refused by that part's table and never reaches the merge.
        var acrossParts = repeatedOne.Where(r => tables.Any(t => t.Rows.Segment().Contains(r.Again))).ToList();
        return (merged.Rows.Segment().SequenceEqual(one.Rows.Segment()).Label("the same rows, in order")
            .And(repeatedMerged.SequenceEqual(acrossParts).Label("the same repeats across parts")));
    }

    private static Ssda903ReturnBuilder.Table<(int Value, int Line)> NewTable() =>
        new(r => (r.Value, 0), r => new RecordLocation("Rows.csv", r.Line), r => r.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
