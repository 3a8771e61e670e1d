using System;
using System.Numerics;
using FsCheck.Xunit;
using Measures.Calculation;
using Measures.Definitions;
using Measures.Time;
using Measures.Observations;

namespace Measures.Tests.Calculation;

public sealed class ValueCalculationTests
{
    private static readonly ReportingPeriod Q1 = ReportingPeriod.Quarter(2019, 1);

    [Fact]
    public void Fifty_of_93_EHCPs_within_20_weeks_is_54_percent()
    {
        // Published figure: "50 out of 93 new EHCPs were completed within the 20 week timescale (54%)",
        // London borough children's scrutiny committee, performance management 2019/20 (seed 003), April–June 2019.
        var value = ValueCalculation.Percentage(0).Calculate(new Observation("Indicator 34", Q1, 50, 93));
        Assert.Equal(54m, value.Rounded);
        Assert.Equal("54%", value.ToString());
        Assert.Equal(53.763440860215053763440860215m, value.Exact);
    }

    [Fact]
    public void Eleven_of_15_adoptions_within_12_months_is_73_point_3_percent()
    {
        // Published figure: "15 children adopted with 11 of this within 12 months ... – 73.3%",
        // Rotherham Corporate Parenting Panel, performance as at 31 July 2015 (seed 001).
        var value = ValueCalculation.Percentage(1).Calculate("Adoptions within 12 months", ReportingPeriod.Month(2015, 7), 11, 15);
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
        var value = ValueCalculation.Percentage(decimals).Calculate("P", Q1, numerator, denominator);
        Assert.Equal(expected + "%", value.ToString());
    }

    [Fact]
    public void A_double_would_round_the_half_the_wrong_way()
    {
        // The reason the rounding is done in integers: the binary product sits below the half.
        Assert.Equal(14d, Math.Round(29.0 / 200 * 100, 0, MidpointRounding.AwayFromZero));
        Assert.Equal(15m, ValueCalculation.Percentage(0).Calculate("P", Q1, 29, 200).Rounded);
    }

    [Fact]
    public void Rate_per_10000_keeps_exact_and_rounded_side_by_side()
    {
        // An illustrative population, not a published one.
        var value = ValueCalculation.RatePer(10_000, 1).Calculate("CiC rate", ReportingPeriod.FinancialYear(2023), 502, 56_789);
        Assert.Equal(88.4m, value.Rounded);
        Assert.Equal(502m * 10_000m / 56_789m, value.Exact);
        Assert.Equal(10_000, value.RateBase);
        Assert.Equal("88.4", value.ToString());
    }

    [Fact]
    public void Mean_is_the_sum_over_the_count()
    {
        var value = ValueCalculation.Mean(0).Calculate("Days to placement", Q1, 4_321, 10);
        Assert.Equal(432.1m, value.Exact);
        Assert.Equal(432m, value.Rounded);
    }

    [Fact]
    public void Ratio_is_not_limited_to_one()
    {
        var value = ValueCalculation.Ratio(2).Calculate("Ratio", Q1, 7, 4);
        Assert.Equal(1.75m, value.Rounded);
    }

    [Fact]
    public void Count_is_the_numerator()
    {
        var value = ValueCalculation.Count().Calculate(new Observation("LAC", ReportingPeriod.Month(2015, 7), 423, null));
        Assert.Equal(423m, value.Rounded);
        Assert.Equal("423", value.ToString());
    }

    [Theory]
    [InlineData(ValueFormula.Percentage)]
    [InlineData(ValueFormula.RatePer)]
    [InlineData(ValueFormula.Mean)]
    [InlineData(ValueFormula.Ratio)]
    public void A_zero_denominator_gives_no_value(ValueFormula formula)
    {
        var calculation = ValueCalculation.Create(formula, 1, formula == ValueFormula.RatePer ? 10_000 : null);
        var value = calculation.Calculate("M", Q1, 0, 0);
        Assert.False(value.HasValue);
        Assert.Equal(NoValueReason.ZeroDenominator, value.NoValueReason);
        Assert.Null(value.Exact);
        Assert.Null(value.Rounded);
        Assert.Equal("no value (zero denominator)", value.ToString());
    }

    [Fact]
    public void A_rate_over_a_zero_population_gives_no_value_even_with_events()
    {
        Assert.False(ValueCalculation.RatePer(10_000, 1).Calculate("M", Q1, 3, 0).HasValue);
    }

