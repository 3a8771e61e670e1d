using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
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
    public void Children_left_out_for_problems_are_left_out_alike_on_one_thread_and_several()
    {
        // A return read leniently from damaged files: some children lack their Header row, some episodes have a code
        // the DfE does not list; each such child is left out of the figures its problem touches.
        var made = SyntheticSsda903.Generate(9_000, 5, new LocalDate(2024, 3, 31));
        string Written(Ssda903File file)
        {
            using var stream = new MemoryStream();
            Ssda903Writer.Write(made, file, stream);
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        string header = string.Join('\n', Written(Ssda903File.Header).Split('\n').Where((_, i) => i % 89 != 7));
        string episodes = string.Join('\n', Written(Ssda903File.Episodes).Split('\n').Select((line, i) => i % 53 == 9 ? line.Replace(",C2,", ",C9,", StringComparison.Ordinal) : line));
        var read = Ssda903Reader.Read(
            [("Header.csv", new MemoryStream(Encoding.UTF8.GetBytes(header))), ("Episodes.csv", new MemoryStream(Encoding.UTF8.GetBytes(episodes)))],
            Ssda903ReadOptions.Lenient).Value;
        var period = ReportingPeriod.FinancialYear(2023);

        var one = Ssda903Indicators.Compute(read, period, null, threads: 1);
        var several = Ssda903Indicators.Compute(read, period, null, threads: 2);

        Assert.True(read.Problems.Count(p => p.ChildId is not null) > 100, "the return has problems that leave children out");
        Assert.Contains(one.Explain(Ssda903Indicators.ChildrenLookedAfter).Exclusions, e => e.Reason == ExclusionReason.ProblemInReturn);
        Assert.Equal(one.Observations, several.Observations);
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
