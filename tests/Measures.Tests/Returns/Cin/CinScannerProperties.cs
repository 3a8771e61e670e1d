using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Returns.Cin;
using Measures.Samples;
using static Measures.Tests.Returns.Cin.CinTestFiles;

namespace Measures.Tests.Returns.Cin;

/// <summary>
/// The byte scanner against XmlReader: on generated censuses, whole or damaged in the ways files are, reading by the
/// scanner gives the same records (with where each was read from), the same header and the same problems (kind,
/// line, column, element, value, child, message) as reading by XmlReader alone, strictly and leniently.
/// </summary>
[Properties(Arbitrary = [typeof(CinCensusArbitraries)], MaxTest = 300)]
public sealed class CinScannerProperties
{
    // Pieces put into a file at a random place: markup the scanner reads, markup it leaves to XmlReader, and damage.
    private static readonly string[] Insertions =
    [
        "<!-- a comment -->", "<?pi some data?>", "<![CDATA[ 2020-01-01 ]]>", "&amp;", "&lt;b&gt;", "&#65;", "&#x42;", "&#233;", "stray text", " x ", "\r\n", "\r", "\t",
        "<Unknown>1</Unknown>", "<Unknown/>", "<Child/>", "<Header/>", "é", "日本", "😀", "&nbsp;", "&#0;", "\u0001", "]]>", "<", ">", "&", "</Child>", "<Child>",
        "<a b=\"1\">", "<x:Child>", "<Disability>NONE</Disability>", "<!---->", "<!-- - -->", "<!-- -- -->", "<?xml version=\"1.0\"?>", "<!DOCTYPE Message>",
        "<!-- two\nlines -->", "<!-- two\r\nlines -->", "<?pi two\rlines?>",
    ];

    private static readonly string[] Names =
    [
        "Message", "Header", "Children", "Child", "ChildIdentifiers", "LAchildID", "PersonBirthDate", "Sex", "GenderCurrent", "ChildCharacteristics", "Ethnicity",
        "Disabilities", "Disability", "CINdetails", "CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "ReferralNFA",
        "Assessments", "AssessmentActualStartDate", "AssessmentAuthorisationDate", "FactorsIdentifiedAtAssessment", "AssessmentFactors", "CINPlanDates",
        "CINPlanStartDate", "Section47", "S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired", "ChildProtectionPlans", "CPPstartDate", "CPPendDate",
        "NumberOfPreviousCPP", "Reviews", "CPPreviewDate",
    ];

    [Property]
    public Property A_generated_census_reads_the_same_and_wholly_by_the_scanner(CinElement census, int seed)
    {
        string xml = census.Write(new Random(seed));
        var fast = CinCensusReader.Read(Bytes(xml), "census.xml", CinReadOptions.Lenient, out var reach);
        return (reach == CinCensusReader.ScannerReach.All).Label("read wholly by the scanner")
            .And(Same(xml)).Label(xml);
    }

    [Property]
    public Property A_damaged_census_reads_the_same(CinElement census, int seed, PositiveInt damages)
    {
        var random = new Random(seed);
        string xml = census.Write(random);
        for (int i = 0; i < 1 + (damages.Get % 3); i++)
        {
            xml = Damage(xml, random);
        }

        return Same(xml).Label(xml);
    }

    [Property(MaxTest = 40)]
    public Property A_written_synthetic_census_reads_the_same(PositiveInt seed, bool damage)
    {
        using var stream = new MemoryStream();
        CinCensusWriter.Write(SyntheticCinCensus.Generate(seed.Get, 1 + (seed.Get % 40), 2024), stream);
        string xml = Encoding.UTF8.GetString(stream.ToArray());
        var random = new Random(seed.Get);
        if (damage)
        {
            xml = Damage(xml, random);
        }

        return Same(xml).Label(xml);
    }

