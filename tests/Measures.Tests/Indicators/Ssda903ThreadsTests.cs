using System.Collections.Generic;
using System.Linq;
using Measures.Indicators;
using Measures.Returns;
using Measures.Returns.Ssda903;
using Measures.Samples;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Indicators;

/// <summary>The children are put in order on several threads when there are many: the figures and their explanations are those of one thread.</summary>
public sealed class Ssda903ThreadsTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void One_thread_and_several_give_the_same_figures_and_children(int seed)
    {
        // Enough children to be shared out in several runs, with a Header row missing so that some are left out.
        var made = SyntheticSsda903.Generate(12_000, seed, new LocalDate(2024, 3, 31));
        var @return = new Ssda903Return
        {
            Files = made.Files,
            Children = [.. made.Children.Where((_, i) => i % 97 != 5)],
            Episodes = made.Episodes,
            Reviews = made.Reviews,
            HealthOutcomes = made.HealthOutcomes,
            CareLeaverOutcomes = made.CareLeaverOutcomes,
            Adoptions = made.Adoptions,
            MissingEpisodes = made.MissingEpisodes,
        };
        var period = ReportingPeriod.FinancialYear(2023);
        var options = new IndicatorOptions { Population = Population.Of(120_000), Breakdowns = IndicatorBreakdowns.All };

        var one = Ssda903Indicators.Compute(@return, period, options, threads: 1);
        var several = Ssda903Indicators.Compute(@return, period, options, threads: 4);

        Assert.Equal(one.Observations, several.Observations);
        Assert.Equal(one.Breakdowns, several.Breakdowns);
        Assert.Equal(one.Notes, several.Notes);
        Assert.True(one.Find(Ssda903Indicators.ChildrenLookedAfter)!.Value.Numerator > 1000, "the return has children looked after");
        foreach (string code in Ssda903Indicators.MeasureCodes)
        {
            Assert.Equal(Described(one.Explain(code)), Described(several.Explain(code)));
        }
    }

    [Fact]
    public void A_return_with_no_children_gives_figures_of_nought()
    {
        var result = Ssda903Indicators.Compute(new Ssda903Return { Files = new HashSet<Ssda903File> { Ssda903File.Header, Ssda903File.Episodes } }, ReportingPeriod.FinancialYear(2023));
        Assert.Equal(0, result.Find(Ssda903Indicators.ChildrenLookedAfter)!.Value.Numerator);
        Assert.Empty(result.Explain(Ssda903Indicators.ChildrenLookedAfter).Numerator);
    }

    private static List<string> Described(IndicatorExplanation explanation) =>
    [
        explanation.ToString(),
        .. explanation.Numerator.Select(Described),
        .. (explanation.Denominator ?? []).Select(Described),
        .. explanation.Exclusions.Select(e => $"{e} [{string.Join("; ", e.Records)}]"),
        .. explanation.Notes,
    ];

    private static string Described(CountedChild child) => $"{child} [{string.Join("; ", child.Records)}]";
}
