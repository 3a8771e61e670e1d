using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Judgements;
using Measures.Observations;
using Measures.Reporting;
using Measures.Time;
using static Measures.Tests.Reporting.ScorecardTestMeasures;

namespace Measures.Tests.Reporting;

/// <summary>Every team on one measure: each unit's figures by the scorecard's rules, ranked by polarity, in every format.</summary>
public sealed class UnitComparisonTests
{
    // Twelve months of a flow percentage for each team: A 80%, B 90%, C 80%, D only April at 60%.
    private static List<Observation> Teams()
    {
        var observations = new List<Observation>();
        foreach (var (team, numerator) in (ReadOnlySpan<(string, long)>)[("Team A", 40), ("Team B", 45), ("Team C", 40)])
        {
            observations.AddRange(Months("FLOW", 2023, [.. Enumerable.Repeat(numerator, 12)], [.. Enumerable.Repeat(50L, 12)]).Select(o => InUnit(o, team)));
        }

        observations.Add(new Observation("FLOW", ReportingPeriod.Month(2023, 4), 30, 50, "Team D"));
        return observations;
    }

    [Fact]
    public void Each_team_has_its_own_figures_the_total_adds_them_up_and_ties_share_a_rank()
    {
        var comparison = new ScorecardBuilder(Catalogue(Flow())).CompareUnits(Teams(), Year, "FLOW");
        Assert.Equal(["Team A", "Team B", "Team C", "Team D"], comparison.Units.Select(u => u.Unit));
        Assert.Equal([80m, 90m, 80m, 60m], comparison.Units.Select(u => u.Row.Value!.Value));
        // Higher is better: B first, A and C level second, D fourth (standard competition ranking).
        Assert.Equal([2, 1, 2, 4], comparison.Units.Select(u => u.Rank!.Value));
        Assert.Equal(1, comparison.Units[3].Row.Completeness!.Value.PeriodsPresent);
        Assert.Equal(RagStatus.Red, comparison.Units[3].Row.Rag.Judgement.Status);
        Assert.Equal(comparison.Units.Sum(u => u.Row.Numerator), comparison.Total.Numerator);
        Assert.Equal(comparison.Units.Sum(u => u.Row.Denominator), comparison.Total.Denominator);
        Assert.Equal(new ScorecardBuilder(Catalogue(Flow())).Build(Teams(), Year)["FLOW"].Value, comparison.Total.Value);
        Assert.Equal("Whole council", comparison.TotalName);
    }

    [Fact]
    public void Lower_is_better_ranks_the_lowest_first_and_no_good_direction_ranks_no_one()
    {
        var lower = Averaged("NEET");
        var observations = new List<Observation>
        {
            new("NEET", ReportingPeriod.Month(2024, 3), 3, 100, "North"),
            new("NEET", ReportingPeriod.Month(2024, 3), 5, 100, "South"),
        };
        var ranked = new ScorecardBuilder(Catalogue(lower)).CompareUnits(observations, ReportingPeriod.Month(2024, 3), "NEET");
        Assert.Equal([1, 2], ranked.Units.Select(u => u.Rank!.Value));

        var counts = observations.Select(o => new Observation("CIC", o.Period, o.Numerator, null, o.OrganisationalUnit));
        var unranked = new ScorecardBuilder(Catalogue(Count())).CompareUnits(counts, ReportingPeriod.Month(2024, 3), "CIC");
        Assert.All(unranked.Units, u => Assert.Null(u.Rank));
    }

    [Fact]
    public void The_units_of_a_locality_are_its_children_each_with_the_teams_below_it()
    {
        var hierarchy = new OrganisationalHierarchy(new Dictionary<string, string>
        {
            ["North"] = "Council", ["South"] = "Council",
            ["North 1"] = "North", ["North 2"] = "North", ["South 1"] = "South",
            ["North 1a"] = "North 1",
        });
        var month = ReportingPeriod.Month(2024, 3);
        Observation[] observations =
        [
            new("FLOW", month, 8, 10, "North 1"), new("FLOW", month, 1, 10, "North 1a"),
            new("FLOW", month, 5, 10, "North 2"), new("FLOW", month, 9, 10, "South 1"),
        ];
        var north = new ScorecardBuilder(Catalogue(Flow())).CompareUnits(observations, month, "FLOW", "North", hierarchy);
        Assert.Equal(["North 1", "North 2"], north.Units.Select(u => u.Unit));
        Assert.Equal([9m, 5m], north.Units.Select(u => u.Row.Numerator!.Value));
        Assert.Equal([20m, 10m], north.Units.Select(u => u.Row.Denominator!.Value));
        Assert.Equal(14m, north.Total.Numerator);
        Assert.Equal("North", north.TotalName);
    }

