using System;
using Measures.Definitions;
using Measures.Judgements;
using Measures.Tests.Definitions;
using Measures.Time;

namespace Measures.Tests.Judgements;

public sealed class RagRatingTests
{
    private static readonly ReportingPeriod Fy2023 = ReportingPeriod.FinancialYear(2023);
    private static readonly MeasureValueType Percent = MeasureValueType.Percentage(1);
    private static readonly JudgementOptions Exact = new() { Comparison = ValueComparison.Exact };

    private static RagRating Rate(decimal? value, Polarity polarity, Target? target, JudgementOptions? options = null) =>
        RagRating.Rate(value, polarity, target, Percent, options ?? JudgementOptions.Default);

    [Fact]
    public void A_stretch_threshold_gives_blue()
    {
        var target = new Target(Fy2023, 90, ToleranceBand.Points(5), stretch: 95);
        var rating = Rate(96, Polarity.HigherIsBetter, target);
        Assert.Equal(RagStatus.Blue, rating.Status);
        Assert.True(rating.MeetsTarget);
        Assert.Equal("96.0% meets the stretch threshold of 95%, beyond the target of 90%: blue", rating.Explanation);
        Assert.Equal(RagStatus.Green, Rate(94.9m, Polarity.HigherIsBetter, target).Status);
    }

    [Fact]
    public void The_rounded_value_is_compared_by_default_and_the_exact_one_on_request()
    {
        var target = new Target(Fy2023, 90);
        var rounded = Rate(89.96m, Polarity.HigherIsBetter, target);
        Assert.Equal(RagStatus.Green, rounded.Status);
        Assert.Equal(90.0m, rounded.ComparedValue);
        Assert.Equal("90.0% meets the target of 90%: green", rounded.Explanation);

        var exact = Rate(89.96m, Polarity.HigherIsBetter, target, Exact);
        Assert.Equal(RagStatus.Red, exact.Status);
        Assert.Equal("89.96% is below the target of 90% by 0.04 points, with no tolerance: red", exact.Explanation);
    }

    [Fact]
    public void Halves_round_away_from_zero_before_comparison()
    {
        var target = new Target(Fy2023, 90);
        Assert.Equal(RagStatus.Green, Rate(89.95m, Polarity.HigherIsBetter, target).Status);
        Assert.Equal(RagStatus.Red, Rate(89.9499m, Polarity.HigherIsBetter, target).Status);
    }

    [Fact]
    public void A_tolerance_as_a_fraction_of_the_target_is_explained_with_its_width()
    {
        var target = new Target(Fy2023, 4.5m, ToleranceBand.FractionOfTarget(0.1m));
        var amber = Rate(4.9m, Polarity.LowerIsBetter, target);
        Assert.Equal(RagStatus.Amber, amber.Status);
        Assert.Equal(0.45m, amber.ToleranceWidth);
        Assert.Equal("4.9% is above the target of 4.5% by 0.4 points (lower is better), within the tolerance of 10% of the target (0.45 points): amber", amber.Explanation);
        Assert.Equal(RagStatus.Red, Rate(5.0m, Polarity.LowerIsBetter, target).Status);
    }

    [Fact]
    public void The_edge_of_the_tolerance_band_is_still_amber()
    {
        var target = new Target(Fy2023, 90, ToleranceBand.Points(5));
        Assert.Equal(RagStatus.Amber, Rate(85, Polarity.HigherIsBetter, target).Status);
        Assert.Equal(RagStatus.Red, Rate(84.9m, Polarity.HigherIsBetter, target).Status);
    }

    [Fact]
    public void A_range_is_green_inside_and_amber_or_red_either_side()
    {
        var target = new Target(Fy2023, 10, ToleranceBand.Points(2), upperValue: 15);
        Assert.Equal("12.0% is within the target range of 10% to 15%: green", Rate(12, Polarity.WithinRange, target).Explanation);
        Assert.Equal(RagStatus.Green, Rate(10, Polarity.WithinRange, target).Status);
        Assert.Equal(RagStatus.Green, Rate(15, Polarity.WithinRange, target).Status);
        var above = Rate(16, Polarity.WithinRange, target);
        Assert.Equal(RagStatus.Amber, above.Status);
        Assert.Equal(1.0m, above.Difference);
        Assert.Equal("16.0% is above the target range of 10% to 15% by 1.0 points, within the 2-point tolerance: amber", above.Explanation);
        Assert.Equal(RagStatus.Red, Rate(7.9m, Polarity.WithinRange, target).Status);
    }

    [Fact]
    public void Not_rated_statuses_are_explicit_and_never_red()
    {
        var target = new Target(Fy2023, 90, ToleranceBand.Points(5));
        Assert.Equal(RagStatus.NoPolarity, Rate(50, Polarity.None, target).Status);
        Assert.Equal(RagStatus.NoTarget, Rate(50, Polarity.HigherIsBetter, null).Status);
        var noValue = Rate(null, Polarity.HigherIsBetter, target);
        Assert.Equal(RagStatus.NoValue, noValue.Status);
        Assert.False(noValue.IsRated);
        Assert.Equal("Not rated: there is no value.", noValue.Explanation);
        Assert.Equal("Not rated: the measure has no good direction.", Rate(null, Polarity.None, null).Explanation);
    }

    [Fact]
    public void A_measure_without_a_target_for_the_period_says_which_period()
    {
        var measure = TestMeasures.Percentage(targets: [new Target(Fy2023, 90)]);
        var rating = RagRating.Rate(measure, ReportingPeriod.FinancialYear(2024), 91m);
        Assert.Equal(RagStatus.NoTarget, rating.Status);
        Assert.Equal("Not rated: no target is set for FY 2024/25.", rating.Explanation);
    }

    [Fact]
    public void A_range_target_needs_the_range_polarity()
    {
        Assert.Throws<ArgumentException>(() => Rate(12, Polarity.HigherIsBetter, new Target(Fy2023, 10, upperValue: 15)));
        Assert.Throws<ArgumentException>(() => Rate(12, Polarity.WithinRange, new Target(Fy2023, 10)));
    }

    [Fact]
    public void Counts_and_means_are_explained_in_their_units()
    {
        var days = MeasureValueType.Mean("days");
        var target = new Target(Fy2023, 400, ToleranceBand.Points(30));
        Assert.Equal(
            "420.0 days is above the target of 400 days by 20.0 days (lower is better), within the tolerance of 30 days: amber",
            RagRating.Rate(420m, Polarity.LowerIsBetter, target, days, JudgementOptions.Default).Explanation);
        Assert.Equal(
            "11 exclusions is above the target of 10 exclusions by 1 (lower is better), with no tolerance: red",
            RagRating.Rate(11m, Polarity.LowerIsBetter, new Target(Fy2023, 10), MeasureValueType.Count("exclusions"), JudgementOptions.Default).Explanation);
    }

    [Fact]
    public void Options_refuse_negative_tolerances()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new JudgementOptions { NoChangeTolerance = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new JudgementOptions { SimilarityTolerance = -0.1m });
        Assert.Throws<ArgumentOutOfRangeException>(() => new JudgementOptions { Comparison = (ValueComparison)7 });
        Assert.Equal(ValueComparison.Rounded, JudgementOptions.Default.Comparison);
    }
}
