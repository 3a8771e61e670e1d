using System;
using Measures.Definitions;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Definitions;

public sealed class TargetTests
{
    private static readonly ReportingPeriod Fy2023 = ReportingPeriod.FinancialYear(2023);

    [Fact]
    public void A_year_target_is_in_force_on_the_days_of_its_year_only()
    {
        var target = new Target(Fy2023, 90);
        Assert.True(target.IsInForceOn(new LocalDate(2023, 4, 1)));
        Assert.True(target.IsInForceOn(new LocalDate(2024, 3, 31)));
        Assert.False(target.IsInForceOn(new LocalDate(2023, 3, 31)));
        Assert.False(target.IsInForceOn(new LocalDate(2024, 4, 1)));
        Assert.Equal(new LocalDate(2024, 3, 31), target.LastDay);
    }

    [Fact]
    public void A_target_from_a_period_onwards_runs_on()
    {
        var target = new Target(Fy2023, 90, onwards: true);
        Assert.True(target.IsInForceOn(new LocalDate(2030, 1, 1)));
        Assert.Null(target.LastDay);
        Assert.True(target.Overlaps(new Target(ReportingPeriod.FinancialYear(2026), 91)));
        Assert.False(target.Overlaps(new Target(ReportingPeriod.FinancialYear(2022), 91)));
    }

    [Fact]
    public void Consecutive_years_do_not_overlap_but_a_calendar_year_inside_a_financial_year_does()
    {
        var fy = new Target(Fy2023, 90);
        Assert.False(fy.Overlaps(new Target(ReportingPeriod.FinancialYear(2024), 90)));
        Assert.True(fy.Overlaps(new Target(ReportingPeriod.CalendarYear(2023), 58)));
    }

    [Fact]
    public void A_range_must_run_upwards_and_has_no_stretch()
    {
        Assert.Equal("upperValue", Assert.Throws<ArgumentException>(() => new Target(Fy2023, 15, upperValue: 10)).ParamName);
        Assert.Equal("stretch", Assert.Throws<ArgumentException>(() => new Target(Fy2023, 10, stretch: 12, upperValue: 15)).ParamName);
    }

    [Fact]
    public void Tolerance_bands_are_points_or_a_fraction_of_the_target()
    {
        Assert.Equal(5m, ToleranceBand.Points(5).WidthAround(90));
        Assert.Equal(0.45m, ToleranceBand.FractionOfTarget(0.1m).WidthAround(4.5m));
        Assert.Equal(0m, ToleranceBand.None.WidthAround(90));
        Assert.True(ToleranceBand.None.IsZero);
        Assert.Equal(ToleranceBand.Points(0), default);
        Assert.Equal("5 points", ToleranceBand.Points(5).ToString());
        Assert.Equal("10% of the target", ToleranceBand.FractionOfTarget(0.1m).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => ToleranceBand.Points(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ToleranceBand.FractionOfTarget(-0.1m));
    }

    [Fact]
    public void Targets_are_equal_by_value()
    {
        Assert.Equal(new Target(Fy2023, 90, ToleranceBand.Points(5), source: "x"), new Target(Fy2023, 90.0m, ToleranceBand.Points(5), source: "x"));
        Assert.NotEqual(new Target(Fy2023, 90), new Target(Fy2023, 90, onwards: true));
    }
}
