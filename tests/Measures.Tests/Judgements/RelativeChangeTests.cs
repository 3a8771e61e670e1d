using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Definitions;
using Measures.Judgements;

namespace Measures.Tests.Judgements;

/// <summary>The change as a fraction of the earlier value, as minutes write it.</summary>
public sealed class RelativeChangeTests
{
    private static readonly MeasureValueType Assessments = MeasureValueType.Count("assessments");

    [Fact]
    public void Assessments_rising_from_281_to_356_are_an_increase_of_27_percent()
    {
        // A London borough's children's scrutiny committee, performance management 2019/20 (seed 003, line 69):
        // "There were 281 assessments undertaken in 2017, rising to 356 in 2018 (an increase of 27%)."
        var travel = DirectionOfTravel.Between(356, 281, Polarity.None, Assessments, "2017", JudgementOptions.Default);
        Assert.Equal(75m, travel.Change);
        Assert.Equal(27m, decimal.Round(travel.RelativeChange!.Value * 100, 0, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void A_figure_that_doubled_has_a_relative_change_of_one()
    {
        // Kirklees Corporate Parenting Board (seed 004, line 100): "The number of IHA's had doubled from the previous month."
        var travel = DirectionOfTravel.Between(24, 12, Polarity.None, MeasureValueType.Count("assessments"), "the previous month", JudgementOptions.Default);
        Assert.Equal(1m, travel.RelativeChange);
    }

    [Fact]
    public void There_is_no_relative_change_from_nothing_or_without_a_value()
    {
        Assert.Null(DirectionOfTravel.Between(5, 0, Polarity.None, Assessments, "last year", JudgementOptions.Default).RelativeChange);
        Assert.Null(DirectionOfTravel.Between(5, null, Polarity.None, Assessments, "last year", JudgementOptions.Default).RelativeChange);
        Assert.Equal(0m, DirectionOfTravel.Between(5, 5, Polarity.None, Assessments, "last year", JudgementOptions.Default).RelativeChange);
    }

    [Property]
    public Property A_rise_and_the_fall_back_multiply_to_one_as_the_docs_state(PositiveInt a, PositiveInt b)
    {
        var there = DirectionOfTravel.Between(b.Get, a.Get, Polarity.None, Assessments, "before", JudgementOptions.Default).RelativeChange!.Value;
        var back = DirectionOfTravel.Between(a.Get, b.Get, Polarity.None, Assessments, "before", JudgementOptions.Default).RelativeChange!.Value;
        return (Math.Abs(((1 + there) * (1 + back)) - 1) < 0.0000000001m).Label("(1 + r there) × (1 + r back) = 1")
            .And((Math.Sign(there) == -Math.Sign(back)).Label("a rise one way is a fall the other"));
    }
}
