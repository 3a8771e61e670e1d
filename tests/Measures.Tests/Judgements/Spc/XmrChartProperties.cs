using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Definitions;
using Measures.Judgements.Spc;

namespace Measures.Tests.Judgements.Spc;

/// <summary>The laws of XmR charts.</summary>
public sealed class XmrChartProperties
{
    private static bool Close(double expected, double actual, double scale) => Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, scale);

    private static XmrChart Chart(SpcSeries s, Func<double, double>? map = null, Polarity? polarity = null, SpcOptions? options = null) =>
        XmrChart.Create(s.Values.Select(v => new SpcValue(v.Label, (map ?? (x => x))(v.Value))), polarity ?? s.Polarity, null, options ?? SpcOptions.Default);

    [Property(Arbitrary = [typeof(SpcArbitraries)])]
    public bool The_limits_and_2_sigma_lines_contain_the_mean(SpcSeries series) =>
        Chart(series).Segments.All(s => s.LowerProcessLimit <= s.LowerTwoSigma && s.LowerTwoSigma <= s.Mean && s.Mean <= s.UpperTwoSigma && s.UpperTwoSigma <= s.UpperProcessLimit);

    [Property(Arbitrary = [typeof(SpcArbitraries)])]
    public Property Adding_a_constant_shifts_the_mean_and_limits_by_it(SpcSeries series, SpcConstant c, bool negative)
    {
        double shift = negative ? -c.Value : c.Value;
        var a = Chart(series).Segments[0];
        var b = Chart(series, x => x + shift).Segments[0];
        double scale = Math.Abs(a.UpperProcessLimit) + Math.Abs(a.LowerProcessLimit) + Math.Abs(shift);
        return Close(a.Mean + shift, b.Mean, scale).Label("mean")
            .And(Close(a.LowerProcessLimit + shift, b.LowerProcessLimit, scale).Label("lower limit"))
            .And(Close(a.UpperProcessLimit + shift, b.UpperProcessLimit, scale).Label("upper limit"));
    }

    [Property(Arbitrary = [typeof(SpcArbitraries)])]
    public Property Scaling_by_a_positive_constant_scales_the_mean_and_limits(SpcSeries series, SpcConstant k)
    {
        var a = Chart(series).Segments[0];
        var b = Chart(series, x => x * k.Value).Segments[0];
        double scale = (Math.Abs(a.UpperProcessLimit) + Math.Abs(a.LowerProcessLimit)) * k.Value;
        return Close(a.Mean * k.Value, b.Mean, scale).Label("mean")
            .And(Close(a.LowerProcessLimit * k.Value, b.LowerProcessLimit, scale).Label("lower limit"))
            .And(Close(a.UpperProcessLimit * k.Value, b.UpperProcessLimit, scale).Label("upper limit"));
    }

    [Property(Arbitrary = [typeof(SpcArbitraries)])]
    public bool Reversing_polarity_swaps_improvement_and_concern(SpcSeries series)
    {
        var higher = Chart(series, polarity: Polarity.HigherIsBetter);
        var lower = Chart(series, polarity: Polarity.LowerIsBetter);
        static PointVariation Swap(PointVariation v) => v switch
        {
            PointVariation.SpecialCauseImprovement => PointVariation.SpecialCauseConcern,
            PointVariation.SpecialCauseConcern => PointVariation.SpecialCauseImprovement,
            _ => v,
        };
        static VariationIcon SwapIcon(VariationIcon v) => v switch
        {
            VariationIcon.ImprovementHigh => VariationIcon.ConcernHigh,
            VariationIcon.ConcernHigh => VariationIcon.ImprovementHigh,
            VariationIcon.ImprovementLow => VariationIcon.ConcernLow,
            VariationIcon.ConcernLow => VariationIcon.ImprovementLow,
            _ => v,
        };
        return higher.Points.Zip(lower.Points).All(p => Swap(p.First.Variation) == p.Second.Variation && p.First.Rule == p.Second.Rule)
            && SwapIcon(higher.Variation) == lower.Variation;
    }

    [Property(Arbitrary = [typeof(SpcArbitraries)])]
    public bool Rebasing_at_the_first_point_changes_nothing(SpcSeries series)
    {
        var plain = Chart(series);
        var rebased = Chart(series, options: new SpcOptions { RebaseAt = [series.Values[0].Label] });
        var (a, b) = (plain.Segments.Single(), rebased.Segments.Single());
        return a.Mean == b.Mean && a.MeanMovingRange == b.MeanMovingRange
            && plain.Points.Zip(rebased.Points).All(p => p.First.Rule == p.Second.Rule && p.First.Variation == p.Second.Variation)
            && plain.Variation == rebased.Variation;
    }

    [Property(Arbitrary = [typeof(SpcArbitraries)])]
    public bool A_special_cause_point_has_a_side_and_a_common_cause_point_none(SpcSeries series) =>
        Chart(series).Points.All(p => p.IsSpecialCause == (p.Side != 0) && (p.Variation == PointVariation.CommonCause) == !p.IsSpecialCause);
}
