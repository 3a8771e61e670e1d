using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using ExcelDataReader;
using Xunit;

namespace Measures.Cli.Tests;

/// <summary><c>measures scorecard --by-unit CODE</c> and <c>--with-units</c>: every team on one measure, and every unit's scorecard after the council's.</summary>
public sealed class UnitViewsTests
{
    // ExcelDataReader needs the legacy code pages registered, even for .xlsx.
    static UnitViewsTests() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    // EH-01 of the sample catalogue for three teams: A 80% all year, B 90% all year, C 60% in April only.
    private static string Observations(TempFolder folder)
    {
        var lines = new List<string> { "measure,period,organisational_unit,numerator,denominator" };
        string[] months = [.. Enumerable.Range(0, 12).Select(i => new DateTime(2023, 4, 1).AddMonths(i).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))];
        lines.AddRange(months.Select(m => $"EH-01,{m},Team A,40,50"));
        lines.AddRange(months.Select(m => $"EH-01,{m},Team B,45,50"));
        lines.Add("EH-01,2023-04,Team C,30,50");
        return folder.Write("teams.csv", string.Join("\n", lines) + "\n");
    }

    [Fact]
    public void By_unit_writes_the_council_line_then_each_team_ranked_with_its_part_of_the_year()
    {
        using var folder = new TempFolder();
        var run = Tool.Run("scorecard", "--observations", Observations(folder), "--by-unit", "EH-01", "--period", "2023/24", "--format", "csv");
        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = Lines.Of(run.Output).Select(l => l.Split(',')).ToList();
        Assert.Equal(["Whole council", "Team A", "Team B", "Team C"], rows.Skip(1).Select(r => r[0]));
        // The rank is the last column (an explanation before it may hold a quoted comma).
        Assert.Equal("rank", rows[0][^1]);
        Assert.Equal(["", "2", "1", "3"], rows.Skip(1).Select(r => r[^1]));
        Assert.Equal("1", rows[4][Array.IndexOf(rows[0], "periods_present")]);

        var table = Tool.Run("scorecard", "--observations", Observations(folder), "--by-unit", "EH-01", "--period", "2023/24");
        Assert.Contains(Lines.Of(table.Output), l => l.StartsWith("Team C", StringComparison.Ordinal) && l.Contains("60.0% (1 of 12 months)", StringComparison.Ordinal));
    }

    [Fact]
    public void By_unit_as_a_workbook_holds_the_same_numbers_read_back_by_another_reader()
    {
        using var folder = new TempFolder();
        string workbook = folder.PathOf("teams.xlsx");
        var run = Tool.Run("scorecard", "--observations", Observations(folder), "--by-unit", "EH-01", "--period", "2023/24", "--output", workbook);
        Assert.True(run.ExitCode == 0, run.ToString());
        using var stream = File.OpenRead(workbook);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)]);
        }

        var teamB = rows.Single(r => Equals(r[0], "Team B"));
        Assert.Equal(90.0, teamB[1]);
        Assert.Equal(540.0, teamB[2]);
        Assert.Equal(1.0, teamB[^1]);
    }

    [Fact]
    public void With_units_writes_one_page_whose_links_all_lead_inside_it()
    {
        using var folder = new TempFolder();
        string page = folder.PathOf("pack.html");
        var run = Tool.Run("scorecard", "--observations", Observations(folder), "--with-units", "--period", "2023/24", "--output", page);
        Assert.True(run.ExitCode == 0, run.ToString());
        var html = XDocument.Parse(File.ReadAllText(page).Replace("<!DOCTYPE html>", string.Empty, StringComparison.Ordinal));
        var ids = html.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet();
        var links = html.Descendants("a").Select(a => (string)a.Attribute("href")!).ToList();
        Assert.Equal(4, html.Descendants("nav").Single().Descendants("a").Count());
        Assert.All(links, href => Assert.Contains(href.TrimStart('#'), ids));
    }

    [Fact]
    public void With_units_and_a_hierarchy_lists_each_locality_before_its_teams_with_their_figures_added_in()
    {
        using var folder = new TempFolder();
        // East and its Team D have no rows, so they have no scorecard.
        string hierarchy = folder.Write("hierarchy.csv", "unit,parent\nNorth,\nTeam A,North\nTeam B,North\nSouth,\nTeam C,South\nEast,\nTeam D,East\n");
        string page = folder.PathOf("pack.html");
        var run = Tool.Run("scorecard", "--observations", Observations(folder), "--with-units", "--hierarchy", hierarchy, "--period", "2023/24", "--output", page);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["North", "Team A", "Team B", "South", "Team C"], Contents(page).Skip(1));

        // From North down: North's scorecard first, holding Team A's 480 of 600 and Team B's 540 of 600 (85.0%).
        string north = folder.PathOf("north.html");
        run = Tool.Run("scorecard", "--observations", Observations(folder), "--with-units", "--hierarchy", hierarchy, "--unit", "North", "--period", "2023/24", "--output", north);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["Team A", "Team B"], Contents(north).Skip(1));
        Assert.EndsWith("North", Contents(north)[0], StringComparison.Ordinal);
        Assert.Contains("85.0%", File.ReadAllText(north), StringComparison.Ordinal);

        var noHierarchy = Tool.Run("scorecard", "--observations", Observations(folder), "--with-units", "--unit", "North", "--format", "html");
        Assert.Equal(2, noHierarchy.ExitCode);
        Assert.Contains("--hierarchy", noHierarchy.Error, StringComparison.Ordinal);
    }

    // The link texts of the page's contents list, in order.
    private static List<string> Contents(string page) =>
        [.. XDocument.Parse(File.ReadAllText(page).Replace("<!DOCTYPE html>", string.Empty, StringComparison.Ordinal))
            .Descendants("nav").Single().Descendants("a").Select(a => a.Value)];

    [Fact]
    public void The_unit_views_are_refused_without_observations_or_in_the_wrong_format()
    {
        using var folder = new TempFolder();
        Assert.Equal(2, Tool.Run("scorecard", "--by-unit", "EH-01").ExitCode);
        Assert.Equal(2, Tool.Run("scorecard", "--with-units").ExitCode);
        var notHtml = Tool.Run("scorecard", "--observations", Observations(folder), "--with-units", "--format", "csv");
        Assert.Equal(2, notHtml.ExitCode);
        Assert.Contains("--format html", notHtml.Error, StringComparison.Ordinal);
        var unknown = Tool.Run("scorecard", "--observations", Observations(folder), "--by-unit", "NOPE");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("NOPE", unknown.Error, StringComparison.Ordinal);
    }
}
