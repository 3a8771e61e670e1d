using System;
using System.Globalization;
using System.Linq;
using Measures.Definitions;
using Measures.Judgements.Spc;
using static Measures.Tests.Judgements.Spc.PlotTheDotsReference;

namespace Measures.Tests.Judgements.Spc;

/// <summary>XmR charts against NHSRplotthedots' own test data and printed figures, and hand-worked rule examples.</summary>
public sealed class XmrChartTests
{
    private static readonly SpcOptions NoScreening = new() { ScreenMovingRanges = false };

    internal static SpcValue[] Series(params double[] values) =>
        values.Select((v, i) => new SpcValue("P" + (i + 1).ToString(CultureInfo.InvariantCulture), v)).ToArray();

    // R prints seven significant figures; "-3.01138" is -3.011380.
    private static void Printed(double expected, double actual, int figures = 7) =>
        Assert.Equal(expected.ToString("G" + figures, CultureInfo.InvariantCulture), actual.ToString("G" + figures, CultureInfo.InvariantCulture));

    [Fact]
    public void Reproduces_the_mean_and_limits_NHSRplotthedots_prints_for_its_test_data()
    {
        var chart = XmrChart.Create(Series(Y), Polarity.HigherIsBetter);
        var segment = Assert.Single(chart.Segments);
        Printed(R1Mean, segment.Mean);
        Printed(R1Lower, segment.LowerProcessLimit);
        Printed(R1Upper, segment.UpperProcessLimit);
        for (int i = 0; i < R1RelativeToMean.Length; i++)
        {
            Assert.Equal(R1RelativeToMean[i], Math.Sign(chart.Points[i].Value - segment.Mean));
        }

        // _snaps/ptd_spc.md (commit 174380d6): 20 common cause, 0 improvement.
        Assert.All(chart.Points, p => Assert.Equal(PointVariation.CommonCause, p.Variation));
        Assert.Equal(VariationIcon.CommonCause, chart.Variation);
        Assert.False(chart.HasTrialLimits);
        Assert.Empty(chart.Notes);
    }

    [Fact]
    public void Screens_a_large_moving_range_once_as_NHSRplotthedots_does()
    {
        double[] y = (double[])Y.Clone();
        y[14] = 10; // data$y[15] <- 10
        var screened = XmrChart.Create(Series(y), Polarity.HigherIsBetter).Segments[0];
        Printed(R2Mean, screened.Mean);
        Printed(R2Lower, screened.LowerProcessLimit);
        Printed(R2Upper, screened.UpperProcessLimit);
        Assert.Equal(2, screened.MovingRangesScreenedOut);

        var unscreened = XmrChart.Create(Series(y), Polarity.HigherIsBetter, null, NoScreening).Segments[0];
        Printed(R2Mean, unscreened.Mean);
        Printed(R3Lower, unscreened.LowerProcessLimit);
        Printed(R3Upper, unscreened.UpperProcessLimit);
        Assert.Equal(0, unscreened.MovingRangesScreenedOut);
    }

    [Fact]
    public void Rebasing_gives_each_segment_its_own_limits_and_flags_short_segments_as_trial()
    {
        // Faceting by rep(c(0, 1), each = 10) in test-ptd_spc.R charts each half on its own, as a rebase at point 11 does.
        var chart = XmrChart.Create(Series(Y), Polarity.HigherIsBetter, null, new SpcOptions { RebaseAt = ["P11"] });
        Assert.Equal(2, chart.Segments.Count);
        for (int s = 0; s < 2; s++)
        {
            Printed(Halves[s].Mean, chart.Segments[s].Mean, 3);
            Printed(Halves[s].Lower, chart.Segments[s].LowerProcessLimit, 3);
            Printed(Halves[s].Upper, chart.Segments[s].UpperProcessLimit, 3);
            Assert.True(chart.Segments[s].IsTrial);
            Assert.Equal(10, chart.Segments[s].Count);
        }

        Assert.Same(chart.Segments[1], chart.Points[10].Segment);
        Assert.Null(chart.Points[10].MovingRange);
        Assert.True(chart.HasTrialLimits);
        Assert.Contains(chart.Notes, n => n.Contains("trial limits", StringComparison.Ordinal) && n.Contains("'P11'", StringComparison.Ordinal));
    }

