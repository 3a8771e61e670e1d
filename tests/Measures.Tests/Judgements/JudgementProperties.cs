using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Definitions;
using Measures.Judgements;

namespace Measures.Tests.Judgements;

/// <summary>The laws of RAG ratings and directions of travel.</summary>
public sealed class JudgementProperties
{
    private static readonly JudgementOptions Exact = new() { Comparison = ValueComparison.Exact };

    private static int Rank(RagStatus status) => status switch
    {
        RagStatus.Red => 0,
        RagStatus.Amber => 1,
        RagStatus.Green => 2,
        RagStatus.Blue => 3,
        _ => throw new System.InvalidOperationException($"{status} is not a colour."),
    };

    private static RagRating Rate(TargetScenario s, decimal value, JudgementOptions? options = null) =>
        RagRating.Rate(value, s.Polarity, s.Target, s.ValueType, options ?? JudgementOptions.Default);

    [Property(Arbitrary = [typeof(JudgementArbitraries)])]
    public bool Rag_is_monotonic_in_the_value_given_polarity(TargetScenario scenario, MeasuredValue a, MeasuredValue b)
    {
        decimal low = System.Math.Min(a.Value, b.Value);
        decimal high = System.Math.Max(a.Value, b.Value);
        int lowRank = Rank(Rate(scenario, low).Status);
        int highRank = Rank(Rate(scenario, high).Status);
        return scenario.Polarity == Polarity.HigherIsBetter ? lowRank <= highRank : lowRank >= highRank;
    }

    [Property(Arbitrary = [typeof(JudgementArbitraries)])]
    public Property Flipping_polarity_and_mirroring_value_and_target_mirrors_the_rating(TargetScenario scenario, MeasuredValue value)
    {
        var t = scenario.Target;
        var flipped = scenario.Polarity == Polarity.HigherIsBetter ? Polarity.LowerIsBetter : Polarity.HigherIsBetter;
        var mirrored = new Target(t.Period, -t.Value, t.Tolerance, -t.Stretch);
        var original = Rate(scenario, value.Value);
        var mirror = RagRating.Rate(-value.Value, flipped, mirrored, scenario.ValueType, JudgementOptions.Default);
        return (original.Status == mirror.Status).Label("the mirror rates the same colour")
            .And((original.Difference == -mirror.Difference).Label("the mirror's difference from target is the negative"));
    }

    [Property(Arbitrary = [typeof(JudgementArbitraries)])]
    public Property A_zero_tolerance_leaves_no_amber(TargetScenario scenario, MeasuredValue value)
    {
        var t = scenario.Target;
        var strict = new Target(t.Period, t.Value, ToleranceBand.None, t.Stretch);
        return (RagRating.Rate(value.Value, scenario.Polarity, strict, scenario.ValueType, JudgementOptions.Default).Status != RagStatus.Amber)
                .Label("no amber comparing the rounded value")
            .And((RagRating.Rate(value.Value, scenario.Polarity, strict, scenario.ValueType, Exact).Status != RagStatus.Amber)
                .Label("no amber comparing the exact value"));
    }

    [Property(Arbitrary = [typeof(JudgementArbitraries)])]
    public Property Green_or_blue_exactly_when_the_compared_value_meets_the_target(TargetScenario scenario, MeasuredValue value)
    {
        var rating = Rate(scenario, value.Value);
        bool meets = scenario.Polarity == Polarity.HigherIsBetter ? rating.Difference >= 0 : rating.Difference <= 0;
        return (rating.MeetsTarget == meets).Label("the rating meets the target exactly when the difference is on the good side")
            .And((rating.ComparedValue == scenario.ValueType.Round(value.Value)).Label("the value compared is the rounded value"));
    }

    [Property(Arbitrary = [typeof(JudgementArbitraries)])]
    public bool A_value_already_at_display_decimals_rates_the_same_rounded_or_exact(TargetScenario scenario, MeasuredValue value)
    {
        decimal shown = scenario.ValueType.Round(value.Value);
        return Rate(scenario, shown).Status == Rate(scenario, shown, Exact).Status;
    }

    [Property(Arbitrary = [typeof(JudgementArbitraries)])]
    public bool Direction_of_travel_is_antisymmetric(MeasuredValue a, MeasuredValue b, Polarity polarity, MeasuredValue tolerance)
    {
        var options = new JudgementOptions { NoChangeTolerance = System.Math.Abs(tolerance.Value) / 100 };
        var valueType = MeasureValueType.Percentage(1);
        var forward = DirectionOfTravel.Between(a.Value, b.Value, polarity, valueType, "last year", options).Direction;
        var backward = DirectionOfTravel.Between(b.Value, a.Value, polarity, valueType, "last year", options).Direction;
        return backward == Opposite(forward);
    }

    [Property(Arbitrary = [typeof(JudgementArbitraries)])]
    public bool Benchmark_comparison_is_antisymmetric(MeasuredValue a, MeasuredValue b, Polarity polarity)
    {
        var valueType = MeasureValueType.Ratio(3);
        var forward = BenchmarkComparison.Compare(a.Value, new ComparatorValue("A", b.Value), polarity, valueType, JudgementOptions.Default).Position;
        var backward = BenchmarkComparison.Compare(b.Value, new ComparatorValue("B", a.Value), polarity, valueType, JudgementOptions.Default).Position;
        return backward == forward switch
        {
            BenchmarkPosition.Better => BenchmarkPosition.Worse,
            BenchmarkPosition.Worse => BenchmarkPosition.Better,
            BenchmarkPosition.Above => BenchmarkPosition.Below,
            BenchmarkPosition.Below => BenchmarkPosition.Above,
            _ => forward,
        };
    }

    private static Direction Opposite(Direction direction) => direction switch
    {
        Direction.Improving => Direction.Worsening,
        Direction.Worsening => Direction.Improving,
        Direction.Up => Direction.Down,
        Direction.Down => Direction.Up,
        _ => direction,
    };
}
