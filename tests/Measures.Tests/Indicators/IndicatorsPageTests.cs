using System;
using Measures.Indicators;
using Measures.Returns.Ssda903;
using Xunit;

namespace Measures.Tests.Indicators;

/// <summary>Claims of docs/concepts/indicators.md, checked against the code.</summary>
public sealed class IndicatorsPageTests
{
    private static readonly string Page = RepositoryFile.ReadAllText("docs/concepts/indicators.md").ReplaceLineEndings(" ");

    [Fact]
    public void The_page_names_every_indicator_code()
    {
        foreach (string code in Ssda903Indicators.MeasureCodes)
        {
            Assert.Contains("`" + code + "`", Page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_page_states_the_problem_mapping_the_code_uses()
    {
        Assert.Contains("Header problems touch `cla-long-term-stability`", Page, StringComparison.Ordinal);
        Assert.Equal([Ssda903File.Episodes, Ssda903File.Header], Ssda903Indicators.FilesUsedBy("cla-long-term-stability"));
        Assert.Contains("Missing problems touch `cla-missing`", Page, StringComparison.Ordinal);
        Assert.Equal([Ssda903File.Episodes, Ssda903File.Missing], Ssda903Indicators.FilesUsedBy("cla-missing"));
        Assert.Contains("AD1 A2 (and its 3-year figure)", Page, StringComparison.Ordinal);
        Assert.Contains(Ssda903File.Ad1, Ssda903Indicators.FilesUsedBy("adoption-a2-3-year"));
        Assert.DoesNotContain(Ssda903File.Ad1, Ssda903Indicators.FilesUsedBy("adoption-a1"));
        Assert.Contains("(\"the return lacks the Missing file, which this indicator needs\")", Page, StringComparison.Ordinal);
    }
}