    [Fact]
    public void Rebasing_at_the_first_point_changes_nothing()
    {
        // s2 in test-ptd_spc.R rebases before the data starts and prints r1's 0.142, -3.01, 3.29.
        var plain = XmrChart.Create(Series(Y), Polarity.HigherIsBetter);
        var rebased = XmrChart.Create(Series(Y), Polarity.HigherIsBetter, null, new SpcOptions { RebaseAt = ["P1"] });
        Assert.Single(rebased.Segments);
        Assert.Equal(plain.Segments[0].UpperProcessLimit, rebased.Segments[0].UpperProcessLimit);
    }

    [Fact]
    public void A_baseline_fixes_the_mean_and_limits_on_the_first_points()
    {
        // test-ptd_spc_standard.R: fix_after_n_points = 12 changes the limits. Worked here from the first 12 values.
        var chart = XmrChart.Create(Series(Y), Polarity.HigherIsBetter, null, new SpcOptions { Baseline = 12 });
        var first = Y.Take(12).ToArray();
        double mean = first.Average();
        double mr = first.Zip(first.Skip(1), (a, b) => Math.Abs(b - a)).Average();
        var segment = chart.Segments[0];
        Assert.Equal(12, segment.BaselinePoints);
        Assert.Equal(mean, segment.Mean, 12);
        Assert.Equal(mean + (2.66 * mr), segment.UpperProcessLimit, 12);
        Assert.NotEqual(R1Lower.ToString("G7", CultureInfo.InvariantCulture), segment.LowerProcessLimit.ToString("G7", CultureInfo.InvariantCulture));
        Assert.Equal(2 * 2.66 / 3 * mr, segment.UpperTwoSigma - segment.Mean, 12);
        Assert.False(chart.HasTrialLimits);
    }

