using System;
using System.Linq;
using System.Text.Json;

namespace Measures.Cli.Tests;

/// <summary>The tool's --compare-with: further earlier periods each measure is compared with.</summary>
public sealed class CompareWithOptionTests : IDisposable
{
    private const string Header = "measure,period,organisational_unit,numerator,denominator\n";

    private const string Catalogue = """
        { "version": 1, "name": "Quarter 3", "measures": [
          { "code": "CPP", "title": "Children subject to a child protection plan", "serviceArea": "Social care", "kind": "activity",
            "valueType": { "kind": "count", "unit": "children" }, "polarity": "none", "frequency": "monthly", "periodType": "month", "numerator": "last" },
          { "code": "EHA", "title": "Early help assessments completed within 45 days", "serviceArea": "Early help", "kind": "activity",
            "valueType": { "kind": "percentage", "decimals": 1 }, "polarity": "higherIsBetter", "frequency": "monthly", "periodType": "month", "numerator": "sum", "denominator": "sum" },
          { "code": "CON", "title": "Contacts received", "serviceArea": "Early help", "kind": "activity",
            "valueType": { "kind": "count" }, "polarity": "none", "frequency": "monthly", "periodType": "month", "numerator": "sum" }
        ] }
        """;

    // Children and Young People's Services Quarter 3 Performance Report (seed 000): line 73, "462, a reduction of 14 children
    // compared to October 2020"; line 33, 92.9% in December (13 of 14) against 83.3% in the previous quarter (5 of 6).
    private const string Rows = """
        CPP,Oct 2020,,476,
        CPP,Nov 2020,,470,
        CPP,Dec 2020,,462,
        EHA,Jul 2020,,2,2
        EHA,Aug 2020,,1,2
        EHA,Sep 2020,,2,2
        EHA,Dec 2020,,13,14
        CON,Jul 2020,,120,
        CON,Aug 2020,,135,
        CON,Sep 2020,,150,
        CON,Dec 2020,,150,

        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Each_comparison_named_is_made_in_order_for_every_measure()
    {
        var run = Scorecard("--format", "json", "--compare-with", "Oct 2020", "--compare-with", "previous quarter", "--compare-with", "previous quarter average");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!);

        var cpp = rows["CPP"].GetProperty("comparisons");
        Assert.Equal(["Oct 2020", "previous quarter", "previous quarter average"], cpp.EnumerateArray().Select(c => c.GetProperty("comparison").GetString()));
        Assert.Equal(-14m, cpp[0].GetProperty("change").GetDecimal());

        var eha = rows["EHA"].GetProperty("comparisons")[1];
        Assert.Equal("Q2 2020/21", eha.GetProperty("periodLabel").GetString());
        Assert.Equal(83.3m, eha.GetProperty("earlierValue").GetDecimal());
        Assert.Equal("improving", eha.GetProperty("direction").GetString());

        var contacts = rows["CON"].GetProperty("comparisons")[2];
        Assert.Equal("periodAverage", contacts.GetProperty("basis").GetString());
        Assert.Equal("Q2 2020/21 monthly average", contacts.GetProperty("periodLabel").GetString());
        Assert.Equal((120m + 135m + 150m) / 3, contacts.GetProperty("earlierValue").GetDecimal());
    }

    [Fact]
    public void Without_the_option_the_scorecard_is_as_before()
    {
        var plain = Scorecard("--format", "csv");
        var compared = Scorecard("--format", "csv", "--compare-with", "previous month");
        Assert.True(compared.ExitCode == 0, compared.ToString());
        string[] plainLines = plain.Output.Split("\r\n");
        string[] comparedLines = compared.Output.Split("\r\n");
        Assert.Equal(plainLines.Length, comparedLines.Length);
        Assert.DoesNotContain("comparison_1", plainLines[0], StringComparison.Ordinal);
        for (int i = 0; i < plainLines.Length; i++)
        {
            Assert.StartsWith(plainLines[i], comparedLines[i], StringComparison.Ordinal);
        }

        Assert.EndsWith(",comparison_1,direction_vs_comparison_1,comparison_1_period,comparison_1_value,relative_change_vs_comparison_1,share_of_comparison_1", comparedLines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("previous fortnight", "after \"previous\" write month, quarter")]
    [InlineData("Oct 20", "two-digit year")]
    [InlineData("average", "names no period to compare with")]
    public void A_comparison_the_tool_cannot_read_is_a_usage_error_saying_why(string label, string reason)
    {
        var run = Scorecard("--compare-with", label);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--compare-with \"{label}\"", run.Error, StringComparison.Ordinal);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_help_describes_the_option()
    {
        var run = Tool.Run("scorecard", "--help");
        Assert.Contains("--compare-with", run.Output, StringComparison.Ordinal);
        Assert.Contains("previous quarter average", run.Output, StringComparison.Ordinal);
    }

    private ToolRun Scorecard(params string[] options) =>
        Tool.Run(["scorecard", "--catalogue", folder.Write("catalogue.json", Catalogue), "--observations", folder.Write("observations.csv", Header + Rows), "--period", "Dec 2020", .. options]);
}
