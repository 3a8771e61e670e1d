using System;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Returns;
using Measures.Returns.Cin;
using Measures.Samples;
using static Measures.Tests.Returns.Cin.CinTestFiles;

namespace Measures.Tests.Returns.Cin;

/// <summary>
/// Children read straight from their bytes into rows against children read through the builder: on any census, whole,
/// shuffled, laid out otherwise or damaged, the same records (with where each was read from), the same problems and the
/// same children affected, strictly and leniently, in one pass and in parts. And the reader takes the children the
/// specification writes, and gives way on everything else with the rows as they were.
/// </summary>
[Properties(Arbitrary = [typeof(CinCensusArbitraries)], MaxTest = 300)]
public sealed class CinPlainChildProperties
{
    // A child with one of each record, written as the specification writes it.
    private const string Plain =
        "<Child>\n"
        + "<ChildIdentifiers><LAchildID>A</LAchildID><UPN>A123456789012</UPN><PersonBirthDate>2015-06-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>\n"
        + "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>\n"
        + "<CINdetails><CINreferralDate>2023-05-01</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>"
        + "<CINclosureDate>2023-09-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure><ReferralNFA>false</ReferralNFA>\n"
        + "<Assessments><AssessmentActualStartDate>2023-05-02</AssessmentActualStartDate><AssessmentAuthorisationDate>2023-05-20</AssessmentAuthorisationDate>"
        + "<FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>\n"
        + "<CINPlanDates><CINPlanStartDate>2023-05-21</CINPlanStartDate><CINPlanEndDate>2023-08-01</CINPlanEndDate></CINPlanDates>\n"
        + "<Section47><S47ActualStartDate>2023-05-03</S47ActualStartDate><InitialCPCtarget>2023-05-24</InitialCPCtarget><DateOfInitialCPC>2023-05-20</DateOfInitialCPC>"
        + "<ICPCnotRequired>false</ICPCnotRequired></Section47>\n"
        + "<ChildProtectionPlans><CPPstartDate>2023-05-20</CPPstartDate><CPPendDate>2023-08-20</CPPendDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>"
        + "<LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse><NumberOfPreviousCPP>1</NumberOfPreviousCPP><Reviews><CPPreviewDate>2023-06-20</CPPreviewDate></Reviews>"
        + "</ChildProtectionPlans>\n"
        + "</CINdetails>\n"
        + "</Child>";

    [Property]
    public Property A_generated_census_reads_the_same_with_children_read_plainly_or_not(CinElement census, int seed, PositiveInt damages, bool damaged)
    {
        var random = new Random(seed);
        string xml = census.Write(random);
        for (int i = 0; damaged && i < 1 + (damages.Get % 3); i++)
        {
            xml = CinScannerProperties.Damage(xml, random);
        }

        return Same(xml).Label(xml);
    }

    [Property(MaxTest = 40)]
    public Property A_written_synthetic_census_reads_the_same_in_any_layout(PositiveInt seed, NonNegativeInt layout)
    {
        using var stream = new MemoryStream();
        CinCensusWriter.Write(SyntheticCinCensus.Generate(seed.Get, 1 + (seed.Get % 60), 2024), stream);
        string xml = Layout(Encoding.UTF8.GetString(stream.ToArray()), layout.Get % 6);
        return Same(xml).Label(xml);
    }

    [Fact]
    public void Every_child_of_a_written_synthetic_census_is_read_plainly_and_as_the_builder_reads_it()
    {
        using var stream = new MemoryStream();
        CinCensusWriter.Write(SyntheticCinCensus.Generate(11, 400, 2024), stream);
        byte[] bytes = stream.ToArray();
        var builder = new CinCensusBuilder("census.xml", CinReadOptions.Default);
        var reader = new CinPlainChildReader(builder);
        int children = 0;
        for (int from = Find(bytes, "<Child>", 0); from >= 0; from = Find(bytes, "<Child>", from + 1))
        {
            int to = Find(bytes, "</Child>", from) + "</Child>".Length;
            int line = 1 + bytes.AsSpan(0, from).Count((byte)'\n');
            Assert.True(reader.TryRead(bytes, from, to, line, out int lines, out int lastLineStart), $"the child on line {line} is read plainly");
            Assert.Equal(bytes.AsSpan(from, to - from).Count((byte)'\n'), lines);
            Assert.Equal(bytes.AsSpan(0, to).LastIndexOf((byte)'\n') + 1, lastLineStart);
            children++;
        }

        Assert.Equal(400, children);
        var read = builder.Finish().Value;
        var expected = CinCensusReader.Read(new MemoryStream(bytes), "census.xml", null, out _, 1, plainChildren: false).Value;
        Assert.Equal(Full(expected).Skip(1), Full(read).Skip(1));
    }

