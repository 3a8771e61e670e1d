using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Measures.Cli.Tests;

/// <summary>The CIN census from the command line: indicators, explanations and scorecards, alone and with an SSDA903 return.</summary>
public sealed class CinCommandsTests : IDisposable
{
    private const string Header =
        "<Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails>"
        + "<Source><SourceLevel>L</SourceLevel><LEA>999</LEA><SoftwareCode>Test</SoftwareCode><Release>1</Release><SerialNo>001</SerialNo><DateTime>2024-04-05T10:00:00</DateTime></Source></Header>";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string Child(string id, string episodes) =>
        $"<Child>\n<ChildIdentifiers><LAchildID>{id}</LAchildID><PersonBirthDate>2015-06-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>\n{episodes}\n</Child>";

    private static string Episode(string referral, string more = "") =>
        $"<CINdetails><CINreferralDate>{referral}</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>{more}</CINdetails>";

    // Three referrals in 2023/24 (A's in May is a re-referral after March); B has an assessment on the 10th working day.
    private string Census() => folder.Write("cin-2024.xml", "<Message>\n" + Header + "\n<Children>\n"
        + Child("A", Episode("2023-03-01", "<CINclosureDate>2023-03-20</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>") + "\n" + Episode("2023-05-01")) + "\n"
        + Child("B", Episode("2023-06-05", "<Assessments><AssessmentActualStartDate>2023-06-06</AssessmentActualStartDate><AssessmentAuthorisationDate>2023-06-19</AssessmentAuthorisationDate></Assessments>")) + "\n"
        + Child("C", Episode("2023-09-01", "<ReferralNFA>true</ReferralNFA>")) + "\n"
        + "</Children>\n</Message>\n");

    [Fact]
    public void Indicators_of_a_census_are_written_as_observations_for_its_year()
    {
        var run = Tool.Run("indicators", "--cin", Census(), "--population", "10000");
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = Lines.Of(run.Output);
        Assert.Equal("measure,period,organisational_unit,numerator,denominator,value", lines[0]);
        Assert.Contains("cin-referrals,FY 2023/24,,3,,", lines);
        Assert.Contains("cin-re-referrals,FY 2023/24,,1,3,", lines);
        Assert.Contains("cin-assessments-45-days,FY 2023/24,,1,1,", lines);
        Assert.Contains("cin-referrals-rate,FY 2023/24,,3,10000,", lines);
        // On 31 March 2024: A's May episode and B's are open; C's is a referral with no further action.
        Assert.Contains("cin-31-march,FY 2023/24,,2,,", lines);
    }

    [Fact]
    public void Indicators_of_both_returns_come_together_and_a_measure_of_either_can_be_asked_for()
    {
        var run = Tool.Run("indicators", "--cin", Census(), "--ssda903", "sample", "--period", "2023/24", "--measure", "cin-re-referrals", "--measure", "cla-3-placements");
        Assert.True(run.ExitCode == 0, run.ToString());
        var codes = Lines.Of(run.Output).Skip(1).Select(l => l.Split(',')[0]).ToArray();
        Assert.Equal(["cla-3-placements", "cin-re-referrals"], codes);

        Assert.Equal(2, Tool.Run("indicators").ExitCode);
        var unknown = Tool.Run("indicators", "--cin", Census(), "--measure", "cla-3-placements");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("cin-re-referrals", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_cin_names_each_record_of_a_figure()
    {
        var run = Tool.Run("explain", "cin", Census(), "--measure", "cin-re-referrals");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("cin-re-referrals, FY 2023/24: 1 / 3", run.Output, StringComparison.Ordinal);
        Assert.Contains("referred before on 2023-03-01, within 12 months", run.Output, StringComparison.Ordinal);
        Assert.Contains("cin-2024.xml, line", run.Output, StringComparison.Ordinal);

        var need = Tool.Run("explain", "cin", Census(), "--measure", "cin-referrals", "--breakdown", "primary-need=N1");
        Assert.True(need.ExitCode == 0, need.ToString());
        Assert.Equal(2, Tool.Run("explain", "cin", Census(), "--measure", "cla-31-march").ExitCode);
    }

    [Fact]
    public void A_scorecard_is_built_from_the_census_alone_or_with_the_SSDA903_return()
    {
        var alone = Tool.Run("scorecard", "--cin", Census(), "--format", "json");
        Assert.True(alone.ExitCode == 0, alone.ToString());
        using (var json = JsonDocument.Parse(alone.Output))
        {
            var codes = json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
            Assert.Contains("cin-re-referrals", codes);
            Assert.DoesNotContain("cla-31-march", codes);
        }

        var both = Tool.Run("scorecard", "--cin", Census(), "--ssda903", "sample", "--period", "2023/24", "--format", "json");
        Assert.True(both.ExitCode == 0, both.ToString());
        using var combined = JsonDocument.Parse(both.Output);
        var all = combined.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
        Assert.Contains("cin-re-referrals", all);
        Assert.Contains("cla-31-march", all);
    }

    [Fact]
    public void The_sample_councils_three_returns_make_one_scorecard()
    {
        var run = Tool.Run("scorecard", "--cin", "sample", "--ssda903", "sample", "--sen2", "sample", "--format", "csv");
        Assert.True(run.ExitCode == 0, run.ToString());
        var codes = Lines.Of(run.Output).Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.Contains("cla-31-march", codes);
        Assert.Contains("cin-re-referrals", codes);
        Assert.Contains("ehcp-20-weeks", codes);

        var expected = Measures.Indicators.CinIndicators.Compute(Measures.Samples.SampleCouncil.Cin, Measures.Time.ReportingPeriod.FinancialYear(2023)).Find("cin-referrals")!.Value;
        Assert.Contains($"cin-referrals,FY 2023/24,,{expected.Numerator},,", Lines.Of(Tool.Run("indicators", "--cin", "sample").Output));
    }
}
