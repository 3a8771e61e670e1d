using System;
using System.Linq;
using Measures.Calculation;
using Measures.Definitions;
using Measures.Judgements;

namespace Measures.Tests.Calculation;

/// <summary>
/// Recent trends, interval comparisons, quantiles and funnel limits against the Fingertips profiles' own tests
/// (ukhsa-collaboration/fingertips-open) and PHEindicatormethods' test data (ukhsa-collaboration/PHEindicatormethods).
/// </summary>
public sealed class PublicHealthStatisticsTests
{
    private static readonly ConfidenceLevel P95 = ConfidenceLevel.NinetyFivePercent;
    private static readonly ConfidenceLevel P998 = ConfidenceLevel.NinetyNinePointEightPercent;

    // fingertips-open, PholioVisualisationWS/AnalysisTest/TrendMarkerCalculatorTest.cs (commit 678089724a516138232d273c4c7f511ed3c5a338),
    // GetTrendData_Set1, put in year order 2014 to 2018: value, LowerCI95, UpperCI95. The same figures are the
    // example of PHEindicatormethods' assign_trend_markers.
    private static readonly (double Value, double Lower, double Upper)[] TrendSet1 =
        [(24.67, 23.16, 26.25), (24.6, 23.15, 26.19), (28, 26.44, 29.64), (30.2, 28.63, 31.9), (30.6, 28.98, 32.25)];

    // The same file's GetTrendData_Set2, 2014 to 2018.
    private static readonly (double Value, double Lower, double Upper)[] TrendSet2 =
        [(20.5506, 18.1803, 23.1427), (19.5952, 17.3444, 22.0602), (19.0349, 16.8421, 21.4394), (21.3966, 19.0918, 23.8975), (18.4372, 16.2925, 20.7941)];

    private static ConfidenceInterval[] Intervals((double Value, double Lower, double Upper)[] points) =>
        points.Select(p => ConfidenceInterval.FromPublishedLimits(p.Value, p.Lower, p.Upper, P95)).ToArray();

    [Fact]
    public void Recent_trend_by_weighted_regression_reproduces_Fingertips_chi_square()
    {
        var trend = RecentTrend.ForIntervals(Intervals(TrendSet1));
        Assert.Equal(46.77, Math.Round(trend.ChiSquare!.Value, 2)); // TestIsSignificantReturnsTrue
        Assert.Equal(RecentTrendMarker.Increasing, trend.Marker);
        Assert.Equal("Increasing and getting worse", trend.Describe(Polarity.LowerIsBetter));
        Assert.Equal("Increasing and getting better", trend.Describe(Polarity.HigherIsBetter));

        var flat = RecentTrend.ForIntervals(Intervals(TrendSet2)); // TestIsSignificantReturnsFalse
        Assert.Equal(RecentTrendMarker.NoSignificantChange, flat.Marker);
        Assert.Equal("No significant change", flat.Describe(Polarity.HigherIsBetter));
    }

    [Fact]
    public void Recent_trend_for_proportions_reproduces_Fingertips_chi_square_for_trend()
    {
        // GetTrendDataForProportion_Set1 in year order: Count, Denominator. TestIsSignificantForProportionsReturnsTrue: χ² 47.9.
        (long, long)[] counts = [(994, 40299), (1023, 41527), (1199, 42811), (1332, 44064), (1367, 44701)];
        var trend = RecentTrend.ForProportions(counts);
        Assert.Equal(47.9, Math.Round(trend.ChiSquare!.Value, 2));
        Assert.Equal(RecentTrendMarker.Increasing, trend.Marker);

        // GetTrendDataForProportion_Set2: 5 of 5 in the first year. TestIsSignificantForProportionsCannotBeCalculated.
        var none = RecentTrend.ForProportions([(5, 5), (3, 5), (1, 5), (1, 4), (2, 4)]);
        Assert.Equal(RecentTrendMarker.CannotBeCalculated, none.Marker);
        Assert.Null(none.ChiSquare);
    }

    [Fact]
    public void Recent_trend_uses_the_last_five_points_and_needs_five()
    {
        var four = RecentTrend.ForIntervals(Intervals(TrendSet1).Skip(1));
        Assert.Equal(RecentTrendMarker.CannotBeCalculated, four.Marker);
        Assert.Contains("needs 5 points; there are 4", four.Reason, StringComparison.Ordinal);

        var longer = RecentTrend.ForIntervals(Intervals(TrendSet2).Concat(Intervals(TrendSet1)));
        Assert.Equal(RecentTrend.ForIntervals(Intervals(TrendSet1)).ChiSquare, longer.ChiSquare);
        Assert.Throws<ArgumentException>(() => RecentTrend.ForProportions([(6, 5), (1, 5), (1, 5), (1, 5), (1, 5)]));
    }

