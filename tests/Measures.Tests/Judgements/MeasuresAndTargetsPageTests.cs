using System;
using System.Linq;
using Measures.Definitions;
using Measures.Judgements;
using Measures.Time;
using Measures.Samples;

namespace Measures.Tests.Judgements;

/// <summary>The examples on docs/concepts/measures-and-targets.md, so that the page cannot drift from the library.</summary>
public sealed class MeasuresAndTargetsPageTests
{
    private static readonly MeasureCatalogue Sample = SampleCouncil.Catalogue;

    [Fact]
    public void The_definition_built_in_code_matches_the_sample_measure()
    {
        var neet = new MeasureDefinition(
            code: "EH-07",
            title: "Young people not in education, employment or training (NEET)",
            serviceArea: "Early Help and Family Engagement",
            kind: MeasureKind.Benchmark,
            valueType: MeasureValueType.Percentage(decimals: 1),
            polarity: Polarity.LowerIsBetter,
            frequency: ReportingFrequency.Monthly,
            periodType: PeriodType.Month,
            numeratorRule: TemporalRule.Mean,
            denominatorRule: TemporalRule.Mean,
            parentCode: "EH-06",
            targets: [new Target(ReportingPeriod.FinancialYear(2023), 4.5m, ToleranceBand.FractionOfTarget(0.1m))]);
        var sample = Sample["EH-07"];
        Assert.Equal(sample.ValueType, neet.ValueType);
        Assert.Equal(sample.Polarity, neet.Polarity);
        Assert.Equal(sample.ParentCode, neet.ParentCode);
        Assert.Equal(sample.NumeratorRule, neet.NumeratorRule);
        Assert.Equal(sample.Targets[0].Value, neet.Targets[0].Value);
        Assert.Equal(sample.Targets[0].Tolerance, neet.Targets[0].Tolerance);
        Assert.Equal(42, Sample.Measures.Count);
    }

    [Fact]
    public void The_directions_of_travel_on_the_page_are_the_library_s()
    {
        Assert.Equal("95.0% is up 6.3 points on 88.7% (last year): improving", DirectionOfTravel.Between(Sample["CSC-09"], 95m, 88.7m, "last year").Explanation);
        Assert.Equal("316.8 per 10,000 is down 61.8 per 10,000 on 378.6 per 10,000 (last year): down", DirectionOfTravel.Between(Sample["CSC-01"], 316.8m, 378.6m, "last year").Explanation);
    }

    [Fact]
    public void The_error_listing_on_the_page_is_the_library_s()
    {
        const string Json = """
            {
              "version": 1,
              "measures": [
                {
                  "code": "CSC-07", "title": "Re-referrals within 12 months", "serviceArea": "Children's Social Care",
                  "kind": "benchmark", "valueType": { "kind": "percentage", "decimals": 1 }, "polarity": "lowerIsBeter",
                  "frequency": "monthly", "periodType": "month", "numerator": "sum",
                  "targets": [ { "year": "2023/24", "value": 22, "tolerance": { "points": -3 } } ]
                },
                {
                  "code": "CSC-07", "title": "Re-referrals (teams)", "serviceArea": "Children's Social Care", "kind": "local",
                  "parent": "CSC-01", "valueType": { "kind": "count" }, "polarity": "none", "frequency": "monthly",
                  "periodType": "month", "numerator": "sum"
                }
              ]
            }
            """;
        string page = Measures.Tests.RepositoryFile.ReadAllText("docs/concepts/measures-and-targets.md");
        var result = MeasureCatalogue.Parse(Json);
        Assert.Equal(5, result.Problems.Count);
        Assert.All(result.Problems, e => Assert.Contains("  " + e, page, StringComparison.Ordinal));
    }
}
