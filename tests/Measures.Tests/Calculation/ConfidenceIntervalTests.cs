using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Calculation;
using Measures.Definitions;
using Measures.Judgements;
using Measures.Time;

namespace Measures.Tests.Calculation;

public sealed class ConfidenceIntervalTests
{
    private static readonly ConfidenceLevel Ci95 = ConfidenceLevel.NinetyFivePercent;
    private static readonly ConfidenceLevel Ci998 = ConfidenceLevel.NinetyNinePointEightPercent;

    public static TheoryData<int> Rows => new(Enumerable.Range(0, PheIndicatorMethodsReference.Data.Length));

    [Theory]
    [MemberData(nameof(Rows))]
    public void Wilson_score_agrees_with_PHEindicatormethods_to_the_published_digits(int row)
    {
        var (_, _, obs, pop) = PheIndicatorMethodsReference.Data[row];
        AssertPublished(PheIndicatorMethodsReference.Proportion95[row], ConfidenceInterval.WilsonScore(obs, pop, Ci95, multiplier: 1));
        AssertPublished(PheIndicatorMethodsReference.Proportion998[row], ConfidenceInterval.WilsonScore(obs, pop, Ci998, multiplier: 1));
        AssertPublished(PheIndicatorMethodsReference.Percentage95[row], ConfidenceInterval.WilsonScore(obs, pop, Ci95));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Rates_agree_with_PHEindicatormethods_to_the_published_digits(int row)
    {
        var (_, _, obs, pop) = PheIndicatorMethodsReference.Data[row];
        AssertPublished(PheIndicatorMethodsReference.Rate95Per100000[row], ConfidenceInterval.PoissonRate(obs, pop, Ci95, 100_000));

        string[] published = PheIndicatorMethodsReference.Rate998Per100[row];
        var interval = ConfidenceInterval.PoissonRate(obs, pop, Ci998, 100);
        AssertPublished(published, interval);
        Assert.Equal(published[3] == "Exact" ? ConfidenceIntervalMethod.ExactPoisson : ConfidenceIntervalMethod.Byar, interval.Method);
    }

    [Fact]
    public void Student_t_agrees_with_PHEindicatormethods_to_the_published_digits()
    {
        double[] all = PheIndicatorMethodsReference.Data.Select(r => (double)r.Obs).ToArray();
        AssertPublished(PheIndicatorMethodsReference.Mean95, ConfidenceInterval.StudentT(all, Ci95));

        foreach (var (year, value, lower, upper) in PheIndicatorMethodsReference.Mean998ByYear)
        {
            double[] ofYear = PheIndicatorMethodsReference.Data.Where(r => r.Year == year).Select(r => (double)r.Obs).ToArray();
            AssertPublished([value, lower, upper], ConfidenceInterval.StudentT(ofYear, Ci998));
        }
    }

    [Fact]
    public void Student_t_from_a_summary_matches_the_values()
    {
        double[] values = [30, 40, 50, 60];
        var fromValues = ConfidenceInterval.StudentT(values, Ci95);
        var fromSummary = ConfidenceInterval.StudentT(45, Math.Sqrt(500.0 / 3), 4, Ci95);
        Assert.Equal(fromSummary.Lower, fromValues.Lower, 1e-12);
        Assert.Equal(fromSummary.Upper, fromValues.Upper, 1e-12);
    }

    [Fact]
    public void Eleven_of_15_adoptions_has_a_wide_interval()
    {
        // The month "can vary significantly given the size of the cohort" (seed 001): 73.3% is 48.0% to 89.1%.
        var interval = ConfidenceInterval.WilsonScore(11, 15, Ci95);
        Assert.Equal(73.3, Math.Round(interval.Estimate, 1));
        Assert.Equal(48.0, Math.Round(interval.Lower, 1));
        Assert.Equal(89.1, Math.Round(interval.Upper, 1));
        Assert.Equal("73.3333 (48.0496 to 89.1025), 95% Wilson score", interval.ToString());

        // One more adoption in time (12 of 15, 80%) is no significant change.
        Assert.Equal(BenchmarkPosition.Similar, interval.CompareWith(80, Polarity.HigherIsBetter));
    }

    [Fact]
    public void Zero_events_have_a_zero_lower_limit()
    {
        Assert.Equal(0, ConfidenceInterval.WilsonScore(0, 20, Ci95).Lower);
        Assert.Equal(100, ConfidenceInterval.WilsonScore(20, 20, Ci95).Upper, 1e-12);
        var none = ConfidenceInterval.PoissonCount(0, Ci95);
        Assert.Equal(0, none.Lower);
        Assert.Equal(-Math.Log(0.025), none.Upper, 1e-12); // P(0 events | μ) = e^−μ = 2.5%
        Assert.Equal(ConfidenceIntervalMethod.ExactPoisson, none.Method);
    }

    [Fact]
    public void Nine_events_are_exact_and_ten_use_Byar()
    {
        Assert.Equal(ConfidenceIntervalMethod.ExactPoisson, ConfidenceInterval.PoissonCount(9, Ci95).Method);
        Assert.Equal(ConfidenceIntervalMethod.Byar, ConfidenceInterval.PoissonCount(10, Ci95).Method);
    }

    [Fact]
    public void Byar_is_within_a_fraction_of_a_percent_of_exact_from_ten_events()
    {
        // The Fingertips technical guidance: Byar's method is within 0.2% of the exact value for numerators of 10 or more.
        foreach (long count in new long[] { 10, 25, 100, 1000 })
        {
            var byar = ConfidenceInterval.Byar(count, 1, Ci95, 1);
            var exact = ConfidenceInterval.ExactPoisson(count, 1, Ci95, 1);
            Assert.InRange(Math.Abs(byar.Lower - exact.Lower) / exact.Lower, 0, 0.002);
            Assert.InRange(Math.Abs(byar.Upper - exact.Upper) / exact.Upper, 0, 0.002);
        }
    }

    [Fact]
    public void A_value_chooses_its_method_by_formula()
    {
        var q1 = ReportingPeriod.Quarter(2019, 1);
        var percentage = MeasureValueType.Percentage(0).Calculate(50, 93);
        Assert.Equal(ConfidenceInterval.WilsonScore(50, 93, Ci95), ConfidenceInterval.ForValue(percentage, Ci95));

        var rate = MeasureValueType.Rate(10_000, decimals: 1).Calculate(280, 61_400);
        Assert.Equal(ConfidenceInterval.PoissonRate(280, 61_400, Ci95, 10_000), ConfidenceInterval.ForValue(rate, Ci95));

        var count = MeasureValueType.Count().Calculate(423, null);
        Assert.Equal(ConfidenceInterval.PoissonCount(423, Ci95), ConfidenceInterval.ForValue(count, Ci95));

        Assert.Null(ConfidenceInterval.ForValue(MeasureValueType.Ratio(1).Calculate(3, 4), Ci95));
        Assert.Null(ConfidenceInterval.ForValue(MeasureValueType.Mean(decimals: 1).Calculate(30, 4), Ci95));
        Assert.Null(ConfidenceInterval.ForValue(MeasureValueType.Percentage(1).Calculate(0, 0), Ci95));
    }

    [Fact]
    public void Any_level_can_be_asked_for()
    {
        var level = ConfidenceLevel.FromPercent(90m);
        Assert.Equal(1.6448536269514722, level.Z, 1e-14);
        Assert.Equal("90%", level.ToString());
        Assert.Equal("99.8%", Ci998.ToString());
        Assert.Same(Ci95, ConfidenceLevel.FromPercent(95m));
        Assert.True(ConfidenceInterval.WilsonScore(50, 93, level).Width < ConfidenceInterval.WilsonScore(50, 93, Ci95).Width);
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceLevel.FromPercent(100m));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceLevel.FromPercent(0m));
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("denominator", Assert.Throws<ArgumentException>(() => ConfidenceInterval.WilsonScore(0, 0, Ci95)).ParamName);
        Assert.Equal("numerator", Assert.Throws<ArgumentException>(() => ConfidenceInterval.WilsonScore(5, 4, Ci95)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentException>(() => ConfidenceInterval.PoissonRate(-1, 100, Ci95, 100)).ParamName);
        Assert.Equal("denominator", Assert.Throws<ArgumentException>(() => ConfidenceInterval.PoissonRate(1, 0, Ci95, 100)).ParamName);
        Assert.Equal("multiplier", Assert.Throws<ArgumentException>(() => ConfidenceInterval.PoissonRate(1, 10, Ci95, 0)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentException>(() => ConfidenceInterval.StudentT(3, 1, 1, Ci95)).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => ConfidenceInterval.StudentT([1.0], Ci95)).ParamName);
        Assert.Throws<ArgumentNullException>(() => ConfidenceInterval.WilsonScore(1, 2, null!));
    }