    [Fact]
    public void A_single_outlier_that_reverses_the_slope_means_no_significant_change()
    {
        // Worked: four points falling steeply and a last point far above them; leaving the last out reverses the slope.
        (long, long)[] counts = [(900, 1000), (700, 1000), (500, 1000), (300, 1000), (999, 1000)];
        var trend = RecentTrend.ForProportions(counts);
        Assert.True(trend.ChiSquare > RecentTrend.ChiSquareThreshold);
        Assert.Equal(RecentTrendMarker.NoSignificantChange, trend.Marker);
        Assert.Contains("outlier", trend.Reason, StringComparison.Ordinal);
    }

    [Theory]
    // fingertips-open, PholioVisualisationWS/AnalysisTest/SingleOverlappingCIsForTwoCILevelsComparerTest.cs (commit
    // 678089724a516138232d273c4c7f511ed3c5a338): limits 2.3, 2.5, value 2.6, 2.7, 2.9. Best/Worst are better/worse at 99.8%.
    [InlineData(3.0, Polarity.LowerIsBetter, BenchmarkPosition.Better, "99.8")]
    [InlineData(3.0, Polarity.HigherIsBetter, BenchmarkPosition.Worse, "99.8")]
    [InlineData(2.8, Polarity.LowerIsBetter, BenchmarkPosition.Better, "95")]
    [InlineData(2.8, Polarity.HigherIsBetter, BenchmarkPosition.Worse, "95")]
    [InlineData(2.6, Polarity.LowerIsBetter, BenchmarkPosition.Similar, null)]
    [InlineData(2.4, Polarity.LowerIsBetter, BenchmarkPosition.Worse, "95")]
    [InlineData(2.4, Polarity.HigherIsBetter, BenchmarkPosition.Better, "95")]
    [InlineData(2.2, Polarity.LowerIsBetter, BenchmarkPosition.Worse, "99.8")]
    [InlineData(2.2, Polarity.HigherIsBetter, BenchmarkPosition.Better, "99.8")]
    public void Two_level_comparison_reproduces_Fingertips(double benchmark, Polarity polarity, BenchmarkPosition expected, string? level)
    {
        var inner = ConfidenceInterval.FromPublishedLimits(2.6, 2.5, 2.7, P95);
        var outer = ConfidenceInterval.FromPublishedLimits(2.6, 2.3, 2.9, P998);
        var comparison = IntervalComparison.TwoLevels(inner, outer, benchmark, polarity);
        Assert.Equal(expected, comparison.Position);
        Assert.Equal(level, comparison.SignificantAt?.Percent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(level == "99.8", comparison.IsInOuterBand);
    }

    [Fact]
    public void Overlapping_intervals_reproduce_Fingertips()
    {
        // fingertips-open, PholioVisualisationWS/AnalysisTest/DoubleOverlappingCIsComparerTest.cs (commit
        // 286a466bfb4b158d748440d7f698f02edb3d9af5); polarity 0 there is low-is-good.
        var d1 = ConfidenceInterval.FromPublishedLimits(3.0, 2.7, 3.6, P95);
        var d2 = ConfidenceInterval.FromPublishedLimits(4.0, 3.5, 4.5, P95);
        Assert.Equal(BenchmarkPosition.Similar, IntervalComparison.Overlapping(d2, d1, Polarity.LowerIsBetter).Position);
        Assert.Equal(BenchmarkPosition.Similar, IntervalComparison.Overlapping(d1, d2, Polarity.LowerIsBetter).Position);

        var d3 = ConfidenceInterval.FromPublishedLimits(3.0, 2.7, 4.1, P95);
        Assert.Equal(BenchmarkPosition.Similar, IntervalComparison.Overlapping(d3, d2, Polarity.LowerIsBetter).Position);
        Assert.Equal(BenchmarkPosition.Similar, IntervalComparison.Overlapping(d2, d3, Polarity.LowerIsBetter).Position);

        var d4 = ConfidenceInterval.FromPublishedLimits(3.0, 2.7, 3.1, P95);
        Assert.Equal(BenchmarkPosition.Worse, IntervalComparison.Overlapping(d2, d4, Polarity.LowerIsBetter).Position);
        Assert.Equal(BenchmarkPosition.Better, IntervalComparison.Overlapping(d4, d2, Polarity.LowerIsBetter).Position);
        Assert.Equal(BenchmarkPosition.Above, IntervalComparison.Overlapping(d2, d4, Polarity.None).Position);
    }

    [Theory]
    // fingertips-open, PholioVisualisationWS/AnalysisTest/SpcForProportionsComparerTest.cs (commit
    // 286a466bfb4b158d748440d7f698f02edb3d9af5): low is good, percentages, benchmarks from indicators 1 and 514 (2010).
    [InlineData(8.9611086876279327, 7.7065767284991562, 5930, BenchmarkPosition.Better, BenchmarkPosition.Better)]
    [InlineData(8.9611086876279327, 9.8988121425428961, 2273, BenchmarkPosition.Similar, BenchmarkPosition.Similar)]
    [InlineData(8.9611086876279327, 12.474645030425965, 1972, BenchmarkPosition.Worse, BenchmarkPosition.Worse)]
    [InlineData(12.8379546895717, 10.9783420463032, 1339, BenchmarkPosition.Better, BenchmarkPosition.Similar)]
    [InlineData(12.8379546895717, 15.9065628476085, 899, BenchmarkPosition.Worse, BenchmarkPosition.Similar)]
    public void Spc_for_proportions_reproduces_Fingertips(double benchmark, double value, double denominator, BenchmarkPosition at95, BenchmarkPosition at998)
    {
        Assert.Equal(at95, IntervalComparison.SpcForProportions(value / 100, denominator, benchmark / 100, P95, Polarity.LowerIsBetter).Position);
        Assert.Equal(at998, IntervalComparison.SpcForProportions(value / 100, denominator, benchmark / 100, P998, Polarity.LowerIsBetter).Position);
    }

    [Fact]
    public void One_level_comparison_says_what_was_compared()
    {
        var interval = ConfidenceInterval.WilsonScore(11, 15, P95);
        var comparison = IntervalComparison.OneLevel(interval, 95, Polarity.HigherIsBetter);
        Assert.Equal(BenchmarkPosition.Worse, comparison.Position);
        Assert.Equal(IntervalComparisonMethod.OneLevel, comparison.Method);
        Assert.Contains("worse, significant at 95%", comparison.Explanation, StringComparison.Ordinal);
        Assert.Null(IntervalComparison.OneLevel(interval, 70, Polarity.HigherIsBetter).SignificantAt);
    }

    [Fact]
    public void Quintiles_and_quartiles_reproduce_Fingertips()
    {
        // fingertips-open, PholioVisualisationWS/AnalysisTest/QuintilesCalculatorTest.cs and QuartilesCalculatorTest.cs
        // (commit 286a466bfb4b158d748440d7f698f02edb3d9af5): the values 1 to 50.
        double[] values = Enumerable.Range(1, 50).Select(i => (double)i).ToArray();
        Assert.Equal([1, 10.8, 20.6, 30.4, 40.2, 50], QuantileGroups.Quintiles(values).Bounds);
        Assert.Equal([1, 13.25, 25.5, 37.75, 50], QuantileGroups.Quartiles(values).Bounds);

        // QuintilesComparer.GetCategory: the first group whose upper bound is at or above the value.
        var quintiles = QuantileGroups.Quintiles(values);
        Assert.Equal(1, quintiles.GroupOf(1));
        Assert.Equal(1, quintiles.GroupOf(10.8));
        Assert.Equal(2, quintiles.GroupOf(10.81));
        Assert.Equal(5, quintiles.GroupOf(50));
        Assert.Equal(0, quintiles.GroupOf(51));
        Assert.Contains("at least 5 values", Assert.Throws<ArgumentException>(() => QuantileGroups.Quintiles([1, 2, 3, 4])).Message, StringComparison.Ordinal);
    }

    [Theory]
    // PHEindicatormethods, tests/testthat/testdata_funnel_prop_outputs.csv (commit 63894a99103ffc9e0a3e8a15644200a3abb95669):
    // Population, Lower2s0025limit, Upper2s0025limit, Lower3s0001limit, Upper3s0001limit around the baseline 80.642448%.
    [InlineData(1, 3.204264, 100, 0, 100)]
    [InlineData(3, 35.933491, 100, 10.150815, 100)]
    [InlineData(50, 69.691035, 91.593861, 63.375595, 97.909301)]
    [InlineData(1008, 78.203374, 83.081521, 76.796814, 84.488082)]
    [InlineData(110000, 80.408963, 80.875933, 80.274317, 81.010578)]
    public void Funnel_limits_for_proportions_reproduce_PHEindicatormethods(double population, double lower95, double upper95, double lower998, double upper998)
    {
        // The baseline is printed to six places, so the limits agree to within 2 in the sixth.
        const double Average = 0.80642448;
        var inner = FunnelLimits.ForProportion(Average, population, P95);
        var outer = FunnelLimits.ForProportion(Average, population, P998);
        Assert.Equal(lower95, inner.Lower, 2e-6);
        Assert.Equal(upper95, inner.Upper, 2e-6);
        Assert.Equal(lower998, outer.Lower, 2e-6);
        Assert.Equal(upper998, outer.Upper, 2e-6);
    }

    [Theory]
    // PHEindicatormethods, tests/testthat/testdata_funnel_prop_inputs.csv (commit 3352ce5d861197880cae0ccb329a0ce50424bfda):
    // Area, numerator, denominator, significance, against the same baseline.
    [InlineData("New Forest PCT", 35078.4880, 41980, FunnelPosition.HighAt998)]
    [InlineData("Norwich PCT", 24803.6256, 31824, FunnelPosition.LowAt998)]
    [InlineData("South Gloucestershire PCT", 50050.7443, 61921, FunnelPosition.NotSignificant)]
    [InlineData("West Norfolk PCT", 26789.2380, 33012, FunnelPosition.HighAt95)]
    [InlineData("North Devon PCT", 30277.5312, 37828, FunnelPosition.LowAt95)]
    public void Funnel_significance_reproduces_PHEindicatormethods(string area, double numerator, double denominator, FunnelPosition expected)
    {
        const double Average = 0.80642448;
        var position = FunnelLimits.Classify(100 * numerator / denominator, FunnelLimits.ForProportion(Average, denominator, P95), FunnelLimits.ForProportion(Average, denominator, P998));
        Assert.True(expected == position, area);
    }

    [Theory]
    // PHEindicatormethods, tests/testthat/testdata_funnel_rate_outputs.csv (commit 39d5df1f793223db24173db8971ba3c2f834b8d8):
    // a rate per 100,000 with baseline 116.1720835; each row gives, for a number of events, the population a year at which
    // that many events is the limit and the limit itself. The populations are a year's of three years' data
    // (1 event in 3 × 1598.675694 is the row's 20.85059119 per 100,000), so the population is three times the figure.
    [InlineData(1598.675694, 20.85059119, "lower", "95")]
    [InlineData(34583.45945, 95.42133877, "lower", "95")]
    [InlineData(23087.10848, 142.9369123, "upper", "95")]
    [InlineData(38382.78582, 85.97604186, "lower", "99.8")]
    [InlineData(20393.92315, 161.8129075, "upper", "99.8")]
    [InlineData(411529.9259, 110.158048, "lower", "95")]
    [InlineData(358342.3275, 126.5084525, "upper", "99.8")]
    public void Funnel_limits_for_rates_reproduce_PHEindicatormethods(double populationAYear, double limit, string side, string level)
    {
        var limits = FunnelLimits.ForRate(116.1720835, populationAYear * 3, level == "95" ? P95 : P998, 100_000);
        double actual = side == "lower" ? limits.Lower : limits.Upper;
        // The package finds each limit by bisection to about 1e-7 of its scale; agree to 1 in 10,000.
        Assert.Equal(limit, actual, limit * 1e-4);
    }

    [Fact]
    public void A_rate_funnel_has_no_lower_limit_where_no_events_would_still_be_within_it()
    {
        var limits = FunnelLimits.ForRate(1, 1_000, P998, 100_000);
        Assert.Equal(0, limits.Lower);
        Assert.True(limits.Upper > 1);
    }

    [Fact]
    public void Published_limits_make_an_interval_and_refuse_swapped_columns()
    {
        var england = ConfidenceInterval.FromPublishedLimits(30.6, 28.98, 32.25, P95);
        Assert.Equal(ConfidenceIntervalMethod.Published, england.Method);
        Assert.Equal("30.6 (28.98 to 32.25), 95% published limits", england.ToString());
        Assert.Contains("swapped", Assert.Throws<ArgumentException>(() => ConfidenceInterval.FromPublishedLimits(30.6, 32.25, 28.98, P95)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ConfidenceInterval.FromPublishedLimits(double.NaN, 1, 2, P95));
    }
}
