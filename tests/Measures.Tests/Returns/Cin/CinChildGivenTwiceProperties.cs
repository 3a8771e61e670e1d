using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Returns.Cin;
using static Measures.Tests.Returns.Cin.CinTestFiles;

namespace Measures.Tests.Returns.Cin;

/// <summary>
/// A child given twice, against an account kept here of which LAchildIDs came before and on what line: whether the
/// children come in order of LAchildID, out of it, or in order and then not, and whatever has no LAchildID, every child
/// given again is named with the line of its first Child, and no other is, in one pass and in parts.
/// </summary>
public sealed class CinChildGivenTwiceProperties
{
    [Property(MaxTest = 300)]
    public Property Every_child_given_again_is_named_with_its_first_line(NonEmptyArray<byte> picks, bool sorted, NonNegativeInt ordered)
    {
        // Identifiers from a small set, so that some repeat; "" stands for a child without LAchildID.
        var ids = picks.Get.Select(p => p % 9 == 0 ? "" : "C" + (p % 23).ToString("00", null)).ToList();
        if (sorted)
        {
            // In order up to a point, then as drawn.
            int upTo = ordered.Get % (ids.Count + 1);
            ids = [.. ids.Take(upTo).Order(StringComparer.Ordinal), .. ids.Skip(upTo)];
        }

        Check(ids);
        return true.ToProperty();
    }

    [Fact]
    public void A_child_given_in_the_first_part_after_children_without_LAchildID_is_named_in_the_second()
    {
        // In order but for the children without LAchildID, which must not be searched among as if they were.
        Check(["C01", "", "", "", "C09", "C10", "C11", "C12", "C13", "C01"]);
    }

    private static void Check(List<string> ids)
    {
        string xml = Census([.. ids.Select(id => id.Length == 0
            ? "<Child>\n<ChildIdentifiers><PersonBirthDate>2015-06-01</PersonBirthDate></ChildIdentifiers>\n" + Episode("2023-05-01") + "\n</Child>"
            : Child(id, Episode("2023-05-01")))]);

        // The account: each Child element's line, and the first line of each LAchildID.
        var lines = xml.Split('\n');
        var expected = new List<string>();
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        int child = 0;
        for (int line = 1; line <= lines.Length; line++)
        {
            if (lines[line - 1] != "<Child>")
            {
                continue;
            }

            string id = ids[child++];
            if (id.Length > 0 && !first.TryAdd(id, line))
            {
                expected.Add($"{line + 1} {id} first on line {first[id]}");
            }
        }

        byte[] bytes = Encoding.UTF8.GetBytes(xml);
        foreach (int parts in new[] { 1, 2, 3 })
        {
            foreach (bool plain in new[] { true, false })
            {
                var census = CinCensusReader.Read(new MemoryStream(bytes), "census.xml", CinReadOptions.Lenient, out _, parts, 0, plain).Value;
                var named = census.Problems.Where(p => p.Problem.Kind == DataProblemKind.Duplicate)
                    .Select(p => $"{p.Problem.Line} {p.ChildId} first on line {FirstLine(p.Problem.Message)}").ToList();
                Assert.Equal(expected, named);
                Assert.Equal(ids.Count, census.Children.Count);
            }
        }
    }

    private static string FirstLine(string message)
    {
        const string marker = "first on line ";
        int at = message.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return message[at..message.IndexOf(')', at)];
    }
}
