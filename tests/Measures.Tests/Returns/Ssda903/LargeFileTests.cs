using System;
using System.IO;
using System.Linq;
using System.Text;
using Measures.Returns.Ssda903;
using Measures.Samples;
using NodaTime;

namespace Measures.Tests.Returns.Ssda903;

/// <summary>
/// A large file is read in parts side by side: the same records, locations and problems, in the same order, as
/// reading it in one go from a stream that cannot seek (which is never split).
/// </summary>
public sealed class LargeFileTests
{
    private static readonly Lazy<byte[]> Episodes = new(() =>
    {
        var made = SyntheticSsda903.Generate(45_000, 5, new LocalDate(2024, 3, 31));
        using var stream = new MemoryStream();
        Ssda903Writer.Write(made, Ssda903File.Episodes, stream);
        string text = Encoding.UTF8.GetString(stream.ToArray());
        string[] lines = text.Split("\r\n");

        // Problems spread over the file: a row given again near the end, a date that is not one, and a quoted
        // field holding a line break (a postcode with a newline) a third of the way in.
        int third = lines.Length / 3;
        lines[third] = string.Join(',', lines[third].Split(',').Select((f, i) => i == 10 ? "\"AB1\nX\"" : f));
        lines[2 * third] = string.Join(',', lines[2 * third].Split(',').Select((f, i) => i == 1 ? "31/02/2023" : f));
        var withRepeat = lines.Take(lines.Length - 2).Append(lines[5]).Concat(lines.Skip(lines.Length - 2));
        return Encoding.UTF8.GetBytes(string.Join("\r\n", withRepeat));
    });

    [Fact]
    public void A_large_file_read_in_parts_gives_what_one_reading_gives()
    {
        byte[] bytes = Episodes.Value;
        Assert.True(bytes.Length > 6 << 20, "the file is large enough to be read in three parts or more");
        var options = Ssda903ReadOptions.Lenient;
        var parts = Ssda903Reader.Read([("Episodes.csv", new MemoryStream(bytes, writable: false))], options);
        var whole = Ssda903Reader.Read([("Episodes.csv", new UnseekableStream(bytes))], options);
        Assert.True(parts.Success && whole.Success);
        Assert.Equal(whole.Value.Episodes, parts.Value.Episodes);
        Assert.Equal(whole.Value.Problems.Select(p => p.Problem.ToString()), parts.Value.Problems.Select(p => p.Problem.ToString()));

        // The three problems are there, at their lines.
        var problems = parts.Value.Problems.Select(p => p.Problem).ToList();
        Assert.Contains(problems, p => p.Kind == Measures.DataProblemKind.Duplicate && p.Message.Contains("the same as line 6", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "DECOM" && p.Value == "31/02/2023");
        Assert.Contains(parts.Value.Episodes, e => e.HomePostcode == "AB1\nX");
    }

    [Fact]
    public void Strictly_a_large_file_with_problems_is_refused_with_the_same_problems_in_the_same_order()
    {
        byte[] bytes = Episodes.Value;
        var parts = Ssda903Reader.Read([("Episodes.csv", new MemoryStream(bytes, writable: false))]);
        var whole = Ssda903Reader.Read([("Episodes.csv", new UnseekableStream(bytes))]);
        Assert.False(parts.Success);
        Assert.Equal(whole.ProblemCount, parts.ProblemCount);
        Assert.Equal(whole.Problems.Select(p => p.ToString()).Order(StringComparer.Ordinal), parts.Problems.Select(p => p.ToString()).Order(StringComparer.Ordinal));
    }

    private sealed class UnseekableStream(byte[] content) : MemoryStream(content, writable: false)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
