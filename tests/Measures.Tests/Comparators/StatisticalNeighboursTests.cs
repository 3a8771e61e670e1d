using System.IO;
using System.Linq;
using Measures.Comparators;
using Xunit;

namespace Measures.Tests.Comparators;

public sealed class StatisticalNeighboursTests
{
    private const string Header = "la_code,la_name,neighbour_1,neighbour_2,neighbour_3,neighbour_4,neighbour_5,neighbour_6,neighbour_7,neighbour_8,neighbour_9,neighbour_10\n";

    internal static LoadResult<StatisticalNeighbours> Read(string text) => StatisticalNeighbours.Read(new StringReader(text), "neighbours.csv");

    [Fact]
    public void Each_council_has_its_ten_neighbours_closest_first()
    {
        var lists = Read(Header + "372,Rotherham,370,371,373,380,381,382,383,384,390,391\n").Value;
        Assert.Equal(["370", "371", "373", "380", "381", "382", "383", "384", "390", "391"], lists.Of("372"));
        Assert.Null(lists.Of("999"));
    }

    [Fact]
    public void A_missing_neighbour_is_reported_at_its_line_and_column()
    {
        var result = Read(Header + "372,Rotherham,370,371,373,380,381,382,383,384,390,\n");
        var problem = Assert.Single(result.Problems);
        Assert.Equal((2, 12, "neighbour_10"), (problem.Line, problem.Column, problem.Field));
        Assert.Contains("372 has no neighbour_10", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_council_as_its_own_neighbour_a_neighbour_twice_and_a_council_twice_are_each_reported()
    {
        var result = Read(Header
            + "372,Rotherham,372,371,373,380,381,382,383,384,390,391\n"
            + "370,Barnsley,371,371,373,380,381,382,383,384,390,391\n"
            + "370,Barnsley,371,372,373,380,381,382,383,384,390,391\n");
        Assert.Equal([(2, 3), (3, 4), (4, 1)], result.Problems.Select(p => (p.Line, p.Column)));
        Assert.Equal([DataProblemKind.InvalidValue, DataProblemKind.Duplicate, DataProblemKind.Duplicate], result.Problems.Select(p => p.Kind));
    }

    [Fact]
    public void A_header_without_the_columns_names_them()
    {
        var result = Read("council,neighbour_1\n372,370\n");
        Assert.False(result.Success);
        Assert.Contains(result.Problems, p => p.Field == "la_code" && p.Line == 1);
        Assert.Contains(result.Problems, p => p.Field == "neighbour_10");
    }
}
