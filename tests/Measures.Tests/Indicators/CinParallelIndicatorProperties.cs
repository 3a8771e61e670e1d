using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using Measures.Indicators;
using Measures.Observations;
using Measures.Returns.Cin;
using Measures.Samples;
using Measures.Time;
using Xunit;

namespace Measures.Tests.Indicators;

/// <summary>The CIN figures counted side by side on two threads equal those counted one after another.</summary>
public sealed class CinParallelIndicatorProperties
{
    private static readonly IndicatorOptions Everything = new() { Population = Population.Of(10_000), Breakdowns = IndicatorBreakdowns.All };

    // Everything a result says, in its order: figures, breakdowns, notes, and each figure's explanation.
    private static string Render(IndicatorResult result)
    {
        var text = new StringBuilder();
        foreach (var o in result.Observations)
        {
            text.Append(CultureInfo.InvariantCulture, $"{o.MeasureCode}={o.Numerator}/{o.Denominator}\n");
        }

        foreach (var b in result.Breakdowns)
        {
            text.Append(CultureInfo.InvariantCulture, $"{b.Dimension}:{b.Value}:{b.Observation.MeasureCode}={b.Observation.Numerator}/{b.Observation.Denominator}\n");
        }

        foreach (var n in result.Notes)
        {
            text.Append(CultureInfo.InvariantCulture, $"note {n.MeasureCode}: {n.Reason}\n");
        }

        foreach (var code in result.Observations.Select(o => o.MeasureCode))
        {
            var e = result.Explain(code);
            text.Append(CultureInfo.InvariantCulture, $"explain {e.MeasureCode} {e.Definition} {e.Unavailable}\n");
            foreach (var c in e.Numerator.Concat(e.Denominator ?? []))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {c.ChildId} {c.Amount} {c.Detail} {string.Join(",", c.Records)} {c.Member}\n");
            }

            foreach (var x in e.Exclusions)
            {
                text.Append(CultureInfo.InvariantCulture, $"  - {x.ChildId} {x.Reason} {x.Detail} {string.Join(",", x.Records)}\n");
            }

            text.Append(string.Join("|", e.Notes)).Append('\n');
        }

        return text.ToString();
    }

    private static string Compute(CinCensus census, ReportingPeriod period, IndicatorOptions options, int threads) =>
        Render(new CinComputation(new CinPrepared(census), period, options, null, threads).Run());

    [Property(Arbitrary = [typeof(CinArbitraries)], MaxTest = 100)]
    public bool Two_threads_give_what_one_gives(CinCensus census, ReportingPeriod period) =>
        Compute(census, period, Everything, 1) == Compute(census, period, Everything, 2)
        && Compute(census, period, IndicatorOptions.Default, 1) == Compute(census, period, IndicatorOptions.Default, 2);

    [Property(Arbitrary = [typeof(CinArbitraries)], MaxTest = 50)]
    public bool Two_threads_give_what_one_gives_for_some_measures(CinCensus census, ReportingPeriod period)
    {
        var some = Everything with { Measures = [CinIndicators.ChildrenInNeedRate, CinIndicators.AssessmentsIn45Days] };
        return Compute(census, period, some, 1) == Compute(census, period, some, 2);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_large_census_with_problems_counts_the_same_on_two_threads(int seed)
    {
        // Large enough to count on several threads by default; read leniently from a damaged file, so children have problems.
        using var file = new System.IO.MemoryStream();
        CinCensusWriter.Write(SyntheticCinCensus.Generate(seed, 6_000, 2024), file);
        string xml = Encoding.UTF8.GetString(file.ToArray())
            .Replace("<CINreferralDate>2023-05-", "<CINreferralDate>2023-13-", System.StringComparison.Ordinal)
            .Replace("<CPPstartDate>2023-06-1", "<CPPstartDate>June ", System.StringComparison.Ordinal);
        var census = CinCensusReader.Read(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(xml)), "cin.xml", CinReadOptions.Lenient).Value!;
        Assert.NotEmpty(census.Problems);
        var period = ReportingPeriod.FinancialYear(2023);
        string one = Compute(census, period, Everything, 1);
        Assert.Equal(one, Compute(census, period, Everything, 2));
        Assert.Equal(one, Render(CinIndicators.Compute(census, period, Everything)));
    }
}