    [Theory]
    [InlineData(40.0, Polarity.HigherIsBetter, BenchmarkPosition.Better)]
    [InlineData(40.0, Polarity.LowerIsBetter, BenchmarkPosition.Worse)]
    [InlineData(40.0, Polarity.None, BenchmarkPosition.Above)]
    [InlineData(55.0, Polarity.HigherIsBetter, BenchmarkPosition.Similar)]
    [InlineData(70.0, Polarity.HigherIsBetter, BenchmarkPosition.Worse)]
    [InlineData(70.0, Polarity.LowerIsBetter, BenchmarkPosition.Better)]
    [InlineData(70.0, Polarity.None, BenchmarkPosition.Below)]
    [InlineData(double.NaN, Polarity.None, BenchmarkPosition.NotAvailable)]
    public void Benchmark_comparison_honours_polarity(double benchmark, Polarity polarity, BenchmarkPosition expected)
    {
        // 50 of 93 EHCPs (54%) has a 95% interval of 43.7% to 63.5%.
        Assert.Equal(expected, ConfidenceInterval.WilsonScore(50, 93, Ci95).CompareWith(benchmark, polarity));
    }

    [Fact]
    public void A_benchmark_on_a_limit_is_similar()
    {
        var interval = ConfidenceInterval.WilsonScore(50, 93, Ci95);
        Assert.Equal(BenchmarkPosition.Similar, interval.CompareWith(interval.Lower, Polarity.HigherIsBetter));
        Assert.Equal(BenchmarkPosition.Similar, interval.CompareWith(interval.Upper, Polarity.HigherIsBetter));
    }

