using System;
using System.IO;
using System.Linq;
using Measures.Definitions;
using Measures.Indicators;
using Measures.Reporting;
using Measures.Returns.Ssda903;
using Measures.Time;
using NodaTime;
using Xunit;
using static Measures.Tests.Indicators.Ssda903TestReturns;

namespace Measures.Tests.Indicators;

public sealed class StandardCatalogueTests
{
    [Fact]
    public void The_catalogue_holds_every_indicator_code_with_its_source()
    {
        var catalogue = StandardCatalogue.Ssda903;
        Assert.Equal(Ssda903Indicators.MeasureCodes, catalogue.Measures.Select(m => m.Code));
        Assert.All(catalogue.Measures, m => Assert.Contains("DfE", m.Source, StringComparison.Ordinal));
        Assert.Equal(Polarity.None, catalogue["cla-31-march"].Polarity);
        Assert.Equal(Polarity.None, catalogue["cla-started"].Polarity);
        Assert.Equal(Polarity.LowerIsBetter, catalogue["cla-3-placements"].Polarity);
        Assert.Equal(Polarity.HigherIsBetter, catalogue["cla-long-term-stability"].Polarity);
        Assert.Equal(Polarity.LowerIsBetter, catalogue["adoption-a1"].Polarity);
        using var stream = StandardCatalogue.OpenSsda903Json();
        Assert.True(MeasureCatalogue.Load(stream).Success);
    }

    [Fact]
    public void A_scorecard_builds_and_writes_from_computed_indicators_with_the_standard_catalogue()
    {
        // Seed 001 (Rotherham, performance of services for looked after children as at 31 July 2015), line 30:
        // "At the end of July 2015 there were 423 looked after children"; line 44: "… with 9% of looked after
        // children who had 3 or more moves". 38 of 423 is 9% to the catalogue's whole percent.
        const int lookedAfter = 423;
        const int threeMoves = 38;
        var episodes = Enumerable.Range(0, lookedAfter).SelectMany(i => i < threeMoves
            ? new[]
            {
                Ep("C" + Text(i), "01/09/2014", "S", dec: "01/10/2014", rec: "X1"),
                Ep("C" + Text(i), "01/10/2014", "P", dec: "01/12/2014", rec: "X1"),
                Ep("C" + Text(i), "01/12/2014", "P"),
            }
            : [Ep("C" + Text(i), "01/09/2014", "S")]);
        var period = ReportingPeriod.FinancialYear(2015).Previous(); // FY 2014/15, the year before the minutes' month
        var result = Ssda903Indicators.Compute(Return(episodes), ReportingPeriod.RollingMonths(12, new YearMonth(2015, 7)));
        Assert.Equal(lookedAfter, result.Find("cla-31-march")!.Value.Numerator);
        Assert.Equal((threeMoves, (long?)lookedAfter), (result.Find("cla-3-placements")!.Value.Numerator, result.Find("cla-3-placements")!.Value.Denominator));
        AssertTraceable(result);

        var year = Ssda903Indicators.Compute(Return(episodes), period, new IndicatorOptions { Population = Population.Of(56_000) });
        var scorecard = new ScorecardBuilder(StandardCatalogue.Ssda903).Build(year.Observations, period);
        Assert.Equal("423 children", scorecard["cla-31-march"].ValueText);
        Assert.Equal(9m, scorecard["cla-3-placements"].RoundedValue);
        Assert.Equal(76m, scorecard["cla-31-march-rate"].RoundedValue); // 423 / 56,000 × 10,000 = 75.5
        using var text = new StringWriter();
        ScorecardMarkdownWriter.Write(scorecard, text);
        Assert.Contains("Children looked after with three or more placements in the year", text.ToString(), StringComparison.Ordinal);
    }
}
