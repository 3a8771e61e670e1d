using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Calculation;

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

/// <summary>Named generators for the public-health statistics properties.</summary>
public static class PublicHealthArbitraries
{
    public static Arbitrary<CouncilValues> Values() =>
        (from count in Gen.Choose(5, 60)
         from tenths in Gen.ArrayOf(Gen.Choose(0, 2000), count)
         select new CouncilValues(tenths.Select(t => t / 10.0).ToArray())).ToArbitrary();

    public static Arbitrary<FunnelCase> Funnels() =>
        (from p in Gen.Choose(1, 999)
         from a in Gen.Choose(1, 100_000)
         from b in Gen.Choose(1, 100_000)
         select new FunnelCase(p / 1000.0, System.Math.Min(a, b), System.Math.Max(a, b))).ToArbitrary();
}

/// <summary>The laws of quantile groups and funnel limits.</summary>
public sealed class PublicHealthStatisticsProperties
{
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
