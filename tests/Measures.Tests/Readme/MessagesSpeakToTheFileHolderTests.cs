using System;
using System.Linq;
using Measures.Definitions;
using Measures.Observations;
using Measures.Reporting;
using Measures.Time;
using static Measures.Tests.Reporting.ScorecardTestMeasures;

namespace Measures.Tests.Readme;

/// <summary>Messages speak to the person holding the file, not to a C# developer, and count in words.</summary>
public sealed class MessagesSpeakToTheFileHolderTests
{
    [Theory]
    [InlineData("as at 31 July 2015")]
    [InlineData("2015-07-31")]
    public void A_date_where_a_period_belongs_gets_advice_about_periods_not_a_method(string label)
    {
        var result = ReportingPeriodPattern.RoundTrip.Parse(label);
        Assert.False(result.Success);
        string message = result.Exception.Message;
        Assert.DoesNotContain("SnapshotDate", message, StringComparison.Ordinal);
        Assert.Contains("give the", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_observation_for_a_kind_of_period_that_does_not_fit_is_named_by_its_measure_and_period_not_a_zero_based_index()
    {
        var builder = new ScorecardBuilder(Catalogue(Flow()));
        var thrown = Assert.Throws<DataProblemException>(() => builder.Build([new Observation("FLOW", ReportingPeriod.Term(2023, SchoolTerm.Autumn), 5, 10)], Year));
        Assert.Equal("FLOW for Autumn term 2023/24, the whole council: the measure's observations are for months; this one is for a term.", thrown.Problems.Single().ToString());
        Assert.DoesNotContain("Observation 0", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_is_counted_in_the_singular()
    {
        Assert.EndsWith("(1 measure)", Catalogue(Flow()).ToString(), StringComparison.Ordinal);
        Assert.StartsWith("1 measure:", new SummaryCounts { Measures = 1 }.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("2 measures:", new SummaryCounts { Measures = 2 }.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_json_type_is_reported_at_its_place_as_the_concept_page_says()
    {
        // measures-and-targets.md: a value of the wrong JSON type is reported at its place, with its line and position,
        // and the problems around it (here the empty title before it) are reported too.
        const string Json = """
            { "version": 1, "measures": [ { "code": "A", "title": "", "serviceArea": "A", "kind": "activity",
              "valueType": { "kind": "count", "decimals": "two" }, "polarity": "none", "frequency": "monthly",
              "periodType": "month", "numerator": "sum" } ] }
            """;
        var problems = MeasureCatalogue.Parse(Json).Problems;
        Assert.Equal(["$.measures[0].title", "$.measures[0].valueType.decimals"], problems.Select(p => p.Field));
        Assert.Contains("(line 2, position", problems[1].Message, StringComparison.Ordinal);
    }
}
