using System.IO;
using System.Linq;
using Measures.Comparators;
using Measures.Definitions;
using Xunit;

namespace Measures.Tests.Comparators;

public sealed class ComparatorTableTests
{
    // The layout is the DfE's open data standard: the geography columns of each geographic_level as
    // dfe-analytical-services/dfe-published-data-qa lists them in data/geography_matrix.csv (commit acad0f44e40ca5dd12a4e5f9b26242090821af8e):
    // National → country_code, country_name; Regional → region_code, region_name; Local authority → new_la_code, la_name, old_la_code.
    // Council codes and names from the same repository's data/las.csv (commit 1ed4f5ebbdae6cdbcbe54f9e2d8c534d7403deb2):
    // Barnsley E08000016/370, Doncaster E08000017/371, Rotherham E08000018/372, Sheffield E08000019/373, Bradford E08000032/380.
    // The values are made up for the tests and worked out by hand below.
    internal const string Yorkshire =
        "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,la_name,old_la_code,CLA-01,CLA-01_lower,CLA-01_upper\n" +
        "202324,Financial year,National,E92000001,England,,,,,,70,,\n" +
        "202324,Financial year,Regional,E92000001,England,E12000003,Yorkshire and The Humber,,,,75,,\n" +
        "202324,Financial year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000016,Barnsley,370,80,76,84\n" +
        "202324,Financial year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000017,Doncaster,371,60,55,65\n" +
        "202324,Financial year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000018,Rotherham,372,80,66,94\n" +
        "202324,Financial year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000019,Sheffield,373,90,,\n" +
        "202324,Financial year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000032,Bradford,380,c,,\n";

    internal static ComparatorTable Table()
    {
        var result = NationalComparators.Read(new StringReader(Yorkshire), "yorkshire.csv");
        Assert.True(result.Success, result.ToString());
        return Assert.Single(result.Value.Tables);
    }

    // Hand-computed by LAIT's published rule: dfe-analytical-services/local-authority-interactive-tool, R/fn_analysis.R
    // (commit 9135ada14193799c86465a660e738319c208e8d2), calculate_rank: rank(-value) when high is good, rank(value) when
    // low is good, ties.method = "min" (equal values share the best position, the next is skipped), no value no rank.
    [Theory]
    // Higher is better: 90 (Sheffield) is 1st; Barnsley and Rotherham share 80, so both are 2nd ("2="); 60 is 4th: no 3rd.
    // Bradford's "c" has no value and is not ranked: 4 councils.
    [InlineData("Sheffield", Polarity.HigherIsBetter, 1, false)]
    [InlineData("Rotherham", Polarity.HigherIsBetter, 2, true)]
    [InlineData("370", Polarity.HigherIsBetter, 2, true)]
    [InlineData("E08000017", Polarity.HigherIsBetter, 4, false)]
    // Lower is better turns it round: 60 is 1st, the two 80s share 2nd, 90 is 4th.
    [InlineData("Doncaster", Polarity.LowerIsBetter, 1, false)]
    [InlineData("Rotherham", Polarity.LowerIsBetter, 2, true)]
    [InlineData("Sheffield", Polarity.LowerIsBetter, 4, false)]
    public void Ranks_share_the_best_position_among_equal_values(string council, Polarity polarity, int position, bool shared)
    {
        var rank = Table().RankOf(council, polarity);
        Assert.Equal(new CouncilRank(position, 4, shared), rank);
    }

    [Fact]
    public void A_rank_reads_as_LAIT_shows_it() =>
        Assert.Equal("2= of 4", Table().RankOf("Rotherham", Polarity.HigherIsBetter).ToString());

    [Fact]
    public void No_rank_without_a_value_or_a_good_direction()
    {
        Assert.Null(Table().RankOf("Bradford", Polarity.HigherIsBetter));
        Assert.Null(Table().RankOf("Rotherham", Polarity.None));
        Assert.Null(Table().RankOf("Leeds", Polarity.HigherIsBetter));
    }

