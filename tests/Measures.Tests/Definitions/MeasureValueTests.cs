using System;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Definitions;
using Measures.Tests.Calculation;

namespace Measures.Tests.Definitions;

/// <summary>Values worked out by <see cref="MeasureValueType.Calculate(long, long?)"/>: exact, rounded half away from zero, and refused when the figures break a rule.</summary>
public sealed class MeasureValueTests
{
    [Fact]
    public void Fifty_of_93_EHCPs_within_20_weeks_is_54_percent()
    {
        // Published figure: "50 out of 93 new EHCPs were completed within the 20 week timescale (54%)",
        // London borough children's scrutiny committee, performance management 2019/20 (seed 003), April–June 2019.
        var value = MeasureValueType.Percentage(0).Calculate(50, 93);
        Assert.Equal(54m, value.Rounded);
        Assert.Equal("54%", value.ToString());
        Assert.Equal(53.763440860215053763440860215m, value.Exact);
    }

    [Fact]
    public void Eleven_of_15_adoptions_within_12_months_is_73_point_3_percent()
    {
        // Published figure: "15 children adopted with 11 of this within 12 months ... – 73.3%",
        // Rotherham Corporate Parenting Panel, performance as at 31 July 2015 (seed 001).
        var value = MeasureValueType.Percentage(1).Calculate(11, 15);
        Assert.Equal(73.3m, value.Rounded);
        Assert.Equal("73.3%", value.ToString());
    }

    [Theory]
    [InlineData(1, 8, 0, "13")]       // 12.5% shows as 13%, not 12% (no banker's rounding)
    [InlineData(5, 8, 0, "63")]       // 62.5%
    [InlineData(1, 16, 1, "6.3")]     // 6.25%
    [InlineData(29, 200, 0, "15")]    // 14.5% exactly; 29.0 / 200 * 100 in binary is 14.499999999999998
    [InlineData(1, 3, 1, "33.3")]
    [InlineData(2, 3, 1, "66.7")]
    [InlineData(0, 7, 1, "0.0")]
    [InlineData(7, 7, 0, "100")]
    public void Percentages_round_half_away_from_zero_on_the_exact_fraction(long numerator, long denominator, int decimals, string expected)
    {
        Assert.Equal(expected + "%", MeasureValueType.Percentage(decimals).Calculate(numerator, denominator).ToString());
    }

    [Fact]
    public void A_double_would_round_the_half_the_wrong_way()
    {
        // The reason the rounding is done in integers: the binary product sits below the half.
        Assert.Equal(14d, Math.Round(29.0 / 200 * 100, 0, MidpointRounding.AwayFromZero));
        Assert.Equal(15m, MeasureValueType.Percentage(0).Calculate(29, 200).Rounded);
    }

    [Fact]
    public void Rate_per_10000_keeps_exact_and_rounded_side_by_side()
    {
        // An illustrative population, not a published one.
        var value = MeasureValueType.Rate(10_000).Calculate(502, 56_789);
        Assert.Equal(88.4m, value.Rounded);
        Assert.Equal(502m * 10_000m / 56_789m, value.Exact);
        Assert.Equal(10_000, value.Type.RatePer);
        Assert.Equal("88.4 per 10,000", value.ToString());
    }

    [Fact]
    public void Mean_is_the_sum_over_the_count()
    {
        var value = MeasureValueType.Mean("days", 0).Calculate(4_321, 10);
        Assert.Equal(432.1m, value.Exact);
        Assert.Equal(432m, value.Rounded);
        Assert.Equal("432 days", value.ToString());
    }

    [Fact]
    public void Ratio_is_not_limited_to_one()
    {
        Assert.Equal(1.75m, MeasureValueType.Ratio(2).Calculate(7, 4).Rounded);
    }

    [Fact]
    public void Count_is_the_numerator()
    {
        var value = MeasureValueType.Count().Calculate(423, null);
        Assert.Equal(423m, value.Rounded);
        Assert.Equal(1, value.Periods);
        Assert.Equal("423", value.ToString());
    }

    [Fact]
    public void A_count_averaged_over_snapshots_is_the_total_over_the_periods_at_its_decimals()
    {
        // Twelve month-end counts adding to 5,077 average 423.08… children in care over the year.
        var value = MeasureValueType.Count("children", 1).CalculateMeanOfSnapshots(5_077, 12);
        Assert.Equal(12, value.Periods);
        Assert.Equal(5_077, value.Numerator);
        Assert.Null(value.Denominator);
        Assert.Equal(423.1m, value.Rounded);
        Assert.Equal(5_077m / 12m, value.Exact);
    }

    [Theory]
    [InlineData(ValueKind.Percentage)]
    [InlineData(ValueKind.Rate)]
    [InlineData(ValueKind.Mean)]
    [InlineData(ValueKind.Ratio)]
    public void A_zero_denominator_gives_no_value(ValueKind kind)
    {
        var type = kind switch
        {
            ValueKind.Percentage => MeasureValueType.Percentage(),
            ValueKind.Rate => MeasureValueType.Rate(10_000),
            ValueKind.Mean => MeasureValueType.Mean(),
            _ => MeasureValueType.Ratio(),
        };
        var value = type.Calculate(0, 0);
        Assert.False(value.HasValue);
        Assert.Equal(NoValueReason.ZeroDenominator, value.NoValueReason);
        Assert.Null(value.Exact);
        Assert.Null(value.Rounded);
        Assert.Equal("no value (zero denominator)", value.ToString());
    }

    [Fact]
    public void A_rate_over_a_zero_population_gives_no_value_even_with_events()
    {
        Assert.False(MeasureValueType.Rate(10_000).Calculate(3, 0).HasValue);
    }

