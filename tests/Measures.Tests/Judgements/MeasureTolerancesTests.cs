using System;
using System.Linq;
using Measures.Definitions;
using Measures.Judgements;
using Measures.Time;

namespace Measures.Tests.Judgements;

/// <summary>A measure may set its own "no change" and "similar" tolerances, which take the place of the judgement options'.</summary>
public sealed class MeasureTolerancesTests
{
    private static readonly ReportingPeriod Year = ReportingPeriod.FinancialYear(2015);

    private static MeasureDefinition LookedAfter(decimal? similarity = null, decimal? noChange = null) => new(
        "LAC", "Looked-after children, rate per 10,000", "Children's Social Care", MeasureKind.Benchmark, MeasureValueType.Rate(10_000, "children"), Polarity.None,
        ReportingFrequency.Monthly, PeriodType.Month, TemporalRule.Last, TemporalRule.Last,
        noChangeTolerance: noChange, similarityTolerance: similarity);

    [Fact]
    public void Within_the_measures_similarity_tolerance_a_rate_is_in_line_with_statistical_neighbours()
    {
        // "Although the numbers of LAC are in line with our statistical neighbours they are higher than the
        // national average" (seed 001, line 32): within 0.5 per 10,000 of the neighbours is "similar".
        var neighbours = new ComparatorValue(ComparatorValue.StatisticalNeighbours, 60.0m);
        Assert.Equal(BenchmarkPosition.Similar, BenchmarkComparison.Compare(LookedAfter(similarity: 0.5m), 60.4m, neighbours, JudgementOptions.Default).Position);
        Assert.Equal(BenchmarkPosition.Above, BenchmarkComparison.Compare(LookedAfter(), 60.4m, neighbours, JudgementOptions.Default).Position);
    }

    [Fact]
    public void The_measures_no_change_tolerance_comes_before_the_options()
    {
        var options = new JudgementOptions { NoChangeTolerance = 5m };
        Assert.Equal(Direction.NoChange, DirectionOfTravel.Between(LookedAfter(), 62m, 60m, "last year", options).Direction);
        Assert.Equal(Direction.Up, DirectionOfTravel.Between(LookedAfter(noChange: 1m), 62m, 60m, "last year", options).Direction);
    }

    [Fact]
    public void Tolerances_round_trip_through_the_catalogue_and_bad_ones_are_refused_at_their_path()
    {
        var catalogue = new MeasureCatalogue([LookedAfter(similarity: 0.5m, noChange: 1m)], "Tolerances");
        var again = MeasureCatalogue.Parse(catalogue.ToJson()).Value;
        Assert.Equal(catalogue, again);
        Assert.Equal(0.5m, again["LAC"].SimilarityTolerance);
        Assert.Contains("\"noChangeTolerance\": 1", catalogue.ToJson(), StringComparison.Ordinal);

        var refused = MeasureCatalogue.Parse(catalogue.ToJson().Replace("\"similarityTolerance\": 0.5", "\"similarityTolerance\": -1", StringComparison.Ordinal));
        var problem = Assert.Single(refused.Problems);
        Assert.Equal("$.measures[0].similarityTolerance", problem.Field);
        Assert.Throws<ArgumentOutOfRangeException>(() => LookedAfter(noChange: -1m));
    }
}
