using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Returns.Ssda903;
using Measures.Samples;
using NodaTime;
using Xunit;

namespace Measures.Tests.Returns.Ssda903;

/// <summary>
/// A file read in parts side by side (as a large one is) gives exactly what reading it in one go from a stream that
/// cannot seek gives: the same records with their lines, the same problems (kind, file, line, column, field, value,
/// child, message) in the same order, the same notices, strictly and leniently, whatever is wrong with the file.
/// </summary>
[Properties(MaxTest = 60)]
public sealed class PartsReadProperties
{
    /// <summary>What is done to a synthetic return's files before they are read.</summary>
    public enum Damage
    {
        None,
        LineFeedsOnly,
        ByteOrderMark,
        QuotedCommaAndLineBreak,
        BadDate,
        BadCode,
        RowGivenTwice,
        BlankLines,
        TruncatedLastLine,
        RowsShuffled,
        ColumnsShuffled,
        EmptyRequiredField,
        TooFewFields,
    }

    [Property]
    public Property A_return_read_in_parts_gives_what_one_reading_gives(PositiveInt seed, Damage damage, bool lenient)
    {
        var made = SyntheticSsda903.Generate(20 + (seed.Get % 40), seed.Get, new LocalDate(2024, 3, 31));
        var random = new Random(seed.Get);
        var files = new[] { Ssda903File.Header, Ssda903File.Episodes, Ssda903File.Reviews }
            .Select(file => (Name: file + ".csv", Bytes: Damaged(Write(made, file), damage, random)))
            .ToList();
        int partBytes = 64 + random.Next(1024);
        var options = lenient ? Ssda903ReadOptions.Lenient : Ssda903ReadOptions.Default;

        var parts = Ssda903Reader.Read(files.Select(f => (f.Name, (Stream)new MemoryStream(f.Bytes, writable: false))), options, partBytes);
        var whole = Ssda903Reader.Read(files.Select(f => (f.Name, (Stream)new UnseekableStream(f.Bytes))), options, partBytes);
        return Same(whole, parts).Label($"{damage}, parts of {partBytes} bytes, {(lenient ? "lenient" : "strict")}");
    }

    [Fact]
    public void Every_damage_is_found_by_the_reader()
    {
        var made = SyntheticSsda903.Generate(30, 3, new LocalDate(2024, 3, 31));
        foreach (var damage in Enum.GetValues<Damage>().Where(d => d is Damage.BadDate or Damage.BadCode or Damage.RowGivenTwice or Damage.EmptyRequiredField or Damage.TooFewFields))
        {
            var bytes = Damaged(Write(made, Ssda903File.Episodes), damage, new Random(1));
            var read = Ssda903Reader.Read([("Episodes.csv", new MemoryStream(bytes, writable: false))], Ssda903ReadOptions.Default, 64);
            Assert.False(read.Success, damage.ToString());
        }
    }

    [Fact]
    public void The_episodes_of_a_large_file_keep_Headers_string_for_each_child()
    {
        // A national return's episodes name 110,000 children: one string a child, not one in each file.
        var made = SyntheticSsda903.Generate(300, 5, new LocalDate(2024, 3, 31));
        var files = new[] { Ssda903File.Header, Ssda903File.Episodes }.Select(file => (Name: file + ".csv", Bytes: Encoding.UTF8.GetBytes(Write(made, file)))).ToList();

        var read = Ssda903Reader.Read(files.Select(f => (f.Name, (Stream)new MemoryStream(f.Bytes, writable: false))), Ssda903ReadOptions.Default, 512);

        Assert.True(read.Success, read.ToString());
        var headerIds = read.Value.Children.ToDictionary(c => c.ChildId, c => c.ChildId, StringComparer.Ordinal);
        Assert.True(read.Value.Episodes.Count > 300);
        Assert.All(read.Value.Episodes, e => Assert.Same(headerIds[e.ChildId], e.ChildId));
    }