    [Fact]
    public void A_baseline_longer_than_the_data_gives_trial_limits()
    {
        var chart = XmrChart.Create(Series(Y), Polarity.HigherIsBetter, null, new SpcOptions { Baseline = 24 });
        Assert.True(chart.HasTrialLimits);
        Assert.Contains("24", chart.Notes[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_trend_is_seven_strictly_rising_points_and_a_tie_breaks_it()
    {
        // test-ptd_calculate_point_type.R (commit 8aac3239): ptd_seven_point_trend(c(2, 1:7, 3)) ends a trend at point 8,
        // so points 2 to 8 are part of it; c(1:3, 3:6) has no trend.
        var rising = XmrChart.Create(Series(2, 1, 2, 3, 4, 5, 6, 7, 3), Polarity.HigherIsBetter);
        Assert.Equal([false, true, true, true, true, true, true, true, false], rising.Points.Select(p => p.Rule == SpecialCauseRule.Trend));
        Assert.All(rising.Points.Skip(1).Take(7), p => Assert.Equal((1, PointVariation.SpecialCauseImprovement), (p.Side, p.Variation)));

        var tied = XmrChart.Create(Series(1, 2, 3, 3, 4, 5, 6), Polarity.HigherIsBetter);
        Assert.DoesNotContain(tied.Points, p => p.Rule == SpecialCauseRule.Trend);

        // ptd_seven_point_trend(c(2, 7:1, 3)): a falling trend over points 2 to 8; lower is better makes it improvement.
        var falling = XmrChart.Create(Series(2, 7, 6, 5, 4, 3, 2, 1, 3), Polarity.LowerIsBetter);
        Assert.Equal([false, true, true, true, true, true, true, true, false], falling.Points.Select(p => p.Rule == SpecialCauseRule.Trend));
        Assert.All(falling.Points.Skip(1).Take(7), p => Assert.Equal((-1, PointVariation.SpecialCauseImprovement), (p.Side, p.Variation)));
    }

    [Fact]
    public void A_run_is_seven_points_on_one_side_of_the_mean_or_six_when_asked()
    {
        // ptd_seven_point_one_side_mean(c(rep(1, 8), -1)) ends runs at points 7 and 8, so points 1 to 8 are part of one.
        // Worked: mean (8.8 − 2) / 9 = 0.756; unscreened mean moving range 4.6 / 8 = 0.575, so the 2-sigma line is 1.776
        // (no point beyond it) and the lower limit −0.774 (the last point is outside).
        var chart = XmrChart.Create(Series(1, 1.2, 1, 1.2, 1, 1.2, 1, 1.2, -2), Polarity.LowerIsBetter, null, NoScreening);
        Assert.All(chart.Points.Take(8), p => Assert.Equal((SpecialCauseRule.Run, PointVariation.SpecialCauseConcern), (p.Rule, p.Variation)));
        Assert.Equal((SpecialCauseRule.OutsideLimits, PointVariation.SpecialCauseImprovement), (chart.Points[8].Rule, chart.Points[8].Variation));
        Assert.Equal(VariationIcon.ImprovementLow, chart.Variation);

        // Six points on one side: no run at 7 (rep(1, 6) gives none), a run when runs are 6 long.
        double[] six = [1, 1.2, 1, 1.2, 1, 1.2, -2];
        Assert.DoesNotContain(XmrChart.Create(Series(six), Polarity.None, null, NoScreening).Points, p => p.Rule == SpecialCauseRule.Run);
        var shortRuns = XmrChart.Create(Series(six), Polarity.None, null, new SpcOptions { ScreenMovingRanges = false, RunLength = 6 });
        Assert.All(shortRuns.Points.Take(6), p => Assert.Equal((SpecialCauseRule.Run, PointVariation.SpecialCauseNeitherHigh), (p.Rule, p.Variation)));
    }

    [Fact]
    public void Two_points_beyond_the_2_sigma_lines_on_opposite_sides_are_common_cause()
    {
        // test-ptd_spc_standard.R: symmetrical data rep(c(1, -1), 8) with points 15 and 16 set to 5.5 and −5.5.
        double[] y = Enumerable.Range(0, 16).Select(i => i % 2 == 0 ? 1.0 : -1.0).ToArray();
        y[14] = 5.5;
        y[15] = -5.5;
        var chart = XmrChart.Create(Series(y), Polarity.HigherIsBetter);
        Assert.Equal([PointVariation.CommonCause, PointVariation.CommonCause], chart.Points.TakeLast(2).Select(p => p.Variation));
    }

    [Fact]
    public void Two_of_three_beyond_the_2_sigma_line_on_one_side_marks_only_those_beyond_it()
    {
        // Worked: mean 1.6 / 12 = 0.133; unscreened mean moving range 8.4 / 11 = 0.764, so the 2-sigma line is
        // 0.133 + 1.354 = 1.487 and the upper limit 2.165: points 10 and 12 (1.8) are beyond the line, point 11 (0.6) is not.
        double[] y = [-2.6, 0.2, 0, -0.2, 0, 0.2, 0, -0.2, 0, 1.8, 0.6, 1.8];
        var chart = XmrChart.Create(Series(y), Polarity.HigherIsBetter, null, NoScreening);
        var s = chart.Segments[0];
        Assert.True(y[9] > s.UpperTwoSigma && y[9] < s.UpperProcessLimit && y[10] < s.UpperTwoSigma && y[10] > s.Mean);
        Assert.Equal(SpecialCauseRule.TwoOfThreeBeyondTwoSigma, chart.Points[9].Rule);
        Assert.Equal(SpecialCauseRule.None, chart.Points[10].Rule);
        Assert.Equal(SpecialCauseRule.TwoOfThreeBeyondTwoSigma, chart.Points[11].Rule);
        Assert.Equal(VariationIcon.ImprovementHigh, chart.Variation);
    }

    [Fact]
    public void Outside_the_limits_takes_precedence_over_a_trend()
    {
        // Worked: 1 to 7 has mean 4 and moving range 1, limits 1.34 and 6.66: the ends are outside, the middle a trend.
        var chart = XmrChart.Create(Series(1, 2, 3, 4, 5, 6, 7), Polarity.HigherIsBetter);
        Assert.Equal(
            [SpecialCauseRule.OutsideLimits, SpecialCauseRule.Trend, SpecialCauseRule.Trend, SpecialCauseRule.Trend, SpecialCauseRule.Trend, SpecialCauseRule.Trend, SpecialCauseRule.OutsideLimits],
            chart.Points.Select(p => p.Rule));
        Assert.Equal(PointVariation.SpecialCauseConcern, chart.Points[0].Variation);
        Assert.Equal(PointVariation.SpecialCauseImprovement, chart.Points[6].Variation);
    }

    [Theory]
    [InlineData(1.0, 3.0, Polarity.HigherIsBetter, AssuranceIcon.ConsistentlyFail)]
    [InlineData(5.0, 7.0, Polarity.HigherIsBetter, AssuranceIcon.ConsistentlyPass)]
    [InlineData(1.0, 5.0, Polarity.HigherIsBetter, AssuranceIcon.HitAndMiss)]
    [InlineData(1.0, 3.0, Polarity.LowerIsBetter, AssuranceIcon.ConsistentlyPass)]
    [InlineData(5.0, 7.0, Polarity.LowerIsBetter, AssuranceIcon.ConsistentlyFail)]
    [InlineData(1.0, 5.0, Polarity.LowerIsBetter, AssuranceIcon.HitAndMiss)]
    [InlineData(1.0, 3.0, Polarity.None, AssuranceIcon.NotApplicable)]
    public void Assurance_compares_the_target_with_the_limits(double lower, double upper, Polarity polarity, AssuranceIcon expected)
    {
        // test-ptd_calculate_assurance_type.R (commit 47af41fd): limits (1, 3), (5, 7), (1, 5) with target 4.
        // Two points m ± d have mean m and moving range 2d, so limits m ± 5.32d.
        double m = (lower + upper) / 2;
        double d = (upper - lower) / 2 / 5.32;
        var chart = XmrChart.Create(Series(m - d, m + d), polarity, 4, SpcOptions.Default);
        Assert.Equal(lower, chart.Segments[0].LowerProcessLimit, 9);
        Assert.Equal(expected, chart.Assurance);
    }

    [Fact]
    public void Without_a_target_there_is_no_assurance()
    {
        Assert.Equal(AssuranceIcon.NotApplicable, XmrChart.Create(Series(Y), Polarity.HigherIsBetter).Assurance);
    }

    [Fact]
    public void Bad_input_is_refused_with_a_reason()
    {
        Assert.Contains("at least 2 values", Assert.Throws<ArgumentException>(() => XmrChart.Create(Series(1), Polarity.None)).Message, StringComparison.Ordinal);
        Assert.Contains("'P2' (point 2)", Assert.Throws<ArgumentException>(() => XmrChart.Create(Series(1, double.NaN), Polarity.None)).Message, StringComparison.Ordinal);
        Assert.Contains("no point has that label", Assert.Throws<ArgumentException>(() => XmrChart.Create(Series(Y), Polarity.None, null, new SpcOptions { RebaseAt = ["Apr 2023"] })).Message, StringComparison.Ordinal);
        Assert.Contains("single point", Assert.Throws<ArgumentException>(() => XmrChart.Create(Series(Y), Polarity.None, null, new SpcOptions { RebaseAt = ["P20"] })).Message, StringComparison.Ordinal);
        Assert.Contains("more than one point", Assert.Throws<ArgumentException>(() => XmrChart.Create([new SpcValue("A", 1), new SpcValue("A", 2), new SpcValue("B", 3)], Polarity.None, null, new SpcOptions { RebaseAt = ["A"] })).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => XmrChart.Create(Series(Y), Polarity.None, double.PositiveInfinity, SpcOptions.Default));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpcOptions { RunLength = 5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpcOptions { TrendLength = 8 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpcOptions { Baseline = 1 });
        Assert.Throws<ArgumentNullException>(() => XmrChart.Create(null!, Polarity.None));
    }

    [Fact]
    public void Flat_data_has_limits_on_the_mean_and_no_special_cause()
    {
        var chart = XmrChart.Create(Series(5, 5, 5, 5), Polarity.HigherIsBetter);
        Assert.Equal(5, chart.Segments[0].UpperProcessLimit);
        Assert.All(chart.Points, p => Assert.Equal(PointVariation.CommonCause, p.Variation));
    }
}
