using System;
using System.Linq;
using System.Text.Json.Nodes;
using Measures.Definitions;
using Measures.Time;

namespace Measures.Tests.Definitions;

/// <summary>
/// A measure's own rolling window length ("rolling 6 months"), in code and in the catalogue, and the
/// calendar year to date as a measure's period type.
/// </summary>
public sealed class RollingWindowDefinitionTests
{
    private static MeasureDefinition Window(string code, PeriodType periodType, int? months) => new(
        code, "Initial health assessments in timescale", "Children's Social Care", MeasureKind.Benchmark, MeasureValueType.Percentage(1), Polarity.HigherIsBetter,
        ReportingFrequency.Monthly, periodType, TemporalRule.Sum, TemporalRule.Sum, rollingMonths: months);

    private static string MeasureJson(string extra) => $$"""
        { "version": 1, "measures": [ {
            "code": "IHA", "title": "Initial health assessments in timescale", "serviceArea": "Children's Social Care",
            "kind": "benchmark", "valueType": { "kind": "percentage", "decimals": 1 }, "polarity": "higherIsBetter",
            "frequency": "monthly", "numerator": "sum", "denominator": "sum", {{extra}} } ] }
        """;

    private static bool ValidUnderSchema(string json) => CatalogueSchemaTests.Evaluate(json).IsValid;

    [Fact]
    public void A_definition_keeps_its_window_length_and_equality_counts_it()
    {
        var six = Window("IHA", PeriodType.RollingMonths, 6);
        Assert.Equal(6, six.RollingMonths);
        Assert.Null(Window("IHA", PeriodType.RollingMonths, null).RollingMonths);
        Assert.Equal(six, Window("IHA", PeriodType.RollingMonths, 6));
        Assert.Equal(six.GetHashCode(), Window("IHA", PeriodType.RollingMonths, 6).GetHashCode());
        Assert.NotEqual(six, Window("IHA", PeriodType.RollingMonths, 12));
        Assert.NotEqual(six, Window("IHA", PeriodType.RollingMonths, null));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-6)]
    [InlineData(65)]
    [InlineData(ReportingPeriod.MaxRollingMonths)]
    public void A_window_length_out_of_range_is_refused(int months)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Window("IHA", PeriodType.RollingMonths, months));
        Assert.Equal("rollingMonths", ex.ParamName);
        Assert.Contains($"A measure's rolling window is 1 to 64 months long, such as 12 for \"rolling 12 months\"; {months} was given.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PeriodType.Month, "month", "\"month\"")]
    [InlineData(PeriodType.FinancialYearToDate, "financial year to date", "\"financialYearToDate\"")]
    [InlineData(PeriodType.CalendarYearToDate, "calendar year to date", "\"calendarYearToDate\"")]
    public void A_window_length_on_a_measure_not_over_rolling_months_is_refused(PeriodType type, string noun, string word)
    {
        var ex = Assert.Throws<ArgumentException>(() => Window("IHA", type, 6));
        Assert.Equal("rollingMonths", ex.ParamName);
        Assert.Contains($"IHA is reported for each {noun} (period type {word}), so it has no rolling window of months: remove \"rollingMonths\", or make its period type \"rollingMonths\".", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Window_lengths_of_3_6_and_24_months_round_trip_through_the_catalogue()
    {
        var catalogue = new MeasureCatalogue(
            [Window("IHA3", PeriodType.RollingMonths, 3), Window("IHA6", PeriodType.RollingMonths, 6), Window("IHA24", PeriodType.RollingMonths, 24), Window("IHA", PeriodType.RollingMonths, null)],
            "Health");
        string json = catalogue.ToJson();
        var written = JsonNode.Parse(json)!["measures"]!.AsArray();
        Assert.Equal([3, 6, 24, null], written.Select(m => (int?)m!["rollingMonths"]));
        Assert.All(written, m => Assert.Equal("rollingMonths", (string?)m!["periodType"]));

        var read = MeasureCatalogue.Parse(json);
        Assert.True(read.Success, string.Join("; ", read.Problems));
        Assert.Equal(catalogue.Measures, read.Value!.Measures);
        Assert.Equal([3, 6, 24, null], read.Value.Measures.Select(m => m.RollingMonths));
        Assert.True(ValidUnderSchema(json));
    }

    [Fact]
    public void A_calendar_year_to_date_measure_round_trips_through_the_catalogue()
    {
        string json = MeasureJson("\"periodType\": \"calendarYearToDate\"");
        var read = MeasureCatalogue.Parse(json);
        Assert.True(read.Success, string.Join("; ", read.Problems));
        Assert.Equal(PeriodType.CalendarYearToDate, read.Value!["IHA"].PeriodType);
        Assert.Contains("\"periodType\": \"calendarYearToDate\"", read.Value.ToJson(), StringComparison.Ordinal);
        Assert.True(ValidUnderSchema(json));
    }

    [Theory]
    [InlineData("\"periodType\": \"rollingMonths\", \"rollingMonths\": 0", "A measure's rolling window is 1 to 64 months long, such as 12 for \"rolling 12 months\"; 0 was given.")]
    [InlineData("\"periodType\": \"rollingMonths\", \"rollingMonths\": 120", "A measure's rolling window is 1 to 64 months long, such as 12 for \"rolling 12 months\"; 120 was given.")]
    [InlineData("\"periodType\": \"month\", \"rollingMonths\": 6", "IHA is reported for each month (period type \"month\"), so it has no rolling window of months: remove \"rollingMonths\", or make its period type \"rollingMonths\".")]
    public void A_bad_window_length_in_a_catalogue_is_a_problem_at_its_path(string members, string message)
    {
        string json = MeasureJson(members);
        var read = MeasureCatalogue.Parse(json);
        Assert.False(read.Success);
        var problem = Assert.Single(read.Problems);
        Assert.Equal("$.measures[0].rollingMonths", problem.Field);
        Assert.Equal(message, problem.Message);
        Assert.False(ValidUnderSchema(json));
    }

    [Fact]
    public void A_window_length_that_is_not_a_whole_number_is_a_problem_at_its_path()
    {
        var read = MeasureCatalogue.Parse(MeasureJson("\"periodType\": \"rollingMonths\", \"rollingMonths\": \"six\""));
        Assert.False(read.Success);
        Assert.Contains(read.Problems, p => p.Field == "$.measures[0].rollingMonths");
    }
}
