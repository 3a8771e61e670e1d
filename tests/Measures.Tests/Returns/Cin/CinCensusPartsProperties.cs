using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Returns;
using Measures.Returns.Cin;
using Measures.Samples;
using static Measures.Tests.Returns.Cin.CinScannerProperties;

namespace Measures.Tests.Returns.Cin;

/// <summary>
/// A census read in parts side by side against the same census read in one pass: the same header, records (with where
/// each was read from) and problems, strictly and leniently, from memory and from a file, whole or damaged. A clean
/// census is read in parts, with its problems if it has any; anything the parts cannot vouch for is read again in one
/// pass.
/// </summary>
public sealed class CinCensusPartsProperties
{
    [Property(MaxTest = 60)]
    public Property A_written_census_reads_in_parts_as_in_one_pass(PositiveInt seed, PositiveInt parts, bool crlf)
    {
        string xml = Written(seed.Get, 2 + (seed.Get % 60));
        if (crlf)
        {
            xml = xml.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        int into = 2 + (parts.Get % 5);
        var (inParts, reach) = InParts(xml, into, CinReadOptions.Default);
        return (reach == CinCensusReader.ScannerReach.InParts).Label($"read in parts: {reach}")
            .And(Full(inParts.Value).SequenceEqual(Full(OnePass(xml, CinReadOptions.Default).Value))).Label("the same census");
    }

    [Property(MaxTest = 200)]
    public Property A_damaged_census_reads_in_parts_as_in_one_pass(PositiveInt seed, PositiveInt parts, PositiveInt damages)
    {
        var random = new Random(seed.Get);
        string xml = Written(seed.Get, 2 + (seed.Get % 30));
        for (int i = 0; i < 1 + (damages.Get % 3); i++)
        {
            xml = Damage(xml, random);
        }

        foreach (var options in new[] { CinReadOptions.Default, CinReadOptions.Lenient })
        {
            Same(xml, 2 + (parts.Get % 5), options);
        }

        return true.Label(xml);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1_000)]
    public void A_census_with_problems_in_every_part_is_read_in_parts_with_its_problems_in_order(int maxProblems)
    {
        // A date that cannot be read, an unknown code, stray text and an unknown element, spread through the file.
        var children = Written(8, 120).Split("</Child>");
        for (int i = 0; i < children.Length - 1; i += 17)
        {
            children[i] = children[i].Replace("-0", "-9", StringComparison.Ordinal).Replace("<PrimaryNeedCode>N", "<PrimaryNeedCode>Q", StringComparison.Ordinal)
                + "</Child>stray<Unknown/>";
        }

        string xml = string.Join("</Child>", children).Replace("<Unknown/></Child>", "<Unknown/>", StringComparison.Ordinal);
        foreach (var options in new[] { new CinReadOptions { MaxProblems = maxProblems }, CinReadOptions.Lenient })
        {
            var (inParts, reach) = InParts(xml, 3, options);
            Assert.Equal(CinCensusReader.ScannerReach.InParts, reach);
            var onePass = OnePass(xml, options);
            Assert.True((onePass.Success ? onePass.Value.Problems.Count : onePass.ProblemCount) > 6);
            Same(xml, 3, options);
        }
    }

    [Fact]
    public void A_child_given_in_two_parts_is_named_as_given_twice()
    {
        string xml = Written(3, 40);
        string first = Between(xml, "<LAchildID>", "</LAchildID>");
        int last = xml.LastIndexOf("<LAchildID>", StringComparison.Ordinal) + "<LAchildID>".Length;
        xml = xml[..last] + first + xml[xml.IndexOf("</LAchildID>", last, StringComparison.Ordinal)..];

        var (strict, reach) = InParts(xml, 2, CinReadOptions.Default);
        Assert.NotEqual(CinCensusReader.ScannerReach.InParts, reach);
        Assert.False(strict.Success);
        Assert.Contains(strict.Problems, p => p.Message.Contains("given again", StringComparison.Ordinal));
        Same(xml, 2, CinReadOptions.Default);
        Same(xml, 3, CinReadOptions.Lenient);
    }

