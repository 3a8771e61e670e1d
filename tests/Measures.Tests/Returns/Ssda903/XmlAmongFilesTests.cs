using System.IO;
using System.Linq;
using System.Text;
using Measures.Returns;
using Measures.Returns.Ssda903;
using static Measures.Tests.Returns.Ssda903.ReaderTestFiles;

namespace Measures.Tests.Returns.Ssda903;

/// <summary>The return's XML form given among its files: told from CSV by its first character, whatever its name, however it is encoded or streamed.</summary>
public sealed class XmlAmongFilesTests
{
    private const string Xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <Return>
          <CHILD>
            <HEADER><CHILDID>1001</CHILDID><SEX>1</SEX><DOB>01/01/2010</DOB><ETHNIC>WBRI</ETHNIC>
              <AREVIEW><REVIEW>01/05/2020</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW></HEADER>
            <EPISODE><DECOM>01/04/2020</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER><DEC>10/05/2020</DEC><REC>X1</REC></EPISODE>
            <EPISODE><DECOM>10/05/2020</DECOM><RNE>P</RNE><LS>C2</LS><CIN>N1</CIN><PL>U2</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER></EPISODE>
          </CHILD>
          <CHILD>
            <HEADER><CHILDID>2002</CHILDID><SEX>2</SEX><DOB>02/02/2012</DOB><ETHNIC>MWBC</ETHNIC></HEADER>
            <EPISODE><DECOM>01/06/2021</DECOM><RNE>S</RNE><LS>V3</LS><CIN>N8</CIN><PL>U4</PL><PLACE_PROVIDER>PR0</PLACE_PROVIDER></EPISODE>
          </CHILD>
        </Return>
        """;

    private static Ssda903Return ReadAlone() => Ssda903Reader.ReadXml(new MemoryStream(Encoding.UTF8.GetBytes(Xml)), "return.csv").Value;

    [Fact]
    public void An_xml_file_among_the_files_is_read_as_the_xml_form_whatever_its_name()
    {
        var read = Ssda903Reader.Read([("return.csv", new MemoryStream(Encoding.UTF8.GetBytes(Xml)))]);
        Assert.True(read.Success, read.ToString());
        Assert.Equal(Records(ReadAlone()), Records(read.Value));
        Assert.Equal(3, read.Value.Episodes.Count);
        Assert.Equal(("return.csv", 6), (read.Value.Episodes[0].Location.File, read.Value.Episodes[0].Location.Line));
    }

    [Fact]
    public void Xml_from_a_pipe_with_a_byte_order_mark_after_blank_lines_or_in_utf16_is_read_alike()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(Xml);
        byte[] marked = [.. Encoding.UTF8.GetPreamble(), .. utf8];

        // White space may come before the root element, not before a declaration.
        byte[] blank = [.. "\r\n\r\n  "u8, .. Encoding.UTF8.GetBytes(Xml[(Xml.IndexOf('\n', System.StringComparison.Ordinal) + 1)..])];
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Xml.Replace("utf-8", "utf-16", System.StringComparison.Ordinal))];
        foreach (var (what, stream) in new (string, Stream)[] { ("pipe", new UnseekableStream(utf8)), ("mark", new MemoryStream(marked)), ("blank", new UnseekableStream(blank)), ("utf16", new MemoryStream(utf16)), ("utf16 pipe", new UnseekableStream(utf16)) })
        {
            var read = Ssda903Reader.Read([("r", stream)]);
            Assert.True(read.Success, what + ": " + read);
            Assert.Equal(Records(ReadAlone()), Records(read.Value));
        }
    }

    [Fact]
    public void A_large_xml_file_is_read_whole_not_split_into_csv_parts()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(Xml);
        var read = Ssda903Reader.Read([("return.xml", new MemoryStream(utf8))], Ssda903ReadOptions.Default, partBytes: 64);
        Assert.True(read.Success, read.ToString());
        Assert.Equal(Records(ReadAlone()), Records(read.Value));
    }

    [Fact]
    public void Xml_and_csv_files_are_read_together()
    {
        var socialWorkers = Lines("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", "1001,01/01/2010,SW1,01/04/2020,,");
        var read = Ssda903Reader.Read(
        [
            ("sw.csv", new MemoryStream(Encoding.UTF8.GetBytes(socialWorkers))),
            ("return.xml", new MemoryStream(Encoding.UTF8.GetBytes(Xml))),
        ]);
        Assert.True(read.Success, read.ToString());
        Assert.Equal(["1001", "2002"], read.Value.Children.Select(c => c.ChildId));
        Assert.Equal("SW1", Assert.Single(read.Value.SocialWorkerEpisodes).SocialWorkerId);
        Assert.True(read.Value.Has(Ssda903File.SocialWorkerEpisodes));
        Assert.True(read.Value.Has(Ssda903File.Episodes));
    }

    [Theory]
    [InlineData("CHILD,SEX,DOB", false)]
    [InlineData("", false)]
    [InlineData("  \r\n", false)]
    [InlineData("\"<CHILD\",SEX", false)]
    [InlineData("<Return/>", true)]
    [InlineData("\r\n\t <?xml version=\"1.0\"?>", true)]
    public void Xml_is_told_by_its_first_character_past_white_space(string start, bool xml)
    {
        Assert.Equal(xml, ReturnXml.StartsXml(Encoding.UTF8.GetBytes(start)));
        Assert.Equal(xml, ReturnXml.StartsXml([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(start)]));
        Assert.Equal(xml, ReturnXml.StartsXml([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(start)]));
        Assert.Equal(xml, ReturnXml.StartsXml([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(start)]));
        Assert.Equal(xml, ReturnXml.StartsXml([.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(start)]));
    }
}