    [Fact]
    public void A_percentage_numerator_above_its_denominator_names_the_field_and_why()
    {
        var problem = Assert.Single(Assert.Throws<DataProblemException>(() => MeasureValueType.Percentage(1).Calculate(12, 10)).Problems);
        Assert.Equal(DataProblemKind.NumeratorAboveDenominator, problem.Kind);
        Assert.Equal("numerator", problem.Field);
        Assert.Equal("12", problem.Value);
        Assert.Contains("The numerator 12 is above the denominator 10", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_of_none_is_an_error_not_a_missing_value()
    {
        var problem = Assert.Single(Assert.Throws<DataProblemException>(() => MeasureValueType.Percentage(0).Calculate(3, 0)).Problems);
        Assert.Equal("numerator", problem.Field);
    }

    [Fact]
    public void A_missing_denominator_is_named()
    {
        var problem = Assert.Single(Assert.Throws<DataProblemException>(() => MeasureValueType.Rate(10_000).Calculate(3, null)).Problems);
        Assert.Equal(DataProblemKind.MissingDenominator, problem.Kind);
        Assert.Equal("denominator", problem.Field);
        Assert.Contains("is a rate, so it needs a denominator", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_figure_is_named()
    {
        Assert.Equal("numerator", Assert.Single(Assert.Throws<DataProblemException>(() => MeasureValueType.Ratio(0).Calculate(-1, 3)).Problems).Field);
        Assert.Equal("denominator", Assert.Single(Assert.Throws<DataProblemException>(() => MeasureValueType.Ratio(0).Calculate(1, -3)).Problems).Field);
    }

    [Fact]
    public void A_count_with_a_denominator_is_rejected()
    {
        var problem = Assert.Single(Assert.Throws<DataProblemException>(() => MeasureValueType.Count().Calculate(1, 3)).Problems);
        Assert.Equal(DataProblemKind.UnexpectedDenominator, problem.Kind);
        Assert.Equal("denominator", problem.Field);
    }

    [Fact]
    public void A_mean_of_no_cases_with_a_sum_is_rejected()
    {
        Assert.Equal("numerator", Assert.Single(Assert.Throws<DataProblemException>(() => MeasureValueType.Mean(decimals: 1).Calculate(5, 0)).Problems).Field);
    }

    [Fact]
    public void The_largest_counts_do_not_overflow()
    {
        var value = MeasureValueType.Percentage(MeasureValueType.MaxDecimals).Calculate(long.MaxValue - 1, long.MaxValue);
        Assert.Equal(100.000000m, value.Rounded);
        var rate = MeasureValueType.Rate(MeasureValueType.MaxRatePer, decimals: 0).Calculate(long.MaxValue, 3);
        Assert.Equal(3074457345618258602333333333m, rate.Rounded); // …333.33 rounds down
    }

    [Fact]
    public void A_value_too_large_for_a_decimal_is_a_problem_rather_than_a_wrapped_number()
    {
        var problem = Assert.Single(Assert.Throws<DataProblemException>(() => MeasureValueType.Rate(MeasureValueType.MaxRatePer, decimals: 6).Calculate(long.MaxValue, 1)).Problems);
        Assert.Equal(DataProblemKind.TooLarge, problem.Kind);
    }

    [Fact]
    public void A_rate_base_above_the_largest_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MeasureValueType.Rate(MeasureValueType.MaxRatePer + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => MeasureValueType.Percentage(MeasureValueType.MaxDecimals + 1));
    }

    [Fact]
    public void Values_are_equal_by_every_part()
    {
        var type = MeasureValueType.Percentage(1);
        Assert.Equal(type.Calculate(11, 15), MeasureValueType.Percentage(1).Calculate(11, 15));
        Assert.True(type.Calculate(11, 15) == type.Calculate(11, 15));
        Assert.True(type.Calculate(11, 15) != type.Calculate(11, 16));
        Assert.NotEqual(type.Calculate(11, 15), MeasureValueType.Percentage(0).Calculate(11, 15));
    }

    [Property(Arbitrary = new[] { typeof(CalculationArbitraries) })]
    public Property Percentages_lie_between_0_and_100(CountPair pair, byte decimalsSeed)
    {
        var value = MeasureValueType.Percentage(decimalsSeed % 4).Calculate(pair.Numerator, pair.Denominator);
        return pair.Denominator == 0
            ? (!value.HasValue).Label("a zero denominator gives no value")
            : (value.Exact >= 0m && value.Exact <= 100m).Label("the exact value is within 0–100")
                .And((value.Rounded >= 0m && value.Rounded <= 100m).Label("the rounded value is within 0–100"));
    }

    [Property(Arbitrary = new[] { typeof(CalculationArbitraries) })]
    public Property Rounding_agrees_with_big_integer_arithmetic(CountPair pair, byte decimalsSeed)
    {
        int decimals = decimalsSeed % 5;
        if (pair.Denominator == 0)
        {
            return true.Label("no value to round");
        }

        var value = MeasureValueType.Percentage(decimals).Calculate(pair.Numerator, pair.Denominator);

        // Oracle: round(n × 100 × 10^dp / d) half up, in arbitrary precision.
        BigInteger scaled = new BigInteger(pair.Numerator) * 100 * BigInteger.Pow(10, decimals);
        BigInteger quotient = BigInteger.DivRem(scaled, pair.Denominator, out BigInteger remainder);
        if (remainder * 2 >= pair.Denominator)
        {
            quotient += 1;
        }

        decimal expected = (decimal)quotient / (decimal)Math.Pow(10, decimals);
        return (value.Rounded == expected).Label($"rounded {value.Rounded} = oracle {expected}")
            .And((Math.Abs(value.Exact!.Value - expected) <= 0.5m / (decimal)Math.Pow(10, decimals)).Label("the exact value is within half a unit of the rounded"));
    }
}
