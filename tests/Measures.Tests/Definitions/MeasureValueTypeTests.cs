using System;
using Measures.Definitions;

namespace Measures.Tests.Definitions;

public sealed class MeasureValueTypeTests
{
    [Fact]
    public void Fifty_of_ninety_three_is_54_percent_to_whole_percent()
    {
        // "50 out of 93 new EHCPs were completed within 20 weeks (54%)": London borough children's
        // scrutiny committee, Performance Management 2019/20 (seed 003).
        var percentage = MeasureValueType.Percentage(0);
        var value = percentage.Calculate(50, 93);
        Assert.Equal(54m, percentage.Round(value.Exact!.Value));
        Assert.Equal("54%", percentage.Format(value.Rounded!.Value));
    }

    [Fact]
    public void Eleven_of_fifteen_adoptions_is_73_point_3_percent()
    {
        // 11 of 15 adoptions in the year to date: Rotherham Corporate Parenting Panel, 22 September 2015 (seed 001).
        var percentage = MeasureValueType.Percentage(1);
        Assert.Equal("73.3%", percentage.Format(percentage.Calculate(11, 15).Rounded!.Value));
    }

    [Fact]
    public void Values_are_decimal_exact_when_the_quotient_terminates()
    {
        Assert.Equal(12.5m, MeasureValueType.Percentage().Calculate(1, 8).Exact);
        Assert.Equal(1.5m, MeasureValueType.Rate(10_000).Calculate(3, 20_000).Exact);
        Assert.Equal(387.25m, MeasureValueType.Mean("days").Calculate(1549, 4).Exact);
        Assert.Equal(0.25m, MeasureValueType.Ratio().Calculate(1, 4).Exact);
        Assert.Equal(523m, MeasureValueType.Count().Calculate(523, null).Exact);
    }

    [Fact]
    public void A_rate_of_a_huge_population_stays_in_decimal_range()
    {
        Assert.Equal(100_000m, MeasureValueType.Rate(100_000).Calculate(long.MaxValue, long.MaxValue).Exact);
    }

    [Fact]
    public void Nothing_to_divide_by_gives_no_value()
    {
        Assert.Null(MeasureValueType.Percentage().Calculate(0, 0).Exact);
    }

    [Fact]
    public void A_count_refuses_a_denominator_and_a_percentage_needs_one()
    {
        Assert.Equal("denominator", Assert.Single(Assert.Throws<DataProblemException>(() => MeasureValueType.Count().Calculate(1, 2)).Problems).Field);
        Assert.Equal("denominator", Assert.Single(Assert.Throws<DataProblemException>(() => MeasureValueType.Percentage().Calculate(1, null)).Problems).Field);
    }

    [Theory]
    [InlineData(0.05, 1, 0.1)]
    [InlineData(0.15, 1, 0.2)]
    [InlineData(2.5, 0, 3)]
    [InlineData(-2.5, 0, -3)]
    [InlineData(84.75, 1, 84.8)]
    [InlineData(84.749, 1, 84.7)]
    public void Rounding_is_half_away_from_zero(double value, int decimals, double expected)
    {
        var type = MeasureValueType.Percentage(decimals);
        Assert.Equal((decimal)expected, type.Round((decimal)value));
    }

    [Fact]
    public void Formats_show_display_decimals_and_units()
    {
        Assert.Equal("84.8%", MeasureValueType.Percentage().Format(84.8m));
        Assert.Equal("95.0%", MeasureValueType.Percentage().Format(95m));
        Assert.Equal("316.8 per 10,000", MeasureValueType.Rate(10_000, "children aged under 18").Format(316.8m));
        Assert.Equal("186 per 100,000", MeasureValueType.Rate(100_000, "young people aged 10–17", 0).Format(186.4m));
        Assert.Equal("387.2 days", MeasureValueType.Mean("days").Format(387.2m));
        Assert.Equal("3360 children", MeasureValueType.Count("children").Format(3360m));
        Assert.Equal("1.25", MeasureValueType.Ratio().Format(1.25m));
    }

    [Fact]
    public void Set_figures_show_as_written_and_differences_in_points_or_units()
    {
        Assert.Equal("90%", MeasureValueType.Percentage().FormatSetFigure(90.0m));
        Assert.Equal("4.5%", MeasureValueType.Percentage().FormatSetFigure(4.50m));
        Assert.Equal("5.2 points", MeasureValueType.Percentage().FormatDifference(-5.2m));
        Assert.Equal("1 point", MeasureValueType.Percentage(0).FormatDifference(1m));
        Assert.Equal("105.3 days", MeasureValueType.Mean("days").FormatDifference(105.3m));
        Assert.Equal("61.8 per 10,000", MeasureValueType.Rate(10_000).FormatDifference(-61.8m));
        Assert.Equal("0.3 points", MeasureValueType.Percentage().FormatDifference(0.2999m));
        Assert.Equal("0.15 points", MeasureValueType.Percentage().FormatDifference(0.15m));
        Assert.Equal("16.0 per 100,000", MeasureValueType.Rate(100_000).FormatDifference(-16.0m));
    }

    [Fact]
    public void Invalid_value_types_are_refused_with_the_parameter_named()
    {
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => MeasureValueType.Percentage(7)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => MeasureValueType.Count(decimals: -1)).ParamName);
        Assert.Equal("per", Assert.Throws<ArgumentOutOfRangeException>(() => MeasureValueType.Rate(0)).ParamName);
    }

    [Fact]
    public void Value_types_are_equal_by_value_and_describe_themselves()
    {
        Assert.Equal(MeasureValueType.Rate(10_000, "children aged under 18"), MeasureValueType.Rate(10_000, "children aged under 18"));
        Assert.NotEqual(MeasureValueType.Percentage(1), MeasureValueType.Percentage(2));
        Assert.Equal("rate per 10,000 children aged under 18 to 1 decimal place", MeasureValueType.Rate(10_000, "children aged under 18").ToString());
        Assert.Equal("mean of days to 1 decimal place", MeasureValueType.Mean("days").ToString());
    }
}
