using System;
using Measures.Definitions;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Definitions;

public sealed class MeasureDefinitionTests
{
    private static readonly ReportingPeriod Fy2023 = ReportingPeriod.FinancialYear(2023);
    private static readonly ReportingPeriod Fy2024 = ReportingPeriod.FinancialYear(2024);

    [Fact]
    public void Target_for_a_period_is_the_one_in_force_on_its_last_day()
    {
        var measure = TestMeasures.Percentage(targets: [new Target(Fy2024, 92), new Target(Fy2023, 90)]);
        Assert.Equal(90m, measure.TargetFor(ReportingPeriod.Month(2024, 3))!.Value);
        Assert.Equal(92m, measure.TargetFor(ReportingPeriod.Month(2024, 4))!.Value);
        Assert.Equal(90m, measure.TargetFor(Fy2023)!.Value);
        Assert.Equal(90m, measure.TargetFor(ReportingPeriod.Quarter(2023, 4))!.Value);
        Assert.Null(measure.TargetFor(ReportingPeriod.Month(2023, 3)));
        Assert.Null(measure.TargetFor(ReportingPeriod.Month(2025, 4)));
    }

    [Fact]
    public void A_calendar_year_value_takes_the_target_of_the_financial_year_it_ends_in()
    {
        // EHCP timeliness is measured January to December; 2023 ends inside 2023/24.
        var measure = TestMeasures.Percentage(targets: [new Target(Fy2023, 58)]);
        Assert.Equal(58m, measure.TargetFor(ReportingPeriod.CalendarYear(2023))!.Value);
    }

    [Fact]
    public void A_target_from_a_period_onwards_applies_until_the_next()
    {
        var measure = TestMeasures.Percentage(targets: [new Target(Fy2023, 90, onwards: true)]);
        Assert.Equal(90m, measure.TargetFor(ReportingPeriod.Month(2031, 1))!.Value);
    }

    [Fact]
    public void Targets_are_kept_in_date_order()
    {
        var measure = TestMeasures.Percentage(targets: [new Target(Fy2024, 92), new Target(Fy2023, 90)]);
        Assert.Equal([Fy2023, Fy2024], [measure.Targets[0].Period, measure.Targets[1].Period]);
    }

