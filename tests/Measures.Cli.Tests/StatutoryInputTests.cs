using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Measures.Samples;

namespace Measures.Cli.Tests;

/// <summary>
/// One file of a statutory return, named or piped to standard input, told by its first bytes whatever its name: an
/// SSDA903 CSV file by its header row, the SSDA903 XML form, the CIN census and the SEN2 return; other XML refused.
/// </summary>
public sealed class StatutoryInputTests : IDisposable
{
    // The SSDA903 return's XML form: CHILD elements holding HEADER and EPISODEs.
    private const string Ssda903Xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <Return>
          <CHILD>
            <HEADER><CHILDID>1001</CHILDID><SEX>1</SEX><DOB>01/01/2010</DOB><ETHNIC>WBRI</ETHNIC></HEADER>
            <EPISODE><DECOM>01/04/2020</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER></EPISODE>
          </CHILD>
        </Return>
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static byte[] Bytes(Stream stream)
    {
        using (stream)
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }

    public static TheoryData<string, string> Files => new()
    {
        { "Header.csv", $"an SSDA903 return of {SampleCouncil.Ssda903.Children.Count} children and 0 episodes, from its Header file; no problems found." },
        { "Episodes.csv", $"an SSDA903 return of 0 children and {SampleCouncil.Ssda903.Episodes.Count} episodes, from its Episodes file; no problems found." },
        { "ssda903.xml", "an SSDA903 return of 1 child and 1 episode, from 10 of its 11 files; no problems found." },
        { "cin.xml", $"a CIN census of {SampleCouncil.Cin.Children.Count} children and {SampleCouncil.Cin.Children.Sum(c => c.Episodes.Count)} episodes; no problems found." },
        { "sen2.xml", $"a SEN2 return of {SampleCouncil.Sen2.Persons.Count} persons and {SampleCouncil.Sen2.Persons.Sum(p => p.Requests.Count)} requests; no problems found." },
    };

    private static byte[] Content(string file) => file switch
    {
        "ssda903.xml" => Encoding.UTF8.GetBytes(Ssda903Xml),
        "cin.xml" => Bytes(SampleCouncil.OpenCinFile()),
        "sen2.xml" => Bytes(SampleCouncil.OpenSen2File()),
        _ => Bytes(SampleCouncil.OpenSsda903File(file)),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Validate_tells_a_returns_file_from_standard_input(string file, string expected)
    {
        var run = Tool.RunWithInput(Content(file), "validate", "-");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("standard input: " + expected, run.Output.Trim());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Validate_tells_a_returns_file_whatever_its_name(string file, string expected)
    {
        string path = folder.PathOf("export-" + file.Length + ".txt");
        File.WriteAllBytes(path, Content(file));
        var run = Tool.Run("validate", path);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(path + ": " + expected, run.Output.Trim());
    }

    [Fact]
    public void A_piped_returns_file_with_a_problem_is_refused_with_the_problem_placed()
    {
        string header = Encoding.UTF8.GetString(Content("Header.csv")).ReplaceLineEndings("\n");
        string[] lines = header.Split('\n');
        lines[1] = string.Join(',', lines[1].Split(',').Select((field, i) => i == 1 ? "7" : field)); // SEX
        var run = Tool.RunWithInput(Encoding.UTF8.GetBytes(string.Join('\n', lines)), "validate", "-");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("stdin, line 2, column 2 (SEX), \"7\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("measures: 1 problem in standard input.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_of_no_return_is_refused_saying_what_would_be_read()
    {
        var run = Tool.RunWithInput("<html><body/></html>"u8.ToArray(), "validate", "-");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("standard input: this is XML, but neither a CIN census", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("observations", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_return_in_its_xml_form_in_a_folder_gives_the_same_indicators_as_piped()
    {
        string returnFolder = folder.PathOf("return");
        Directory.CreateDirectory(returnFolder);
        File.WriteAllText(Path.Combine(returnFolder, "return.xml"), Ssda903Xml);
        var fromFolder = Tool.Run("indicators", "--ssda903", returnFolder, "--period", "FY 2020/21", "--measure", "cla-started");
        Assert.True(fromFolder.ExitCode == 0, fromFolder.ToString());
        Assert.Contains("cla-started,FY 2020/21,,1,,", fromFolder.Output, StringComparison.Ordinal);

        var piped = Tool.RunWithInput(Encoding.UTF8.GetBytes(Ssda903Xml), "indicators", "--ssda903", "-", "--period", "FY 2020/21", "--measure", "cla-started");
        Assert.True(piped.ExitCode == 0, piped.ToString());
        Assert.Equal(fromFolder.Output, piped.Output);
    }

    [Theory]
    [InlineData("Header.csv", "a file of the SSDA903 return (children looked after); give it with --ssda903")]
    [InlineData("cin.xml", "a CIN census; give it with --cin")]
    [InlineData("sen2.xml", "a SEN2 return; give it with --sen2")]
    public void A_returns_file_given_as_observations_is_refused_naming_the_option_it_belongs_to(string file, string expected)
    {
        string path = folder.PathOf("observations.csv");
        File.WriteAllBytes(path, Content(file));
        var named = Tool.Run("scorecard", "--observations", path);
        Assert.Equal(1, named.ExitCode);
        Assert.Contains($"'{path}' is {expected}", named.Error, StringComparison.Ordinal);

        var piped = Tool.RunWithInput(Content(file), "scorecard", "--observations", "-");
        Assert.Equal(1, piped.ExitCode);
        Assert.Contains($"standard input is {expected}", piped.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("numerator", piped.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_given_once_for_a_return()
    {
        var run = Tool.RunWithInput(Content("Header.csv"), "indicators", "--ssda903", "-", "--ssda903", "-");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("standard input (\"-\") can be read once", run.Error, StringComparison.Ordinal);
    }
}
