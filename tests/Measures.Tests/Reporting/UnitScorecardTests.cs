using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Aggregation;
using Measures.Observations;
using Measures.Reporting;
using Measures.Samples;
using Xunit;

namespace Measures.Tests.Reporting;

public sealed class UnitScorecardTests
{
    private static readonly OrganisationalHierarchy Hierarchy = new(new Dictionary<string, string>
    {
        ["North A"] = "North",
        ["North B"] = "North",
        ["South"] = "Council",
        ["North"] = "Council",
    });

    // The sample's figures split between two teams of the North locality, half each (the odd one to North B).
    private static List<Observation> Split() =>
    [
        .. SampleCouncil.Observations.SelectMany(o => new[]
        {
            new Observation(o.MeasureCode, o.Period, o.Numerator / 2, o.Denominator / 2, "North A"),
            new Observation(o.MeasureCode, o.Period, o.Numerator - (o.Numerator / 2), o.Denominator - (o.Denominator / 2), "North B"),
        }),
    ];

    [Fact]
    public void A_localitys_scorecard_adds_up_the_teams_below_it()
    {
        var builder = new ScorecardBuilder(SampleCouncil.Catalogue);
        var council = builder.Build(SampleCouncil.Observations, SampleCouncil.ReportingYear);
        var north = builder.BuildForUnit(Split(), SampleCouncil.ReportingYear, "North", Hierarchy);
        Assert.Equal("North", north.Unit);
        Assert.EndsWith(" \u2013 North", north.Title, StringComparison.Ordinal);
        Assert.Equal(council.Rows.Select(r => r.ValueText), north.Rows.Select(r => r.ValueText));
    }

    [Fact]
    public void A_teams_scorecard_has_only_its_own_figures()
    {
        var builder = new ScorecardBuilder(SampleCouncil.Catalogue);
        var team = builder.BuildForUnit(Split(), SampleCouncil.ReportingYear, "North A");
        // CSC-04 counts children: 502 for the council in 2023/24; the team has each month's half rounded down, so fewer.
        Assert.Equal("North A", team.Unit);
        Assert.True(team["CSC-04"].Value < 502m && team["CSC-04"].Value >= 502m / 2 - 12, team["CSC-04"].ValueText);
    }

    [Fact]
    public void A_unit_with_no_figures_names_the_units_that_have_some()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ScorecardBuilder(SampleCouncil.Catalogue).BuildForUnit(Split(), SampleCouncil.ReportingYear, "South", Hierarchy));
        Assert.Contains("\"North A\", \"North B\"", ex.Message, StringComparison.Ordinal);
    }
}
