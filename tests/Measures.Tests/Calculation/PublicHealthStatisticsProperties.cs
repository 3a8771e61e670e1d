using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Calculation;
using Measures.Definitions;
using Measures.Judgements;

namespace Measures.Tests.Calculation;

/// <summary>A set of 5 to 60 councils' values with one decimal place.</summary>
public sealed record CouncilValues(double[] Values)
{
    public override string ToString() => string.Join(", ", Values);
}

/// <summary>An average proportion strictly between 0 and 1 and two denominators.</summary>
public sealed record FunnelCase(double Average, int Smaller, int Larger)
{
    public override string ToString() => $"{Average} at {Smaller} and {Larger}";
}

/// <summary>Five years' counts: numerators 1 to 999 of denominators 1,000.</summary>
public sealed record FiveYears((long Numerator, long Denominator)[] Counts)
{
    public override string ToString() => string.Join(", ", Counts.Select(c => $"{c.Numerator}/{c.Denominator}"));
}

/// <summary>A value's interval and a benchmark.</summary>
public sealed record IntervalCase(double Value, double HalfWidth, double Benchmark)
{
    public override string ToString() => $"{Value} ± {HalfWidth} against {Benchmark}";
}

/// <summary>Named generators for the public-health statistics properties.</summary>
public static class PublicHealthArbitraries
{
    public static Arbitrary<CouncilValues> Values() =>
        (from count in Gen.Choose(5, 60)
         from tenths in Gen.ArrayOf(Gen.Choose(0, 2000), count)
         select new CouncilValues(tenths.Select(t => t / 10.0).ToArray())).ToArbitrary();

    public static Arbitrary<FiveYears> Years() =>
        Gen.ArrayOf(Gen.Choose(1, 999).Select(n => ((long)n, 1000L)), 5).Select(c => new FiveYears(c)).ToArbitrary();

    public static Arbitrary<IntervalCase> Intervals() =>
        (from v in Gen.Choose(0, 1000)
         from h in Gen.Choose(1, 200)
         from b in Gen.Choose(0, 1000)
         select new IntervalCase(v / 10.0, h / 10.0, b / 10.0)).ToArbitrary();

    public static Arbitrary<FunnelCase> Funnels() =>
        (from p in Gen.Choose(1, 999)
         from a in Gen.Choose(1, 100_000)
         from b in Gen.Choose(1, 100_000)
         select new FunnelCase(p / 1000.0, System.Math.Min(a, b), System.Math.Max(a, b))).ToArbitrary();
}

/// <summary>The laws of recent trends, interval comparisons, quantile groups and funnel limits.</summary>
public sealed class PublicHealthStatisticsProperties
{
    [Property(Arbitrary = [typeof(PublicHealthArbitraries)])]
    public Property Reversing_time_keeps_the_statistic_and_swaps_increasing_and_decreasing(FiveYears years)
    {
        var forward = RecentTrend.ForProportions(years.Counts);
        var backward = RecentTrend.ForProportions(years.Counts.Reverse());
        var swapped = forward.Marker switch
        {
            RecentTrendMarker.Increasing => RecentTrendMarker.Decreasing,
            RecentTrendMarker.Decreasing => RecentTrendMarker.Increasing,
            var m => m,
        };
        bool same = forward.ChiSquare is { } a && backward.ChiSquare is { } b && System.Math.Abs(a - b) <= 1e-9 * System.Math.Max(1, a);
        return same.Label("the same χ²").And((swapped == backward.Marker).Label("the marker swaps"));
    }

    [Property(Arbitrary = [typeof(PublicHealthArbitraries)])]
    public bool Reversing_polarity_swaps_better_and_worse_in_every_comparison(IntervalCase c)
    {
        var inner = ConfidenceInterval.FromPublishedLimits(c.Value, c.Value - c.HalfWidth, c.Value + c.HalfWidth, ConfidenceLevel.NinetyFivePercent);
        var outer = ConfidenceInterval.FromPublishedLimits(c.Value, c.Value - (1.6 * c.HalfWidth), c.Value + (1.6 * c.HalfWidth), ConfidenceLevel.NinetyNinePointEightPercent);
        var benchmark = ConfidenceInterval.FromPublishedLimits(c.Benchmark, c.Benchmark - 1, c.Benchmark + 1, ConfidenceLevel.NinetyFivePercent);
        static BenchmarkPosition Swap(BenchmarkPosition p) => p switch
        {
            BenchmarkPosition.Better => BenchmarkPosition.Worse,
            BenchmarkPosition.Worse => BenchmarkPosition.Better,
            _ => p,
        };
        var higher = Polarity.HigherIsBetter;
        var lower = Polarity.LowerIsBetter;
        return Swap(IntervalComparison.OneLevel(inner, c.Benchmark, higher).Position) == IntervalComparison.OneLevel(inner, c.Benchmark, lower).Position
            && Swap(IntervalComparison.TwoLevels(inner, outer, c.Benchmark, higher).Position) == IntervalComparison.TwoLevels(inner, outer, c.Benchmark, lower).Position
            && Swap(IntervalComparison.Overlapping(inner, benchmark, higher).Position) == IntervalComparison.Overlapping(inner, benchmark, lower).Position
            && IntervalComparison.TwoLevels(inner, outer, c.Benchmark, higher).SignificantAt == IntervalComparison.TwoLevels(inner, outer, c.Benchmark, lower).SignificantAt;
    }

    [Property(Arbitrary = [typeof(PublicHealthArbitraries)])]
    public Property Quintile_bounds_rise_and_every_value_has_a_group(CouncilValues set)
    {
        var groups = QuantileGroups.Quintiles(set.Values);
        bool rising = groups.Bounds.Zip(groups.Bounds.Skip(1)).All(p => p.First <= p.Second);
        bool grouped = set.Values.All(v => groups.GroupOf(v) is >= 1 and <= 5);
        return rising.Label("bounds rise").And(grouped.Label("every value has a group"));
    }

    [Property(Arbitrary = [typeof(PublicHealthArbitraries)])]
    public Property Funnel_limits_hold_the_average_and_narrow_as_the_denominator_grows(FunnelCase c)
    {
        var small = FunnelLimits.ForProportion(c.Average, c.Smaller, ConfidenceLevel.NinetyFivePercent, 1);
        var large = FunnelLimits.ForProportion(c.Average, c.Larger, ConfidenceLevel.NinetyFivePercent, 1);
        var outer = FunnelLimits.ForProportion(c.Average, c.Smaller, ConfidenceLevel.NinetyNinePointEightPercent, 1);
        const double Slack = 1e-12;
        return (small.Lower <= c.Average + Slack && c.Average <= small.Upper + Slack).Label("the limits hold the average")
            .And((large.Lower >= small.Lower - Slack && large.Upper <= small.Upper + Slack).Label("a larger denominator narrows them"))
            .And((outer.Lower <= small.Lower + Slack && outer.Upper >= small.Upper - Slack).Label("99.8% limits lie outside 95% ones"));
    }
}