    [Fact]
    public void A_written_synthetic_census_is_read_wholly_by_the_scanner()
    {
        using var stream = new MemoryStream();
        CinCensusWriter.Write(SyntheticCinCensus.Generate(7, 300, 2024), stream);
        var result = CinCensusReader.Read(new MemoryStream(stream.ToArray()), "census.xml", null, out var reach);
        Assert.True(result.Success);
        Assert.Equal(CinCensusReader.ScannerReach.All, reach);
        Assert.Equal(300, result.Value.Children.Count);
    }

    [Property(MaxTest = 30)]
    public Property A_census_given_a_few_bytes_at_a_time_is_read_wholly_by_the_scanner(PositiveInt seed)
    {
        // As a pipe gives a file: every read may end anywhere, exactly after an element's '>' too.
        using var stream = new MemoryStream();
        CinCensusWriter.Write(SyntheticCinCensus.Generate(seed.Get, 20, 2024), stream);
        var random = new Random(seed.Get);
        var whole = CinCensusReader.Read(new MemoryStream(stream.ToArray()), "census.xml");
        var trickled = CinCensusReader.Read(new Trickle(stream.ToArray(), random), "census.xml", null, out var reach);
        return (reach == CinCensusReader.ScannerReach.All).Label($"read by the scanner: {reach}")
            .And(trickled.Success && Full(trickled.Value).SequenceEqual(Full(whole.Value))).Label("the same census");
    }