    /// <summary>
    /// The look-ups a read builds are borrowed from the shared pool and given back: reads on several threads at once,
    /// each in many parts, give what one read alone gives, so no array is ever given back while still in use or twice.
    /// </summary>
    [Fact]
    public void Returns_read_at_once_on_several_threads_give_what_one_read_gives()
    {
        var made = SyntheticSsda903.Generate(600, 7, new LocalDate(2024, 3, 31));
        var random = new Random(7);
        var files = new[] { Ssda903File.Header, Ssda903File.Episodes, Ssda903File.Reviews }
            .Select(file => (Name: file + ".csv", Bytes: Damaged(Write(made, file), Damage.RowGivenTwice, random)))
            .ToList();
        var options = Ssda903ReadOptions.Lenient;
        LoadResult<Ssda903Return> Read(int partBytes) =>
            Ssda903Reader.Read(files.Select(f => (f.Name, (Stream)new MemoryStream(f.Bytes, writable: false))), options, partBytes);
        var alone = Read(int.MaxValue / 4);
        Assert.True(alone.Success);
        Assert.NotEmpty(alone.Value.Problems);

        var reads = new LoadResult<Ssda903Return>[64];
        System.Threading.Tasks.Parallel.For(0, reads.Length, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 4 }, i => reads[i] = Read(256 + (i * 97 % 2048)));

        Assert.All(reads, read => Assert.True(Same(alone, read)));
    }

    private static bool Same(LoadResult<Ssda903Return> whole, LoadResult<Ssda903Return> parts)
    {
        if (whole.Success != parts.Success || whole.ProblemCount != parts.ProblemCount
            || !whole.Problems.SequenceEqual(parts.Problems) || !whole.Notices.SequenceEqual(parts.Notices))
        {
            return false;
        }

        if (!whole.Success)
        {
            return true;
        }

        var (a, b) = (whole.Value, parts.Value);
        return a.Files.SetEquals(b.Files)
            && a.Children.SequenceEqual(b.Children) && a.Episodes.SequenceEqual(b.Episodes) && a.Reviews.SequenceEqual(b.Reviews)
            && a.Problems.Select(p => (p.Problem, p.Part, p.ChildId)).SequenceEqual(b.Problems.Select(p => (p.Problem, p.Part, p.ChildId)));
    }

    private static string Write(Ssda903Return made, Ssda903File file)
    {
        using var stream = new MemoryStream();
        Ssda903Writer.Write(made, file, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static byte[] Damaged(string text, Damage damage, Random random)
    {
        var lines = text.Split("\r\n").ToList();
        if (lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        int row = lines.Count > 1 ? 1 + random.Next(lines.Count - 1) : 0;
        string newline = "\r\n";
        switch (damage)
        {
            case Damage.LineFeedsOnly:
                newline = "\n";
                break;
            case Damage.ByteOrderMark:
                lines[0] = "\uFEFF" + lines[0];
                break;
            case Damage.QuotedCommaAndLineBreak:
                lines[row] = SetField(lines[row], lines[row].Split(',').Length - 1, "\"a, \"\"b\"\"\nc\"");
                break;
            case Damage.BadDate:
                lines[row] = SetField(lines[row], 2, "31/02/2023");
                break;
            case Damage.BadCode:
                lines[row] = SetField(lines[row], 1, "zz");
                break;
            case Damage.RowGivenTwice:
                lines.Insert(1 + random.Next(lines.Count - 1), lines[row]);
                break;
            case Damage.BlankLines:
                lines.Insert(1 + random.Next(lines.Count - 1), string.Empty);
                lines.Insert(1 + random.Next(lines.Count - 1), " , ,");
                break;
            case Damage.TruncatedLastLine:
                lines[^1] = lines[^1][..(lines[^1].Length / 2)];
                break;
            case Damage.RowsShuffled:
                lines = [lines[0], .. lines.Skip(1).OrderBy(_ => random.Next())];
                break;
            case Damage.ColumnsShuffled:
                int[] order = [.. Enumerable.Range(0, lines[0].Split(',').Length).OrderBy(_ => random.Next())];
                lines = [.. lines.Select(l => l.Split(',') is var f && f.Length == order.Length ? string.Join(',', order.Select(i => f[i])) : l)];
                break;
            case Damage.EmptyRequiredField:
                lines[row] = SetField(lines[row], 0, string.Empty);
                break;
            case Damage.TooFewFields:
                lines[row] = lines[row][..lines[row].LastIndexOf(',')];
                break;
            default:
                break;
        }

        return Encoding.UTF8.GetBytes(string.Join(newline, lines) + (damage == Damage.TruncatedLastLine ? string.Empty : newline));
    }

    private static string SetField(string line, int index, string value)
    {
        string[] fields = line.Split(',');
        if (index < fields.Length)
        {
            fields[index] = value;
        }

        return string.Join(',', fields);
    }
}
