using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Time;
using Measures.Observations;

namespace Measures.Tests.Aggregation;

/// <summary>Teams, localities and councils, and what a roll-up through them refuses.</summary>
public sealed class OrganisationalHierarchyTests
{
    private static readonly OrganisationalHierarchy Hierarchy = AggregationArbitraries.Hierarchy;

    [Fact]
    public void Levels_count_down_from_the_council()
    {
        Assert.Equal(0, Hierarchy.LevelOf("Council"));
        Assert.Equal(1, Hierarchy.LevelOf("North"));
        Assert.Equal(2, Hierarchy.LevelOf("Team C"));
        Assert.Equal("South", Hierarchy.AncestorAt("Team C", 1));
        Assert.Equal("Council", Hierarchy.AncestorAt("Team C", 0));
        Assert.Equal("Team C", Hierarchy.AncestorAt("Team C", 2));
        Assert.Null(Hierarchy.ParentOf("Council"));
        Assert.Equal(7, Hierarchy.Units.Count);
    }

    [Fact]
    public void A_cycle_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new OrganisationalHierarchy(new Dictionary<string, string> { ["A"] = "B", ["B"] = "A" }));
        Assert.Contains("cycle", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_units_and_levels_below_a_unit_are_refused()
    {
        Assert.Throws<KeyNotFoundException>(() => Hierarchy.LevelOf("Team Z"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Hierarchy.AncestorAt("North", 2));
    }

    private static readonly Dictionary<string, AggregationRule> Rules = new() { ["ADOPT"] = AggregationRule.Count(TemporalRule.Sum) };

    [Fact]
    public void A_unit_outside_the_hierarchy_is_named()
    {
        var store = ObservationStore.Create(Rules, new[] { new Observation("ADOPT", ReportingPeriod.Month(2020, 1), 1, null, "Team Z") }).Value;
        var ex = Assert.Throws<DataProblemException>(() => store.Aggregate(PeriodRollUp.AsReported, UnitRollUp.ToLevel(Hierarchy, 0)));
        Assert.Equal(DataProblemKind.UnknownName, Assert.Single(ex.Problems).Kind);
        Assert.Contains("'Team Z'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_locality_figure_cannot_be_split_into_teams()
    {
        var store = ObservationStore.Create(Rules, new[] { new Observation("ADOPT", ReportingPeriod.Month(2020, 1), 1, null, "North") }).Value;
        var ex = Assert.Throws<DataProblemException>(() => store.Aggregate(PeriodRollUp.AsReported, UnitRollUp.ToLevel(Hierarchy, 2)));
        Assert.Equal(DataProblemKind.Inconsistent, Assert.Single(ex.Problems).Kind);
        Assert.Contains("unit 'North': the unit is at level 1, above level 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_team_and_its_locality_for_the_same_month_would_double_count_and_are_refused()
    {
        var month = ReportingPeriod.Month(2020, 1);
        var store = ObservationStore.Create(Rules, new[]
        {
            new Observation("ADOPT", month, 1, null, "Team A"),
            new Observation("ADOPT", month, 3, null, "North"),
            new Observation("ADOPT", ReportingPeriod.Month(2020, 2), 3, null, "South"),
        }).Value;
        var ex = Assert.Throws<DataProblemException>(() => store.Aggregate(PeriodRollUp.AsReported, UnitRollUp.ToLevel(Hierarchy, 0)));
        Assert.Equal(DataProblemKind.OverlappingUnits, Assert.Single(ex.Problems).Kind);
        Assert.Contains("unit 'Team A'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ancestor 'North'", ex.Message, StringComparison.Ordinal);

        // Kept apart, each unit's figure stands on its own.
        Assert.Equal(3, store.Aggregate(PeriodRollUp.AsReported, UnitRollUp.EachUnit).Count);
    }

    [Fact]
    public void Figures_at_different_levels_in_different_months_roll_up()
    {
        var store = ObservationStore.Create(Rules, new[]
        {
            new Observation("ADOPT", ReportingPeriod.Month(2020, 1), 1, null, "Team A"),
            new Observation("ADOPT", ReportingPeriod.Month(2020, 2), 3, null, "North"),
        }).Value;
        var council = store.Aggregate(PeriodRollUp.CalendarYears, UnitRollUp.ToLevel(Hierarchy, 0)).Single();
        Assert.Equal("Council", council.OrganisationalUnit);
        Assert.Equal(4, council.Numerator);
    }
}