    [Fact]
    public void A_child_line_within_a_comment_across_a_cut_reads_as_in_one_pass()
    {
        // The cut would fall on a line that looks like a Child's start but stands within a comment.
        string children = string.Join("\n", Enumerable.Range(1, 60).Select(i => CinTestFiles.Child("C" + i, CinTestFiles.Episode("2023-05-01"))));
        int middle = children.Length / 2;
        int at = children.IndexOf("<Child>", middle, StringComparison.Ordinal);
        string commented = children[..at] + "<!-- left out:\n" + children[at..(at + 400)].Replace("--", "", StringComparison.Ordinal) + "\n-->\n" + children[at..];
        string xml = CinTestFiles.Census(commented);
        Assert.NotEqual(CinCensusReader.ScannerReach.InParts, InParts(xml, 2, CinReadOptions.Default).Reach);
        Same(xml, 2, CinReadOptions.Default);
        Same(xml, 4, CinReadOptions.Lenient);
    }

    [Fact]
    public void Stray_text_just_before_a_cut_is_listed_as_in_one_pass()
    {
        // Text on a line of its own just before the line the file is cut at: the first part ends in it.
        string written = Written(4, 60);
        byte[] bytes = Encoding.UTF8.GetBytes(written);
        long cut = new ReturnStreamParts(new MemoryStream(bytes)).LineBefore(bytes.Length / 2, "<Child>"u8);
        Assert.True(cut > 0);
        string xml = Encoding.UTF8.GetString(bytes, 0, (int)cut) + "stray\n" + Encoding.UTF8.GetString(bytes, (int)cut, bytes.Length - (int)cut);
        Assert.NotEqual(CinCensusReader.ScannerReach.InParts, InParts(xml, 2, CinReadOptions.Lenient).Reach);
        Assert.Contains(OnePass(xml, CinReadOptions.Lenient).Value.Problems, p => p.Problem.Value == "stray");
        Same(xml, 2, CinReadOptions.Default);
        Same(xml, 2, CinReadOptions.Lenient);
    }

    [Theory]
    [InlineData("<Header><CollectionDetails><Collection>CIN</Collection></CollectionDetails></Header>")]
    [InlineData("<Child><ChildIdentifiers><LAchildID>late</LAchildID></ChildIdentifiers></Child>")]
    [InlineData("<Children><Child><ChildIdentifiers><LAchildID>later</LAchildID></ChildIdentifiers></Child></Children>")]
    public void What_follows_Children_in_the_last_part_reads_as_in_one_pass(string after)
    {
        string xml = Written(6, 40).Replace("</Children>", "</Children>\n" + after, StringComparison.Ordinal);
        Same(xml, 2, CinReadOptions.Default);
        Same(xml, 3, CinReadOptions.Lenient);
    }

