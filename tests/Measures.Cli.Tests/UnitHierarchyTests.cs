using System;
using System.Collections.Generic;
using System.Linq;

namespace Measures.Cli.Tests;

/// <summary>
/// <c>measures scorecard --hierarchy FILE</c>: which team is part of which locality, so that a locality's scorecard
/// adds in its teams and <c>--by-unit CODE --unit LOCALITY</c> compares the teams of that locality. The figures are
/// made up for the tests: EH-01 all year, Team A 40 of 50 a month, Team B 45 of 50, Team C 30 of 50.
/// </summary>
public sealed class UnitHierarchyTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Observations()
    {
        var lines = new List<string> { "measure,period,organisational_unit,numerator,denominator" };
        foreach (string month in Enumerable.Range(0, 12).Select(i => new DateTime(2023, 4, 1).AddMonths(i).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)))
        {
            lines.Add($"EH-01,{month},Team A,40,50");
            lines.Add($"EH-01,{month},Team B,45,50");
            lines.Add($"EH-01,{month},Team C,30,50");
        }

        return folder.Write("teams.csv", string.Join("\n", lines) + "\n");
    }

    private string Hierarchy() => folder.Write("hierarchy.csv", "unit,parent\nNorth,\nSouth,\nTeam A,North\n\"Team B\",North\nTeam C,South\n");

    [Fact]
    public void By_unit_under_a_locality_compares_only_its_teams_under_the_localitys_line()
    {
        var run = Tool.Run("scorecard", "--observations", Observations(), "--by-unit", "EH-01", "--unit", "North", "--hierarchy", Hierarchy(), "--period", "2023/24", "--format", "csv");
        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = Lines.Of(run.Output).Select(l => l.Split(',')).ToList();
        // North: (480 + 540) of (600 + 600) = 85.0%; Team B's 90.0% ranks above Team A's 80.0%; Team C is South's.
        Assert.Equal(["North", "Team A", "Team B"], rows.Skip(1).Select(r => r[0]));
        Assert.Equal("85.0", rows[1][Array.IndexOf(rows[0], "value")]);
        Assert.Equal(["", "2", "1"], rows.Skip(1).Select(r => r[^1]));
    }

    [Fact]
    public void A_localitys_scorecard_adds_in_its_teams()
    {
        var run = Tool.Run("scorecard", "--observations", Observations(), "--unit", "South", "--hierarchy", Hierarchy(), "--period", "2023/24", "--format", "csv");
        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = Lines.Of(run.Output).Select(l => l.Split(',')).ToList();
        var eh01 = rows.Single(r => r[0] == "EH-01");
        Assert.Equal("360", eh01[Array.IndexOf(rows[0], "numerator")]); // Team C's 30 a month for twelve months
        Assert.Equal("60.0", eh01[Array.IndexOf(rows[0], "value")]);
    }

    [Theory]
    [InlineData("unit,parent\nTeam A,North\nTeam A,South\n", "line 3: unit \"Team A\" is given twice (first with parent \"North\").")]
    [InlineData("unit,parent\n,North\n", "line 2: unit is empty.")]
    [InlineData("unit,parent\nNorth,North\n", "line 2: unit \"North\" is its own parent.")]
    [InlineData("team,locality\nTeam A,North\n", "needs the columns unit and parent on its first line; it has team, locality.")]
    [InlineData("unit,parent\nNorth,South\nSouth,North\n", "cannot be used:")]
    public void A_hierarchy_with_a_problem_is_refused_saying_where(string file, string message)
    {
        var run = Tool.Run("scorecard", "--observations", Observations(), "--unit", "North", "--hierarchy", folder.Write("bad.csv", file));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_hierarchy_needs_a_unit_and_by_unit_with_a_unit_needs_a_hierarchy()
    {
        var alone = Tool.Run("scorecard", "--observations", Observations(), "--hierarchy", Hierarchy());
        Assert.Equal(2, alone.ExitCode);
        Assert.Contains("--hierarchy says which units make up --unit NAME", alone.Error, StringComparison.Ordinal);
        var without = Tool.Run("scorecard", "--observations", Observations(), "--by-unit", "EH-01", "--unit", "North");
        Assert.Equal(2, without.ExitCode);
        Assert.Contains("needs --hierarchy", without.Error, StringComparison.Ordinal);
    }
}