    [Theory]
    [InlineData("<Child>", "<Child>")]
    [InlineData("\n", "\r\n")]
    [InlineData("\n", "")]
    [InlineData("\n", "\n\t  ")]
    [InlineData("<Sex>F</Sex>", "<GenderCurrent>2</GenderCurrent>")]
    [InlineData("<ReferralNFA>false</ReferralNFA>", "<ReferralNFA>1</ReferralNFA>")]
    [InlineData("<ICPCnotRequired>false</ICPCnotRequired>", "<ICPCnotRequired>TRUE</ICPCnotRequired>")]
    [InlineData("<PersonBirthDate>2015-06-01</PersonBirthDate>", "<PersonBirthDate>01/06/2015</PersonBirthDate>")]
    [InlineData("<CINclosureDate>2023-09-01</CINclosureDate>", "<CINclosureDate>2023-09-01T00:00:00</CINclosureDate>")]
    [InlineData("<LAchildID>A</LAchildID><UPN>A123456789012</UPN>", "<UPN>A123456789012</UPN><LAchildID>A</LAchildID>")]
    [InlineData("<Disability>NONE</Disability>", "<Disability>MOB</Disability><Disability>HAND</Disability>")]
    [InlineData("</Disabilities>", "</Disabilities><Disabilities><Disability>VIS</Disability></Disabilities>")]
    [InlineData("<Sex>F</Sex>", "<Sex>F</Sex><ExpectedPersonBirthDate>2015-06-01</ExpectedPersonBirthDate><PersonDeathDate>2020-01-01</PersonDeathDate><FormerUPN>B123456789012</FormerUPN><UPNunknown>UN1</UPNunknown>")]
    [InlineData("<Reviews><CPPreviewDate>2023-06-20</CPPreviewDate></Reviews>", "<Reviews><CPPreviewDate>2023-06-20</CPPreviewDate><CPPreviewDate>2023-07-20</CPPreviewDate></Reviews>")]
    [InlineData("</CINdetails>\n</Child>", "</CINdetails>\n<CINdetails><CINreferralDate>2024-01-01</CINreferralDate></CINdetails>\n</Child>")]
    public void A_child_written_as_the_specification_allows_is_read_plainly(string from, string to)
    {
        string child = Plain.Replace(from, to, StringComparison.Ordinal);
        Assert.True(TryRead(child, out _));
        Assert.True(Same(Census(child, Plain.Replace(">A<", ">B<", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("<Sex>F</Sex>", "<!-- x --><Sex>F</Sex>")]
    [InlineData("<Sex>F</Sex>", "<?pi x?><Sex>F</Sex>")]
    [InlineData("<UPN>A123456789012</UPN>", "<UPN>A&amp;B</UPN>")]
    [InlineData("<UPN>A123456789012</UPN>", "<UPN><![CDATA[A1]]></UPN>")]
    [InlineData("<UPN>A123456789012</UPN>", "<UPN></UPN>")]
    [InlineData("<UPN>A123456789012</UPN>", "<UPN> A123456789012 </UPN>")]
    [InlineData("<UPN>A123456789012</UPN>", "<UPN>A\u00F1</UPN>")]
    [InlineData("<UPN>A123456789012</UPN>", "<UPN>A>B</UPN>")]
    [InlineData("<Ethnicity>WBRI</Ethnicity>", "<ethnicity>WBRI</ethnicity>")]
    [InlineData("<Ethnicity>WBRI</Ethnicity>", "<Ethnicity a=\"1\">WBRI</Ethnicity>")]
    [InlineData("<Ethnicity>WBRI</Ethnicity>", "<Ethnicity >WBRI</Ethnicity>")]
    [InlineData("<Ethnicity>WBRI</Ethnicity>", "<ns:Ethnicity>WBRI</ns:Ethnicity>")]
    [InlineData("\n<ChildCharacteristics>", "\r<ChildCharacteristics>")]
    [InlineData("<Sex>F</Sex>", "<Sex>F</Sex><Sex>M</Sex>")]
    [InlineData("<Sex>F</Sex>", "<Sex>F</Sex><GenderCurrent>2</GenderCurrent>")]
    [InlineData("<Sex>F</Sex>", "<Sex>F</Sex><Hobby>chess</Hobby>")]
    [InlineData("</ChildIdentifiers>", "</ChildIdentifiers><ChildIdentifiers><UPN>X</UPN></ChildIdentifiers>")]
    [InlineData("<LAchildID>A</LAchildID>", "")]
    [InlineData("<CINreferralDate>2023-05-01</CINreferralDate>", "")]
    [InlineData("<AssessmentActualStartDate>2023-05-02</AssessmentActualStartDate>", "")]
    [InlineData("<CINPlanStartDate>2023-05-21</CINPlanStartDate>", "")]
    [InlineData("<S47ActualStartDate>2023-05-03</S47ActualStartDate>", "")]
    [InlineData("<CPPstartDate>2023-05-20</CPPstartDate>", "")]
    [InlineData("<CINclosureDate>2023-09-01", "<CINclosureDate>2023-04-01")]
    [InlineData("<AssessmentAuthorisationDate>2023-05-20", "<AssessmentAuthorisationDate>2023-04-20")]
    [InlineData("<CINPlanEndDate>2023-08-01", "<CINPlanEndDate>2023-05-01")]
    [InlineData("<DateOfInitialCPC>2023-05-20</DateOfInitialCPC><ICPC", "<DateOfInitialCPC>2023-05-01</DateOfInitialCPC><ICPC")]
    [InlineData("<CPPendDate>2023-08-20", "<CPPendDate>2023-05-01")]
    [InlineData("<PersonBirthDate>2015-06-01", "<PersonBirthDate>2015-02-30")]
    [InlineData("<PersonBirthDate>2015-06-01", "<PersonBirthDate>2015-6-1")]
    [InlineData("<CPPreviewDate>2023-06-20", "<CPPreviewDate>2023-13-20")]
    [InlineData("<ReferralSource>1A", "<ReferralSource>1Z")]
    [InlineData("<InitialCategoryOfAbuse>NEG", "<InitialCategoryOfAbuse>neg")]
    [InlineData("<Disability>NONE", "<Disability>NOPE")]
    [InlineData("<NumberOfPreviousCPP>1", "<NumberOfPreviousCPP>one")]
    [InlineData("<NumberOfPreviousCPP>1", "<NumberOfPreviousCPP>99999999999")]
    [InlineData("<ReferralNFA>false", "<ReferralNFA>yes")]
    [InlineData("<ReferralNFA>false</ReferralNFA>", "<ReferralNFA/>")]
    [InlineData("</Disabilities>", "</Disabilities>NONE")]
    [InlineData("<Disabilities>", "<Disabilities>NONE")]
    [InlineData("</CINdetails>", "</CINDetails>")]
    [InlineData("<Ethnicity>WBRI</Ethnicity>", "<Ethnicity><Code>WBRI</Code></Ethnicity>")]
    public void A_child_written_otherwise_is_left_to_the_builder_with_the_rows_as_they_were(string from, string to)
    {
        string child = Plain.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Plain, child);
        Assert.False(TryRead(child, out _));
        Assert.True(Same(Census(child, Plain.Replace(">A<", ">B<", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_child_too_large_to_be_looked_through_is_left_to_the_builder_and_so_are_the_children_after_it()
    {
        // Over a megabyte before the child's end tag: no child after it is offered, and the census reads the same.
        string episodes = string.Concat(Enumerable.Range(0, 12_000).Select(i => Episode(new NodaTime.LocalDate(2000, 1, 1).PlusDays(i).ToString("yyyy-MM-dd", null))));
        string xml = Census(Child("Big", episodes), Plain, Plain.Replace(">A<", ">B<", StringComparison.Ordinal));
        Assert.True(xml.Length > 1 << 20);
        Assert.True(Same(xml));
        Assert.Equal(3, Lenient(xml).Children.Count);
    }

    [Fact]
    public void A_problem_on_the_line_a_plain_child_ends_on_has_its_column()
    {
        string xml = Census(Plain + "<Child><ChildIdentifiers><LAchildID>B</LAchildID><PersonBirthDate>2015-13-01</PersonBirthDate></ChildIdentifiers></Child>");
        Assert.True(Same(xml));
        var problem = Assert.Single(Lenient(xml).Problems);
        Assert.Equal(Where(xml, "<PersonBirthDate>2015-13-01"), (problem.Problem.Line, problem.Problem.Column));
    }

    [Fact]
    public void Bytes_after_the_end_tag_are_not_read_as_part_of_the_child()
    {
        var builder = new CinCensusBuilder("census.xml", CinReadOptions.Lenient);
        var reader = new CinPlainChildReader(builder);
        byte[] bytes = Encoding.UTF8.GetBytes(Plain + "\n");
        Assert.False(reader.TryRead(bytes, 0, bytes.Length, 1, out _, out _));
        Assert.Equal("0 0 0 0 0 0 0 0 0 0", Counts(builder.Rows));
        Assert.True(reader.TryRead(bytes, 0, bytes.Length - 1, 1, out _, out _));
    }

    [Fact]
    public void A_child_given_again_is_left_to_the_builder_to_name()
    {
        var builder = new CinCensusBuilder("census.xml", CinReadOptions.Lenient);
        var reader = new CinPlainChildReader(builder);
        byte[] bytes = Encoding.UTF8.GetBytes(Plain);
        Assert.True(reader.TryRead(bytes, 0, bytes.Length, 1, out _, out _));
        var rows = Counts(builder.Rows);
        Assert.False(reader.TryRead(bytes, 0, bytes.Length, 9, out _, out _));
        Assert.Equal(rows, Counts(builder.Rows));
        Assert.True(Same(Census(Plain, Plain)));
    }

    // Reads the child alone after a plain child, checking that a child given way on leaves every row as it was.
    private static bool TryRead(string child, out CinCensus? census)
    {
        var builder = new CinCensusBuilder("census.xml", CinReadOptions.Lenient);
        var reader = new CinPlainChildReader(builder);
        byte[] first = Encoding.UTF8.GetBytes(Plain.Replace(">A<", ">B<", StringComparison.Ordinal));
        Assert.True(reader.TryRead(first, 0, first.Length, 1, out _, out _));
        var before = Counts(builder.Rows);
        byte[] bytes = Encoding.UTF8.GetBytes(child);
        bool read = reader.TryRead(bytes, 0, bytes.Length, 20, out _, out _);
        if (!read)
        {
            Assert.Equal(before, Counts(builder.Rows));
        }

        census = builder.Finish().Value;
        Assert.Equal(read ? 2 : 1, census.Children.Count);
        return read;
    }

    private static string Counts(CinRows rows) =>
        $"{rows.Children.Count} {rows.Episodes.Count} {rows.Assessments.Count} {rows.Plans.Count} {rows.Enquiries.Count} {rows.ProtectionPlans.Count} {rows.Disabilities.Count} {rows.Factors.Count} {rows.ReviewDates.Count} {rows.Chars.Count}";

    private static int Find(byte[] bytes, string text, int from)
    {
        int at = bytes.AsSpan(from).IndexOf(Encoding.ASCII.GetBytes(text));
        return at < 0 ? -1 : from + at;
    }

    // The same census laid out as systems write it: CR LF line ends, one line, tabs, GenderCurrent, 1 and 0, dd/MM/yyyy.
    private static string Layout(string xml, int layout) => layout switch
    {
        0 => xml,
        1 => xml.Replace("\n", "\r\n", StringComparison.Ordinal),
        2 => string.Concat(xml.Split('\n').Select(line => line.Trim())),
        3 => xml.Replace("  ", "\t", StringComparison.Ordinal),
        4 => xml.Replace("Sex>", "GenderCurrent>", StringComparison.Ordinal).Replace(">false<", ">0<", StringComparison.Ordinal).Replace(">true<", ">1<", StringComparison.Ordinal),
        _ => System.Text.RegularExpressions.Regex.Replace(xml, ">(\\d{4})-(\\d{2})-(\\d{2})<", ">$3/$2/$1<"),
    };

    // Plainly and not, strict and lenient, in one pass and in parts: the same census, problems and children affected.
    private static bool Same(string xml)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(xml);
        foreach (var options in new[] { CinReadOptions.Default, CinReadOptions.Lenient })
        {
            foreach (int parts in new[] { 1, 3 })
            {
                var plain = CinCensusReader.Read(new MemoryStream(bytes), "census.xml", options, out _, parts, 0, plainChildren: true);
                var built = CinCensusReader.Read(new MemoryStream(bytes), "census.xml", options, out _, parts, 0, plainChildren: false);
                Assert.Equal(built.Success, plain.Success);
                Assert.Equal(built.Problems, plain.Problems);
                Assert.Equal(built.ProblemCount, plain.ProblemCount);
                if (built.Success)
                {
                    Assert.Equal(CinScannerProperties.Full(built.Value), CinScannerProperties.Full(plain.Value));
                }
            }
        }

        return true;
    }

    private static System.Collections.Generic.List<string> Full(CinCensus census) => CinScannerProperties.Full(census);
}