    [Fact]
    public void A_census_file_reads_in_parts_and_the_stream_is_left_at_its_end()
    {
        string path = Path.GetTempFileName();
        try
        {
            string xml = Written(11, 200);
            File.WriteAllText(path, "\uFEFF" + xml, new UTF8Encoding(false));
            using var file = File.OpenRead(path);
            var result = CinCensusReader.Read(file, "census.xml", null, out var reach, 3, 0);
            Assert.Equal(CinCensusReader.ScannerReach.InParts, reach);
            Assert.Equal(file.Length, file.Position);
            Assert.Equal(Full(OnePass(xml, CinReadOptions.Default).Value), Full(result.Value));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_census_read_from_the_middle_of_a_stream_reads_from_there()
    {
        string xml = Written(5, 50);
        byte[] before = Encoding.UTF8.GetBytes("not the census");
        byte[] bytes = [.. before, .. Encoding.UTF8.GetBytes(xml)];
        foreach (string damage in new[] { "", "<Unknown><![CDATA[left to XmlReader]]></Unknown>" })
        {
            var stream = new MemoryStream(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("</Children>", damage + "</Children>", StringComparison.Ordinal))) { Position = before.Length };
            var result = CinCensusReader.Read(stream, "census.xml", CinReadOptions.Lenient, out var reach, 2, 0);
            Assert.Equal(damage.Length == 0, reach == CinCensusReader.ScannerReach.InParts);
            var expected = OnePass(xml.Replace("</Children>", damage + "</Children>", StringComparison.Ordinal), CinReadOptions.Lenient);
            Assert.Equal(Full(expected.Value), Full(result.Value));
        }
    }

    [Fact]
    public void What_the_stream_throws_is_thrown()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Written(9, 100));
        var stream = new Failing(bytes, bytes.Length * 3 / 4);
        var thrown = Assert.Throws<IOException>(() => CinCensusReader.Read(stream, "census.xml", null, out _, 2, 0));
        Assert.Equal("the disk failed", thrown.Message);
    }

    [Property(MaxTest = 100)]
    public Property Line_ends_between_children_are_counted_as_XML_counts_them(PositiveInt seed, PositiveInt parts, NonEmptyArray<PositiveInt> layouts)
    {
        // Every kind of line end in the layout after a child (a CR alone among them), so that a part's last lines are
        // of each kind: each later part's records stand on the lines one pass gives them.
        string[] kinds = ["\n", "\r\n", "\r \n", "\r\r\n", "\n\n", "\n\r\n  \t\n"];
        var children = Written(seed.Get, 6 + (seed.Get % 30)).Split("</Child>\n");
        var xml = new StringBuilder(children[0]);
        for (int i = 1; i < children.Length; i++)
        {
            xml.Append("</Child>").Append(kinds[layouts.Get[i % layouts.Get.Length].Get % kinds.Length]).Append(children[i]);
        }

        var (inParts, reach) = InParts(xml.ToString(), 2 + (parts.Get % 5), CinReadOptions.Default);
        return (reach == CinCensusReader.ScannerReach.InParts).Label($"read in parts: {reach}")
            .And(Full(inParts.Value).SequenceEqual(Full(OnePass(xml.ToString(), CinReadOptions.Default).Value))).Label("the same census, on the same lines");
    }

    private static string Written(int seed, int children)
    {
        using var stream = new MemoryStream();
        CinCensusWriter.Write(SyntheticCinCensus.Generate(seed, children, 2024), stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Between(string text, string from, string to)
    {
        int start = text.IndexOf(from, StringComparison.Ordinal) + from.Length;
        return text[start..text.IndexOf(to, start, StringComparison.Ordinal)];
    }

    private static (LoadResult<CinCensus> Result, CinCensusReader.ScannerReach Reach) InParts(string xml, int parts, CinReadOptions options)
    {
        var result = CinCensusReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml), false), "census.xml", options, out var reach, parts, 0);
        return (result, reach);
    }

    private static LoadResult<CinCensus> OnePass(string xml, CinReadOptions options) =>
        CinCensusReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml), false), "census.xml", options, out _, 1);

    private static void Same(string xml, int parts, CinReadOptions options)
    {
        var (inParts, _) = InParts(xml, parts, options);
        var onePass = OnePass(xml, options);
        Assert.Equal(onePass.Success, inParts.Success);
        Assert.Equal(onePass.Problems, inParts.Problems);
        Assert.Equal(onePass.ProblemCount, inParts.ProblemCount);
        if (onePass.Success)
        {
            Assert.Equal(Full(onePass.Value), Full(inParts.Value));
        }
    }

    /// <summary>A stream whose reads fail from a given byte on, as a failing disk's do.</summary>
    private sealed class Failing(byte[] bytes, int failFrom) : MemoryStream(bytes, false)
    {
        public override int Read(Span<byte> buffer)
        {
            if (Position + buffer.Length > failFrom)
            {
                throw new IOException("the disk failed");
            }

            return base.Read(buffer);
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
    }
}
