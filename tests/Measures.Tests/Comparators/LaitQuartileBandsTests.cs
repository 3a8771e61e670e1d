using System.IO;
using System.Linq;
using Measures.Comparators;
using Measures.Judgements;
using Measures.Definitions;
using Xunit;

namespace Measures.Tests.Comparators;

/// <summary>
/// Quartile bands and ranks as the DfE's local authority interactive tool (LAIT) publishes them. The rule and the
/// expected bands are those of dfe-analytical-services/local-authority-interactive-tool: R/fn_analysis.R
/// (calculate_quartile_band and calculate_rank, commit 9135ada14193799c86465a660e738319c208e8d2), the quartiles
/// from R's quantile() over all councils' latest values in R/lait_modules/mod_la_lvl_table.R (commit
/// 1934abfb7529af6d65dc9705477e2dd37f3d4d62), and the cases below from tests/testthat/test-fn_analysis.R
/// (commit 88c731d11c87a61ead36b994fa77b91a72685411).
/// </summary>
public sealed class LaitQuartileBandsTests
{
    [Theory]
    // test-fn_analysis.R, calculate_quartile_band tests 1 and 2: quartiles 25, 50, 75 (of 0 to 100).
    [InlineData(10, Polarity.LowerIsBetter, QuartileBand.A)]
    [InlineData(30, Polarity.LowerIsBetter, QuartileBand.B)]
    [InlineData(60, Polarity.LowerIsBetter, QuartileBand.C)]
    [InlineData(80, Polarity.LowerIsBetter, QuartileBand.D)]
    [InlineData(10, Polarity.HigherIsBetter, QuartileBand.D)]
    [InlineData(30, Polarity.HigherIsBetter, QuartileBand.C)]
    [InlineData(60, Polarity.HigherIsBetter, QuartileBand.B)]
    [InlineData(80, Polarity.HigherIsBetter, QuartileBand.A)]
    [InlineData(0, Polarity.LowerIsBetter, QuartileBand.A)]
    [InlineData(25, Polarity.LowerIsBetter, QuartileBand.A)]
    [InlineData(50, Polarity.LowerIsBetter, QuartileBand.B)]
    [InlineData(75, Polarity.LowerIsBetter, QuartileBand.C)]
    [InlineData(100, Polarity.LowerIsBetter, QuartileBand.D)]
    public void A_value_is_banded_against_the_quartiles_as_LAIT_does(int value, Polarity polarity, QuartileBand band) =>
        Assert.Equal(band, LaitQuartileBands.BandOf(value, 25, 50, 75, polarity));

    // Test 5 of the same file: with quartiles 20, (none), 40, a value of 20 when higher is better is D: on the
    // lower quartile is not above it.
    [Fact]
    public void On_the_lower_quartile_when_higher_is_better_is_the_bottom_band() =>
        Assert.Equal(QuartileBand.D, LaitQuartileBands.BandOf(20, 20, 30, 40, Polarity.HigherIsBetter));

    [Fact]
    public void No_band_without_a_single_good_direction()
    {
        Assert.Null(LaitQuartileBands.BandOf(10, 25, 50, 75, Polarity.None));
        Assert.Null(LaitQuartileBands.BandOf(10, 25, 50, 75, Polarity.WithinRange));
        Assert.Null(LaitQuartileBands.BandOf(10, [], Polarity.HigherIsBetter));
    }

    [Theory]
    // R's quantile(0:100) gives 25, 50, 75 (the boundaries of the tests above); quantile(1:10) gives 3.25, 5.5, 7.75;
    // quantile(c(60, 80, 80, 90)) gives 75, 80, 82.5. Worked by hand: position (n − 1) × p between sorted values.
    [InlineData(new[] { 0, 100 }, 25, 50, 75)]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 3.25, 5.5, 7.75)]
    [InlineData(new[] { 90, 80, 60, 80 }, 75, 80, 82.5)]
    [InlineData(new[] { 7 }, 7, 7, 7)]
    public void Quartiles_are_interpolated_as_Rs_quantile_does(int[] values, double lower, double median, double upper)
    {
        decimal[] sorted = [.. (values.Length == 2 ? Enumerable.Range(values[0], values[1] - values[0] + 1) : values).Select(v => (decimal)v).Order()];
        Assert.Equal((decimal)lower, LaitQuartileBands.Quantile(sorted, 1));
        Assert.Equal((decimal)median, LaitQuartileBands.Quantile(sorted, 2));
        Assert.Equal((decimal)upper, LaitQuartileBands.Quantile(sorted, 3));
    }

    [Theory]
    // test-fn_analysis.R, calculate_rank test 2: 10, 20, 20, 30, 40 with high good rank 5, 3, 3, 2, 1;
    // test 1: 10 to 50 with low good rank 1 to 5.
    [InlineData(Polarity.HigherIsBetter, new[] { 10, 20, 20, 30, 40 }, new[] { 5, 3, 3, 2, 1 })]
    [InlineData(Polarity.LowerIsBetter, new[] { 10, 20, 30, 40, 50 }, new[] { 1, 2, 3, 4, 5 })]
    public void Ranks_are_LAITs(Polarity polarity, int[] values, int[] ranks)
    {
        var table = Table(values);
        for (int i = 0; i < values.Length; i++)
        {
            var rank = table.RankOf("Council " + i, polarity);
            Assert.NotNull(rank);
            Assert.Equal(ranks[i], rank.Value.Position);
        }
    }

    // Five made-up councils in the DfE's open data layout (as ComparatorTableTests.Yorkshire), one value each.
    private static ComparatorTable Table(int[] values)
    {
        string text = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,la_name,old_la_code,CLA-01\n"
            + "202324,Financial year,National,E92000001,England,,,,,,25\n"
            + string.Concat(values.Select((v, i) => $"202324,Financial year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E0800001{i},Council {i},37{i},{v}\n"));
        var result = NationalComparators.Read(new StringReader(text), "councils.csv");
        Assert.True(result.Success, result.ToString());
        return Assert.Single(result.Value.Tables);
    }
}
