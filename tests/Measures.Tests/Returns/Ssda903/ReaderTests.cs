using System;
using System.IO;
using System.Linq;
using System.Text;
using Measures.Returns.Ssda903;
using NodaTime;
using static Measures.Tests.Returns.Ssda903.ReaderTestFiles;

namespace Measures.Tests.Returns.Ssda903;

/// <summary>Reading the return's files: recognised by their header rows, any subset, two years together, strict and lenient, CSV and XML.</summary>
public sealed class ReaderTests
{
    private static readonly string HeaderFile = Lines(Header, "1001,1,01/01/2010,WBRI,A123456789012,,", "2002,F,02/02/2012,MWBC,,,");
    private static readonly string EpisodesFile = Lines(
        Episodes,
        "1001,01/04/2020,S,C2,N1,U1,PR1,10/05/2020,X1,,AB1,CD2,SC000001",
        "1001,10/05/2020,P,C2,N1,U2,PR1,,,CARPL,AB1,CD3,SC000002",
        "2002,01/06/2021,S,V3,N8,U4,PR0,,,,,,");

    private static string DataPath(string name) => RepositoryFile.PathOf(Path.Combine("tests", "Measures.Tests", "Returns", "Ssda903", "Data", name));

    [Fact]
    public void Files_are_recognised_by_their_header_rows_whatever_their_names()
    {
        var value = Lenient(("a.txt", EpisodesFile), ("header.csv-not-really", HeaderFile));
        Assert.Empty(value.Problems);
        Assert.Equal([Ssda903File.Header, Ssda903File.Episodes], value.Files.Order());
        Assert.Equal(["1001", "2002"], value.Children.Select(c => c.ChildId));
        Assert.Equal(3, value.Episodes.Count);
        Assert.Equal(new RecordLocationView("a.txt", 3), new RecordLocationView(value.Episodes[1].Location.File, value.Episodes[1].Location.Line));
    }

    [Fact]
    public void Header_names_ignore_case_spaces_and_order()
    {
        var value = Lenient(("m.csv", Lines(" mis_start ,Child,DOB,missing,MIS_END", "01/05/2020,1001,01/01/2010,M,03/05/2020")));
        Assert.Empty(value.Problems);
        var episode = Assert.Single(value.MissingEpisodes);
        Assert.Equal(("1001", "M", new LocalDate(2020, 5, 1), (LocalDate?)new LocalDate(2020, 5, 3)), (episode.ChildId, episode.Kind, episode.Start, episode.End));
    }

    [Fact]
    public void A_header_of_no_file_is_refused_naming_the_closest_file_and_what_differs()
    {
        var result = Read(Ssda903ReadOptions.Default, ("odd.csv", Lines("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN_NUMBER", "1001,01/04/2020,S,C2,N1,U1,PR1,,,,,,")));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((DataProblemKind.UnknownName, "odd.csv", 1), (problem.Kind, problem.Source, problem.Line));
        Assert.Contains("closest to the Episodes file", problem.Message, StringComparison.Ordinal);
        Assert.Contains("it lacks URN", problem.Message, StringComparison.Ordinal);
        Assert.Contains("URN_NUMBER", problem.Message, StringComparison.Ordinal);

        var lenient = Lenient(("odd.csv", Lines("CHILD,DECOM,RNE", "1001,01/04/2020,S")), ("h.csv", HeaderFile));
        Assert.Equal([Ssda903File.Header], lenient.Files);
        Assert.Null(Assert.Single(lenient.Problems).ChildId);
    }

    [Fact]
    public void An_empty_file_and_a_semicolon_file_are_refused_with_what_to_do()
    {
        var result = Read(Ssda903ReadOptions.Default, ("empty.csv", ""), ("semi.csv", "CHILD;SEX;DOB\r\n"));
        Assert.Equal(2, result.ProblemCount);
        Assert.Contains("empty", result.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("semicolons", result.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_not_in_UTF8_is_refused_at_its_line_and_field()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Header + "\r\n1001,1,01/01/2010,"), 0xE9, .. Encoding.UTF8.GetBytes("WBRI,,,\r\n")];
        var result = Ssda903Reader.Read([("h.csv", new MemoryStream(bytes))], Ssda903ReadOptions.Lenient).Value;
        var problem = Assert.Single(result.Problems);
        Assert.Equal((DataProblemKind.Unreadable, 2, 4, "ETHNIC", "1001"), (problem.Problem.Kind, problem.Problem.Line, problem.Problem.Column, problem.Problem.Field, problem.ChildId));
        Assert.Empty(result.Children);
    }