    [Theory]
    // LAIT's bands (see LaitQuartileBandsTests): the quartiles of 60, 80, 80, 90 by R's quantile() are 75, 80 and 82.5
    // (positions 0.75, 1.5 and 2.25 between the sorted values). Higher is better: A above 82.5, B above 80, C above 75:
    // Sheffield 90 → A; Rotherham and Barnsley 80, on the median → C; Doncaster 60 → D.
    // Lower is better: A up to 75, B up to 80: Doncaster 60 → A; Rotherham 80 → B; Sheffield 90 → D.
    [InlineData("Sheffield", Polarity.HigherIsBetter, QuartileBand.A)]
    [InlineData("Rotherham", Polarity.HigherIsBetter, QuartileBand.C)]
    [InlineData("Barnsley", Polarity.HigherIsBetter, QuartileBand.C)]
    [InlineData("Doncaster", Polarity.HigherIsBetter, QuartileBand.D)]
    [InlineData("Doncaster", Polarity.LowerIsBetter, QuartileBand.A)]
    [InlineData("Rotherham", Polarity.LowerIsBetter, QuartileBand.B)]
    [InlineData("Sheffield", Polarity.LowerIsBetter, QuartileBand.D)]
    public void Bands_are_LAITs_against_the_quartiles_of_all_councils(string council, Polarity polarity, QuartileBand band) =>
        Assert.Equal(band, Table().BandOf(council, polarity));

    [Fact]
    public void Region_and_England_come_from_their_own_lines()
    {
        var table = Table();
        Assert.Equal(70m, table.England);
        Assert.Equal(new ComparatorValue("Yorkshire and The Humber", 75m), table.RegionOf("Rotherham"));
    }

    [Theory]
    // Barnsley 76–84 lies wholly above England's 70; Doncaster 55–65 wholly below; Rotherham 66–94 contains it.
    [InlineData("Barnsley", IntervalSignificance.SignificantlyHigher)]
    [InlineData("Doncaster", IntervalSignificance.SignificantlyLower)]
    [InlineData("Rotherham", IntervalSignificance.NotSignificant)]
    [InlineData("Sheffield", IntervalSignificance.NotAvailable)]
    public void Significance_is_by_interval_against_England(string council, IntervalSignificance expected) =>
        Assert.Equal(expected, Table().SignificanceAgainstEngland(council));

    [Fact]
    public void The_neighbour_average_is_the_mean_of_the_neighbours_with_a_value()
    {
        var lists = StatisticalNeighboursTests.Read(
            "la_code,neighbour_1,neighbour_2,neighbour_3,neighbour_4,neighbour_5,neighbour_6,neighbour_7,neighbour_8,neighbour_9,neighbour_10\n" +
            "372,370,371,373,380,381,382,383,384,390,391\n").Value;

        // Of the ten, four are in the table and three have a value: (80 + 60 + 90) / 3 = 76.67, shown as the values are published (whole numbers): 77.
        Assert.Equal(77m, Table().NeighbourAverageOf("Rotherham", lists));
    }

    [Fact]
    public void A_benchmark_carries_the_comparators_band_and_rank()
    {
        var benchmark = Table().BenchmarkFor("E08000018", Polarity.HigherIsBetter, null)!;
        Assert.Equal(["England: 70", "Yorkshire and The Humber: 75"], benchmark.Comparators.Select(c => c.ToString()));
        Assert.Equal(QuartileBand.C, benchmark.Band);
        Assert.Equal(new CouncilRank(2, 4, true), benchmark.Rank);
        Assert.Equal(IntervalSignificance.NotSignificant, benchmark.Significance);
        Assert.Equal(global::Measures.Time.ReportingPeriod.FinancialYear(2023), benchmark.Period);
    }

    [Fact]
    public void A_published_neighbour_average_comes_before_one_worked_out()
    {
        string text = Yorkshire + "202324,Financial year,Statistical neighbours,E92000001,England,,,E08000018,Rotherham,372,81.5,,\n";
        var table = Assert.Single(NationalComparators.Read(new StringReader(text), "f.csv").Value.Tables);
        Assert.Equal(81.5m, table.NeighbourAverageOf("Rotherham", null));
    }
}
