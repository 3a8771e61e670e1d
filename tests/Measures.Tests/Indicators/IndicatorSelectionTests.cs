using System;
using System.Linq;
using System.Threading.Tasks;
using Measures.Indicators;
using Measures.Samples;
using Measures.Time;

namespace Measures.Tests.Indicators;

/// <summary>Figures asked for one by one, and explanations made when first asked: on the embedded synthetic sample return.</summary>
public sealed class IndicatorSelectionTests
{
    private static readonly ReportingPeriod Year = ReportingPeriod.FinancialYear(2023);
    private static readonly IndicatorOptions WithPopulation = new() { Population = Population.Of(80_000) };
    private static readonly IndicatorResult Every = Ssda903Indicators.Compute(SampleCouncil.Ssda903, Year, WithPopulation);

    [Fact]
    public void A_selection_gives_the_same_figures_as_every_indicator_and_no_others()
    {
        string[] asked = ["cla-3-placements", "CLA-31-MARCH", "adoption-a1"];
        var some = Ssda903Indicators.Compute(SampleCouncil.Ssda903, Year, WithPopulation with { Measures = asked });
        Assert.Equal(["cla-31-march", "cla-3-placements", "adoption-a1"], some.MeasureCodes);
        Assert.Equal(Every.Observations.Where(o => some.MeasureCodes.Contains(o.MeasureCode)), some.Observations);
        Assert.Equal(Every.Explain("cla-3-placements").ToString(), some.Explain("cla-3-placements").ToString());
    }

    [Fact]
    public void The_rate_alone_is_worked_out_from_the_count_without_the_count_being_given()
    {
        var rate = Ssda903Indicators.Compute(SampleCouncil.Ssda903, Year, WithPopulation with { Measures = ["cla-31-march-rate"] });
        var only = Assert.Single(rate.Observations);
        Assert.Equal(Every.Find("cla-31-march-rate"), only);
        Assert.Equal(Every.Find("cla-31-march")!.Value.Numerator, only.Numerator);
    }

    [Fact]
    public void A_figure_not_asked_for_cannot_be_explained_and_says_why()
    {
        var some = Ssda903Indicators.Compute(SampleCouncil.Ssda903, Year, new IndicatorOptions { Measures = ["cla-started"] });
        var refused = Assert.Throws<ArgumentException>(() => some.Explain("cla-ceased"));
        Assert.Contains("left out of IndicatorOptions.Measures", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_code_is_refused_before_anything_is_computed()
    {
        var refused = Assert.Throws<ArgumentException>(() => Ssda903Indicators.Compute(SampleCouncil.Ssda903, Year, new IndicatorOptions { Measures = ["cla-31-march", "cla-placements"] }));
        Assert.Equal("options", refused.ParamName);
        Assert.Contains("\"cla-placements\", which is not an SSDA903 indicator", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explanation_is_made_once_and_shared_by_every_caller_on_any_thread()
    {
        var result = Ssda903Indicators.Compute(SampleCouncil.Ssda903, Year);
        var explanations = Enumerable.Range(0, 8).AsParallel().Select(_ => result.Explain("cla-missing")).ToList();
        Assert.All(explanations, e => Assert.Same(explanations[0], e));
        Assert.Same(explanations[0], result.Explain(" CLA-MISSING "));
    }

    [Fact]
    public void Every_figure_equals_what_its_explanation_adds_up_to()
    {
        foreach (var observation in Every.Observations)
        {
            var explanation = Every.Explain(observation.MeasureCode);
            Assert.Equal(observation.Numerator, explanation.NumeratorValue);
            if (explanation.Denominator is { } denominator)
            {
                Assert.Equal(observation.Denominator, denominator.Count);
            }
        }
    }
}
