using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Definitions;
using Measures.Judgements;

namespace Measures.Tests.Judgements;

public sealed class BenchmarkComparisonTests
{
    private static readonly MeasureValueType Percent = MeasureValueType.Percentage(1);
    private static readonly ComparatorValue England = new(ComparatorValue.England, 80);

    private static BenchmarkComparison Compare(decimal? value, Polarity polarity, JudgementOptions? options = null) =>
        BenchmarkComparison.Compare(value, England, polarity, Percent, options ?? JudgementOptions.Default);

    [Fact]
    public void Better_and_worse_follow_polarity()
    {
        Assert.Equal(BenchmarkPosition.Better, Compare(85, Polarity.HigherIsBetter).Position);
        Assert.Equal(BenchmarkPosition.Worse, Compare(85, Polarity.LowerIsBetter).Position);
        Assert.Equal(BenchmarkPosition.Above, Compare(85, Polarity.None).Position);
        Assert.Equal(BenchmarkPosition.Below, Compare(75, Polarity.WithinRange).Position);
        Assert.Equal(5.0m, Compare(85, Polarity.HigherIsBetter).Difference);
    }

    [Fact]
    public void Similar_within_the_tolerance_or_when_equal()
    {
        var options = new JudgementOptions { SimilarityTolerance = 1 };
        var similar = Compare(80.6m, Polarity.HigherIsBetter, options);
        Assert.Equal(BenchmarkPosition.Similar, similar.Position);
        Assert.Equal("80.6% is higher than England (80%) by 0.6 points, within the similarity tolerance of 1 point: similar", similar.Explanation);
        Assert.Equal("80.0% is the same as England (80%): similar", Compare(80, Polarity.HigherIsBetter).Explanation);
    }

    [Fact]
    public void A_missing_value_is_not_compared()
    {
        var comparison = Compare(null, Polarity.HigherIsBetter);
        Assert.Equal(BenchmarkPosition.NotAvailable, comparison.Position);
        Assert.Equal("No comparison with England (80%): there is no value.", comparison.Explanation);
    }
}

public sealed class QuartileBandingTests
{
    private static readonly QuartileBoundaries Quartiles = new(10, 20, 30);

    // LAIT's rule (dfe-analytical-services/local-authority-interactive-tool, R/fn_analysis.R, calculate_quartile_band,
    // commit 9135ada14193799c86465a660e738319c208e8d2): a value on a quartile falls in the lower-valued band, so on
    // the upper quartile it is B when higher is better and C when lower is better.
    [Theory]
    [InlineData(35, Polarity.HigherIsBetter, QuartileBand.A)]
    [InlineData(30, Polarity.HigherIsBetter, QuartileBand.B)]
    [InlineData(25, Polarity.HigherIsBetter, QuartileBand.B)]
    [InlineData(15, Polarity.HigherIsBetter, QuartileBand.C)]
    [InlineData(10, Polarity.HigherIsBetter, QuartileBand.D)]
    [InlineData(9, Polarity.HigherIsBetter, QuartileBand.D)]
    [InlineData(9, Polarity.LowerIsBetter, QuartileBand.A)]
    [InlineData(10, Polarity.LowerIsBetter, QuartileBand.A)]
    [InlineData(20, Polarity.LowerIsBetter, QuartileBand.B)]
    [InlineData(30, Polarity.LowerIsBetter, QuartileBand.C)]
    [InlineData(31, Polarity.LowerIsBetter, QuartileBand.D)]
    public void Boundaries_decide_the_band_as_LAIT_does_a_value_on_one_taking_the_lower_valued_band(int value, Polarity polarity, QuartileBand band)
    {
        Assert.Equal(band, QuartileBanding.BandOf(value, Quartiles, polarity));
    }

    [Fact]
    public void No_band_without_a_single_good_direction()
    {
        Assert.Null(QuartileBanding.BandOf(5, Quartiles, Polarity.None));
        Assert.Null(QuartileBanding.BandOf(5, [1m, 2m], Polarity.WithinRange));
    }

    [Fact]
    public void Among_all_councils_the_interpolated_quartiles_decide_the_band()
    {
        // 1 to 8: R's quantile() gives 2.75, 4.5 and 6.25 (position (n − 1) × q from the first value).
        decimal[] councils = [.. Enumerable.Range(1, 8).Select(i => (decimal)i)];
        Assert.Equal(QuartileBand.A, QuartileBanding.BandOf(8, councils, Polarity.HigherIsBetter));
        Assert.Equal(QuartileBand.A, QuartileBanding.BandOf(7, councils, Polarity.HigherIsBetter));
        Assert.Equal(QuartileBand.B, QuartileBanding.BandOf(6, councils, Polarity.HigherIsBetter));
        Assert.Equal(QuartileBand.D, QuartileBanding.BandOf(1, councils, Polarity.HigherIsBetter));
        Assert.Equal(QuartileBand.A, QuartileBanding.BandOf(1, councils, Polarity.LowerIsBetter));
        // Every council level: every quartile is 5, and a value on a quartile falls in the lower-valued band.
        Assert.Equal(QuartileBand.D, QuartileBanding.BandOf(5, [5m, 5m, 5m, 5m], Polarity.HigherIsBetter));
    }

    [Fact]
    public void All_council_values_are_enumerated_once_and_must_not_be_empty()
    {
        int enumerations = 0;
        IEnumerable<decimal> Values()
        {
            enumerations++;
            yield return 1;
            yield return 2;
        }

        QuartileBanding.BandOf(1, Values(), Polarity.HigherIsBetter);
        Assert.Equal(1, enumerations);
        Assert.Throws<ArgumentException>(() => QuartileBanding.BandOf(1, Array.Empty<decimal>(), Polarity.HigherIsBetter));
        Assert.Throws<ArgumentNullException>(() => QuartileBanding.BandOf(1, null!, Polarity.HigherIsBetter));
    }
}
