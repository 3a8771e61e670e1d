using System;
using System.Linq;
using Measures.Indicators;
using Measures.Samples;
using Measures.Time;

namespace Measures.Tests.Indicators;

/// <summary>Every breakdown figure names its children, as the whole figure does: on the embedded synthetic sample return.</summary>
public sealed class BreakdownExplanationTests
{
    private static readonly IndicatorResult Result = Ssda903Indicators.Compute(
        SampleCouncil.Ssda903,
        ReportingPeriod.FinancialYear(2023),
        new IndicatorOptions { Breakdowns = IndicatorBreakdowns.Sex | IndicatorBreakdowns.AgeBand | IndicatorBreakdowns.LegalStatus | IndicatorBreakdowns.PlacementType });

    [Fact]
    public void Each_breakdown_figure_is_the_count_of_the_children_its_explanation_lists()
    {
        Assert.NotEmpty(Result.Breakdowns);
        foreach (var breakdown in Result.Breakdowns)
        {
            var explanation = Result.Explain(breakdown.Observation.MeasureCode, breakdown.Breakdown);
            Assert.Equal(breakdown.Observation.Numerator, explanation.NumeratorValue);
            if (explanation.Numerator.All(c => c.Amount == 1))
            {
                Assert.Equal(breakdown.Observation.Numerator, explanation.Numerator.Count);
            }

            Assert.Equal(breakdown.Observation.Denominator, explanation.Denominator?.Count);
            Assert.All(explanation.Numerator, c => Assert.Contains(explanation.Denominator ?? explanation.Numerator, d => d.ChildId == c.ChildId));
            Assert.EndsWith("Only the children with " + breakdown.Breakdown + ".", explanation.Definition, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_figure_with_a_denominator_is_broken_down_too_and_its_values_add_up_to_it()
    {
        foreach (var whole in Result.Observations.Where(o => o.Denominator is not null && o.MeasureCode != "cla-31-march-rate"))
        {
            foreach (var dimension in new[] { "sex", "age", "legal-status", "placement" })
            {
                var parts = Result.Breakdowns.Where(b => b.Observation.MeasureCode == whole.MeasureCode && b.Dimension == dimension).ToList();
                Assert.True(whole.Denominator == 0 || parts.Count > 0, $"{whole.MeasureCode} has no {dimension} breakdown");
                Assert.Equal(whole.Numerator, parts.Sum(p => p.Observation.Numerator));
                Assert.Equal(whole.Denominator, parts.Sum(p => p.Observation.Denominator));
            }
        }
    }

    [Fact]
    public void Within_one_dimension_the_values_share_out_the_whole_figures_children_and_each_accounts_for_the_rest()
    {
        foreach (var group in Result.Breakdowns.GroupBy(b => (b.Observation.MeasureCode, b.Dimension)))
        {
            var whole = Result.Explain(group.Key.MeasureCode);
            var shared = group.SelectMany(b => Result.Explain(group.Key.MeasureCode, b.Breakdown).Numerator.Select(c => c.ChildId)).ToList();
            Assert.Equal(whole.Numerator.Select(c => c.ChildId).Order(StringComparer.Ordinal), shared.Order(StringComparer.Ordinal));
            foreach (var breakdown in group)
            {
                var part = Result.Explain(group.Key.MeasureCode, breakdown.Breakdown);
                var accounted = part.Numerator.Select(c => c.ChildId).Concat(part.Exclusions.Select(e => e.ChildId)).ToHashSet(StringComparer.Ordinal);
                Assert.All(whole.Numerator, child => Assert.Contains(child.ChildId, accounted));
            }
        }
    }

    [Fact]
    public void A_breakdown_without_a_figure_is_refused_naming_those_there_are()
    {
        var refused = Assert.Throws<ArgumentException>(() => Result.Explain("cla-31-march", "sex=9"));
        Assert.Contains("There is no figure of cla-31-march for \"sex=9\"; its breakdown figures are sex=", refused.Message, StringComparison.Ordinal);
        var none = Ssda903Indicators.Compute(SampleCouncil.Ssda903, ReportingPeriod.FinancialYear(2023));
        Assert.Contains("none (ask for breakdowns in the options)", Assert.Throws<ArgumentException>(() => none.Explain("cla-31-march", "sex=1")).Message, StringComparison.Ordinal);
    }
}
