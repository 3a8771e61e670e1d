using System.IO;
using System.Text;
using Measures.Indicators;
using Xunit;
using static Measures.Tests.Indicators.Ssda903TestReturns;

namespace Measures.Tests.Indicators;

public sealed class PopulationTests
{
    private static LoadResult<Population> Read(string csv, string? area = null) =>
        Population.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "population.csv", area);

    [Fact]
    public void A_period_takes_the_latest_mid_year_estimate_on_or_before_its_last_day()
    {
        var population = Read("area,year,age_band,count\nRotherham,2022,0-17,56100\nRotherham,2023,0-17,56300\nRotherham,2023,18,3000\n").Value;
        Assert.Equal(56300, population.ChildrenAged0To17(D("31/03/2024"), out int year));
        Assert.Equal(2023, year);
        Assert.Equal(56100, population.ChildrenAged0To17(D("29/06/2023"), out year)); // 30 June 2023 is not yet
        Assert.Equal(56300, population.ChildrenAged0To17(D("30/06/2023"), out _));
        Assert.Null(population.ChildrenAged0To17(D("31/03/2022"), out _));
    }

    [Fact]
    public void Single_years_of_age_sum_to_the_0_to_17_band_and_must_all_be_there()
    {
        var rows = new StringBuilder("area,year,age_band,count\n");
        for (int age = 0; age <= 17; age++)
        {
            rows.Append("A,2023,").Append(Text(age)).Append(",100\n");
        }

        Assert.Equal(1800, Read(rows.ToString()).Value.ChildrenAged0To17(D("31/03/2024"), out _));
        var gap = Read("area,year,age_band,count\nA,2023,0,100\nA,2023,1,100\n");
        Assert.False(gap.Success);
        Assert.Contains("leave out 2, 3", gap.Problems[0].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_files_say_what_is_wrong()
    {
        Assert.Contains("no column \"count\"", Read("area,year,age_band\nA,2023,0-17\n").Problems[0].Message, System.StringComparison.Ordinal);
        var bad = Read("area,year,age_band,count\nA,2023,0-17,many\n");
        Assert.Equal(("count", "many", 2), (bad.Problems[0].Field, bad.Problems[0].Value, bad.Problems[0].Line));
        Assert.Contains("name the one to use", Read("area,year,age_band,count\nA,2023,0-17,1\nB,2023,0-17,2\n").Problems[0].Message, System.StringComparison.Ordinal);
        Assert.Equal(2, Read("area,year,age_band,count\nA,2023,0-17,1\nB,2023,0-17,2\n", "b").Value.ChildrenAged0To17(D("31/03/2024"), out _));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => Population.Of(0));
    }
}