    [Property(Arbitrary = new[] { typeof(CalculationArbitraries) })]
    public Property Wilson_interval_contains_the_estimate_within_bounds(CountPair pair, bool strict)
    {
        if (pair.Denominator == 0)
        {
            return true.Label("no interval without a denominator");
        }

        var interval = ConfidenceInterval.WilsonScore(pair.Numerator, pair.Denominator, strict ? Ci998 : Ci95);
        return (interval.Lower <= interval.Estimate * (1 + 1e-12)).Label("the lower limit is at most the estimate")
            .And((interval.Estimate <= interval.Upper * (1 + 1e-12)).Label("the estimate is at most the upper limit"))
            .And((interval.Lower >= 0).Label("the lower limit is at least 0"))
            .And((interval.Upper <= 100).Label("the upper limit is at most 100"))
            .And((interval.Lower <= interval.Upper).Label("the lower limit is at most the upper limit"));
    }

    [Property]
    public Property Poisson_interval_contains_the_estimate(uint count, bool strict)
    {
        var interval = ConfidenceInterval.PoissonRate(count % 100_000, 1_000_000, strict ? Ci998 : Ci95, 10_000);
        return (interval.Lower <= interval.Estimate).Label("the lower limit is at most the estimate")
            .And((interval.Estimate <= interval.Upper).Label("the estimate is at most the upper limit"))
            .And((interval.Lower >= 0).Label("the lower limit is at least 0"));
    }

    [Property]
    public Property Intervals_narrow_as_counts_grow_at_a_fixed_proportion(byte numeratorSeed, byte extraSeed, byte factorSeed)
    {
        long numerator = numeratorSeed;
        long denominator = numerator + extraSeed + 1;
        long factor = 2 + (factorSeed % 20);
        bool wilson = ConfidenceInterval.WilsonScore(numerator * factor, denominator * factor, Ci95).Width
            < ConfidenceInterval.WilsonScore(numerator, denominator, Ci95).Width;
        bool poisson = ConfidenceInterval.PoissonRate(numerator * factor, denominator * factor, Ci95, 10_000).Width
            < ConfidenceInterval.PoissonRate(numerator, denominator, Ci95, 10_000).Width;
        return wilson.Label("the Wilson interval narrows").And(poisson.Label("the Poisson interval narrows"));
    }

    [Property]
    public bool Higher_is_better_and_lower_is_better_mirror_each_other(byte numeratorSeed, byte benchmarkSeed)
    {
        var interval = ConfidenceInterval.WilsonScore(numeratorSeed, 255, Ci95);
        double benchmark = benchmarkSeed / 2.55;
        var higher = interval.CompareWith(benchmark, Polarity.HigherIsBetter);
        var lower = interval.CompareWith(benchmark, Polarity.LowerIsBetter);
        var none = interval.CompareWith(benchmark, Polarity.None);
        return (higher, lower, none) switch
        {
            (BenchmarkPosition.Similar, BenchmarkPosition.Similar, BenchmarkPosition.Similar) => true,
            (BenchmarkPosition.Better, BenchmarkPosition.Worse, BenchmarkPosition.Above) => true,
            (BenchmarkPosition.Worse, BenchmarkPosition.Better, BenchmarkPosition.Below) => true,
            _ => false,
        };
    }

    [Property]
    public bool A_higher_benchmark_never_makes_a_value_look_better(byte numeratorSeed, byte a, byte b)
    {
        var interval = ConfidenceInterval.WilsonScore(numeratorSeed, 255, Ci95);
        double low = Math.Min(a, b) / 2.55;
        double high = Math.Max(a, b) / 2.55;
        return Rank(interval.CompareWith(high, Polarity.HigherIsBetter)) <= Rank(interval.CompareWith(low, Polarity.HigherIsBetter));

        static int Rank(BenchmarkPosition s) => s switch
        {
            BenchmarkPosition.Better => 2,
            BenchmarkPosition.Similar => 1,
            _ => 0,
        };
    }

    private static void AssertPublished(string[] published, ConfidenceInterval interval)
    {
        AssertDigits(published[0], interval.Estimate, "value");
        AssertDigits(published[1], interval.Lower, "lowercl");
        AssertDigits(published[2], interval.Upper, "uppercl");
    }

    // Agreement to the digits printed: within half a unit of the last printed decimal place.
    private static void AssertDigits(string published, double actual, string column)
    {
        double expected = double.Parse(published, CultureInfo.InvariantCulture);
        int point = published.IndexOf('.', StringComparison.Ordinal);
        int decimals = point < 0 ? 0 : published.Length - point - 1;
        double tolerance = (0.5 * Math.Pow(10, -decimals)) + (1e-12 * Math.Abs(expected));
        Assert.True(Math.Abs(actual - expected) <= tolerance, $"{column}: published {published}, computed {actual.ToString("R", CultureInfo.InvariantCulture)}");
    }
}