    [Fact]
    public void Any_subset_of_the_files_is_read_and_says_which_files_it_holds()
    {
        var value = Lenient(("m.csv", Lines(Missing, "1001,01/01/2010,M,01/05/2020,")));
        Assert.Equal([Ssda903File.Missing], value.Files);
        Assert.True(value.Has(Ssda903File.Missing));
        Assert.False(value.Has(Ssda903File.Episodes));
        Assert.Empty(value.Episodes);
    }

    [Fact]
    public void Two_years_files_are_read_together_with_rows_in_both_read_once()
    {
        // Last year's return shows child 1001's second episode open; this year's shows it closed. Header repeats the child.
        string lastHeader = Lines(Header, "1001,1,01/01/2010,WBRI,A123456789012,,");
        string lastEpisodes = Lines(
            Episodes,
            "1001,01/04/2020,S,C2,N1,U1,PR1,10/05/2020,X1,,AB1,CD2,SC000001",
            "1001,10/05/2020,P,C2,N1,U2,PR1,,,CARPL,AB1,CD3,SC000002");
        string thisEpisodes = Lines(
            Episodes,
            "1001,10/05/2020,P,C2,N1,U2,PR1,30/06/2021,E3,CARPL,AB1,CD3,SC000002",
            "2002,01/06/2021,S,V3,N8,U4,PR0,,,,,,");
        var both = Read(Ssda903ReadOptions.Default, ("2021/Header.csv", lastHeader), ("2021/Episodes.csv", lastEpisodes), ("2022/Header.csv", HeaderFile), ("2022/Episodes.csv", thisEpisodes));
        Assert.True(both.Success, both.ToString());
        var value = both.Value;
        Assert.Equal(["1001", "2002"], value.Children.Select(c => c.ChildId).Order());
        Assert.Equal(3, value.Episodes.Count);
        var second = Assert.Single(value.Episodes, e => e.Start == new LocalDate(2020, 5, 10));
        Assert.Equal(((LocalDate?)new LocalDate(2021, 6, 30), "E3", "2022/Episodes.csv"), (second.End, second.ReasonEpisodeCeased, second.Location.File));
        Assert.Equal(2, both.Notices.Count);

        // Whichever order the files come in.
        var reversed = Read(Ssda903ReadOptions.Default, ("2022/Episodes.csv", thisEpisodes), ("2022/Header.csv", HeaderFile), ("2021/Episodes.csv", lastEpisodes), ("2021/Header.csv", lastHeader)).Value;
        Assert.Equal(Records(value).Order(), Records(reversed).Order());
    }

    [Fact]
    public void Strict_refuses_the_whole_return_and_lenient_loads_it_with_the_same_problems()
    {
        (string, string)[] files = [("h.csv", HeaderFile), ("e.csv", Lines(Episodes, "1001,01/04/2020,S,C2,N1,U1,PR1,10/05/2020,X1,,,,", "2002,01/04/2020,S,ZZ,N1,U1,PR1,,,,,,"))];
        var strict = Read(Ssda903ReadOptions.Default, files);
        Assert.False(strict.Success);
        Assert.Throws<DataProblemException>(() => strict.Value);
        var lenient = Read(Ssda903ReadOptions.Lenient, files);
        Assert.True(lenient.Success);
        Assert.Equal(strict.Problems, lenient.Value.Problems.Select(p => p.Problem));
        Assert.Equal(2, lenient.Value.Episodes.Count);
        Assert.Equal(["1001", "2002"], lenient.Value.Problems.Select(p => p.ChildId).Order());
    }