    [Fact]
    public void A_percentage_numerator_above_its_denominator_names_measure_period_and_field()
    {
        var ex = Assert.Throws<InvalidObservationException>(() => ValueCalculation.Percentage(1).Calculate(new Observation("CSC-07", ReportingPeriod.Month(2020, 12), 12, 10)));
        Assert.Equal("CSC-07", ex.MeasureCode);
        Assert.Equal(ReportingPeriod.Month(2020, 12), ex.Period);
        Assert.Equal("numerator", ex.Field);
        Assert.Equal("numerator", ex.ParamName);
        Assert.Contains("CSC-07", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("CSC-07 for 2020-12: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("12 is greater than the denominator 10", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_of_none_is_an_error_not_a_missing_value()
    {
        var ex = Assert.Throws<InvalidObservationException>(() => ValueCalculation.Percentage(0).Calculate("P", Q1, 3, 0));
        Assert.Equal("numerator", ex.Field);
    }

    [Fact]
    public void A_missing_denominator_is_named()
    {
        var ex = Assert.Throws<InvalidObservationException>(() => ValueCalculation.RatePer(10_000, 1).Calculate("Rate", Q1, 3, null));
        Assert.Equal("denominator", ex.Field);
        Assert.Contains("rate per 10000 needs a denominator", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_figure_is_named()
    {
        Assert.Equal("numerator", Assert.Throws<InvalidObservationException>(() => ValueCalculation.Ratio(0).Calculate("R", Q1, -1, 3)).Field);
        Assert.Equal("denominator", Assert.Throws<InvalidObservationException>(() => ValueCalculation.Ratio(0).Calculate("R", Q1, 1, -3)).Field);
    }

    [Fact]
    public void A_count_with_a_denominator_is_rejected()
    {
        Assert.Equal("denominator", Assert.Throws<InvalidObservationException>(() => ValueCalculation.Count().Calculate("C", Q1, 1, 3)).Field);
    }

    [Fact]
    public void A_mean_of_no_cases_with_a_sum_is_rejected()
    {
        Assert.Equal("numerator", Assert.Throws<InvalidObservationException>(() => ValueCalculation.Mean(1).Calculate("M", Q1, 5, 0)).Field);
    }

    [Fact]
    public void The_largest_counts_do_not_overflow()
    {
        var value = ValueCalculation.Percentage(10).Calculate("P", Q1, long.MaxValue - 1, long.MaxValue);
        Assert.Equal(100.0000000000m, value.Rounded);
        var rate = ValueCalculation.RatePer(ValueCalculation.MaxRateBase, 0).Calculate("R", Q1, long.MaxValue, 3);
        Assert.Equal(3074457345618258602333333333m, rate.Rounded); // …333.33 rounds down
    }

    [Fact]
    public void A_value_too_large_for_a_decimal_throws_rather_than_wraps()
    {
        var ex = Assert.Throws<OverflowException>(() => ValueCalculation.Ratio(10).Calculate("Huge", Q1, long.MaxValue, 1));
        Assert.Contains("Huge", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Creation_checks_its_arguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ValueCalculation.Percentage(11));
        Assert.Throws<ArgumentOutOfRangeException>(() => ValueCalculation.Percentage(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ValueCalculation.RatePer(0, 1));
        Assert.Equal("rateBase", Assert.Throws<ArgumentException>(() => ValueCalculation.Create(ValueFormula.RatePer, 1)).ParamName);
        Assert.Equal("rateBase", Assert.Throws<ArgumentException>(() => ValueCalculation.Create(ValueFormula.Ratio, 1, 100)).ParamName);
        Assert.Equal("decimalPlaces", Assert.Throws<ArgumentException>(() => ValueCalculation.Create(ValueFormula.Count, 1)).ParamName);
        Assert.Equal("formula", Assert.Throws<ArgumentException>(() => ValueCalculation.Create((ValueFormula)99, 1)).ParamName);
    }

    [Fact]
    public void Calculations_are_equal_by_their_parts_and_describe_themselves()
    {
        Assert.Equal(ValueCalculation.RatePer(10_000, 1), ValueCalculation.Create(ValueFormula.RatePer, 1, 10_000));
        Assert.NotEqual(ValueCalculation.Percentage(1), ValueCalculation.Percentage(0));
        Assert.Equal("percentage to 1 decimal place", ValueCalculation.Percentage(1).ToString());
        Assert.Equal("rate per 10000 to 2 decimal places", ValueCalculation.RatePer(10_000, 2).ToString());
        Assert.Equal("count", ValueCalculation.Count().ToString());
    }

    [Property(Arbitrary = new[] { typeof(CalculationArbitraries) })]
    public bool Percentages_lie_between_0_and_100(CountPair pair, byte decimalsSeed)
    {
        var value = ValueCalculation.Percentage(decimalsSeed % 4).Calculate("P", Q1, pair.Numerator, pair.Denominator);
        return pair.Denominator == 0
            ? !value.HasValue
            : value.Exact >= 0m && value.Exact <= 100m && value.Rounded >= 0m && value.Rounded <= 100m;
    }

    [Property(Arbitrary = new[] { typeof(CalculationArbitraries) })]
    public bool Rounding_agrees_with_big_integer_arithmetic(CountPair pair, byte decimalsSeed)
    {
        int decimals = decimalsSeed % 5;
        if (pair.Denominator == 0)
        {
            return true;
        }

        var value = ValueCalculation.Percentage(decimals).Calculate("P", Q1, pair.Numerator, pair.Denominator);

        // Oracle: round(n × 100 × 10^dp / d) half up, in arbitrary precision.
        BigInteger scaled = new BigInteger(pair.Numerator) * 100 * BigInteger.Pow(10, decimals);
        BigInteger quotient = BigInteger.DivRem(scaled, pair.Denominator, out BigInteger remainder);
        if (remainder * 2 >= pair.Denominator)
        {
            quotient += 1;
        }

        decimal expected = (decimal)quotient / (decimal)Math.Pow(10, decimals);
        return value.Rounded == expected && Math.Abs(value.Exact!.Value - expected) <= 0.5m / (decimal)Math.Pow(10, decimals);
    }
}