    [Fact]
    public void Bad_requests_are_refused_saying_what_is_wrong()
    {
        var builder = new ScorecardBuilder(Catalogue(Flow()));
        Assert.Contains("\"NOPE\"", Assert.Throws<ArgumentException>(() => builder.CompareUnits(Teams(), Year, "NOPE")).Message, StringComparison.Ordinal);
        Assert.Contains("hierarchy", Assert.Throws<ArgumentException>(() => builder.CompareUnits(Teams(), Year, "FLOW", "North")).Message, StringComparison.Ordinal);
        var council = Teams().Select(o => InUnit(o, Observation.WholeCouncil));
        Assert.Contains("names an organisational unit", Assert.Throws<ArgumentException>(() => builder.CompareUnits(council.Take(1), Year, "FLOW")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => (object)builder.CompareUnits(null!, Year, "FLOW"));
    }

    [Fact]
    public void Every_format_shows_the_total_then_each_unit_with_its_completeness_and_rank()
    {
        var comparison = new ScorecardBuilder(Catalogue(Flow())).CompareUnits(Teams(), Year, "FLOW");

        var csv = Rfc4180.Parse(comparison.ToString(ScorecardFormat.Csv));
        Assert.Equal(["Whole council", "Team A", "Team B", "Team C", "Team D"], csv.Skip(1).Select(r => r[0]));
        Assert.Equal(["", "2", "1", "2", "4"], csv.Skip(1).Select(r => r[Array.IndexOf(csv[0], "rank")]));
        Assert.Equal("1", csv[5][Array.IndexOf(csv[0], "periods_present")]);

        using var json = JsonDocument.Parse(comparison.ToString(ScorecardFormat.Json));
        Assert.Equal("FLOW", json.RootElement.GetProperty("measure").GetString());
        Assert.Equal([2, 1, 2, 4], json.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("rank").GetInt32()));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("parent").ValueKind);

        string table = comparison.ToString(ScorecardFormat.Table);
        Assert.Contains(table.Split('\n'), line => line.StartsWith("Team D", StringComparison.Ordinal) && line.Contains("(1 of 12 months)", StringComparison.Ordinal) && line.EndsWith("4 of 4", StringComparison.Ordinal));
        Assert.Contains("| Team B | 90.0% |", comparison.ToString(ScorecardFormat.Markdown), StringComparison.Ordinal);

        var html = ScorecardHtmlTests.Xml(comparison.ToString(ScorecardFormat.Html));
        Assert.Equal(5, html.Descendants("tbody").Single().Elements("tr").Count());
    }

    public sealed record Shuffle(int[] Order)
    {
        public override string ToString() => string.Join(",", Order);
    }

    public static Arbitrary<Shuffle> Shuffles() =>
        Gen.Shuffle(Enumerable.Range(0, Teams().Count).ToArray()).Select(o => new Shuffle(o)).ToArbitrary();

    [Property(Arbitrary = [typeof(UnitComparisonTests)], MaxTest = 50)]
    public bool The_order_of_the_observations_changes_nothing(Shuffle shuffle)
    {
        var teams = Teams();
        var builder = new ScorecardBuilder(Catalogue(Flow()));
        var straight = builder.CompareUnits(teams, Year, "FLOW");
        var shuffled = builder.CompareUnits(shuffle.Order.Select(i => teams[i]), Year, "FLOW");
        return straight.ToString(ScorecardFormat.Csv) == shuffled.ToString(ScorecardFormat.Csv);
    }

    private static Observation InUnit(Observation o, string unit) => new(o.MeasureCode, o.Period, o.Numerator, o.Denominator, unit);
}