    /// <summary>A stream that gives from 1 to 40 bytes a read.</summary>
    private sealed class Trickle(byte[] bytes, Random random) : MemoryStream(bytes, false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, random.Next(1, 41)));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, random.Next(1, 41))]);
    }

    [Fact]
    public void A_file_larger_than_the_scanners_buffer_with_long_lines_reads_the_same()
    {
        // One line of over a megabyte (columns beyond the buffer), then a problem near its end.
        string children = string.Concat(Enumerable.Range(1, 4_000).Select(i => Child("C" + i, Episode("2023-05-01")).Replace("\n", "", StringComparison.Ordinal)));
        string xml = Census(children + "<Child><ChildIdentifiers><LAchildID>X</LAchildID><PersonBirthDate>2015-02-30</PersonBirthDate></ChildIdentifiers></Child>");
        Assert.True(xml.Length > 1_000_000);
        Assert.True(Same(xml));
        Assert.True(Same(xml[..(xml.Length - 40)]));
    }

    [Theory]
    [InlineData("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n")]
    [InlineData("<?xml version=\"1.0\" standalone=\"yes\"?>\n<!-- made by a system -->\n<?pi x?>\n")]
    [InlineData("<!DOCTYPE Message>\n")]
    [InlineData("<?xml version='1.1'?>")]
    [InlineData("text")]
    [InlineData("")]
    public void Whatever_precedes_the_outer_element_reads_the_same(string prolog)
    {
        Assert.True(Same(prolog + Census(Child("A", Episode("2023-05-01")), Child("B", Episode("2023-13-01")))));
        Assert.True(Same(prolog));
    }

    [Theory]
    [InlineData("<ns:Message xmlns:ns=\"urn:cin\">", "</ns:Message>", "ns:")]
    [InlineData("<Message xmlns=\"urn:cin\" a='1'>", "</Message>", "")]
    [InlineData("<Message xmlns:ns=\"urn:cin\">", "</Message>", "ns:")]
    [InlineData("<Message>", "</Message>", "ns:")]
    public void Namespace_prefixes_read_the_same(string open, string close, string prefix)
    {
        string xml = Census(Child("A", Episode("2023-05-01")), Child("B", Episode("2023-02-30")))
            .Replace("<Message>", open, StringComparison.Ordinal).Replace("</Message>", close, StringComparison.Ordinal)
            .Replace("<Child>", $"<{prefix}Child>", StringComparison.Ordinal).Replace("</Child>", $"</{prefix}Child>", StringComparison.Ordinal);
        Assert.True(Same(xml));
    }

    private static MemoryStream Bytes(string xml) => new(Encoding.UTF8.GetBytes(xml), false);

    internal static string Damage(string xml, Random random)
    {
        if (xml.Length == 0)
        {
            return xml;
        }

        int at = random.Next(xml.Length);
        string name = Names[random.Next(Names.Length)];
        switch (random.Next(11))
        {
            case 6:
                // Line ends within tags, where XML allows space: later lines must still be counted.
                return xml.Replace($"<{name}>", $"<{name}\n>", StringComparison.Ordinal).Replace($"</{name}>", $"</{name}\r\n  >", StringComparison.Ordinal);

            case 0:
                return xml.Replace($"<{name}>", $"<{Recase(name, random)}>", StringComparison.Ordinal).Replace($"</{name}>", $"</{Recase(name, random)}>", StringComparison.Ordinal);
            case 1:
                return random.Next(2) == 0 ? xml.Replace("Sex>", "GenderCurrent>", StringComparison.Ordinal) : xml.Replace(">true<", ">1<", StringComparison.Ordinal).Replace(">false<", ">0<", StringComparison.Ordinal);
            case 2:
                return xml[..at];
            case 3:
                return xml.Remove(at, 1);
            case 4:
                {
                    // A date made wrong: a digit changed.
                    int date = xml.IndexOf("-0", at, StringComparison.Ordinal);
                    return date < 0 ? xml : xml.Remove(date + 1, 1).Insert(date + 1, random.Next(2) == 0 ? "9" : "/");
                }

            case 5:
                {
                    // An end tag that does not match.
                    int end = xml.IndexOf("</", at, StringComparison.Ordinal);
                    return end < 0 ? xml : xml.Insert(end + 2, "X");
                }

            default:
                {
                    // A piece put between elements or within a value.
                    int gap = xml.IndexOf('>', at);
                    return xml.Insert(gap < 0 || random.Next(4) == 0 ? at : gap + 1, Insertions[random.Next(Insertions.Length)]);
                }
        }
    }

    private static string Recase(string name, Random random) => random.Next(3) switch
    {
        0 => name.ToUpperInvariant(),
        1 => name.ToLowerInvariant(),
        _ => name,
    };

    // The scanner's read and XmlReader's, strict and lenient, are the same.
    private static bool Same(string xml)
    {
        foreach (var options in new[] { CinReadOptions.Default, CinReadOptions.Lenient })
        {
            var fast = CinCensusReader.Read(Bytes(xml), "census.xml", options);
            var reference = CinCensusReader.ReadWithXmlReader(Bytes(xml), "census.xml", options);
            Assert.Equal(reference.Success, fast.Success);
            Assert.Equal(reference.Problems, fast.Problems);
            Assert.Equal(reference.ProblemCount, fast.ProblemCount);
            if (reference.Success)
            {
                Assert.Equal(Full(reference.Value), Full(fast.Value));
            }
        }

        return true;
    }

    internal static List<string> Full(CinCensus census)
    {
        var lines = new List<string> { census.Header.ToString() };
        lines.AddRange(Records(census));
        foreach (var child in census.Children)
        {
            lines.Add(child.Location + ": " + string.Join(", ", child.Episodes.Select(e =>
                $"{e.Location} [{string.Join(" ", e.Assessments.Select(a => a.Location))}] [{string.Join(" ", e.Plans.Select(p => p.Location))}] "
                + $"[{string.Join(" ", e.Section47Enquiries.Select(s => s.Location))}] [{string.Join(" ", e.ProtectionPlans.Select(p => p.Location))}]")));
        }

        lines.AddRange(census.Problems.Select(p => $"{p.Problem.Kind} {p.Problem.Source} {p.Problem.Line}:{p.Problem.Column} [{p.Problem.Field}] [{p.Problem.Value}] [{p.Problem.Subject}] {p.Part} {p.ChildId} {p.Problem.Message}"));
        lines.Add(string.Join(",", census.AffectedChildren.Order(StringComparer.Ordinal)));
        return lines;
    }
}