    [Fact]
    public void A_percentage_without_a_denominator_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MeasureDefinition("X", "t", "s", MeasureKind.Local, MeasureValueType.Percentage(), Polarity.HigherIsBetter, ReportingFrequency.Monthly, PeriodType.Month, TemporalRule.Sum));
        Assert.Equal("denominatorRule", ex.ParamName);
        Assert.Contains("needs a denominator", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_with_a_denominator_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MeasureDefinition("X", "t", "s", MeasureKind.Local, MeasureValueType.Count(), Polarity.None, ReportingFrequency.Monthly, PeriodType.Month, TemporalRule.Sum, TemporalRule.Sum));
        Assert.Equal("denominatorRule", ex.ParamName);
    }

    [Fact]
    public void A_target_without_a_polarity_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => TestMeasures.Percentage(polarity: Polarity.None, targets: [new Target(Fy2023, 90)]));
        Assert.Equal("targets", ex.ParamName);
        Assert.Contains("no good direction", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_targets_are_refused_naming_both_years()
    {
        var ex = Assert.Throws<ArgumentException>(() => TestMeasures.Percentage(targets: [new Target(Fy2023, 90), new Target(Fy2023, 91)]));
        Assert.Contains("FY 2023/24 overlaps the target for FY 2023/24", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Range_targets_belong_to_range_polarity_only()
    {
        Assert.Throws<ArgumentException>(() => TestMeasures.Percentage(polarity: Polarity.WithinRange, targets: [new Target(Fy2023, 10)]));
        Assert.Throws<ArgumentException>(() => TestMeasures.Percentage(targets: [new Target(Fy2023, 10, upperValue: 15)]));
        Assert.True(TestMeasures.Percentage(polarity: Polarity.WithinRange, targets: [new Target(Fy2023, 10, upperValue: 15)]).Targets[0].IsRange);
    }

    [Fact]
    public void A_stretch_threshold_must_lie_beyond_the_target()
    {
        Assert.Throws<ArgumentException>(() => TestMeasures.Percentage(targets: [new Target(Fy2023, 90, stretch: 85)]));
        Assert.Throws<ArgumentException>(() => TestMeasures.Percentage(polarity: Polarity.LowerIsBetter, targets: [new Target(Fy2023, 4.5m, stretch: 5)]));
        Assert.Equal(95m, TestMeasures.Percentage(targets: [new Target(Fy2023, 90, stretch: 95)]).Targets[0].Stretch);
    }

    [Fact]
    public void Every_problem_is_in_the_message()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MeasureDefinition(" ", "", "", MeasureKind.Local, MeasureValueType.Percentage(), Polarity.HigherIsBetter, ReportingFrequency.Monthly, PeriodType.Month, TemporalRule.Sum));
        Assert.Contains("needs a code", ex.Message, StringComparison.Ordinal);
        Assert.Contains("needs a title", ex.Message, StringComparison.Ordinal);
        Assert.Contains("needs a service area", ex.Message, StringComparison.Ordinal);
        Assert.Contains("needs a denominator", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_cannot_be_its_own_parent_or_have_a_negative_lag()
    {
        Assert.Equal("parentCode", Assert.Throws<ArgumentException>(() => TestMeasures.Count("A", parent: "A")).ParamName);
        Assert.Equal("dataLag", Assert.Throws<ArgumentException>(() => new MeasureDefinition("X", "t", "s", MeasureKind.Local, MeasureValueType.Count(), Polarity.None, ReportingFrequency.Monthly, PeriodType.Month, TemporalRule.Sum, dataLag: Period.FromMonths(-1))).ParamName);
        Assert.Equal("dataLag", Assert.Throws<ArgumentException>(() => new MeasureDefinition("X", "t", "s", MeasureKind.Local, MeasureValueType.Count(), Polarity.None, ReportingFrequency.Monthly, PeriodType.Month, TemporalRule.Sum, dataLag: Period.FromHours(3))).ParamName);
    }

    [Fact]
    public void Undefined_enum_values_are_refused()
    {
        Assert.Equal("polarity", Assert.Throws<ArgumentOutOfRangeException>(() => TestMeasures.Percentage(polarity: (Polarity)9)).ParamName);
    }

    [Fact]
    public void Education_measures_are_left_out_of_summaries_by_default()
    {
        // "18 for Education; all of which were either termly or annual academic year and therefore not
        // included in any summary statistics": Rotherham ILSC minutes, 30 July 2024, minute 18, line 50.
        Assert.False(TestMeasures.Percentage(kind: MeasureKind.Education).CountsInSummary);
        Assert.True(TestMeasures.Percentage(kind: MeasureKind.Benchmark).CountsInSummary);
    }

    [Fact]
    public void Definitions_are_equal_by_value()
    {
        Assert.Equal(TestMeasures.Percentage(targets: [new Target(Fy2023, 90)]), TestMeasures.Percentage(targets: [new Target(Fy2023, 90)]));
        Assert.NotEqual(TestMeasures.Percentage(targets: [new Target(Fy2023, 90)]), TestMeasures.Percentage(targets: [new Target(Fy2023, 91)]));
        Assert.Equal("CSC-13 Initial child protection conferences within 15 working days", TestMeasures.Percentage().ToString());
    }

    [Fact]
    public void Benchmarks_are_found_by_period_and_comparator_name()
    {
        var benchmark = new Benchmark(Fy2023, [new ComparatorValue(ComparatorValue.England, 191.6m), new ComparatorValue(ComparatorValue.StatisticalNeighbours, 200m)]);
        var measure = new MeasureDefinition("CSC-08", "Section 47 enquiries", "Children's Social Care", MeasureKind.Benchmark, MeasureValueType.Rate(10_000), Polarity.None, ReportingFrequency.Monthly, PeriodType.Month, TemporalRule.Sum, TemporalRule.Last, benchmarks: [benchmark]);
        Assert.Equal(191.6m, measure.BenchmarkFor(Fy2023)!.Comparator("england")!.Value.Value);
        Assert.Null(measure.BenchmarkFor(Fy2023)!.Comparator("North East"));
        Assert.Null(measure.BenchmarkFor(ReportingPeriod.FinancialYear(2022)));
        Assert.Throws<ArgumentException>(() => new Benchmark(Fy2023, [new ComparatorValue("England", 1), new ComparatorValue("england", 2)]));
        Assert.Throws<ArgumentException>(() => new QuartileBoundaries(3, 2, 4));
    }
}
