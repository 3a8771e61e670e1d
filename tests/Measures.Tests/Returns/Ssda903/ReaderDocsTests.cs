using System;
using System.Linq;
using System.Text.RegularExpressions;
using Measures.Returns.Ssda903;
using static Measures.Tests.Returns.Ssda903.ReaderTestFiles;

namespace Measures.Tests.Returns.Ssda903;

/// <summary>What docs/concepts/ssda903.md says about reading the return holds.</summary>
public sealed class ReaderDocsTests
{
    private static readonly string Page = Regex.Replace(RepositoryFile.ReadAllText("docs/concepts/ssda903.md"), @"\s+", " ");

    [Theory]
    [InlineData("SEX", "1,2,M,F,U", "3,m,X")]
    [InlineData("PLACE", "K3,A3,U6,Z1", "A2,R4,k3")]
    [InlineData("MISSING", "M,A", "B,m")]
    public void The_code_lists_are_those_the_page_names(string field, string accepted, string refused)
    {
        Assert.Contains("SEX 1 and 2, and M, F and U from 2024/25; PLACE with K3 from 2024/25; MISSING M (missing) and A (away without authorisation)", Page, StringComparison.Ordinal);
        foreach (string code in accepted.Split(','))
        {
            Assert.Empty(Lenient(("f.csv", Row(field, code))).Problems);
        }

        foreach (string code in refused.Split(','))
        {
            Assert.Equal(field, Assert.Single(Lenient(("f.csv", Row(field, code))).Problems).Problem.Field);
        }
    }

    [Fact]
    public void Dates_are_read_as_the_page_says()
    {
        Assert.Contains("d/M/yyyy (a spreadsheet drops leading zeros) and yyyy-MM-dd are read too. A two-digit year (\"24/04/17\") is refused", Page, StringComparison.Ordinal);
        foreach (string date in new[] { "01/05/2020", "1/5/2020", "2020-05-01" })
        {
            Assert.Empty(Lenient(("m.csv", Lines(Missing, $"1,01/01/2010,M,{date},"))).Problems);
        }

        foreach (string date in new[] { "01/05/20", "01/05/2020 00:00", "05/13/2020" })
        {
            Assert.Single(Lenient(("m.csv", Lines(Missing, $"1,01/01/2010,M,{date},"))).Problems);
        }
    }

    [Fact]
    public void Lenient_lists_every_problem_whatever_the_limit_and_strict_lists_the_first_thousand()
    {
        Assert.Contains("lists the first 1,000 problems (`MaxProblems`) and counts every one", Page, StringComparison.Ordinal);
        Assert.Contains("`Problems` lists every problem with its child, whatever `MaxProblems` says", Page, StringComparison.Ordinal);
        string rows = string.Concat(Enumerable.Range(1, 1_005).Select(i => $"{i},9,01/01/2010,WBRI,,,\r\n"));
        var strict = Read(Ssda903ReadOptions.Default, ("h.csv", Header + "\r\n" + rows));
        Assert.Equal((1_000, 1_005L), (strict.Problems.Count, strict.ProblemCount));
        var lenient = Read(new Ssda903ReadOptions { Strict = false, MaxProblems = 3 }, ("h.csv", Header + "\r\n" + rows)).Value;
        Assert.Equal(1_005, lenient.Problems.Count);
        Assert.Equal(1_005, lenient.Children.Count);
    }

    private static string Row(string field, string code) => field switch
    {
        "SEX" => Lines(Header, $"1,{code},01/01/2010,WBRI,,,"),
        "PLACE" => Lines(Episodes, $"1,01/04/2020,S,C2,N1,{code},PR1,,,,,,"),
        _ => Lines(Missing, $"1,01/01/2010,{code},01/05/2020,"),
    };
}