    [Fact]
    public void Strict_lists_the_first_problems_and_counts_them_all()
    {
        string rows = string.Concat(Enumerable.Range(1, 30).Select(i => $"{i},9,01/01/2010,WBRI,,,\r\n"));
        var result = Read(new Ssda903ReadOptions { MaxProblems = 5 }, ("h.csv", Header + "\r\n" + rows));
        Assert.Equal(5, result.Problems.Count);
        Assert.Equal(30, result.ProblemCount);
        Assert.Equal(30, result.ProblemCountsByKind[DataProblemKind.UnknownName]);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Ssda903ReadOptions { MaxProblems = 0 });
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => Ssda903Reader.Read(null!));
        Assert.Throws<ArgumentNullException>(() => Ssda903Reader.Read([("a.csv", null!)]));
        Assert.Throws<ArgumentException>(() => Ssda903Reader.Read([("a.csv", new MemoryStream()), ("a.csv", new MemoryStream())]));
        Assert.Throws<ArgumentNullException>(() => Ssda903Reader.ReadXml(null!, "a.xml"));
        Assert.Throws<ArgumentNullException>(() => Ssda903Writer.Write(null!, Ssda903File.Header, new MemoryStream()));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ssda903Writer.Write(new Ssda903Return(), (Ssda903File)0, new MemoryStream()));
    }

    [Fact]
    public void A_stream_that_fails_passes_its_exception_on_as_it_is_though_files_are_read_side_by_side()
    {
        var failing = new FailingStream(Encoding.UTF8.GetBytes(EpisodesFile), failAfter: 40);
        var thrown = Assert.Throws<IOException>(() => Ssda903Reader.Read([("Header.csv", new MemoryStream(Encoding.UTF8.GetBytes(HeaderFile))), ("Episodes.csv", failing)]));
        Assert.Equal("The disk was removed.", thrown.Message);
    }

    [Fact]
    public void Files_read_side_by_side_give_what_one_file_after_another_gives()
    {
        var made = Measures.Samples.SyntheticSsda903.Generate(300, 11, new LocalDate(2024, 3, 31));
        var files = Enum.GetValues<Ssda903File>().Select(file =>
        {
            using var stream = new MemoryStream();
            Ssda903Writer.Write(made, file, stream);
            return (Name: file + ".csv", Content: stream.ToArray());
        }).ToList();
        var together = Ssda903Reader.Read(files.Select(f => (f.Name, (Stream)new MemoryStream(f.Content))));
        Assert.True(together.Success, together.ToString());

        // Each file read on its own, then all of them in the same order: the same records, in the same order.
        foreach (var (name, content) in files)
        {
            var alone = Ssda903Reader.Read([(name, new MemoryStream(content))]);
            Assert.True(alone.Success, alone.ToString());
        }

        var reversed = Ssda903Reader.Read(files.AsEnumerable().Reverse().Select(f => (f.Name, (Stream)new MemoryStream(f.Content))));
        Assert.Equal(together.Value.Episodes, reversed.Value.Episodes);
        Assert.Equal(together.Value.Children, reversed.Value.Children);
        Assert.Equal(made.Episodes.Count, together.Value.Episodes.Count);
        Assert.Equal(made.Episodes.Select(e => e with { Location = default }), together.Value.Episodes.Select(e => e with { Location = default }));
    }

    private sealed class FailingStream(byte[] content, int failAfter) : MemoryStream(content)
    {
        public override int Read(byte[] buffer, int offset, int count) => Position >= failAfter ? throw new IOException("The disk was removed.") : base.Read(buffer, offset, Math.Min(count, failAfter - (int)Position));

        public override int Read(Span<byte> buffer) => Position >= failAfter ? throw new IOException("The disk was removed.") : base.Read(buffer[..Math.Min(buffer.Length, failAfter - (int)Position)]);
    }

    [Fact]
    public void Xml_and_csv_give_the_same_records()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <Return>
              <CHILD>
                <HEADER>
                  <CHILDID>1001</CHILDID><UPN>A123456789012</UPN><SEX>1</SEX><DOB>01/01/2010</DOB><ETHNIC>WBRI</ETHNIC>
                  <UASC>1</UASC><DUC>01/01/2028</DUC><MOTHER/><MC_DOB/>
                  <AREVIEW><REVIEW>01/05/2020</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
                  <AMISSING><MISSING>M</MISSING><MIS_START>03/05/2020</MIS_START><MIS_END>04/05/2020</MIS_END></AMISSING>
                  <OC2><SDQ_SCORE>12</SDQ_SCORE><HEALTH_CHECK>1</HEALTH_CHECK></OC2>
                  <PERMANENCE><PREV_PERM>Z1</PREV_PERM></PERMANENCE>
                  <AD_PLACED><DATE_PLACED>02/05/2020</DATE_PLACED></AD_PLACED>
                </HEADER>
                <EPISODE><DECOM>01/04/2020</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER><DEC>10/05/2020</DEC><REC>X1</REC></EPISODE>
                <EPISODE><DECOM>10/05/2020</DECOM><RNE>P</RNE><LS>C2</LS><CIN>N1</CIN><PL>U2</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER><DEC/><REC/></EPISODE>
              </CHILD>
              <CHILD>
                <HEADER><CHILDID>2002</CHILDID><SEX>F</SEX><DOB>02/02/2003</DOB><ETHNIC>MWBC</ETHNIC><UASC/>
                  <IN_TOUCH>YES</IN_TOUCH><ACTIV>F2</ACTIV><ACCOM>S1</ACCOM></HEADER>
              </CHILD>
            </Return>
            """;
        var fromXml = Ssda903Reader.ReadXml(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "return.xml");
        Assert.True(fromXml.Success, fromXml.ToString());
        var csv = Read(
            Ssda903ReadOptions.Default,
            ("h.csv", Lines(Header, "1001,1,01/01/2010,WBRI,A123456789012,,", "2002,F,02/02/2003,MWBC,,,")),
            ("u.csv", Lines("CHILD,SEX,DOB,DUC", "1001,1,01/01/2010,01/01/2028")),
            ("r.csv", Lines("CHILD,DOB,REVIEW,REVIEW_CODE", "1001,01/01/2010,01/05/2020,PN1")),
            ("m.csv", Lines(Missing, "1001,01/01/2010,M,03/05/2020,04/05/2020")),
            ("oc2.csv", Lines("CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED", "1001,01/01/2010,12,,,1,,,,,,")),
            ("oc3.csv", Lines("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", "2002,02/02/2003,YES,F2,S1")),
            ("pp.csv", Lines("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM", "1001,01/01/2010,Z1,,")),
            ("pa.csv", Lines("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", "1001,01/01/2010,02/05/2020,,")),
            ("ad1.csv", Lines("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR")),
            ("e.csv", Lines(Episodes, "1001,01/04/2020,S,C2,N1,U1,PR1,10/05/2020,X1,,,,", "1001,10/05/2020,P,C2,N1,U2,PR1,,,,,,"))).Value;
        Assert.Equal(Records(csv), Records(fromXml.Value));
        Assert.Equal(csv.Files, fromXml.Value.Files);
        Assert.Equal(new RecordLocationView("return.xml", 13), new RecordLocationView(fromXml.Value.Episodes[0].Location.File, fromXml.Value.Episodes[0].Location.Line));
    }

    [Fact]
    public void Xml_problems_are_placed_at_the_element_and_broken_xml_keeps_the_children_read_whole_when_lenient()
    {
        const string xml = "<R>\n<CHILD><HEADER><CHILDID>1</CHILDID><SEX>9</SEX><DOB>01/01/2010</DOB><ETHNIC>WBRI</ETHNIC></HEADER></CHILD>\n<CHILD><HEADER><CHILDID>2</CHILDID><SEX>1</SEX>\n<DOB>01/01/2011</DOB";
        var lenient = Ssda903Reader.ReadXml(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "r.xml", Ssda903ReadOptions.Lenient).Value;
        Assert.Equal("1", Assert.Single(lenient.Children).ChildId);
        Assert.Equal(2, lenient.Problems.Count);
        var sex = lenient.Problems[0];
        Assert.Equal((DataProblemKind.UnknownName, 2, 37, "SEX", "9", "1"), (sex.Problem.Kind, sex.Problem.Line, sex.Problem.Column, sex.Problem.Field, sex.Problem.Value, sex.ChildId));
        var broken = lenient.Problems[1];
        Assert.Equal((DataProblemKind.Unreadable, "2"), (broken.Problem.Kind, broken.ChildId));
        Assert.False(Ssda903Reader.ReadXml(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "r.xml").Success);
    }

    [Fact]
    public void The_community_validators_fake_files_load_leniently_with_their_problems_and_are_refused_strictly()
    {
        (string, Stream)[] Files() =>
        [
            ("episodes.csv", File.OpenRead(DataPath("episodes.csv"))),
            ("header.csv", File.OpenRead(DataPath("header.csv"))),
            ("missing.csv", File.OpenRead(DataPath("missing.csv"))),
        ];
        var lenient = Ssda903Reader.Read(Files(), Ssda903ReadOptions.Lenient);
        Assert.True(lenient.Success);
        var value = lenient.Value;
        Assert.Equal(12, value.Children.Count);
        Assert.Equal(20, value.Episodes.Count); // every DEC with a two-digit year is read as empty and listed
        Assert.Equal(43, value.MissingEpisodes.Count);

        // episodes.csv, line 2: "538333,21/07/2016,P,C2,N2,T3,PR1,24/04/17,X1,…"
        var first = value.Problems[0];
        Assert.Equal(("episodes.csv", 2, 8, "DEC", "24/04/17", "538333"), (first.Problem.Source, first.Problem.Line, first.Problem.Column, first.Problem.Field, first.Problem.Value, first.ChildId));
        int twoDigitYears = File.ReadLines(DataPath("episodes.csv")).Skip(1).Count(l => l.Split(',')[7].Length == 8);
        Assert.Equal(twoDigitYears, value.Problems.Count(p => p.Problem.Field == "DEC" && p.Problem.Kind == DataProblemKind.InvalidValue));
        Assert.All(value.Problems, p => Assert.NotNull(p.ChildId));

        var strict = Ssda903Reader.Read(Files(), Ssda903ReadOptions.Default);
        Assert.False(strict.Success);
        Assert.Equal(value.Problems.Count, strict.ProblemCount);

        var xml = Ssda903Reader.ReadXml(File.OpenRead(DataPath("fake_903.xml")), "fake_903.xml");
        Assert.True(xml.Success, xml.ToString());
        Assert.Equal(["947390", "563324"], xml.Value.Children.Select(c => c.ChildId));
        Assert.Equal(4, xml.Value.Episodes.Count);
        Assert.Equal(8, xml.Value.Reviews.Count);
        Assert.Equal(2, xml.Value.HealthOutcomes.Count);
    }

    private readonly record struct RecordLocationView(string File, int Line);
}
