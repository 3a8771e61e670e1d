using System;
using Measures.Definitions;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Definitions;

/// <summary>Figures people set (targets, tolerances, benchmarks) and data lags have limits far beyond any real one, so that judging them never overflows.</summary>
public sealed class SetFigureLimitTests
{
    private static readonly ReportingPeriod Year = ReportingPeriod.FinancialYear(2023);

    [Fact]
    public void A_target_near_the_decimal_range_is_refused_with_the_limit()
    {
        var thrown = Assert.Throws<ArgumentException>(() => new Target(Year, -79_000_000_000_000_000_000_000_000_000m, upperValue: 79_000_000_000_000_000_000_000_000_000m));
        Assert.Contains("at most 10^15", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(1_000_000_000_000_000m, new Target(Year, 1_000_000_000_000_000m).Value);
        Assert.Throws<ArgumentException>(() => new Target(Year, 50, stretch: 2e15m));
    }

    [Fact]
    public void Tolerances_comparators_and_quartiles_have_the_same_limit()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ToleranceBand.Points(2e15m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ComparatorValue("England", -2e15m));
        Assert.ThrowsAny<ArgumentException>(() => new QuartileBoundaries(0, 1, 2e15m));
    }

    [Fact]
    public void A_data_lag_of_more_than_ten_years_is_refused_in_a_catalogue()
    {
        const string Json = """
            { "version": 1, "measures": [ { "code": "L1", "title": "Late", "serviceArea": "A", "kind": "activity",
              "valueType": { "kind": "count" }, "polarity": "none", "frequency": "monthly", "periodType": "month",
              "numerator": "sum", "dataLag": "P99999Y" } ] }
            """;
        var result = MeasureCatalogue.Parse(Json);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.measures[0].dataLag", problem.Field);
        Assert.Contains("at most ten years", problem.Message, StringComparison.Ordinal);
        Assert.True(MeasureCatalogue.Parse(Json.Replace("P99999Y", "P10Y", StringComparison.Ordinal)).Success);
    }

    [Fact]
    public void A_comparator_value_beyond_the_limit_is_a_problem_in_a_catalogue_not_a_crash()
    {
        const string Json = """
            { "version": 1, "measures": [ { "code": "B1", "title": "Rate", "serviceArea": "A", "kind": "benchmark",
              "valueType": { "kind": "rate", "per": 10000 }, "polarity": "none", "frequency": "monthly", "periodType": "month",
              "numerator": "sum", "denominator": "last",
              "benchmarks": [ { "period": "FY 2023/24", "comparators": [ { "name": "England", "value": 1e20 } ] } ] } ] }
            """;
        var result = MeasureCatalogue.Parse(Json);
        var problem = Assert.Single(result.Problems, p => p.Message.Contains("at most 10^15", StringComparison.Ordinal));
        Assert.True(result.Problems.Count == 1, result.ToString());
    }
}
