using Measures.Definitions;
using Measures.Judgements;

namespace Measures.Tests.Judgements;

public sealed class DirectionOfTravelTests
{
    private static readonly MeasureValueType Percent = MeasureValueType.Percentage(1);

    private static DirectionOfTravel Between(decimal? current, decimal? previous, Polarity polarity, JudgementOptions? options = null) =>
        DirectionOfTravel.Between(current, previous, polarity, Percent, "last year", options ?? JudgementOptions.Default);

    [Fact]
    public void Movement_is_judged_through_polarity()
    {
        Assert.Equal(Direction.Improving, Between(95, 88.7m, Polarity.HigherIsBetter).Direction);
        Assert.Equal(Direction.Worsening, Between(69.3m, 72.1m, Polarity.HigherIsBetter).Direction);
        Assert.Equal(Direction.Improving, Between(4.3m, 4.8m, Polarity.LowerIsBetter).Direction);
        Assert.Equal(Direction.Down, Between(316.8m, 378.6m, Polarity.None).Direction);
        Assert.Equal(Direction.Up, Between(16, 12, Polarity.WithinRange).Direction);
    }

    [Fact]
    public void Explanations_give_both_values_and_the_change()
    {
        Assert.Equal("95.0% is up 6.3 points on 88.7% (last year): improving", Between(95, 88.7m, Polarity.HigherIsBetter).Explanation);
        Assert.Equal("69.3% is down 2.8 points on 72.1% (last year): worsening", Between(69.3m, 72.1m, Polarity.HigherIsBetter).Explanation);
        Assert.Equal(-2.8m, Between(69.3m, 72.1m, Polarity.HigherIsBetter).Change);
    }

    [Fact]
    public void A_no_change_tolerance_absorbs_small_movements()
    {
        var options = new JudgementOptions { NoChangeTolerance = 0.5m };
        var direction = Between(69.7m, 69.3m, Polarity.HigherIsBetter, options);
        Assert.Equal(Direction.NoChange, direction.Direction);
        Assert.Equal("69.7% is up 0.4 points on 69.3% (last year), within the 0.5-point no-change tolerance: no change", direction.Explanation);
        Assert.Equal(Direction.Improving, Between(69.9m, 69.3m, Polarity.HigherIsBetter, options).Direction);
    }

    [Fact]
    public void Values_are_compared_as_shown_unless_exact_is_asked_for()
    {
        Assert.Equal(Direction.NoChange, Between(69.34m, 69.26m, Polarity.HigherIsBetter).Direction);
        Assert.Equal(Direction.Improving, Between(69.34m, 69.26m, Polarity.HigherIsBetter, new JudgementOptions { Comparison = ValueComparison.Exact }).Direction);
    }

    [Fact]
    public void A_missing_value_gives_no_direction()
    {
        var direction = Between(91.3m, null, Polarity.HigherIsBetter);
        Assert.Equal(Direction.NotAvailable, direction.Direction);
        Assert.Null(direction.Change);
        Assert.Equal("No direction of travel: there is no value for last year.", direction.Explanation);
        Assert.Equal(Direction.NotAvailable, Between(null, 1, Polarity.HigherIsBetter).Direction);
    }

    [Fact]
    public void An_empty_comparison_name_falls_back_to_the_previous_period()
    {
        var direction = DirectionOfTravel.Between(2, 1, Polarity.None, MeasureValueType.Count(), " ", JudgementOptions.Default);
        Assert.Equal(DirectionOfTravel.PreviousPeriod, direction.ComparedWith);
        Assert.Equal("2 is up 1 on 1 (the previous period): up", direction.ToString());
    }
}
