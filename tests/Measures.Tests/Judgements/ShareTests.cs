using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Definitions;
using Measures.Judgements;

namespace Measures.Tests.Judgements;

/// <summary>The current value as a share of an earlier one, as minutes put a part period against a whole.</summary>
public sealed class ShareTests
{
    private static readonly MeasureValueType Assessments = MeasureValueType.Count("assessments");

    [Fact]
    public void The_2019_to_date_assessments_are_96_percent_of_2018()
    {
        // A London borough's children's scrutiny committee, performance management 2019/20 (seed 003, line 69): "In 2019 to
        // date, the number of assessments undertaken was 343, (96% of the full 2018 calendar year)", which had 356.
        var travel = DirectionOfTravel.Between(343, 356, Polarity.None, Assessments, "2018", JudgementOptions.Default);
        Assert.Equal(96m, decimal.Round(travel.Share!.Value * 100, 0, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void There_is_no_share_of_nothing_or_without_a_value()
    {
        Assert.Null(DirectionOfTravel.Between(5, 0, Polarity.None, Assessments, "last year", JudgementOptions.Default).Share);
        Assert.Null(DirectionOfTravel.Between(5, null, Polarity.None, Assessments, "last year", JudgementOptions.Default).Share);
        Assert.Null(DirectionOfTravel.Between(null, 5, Polarity.None, Assessments, "last year", JudgementOptions.Default).Share);
        Assert.Equal(0m, DirectionOfTravel.Between(0, 5, Polarity.None, Assessments, "last year", JudgementOptions.Default).Share);
    }

    [Property]
    public Property The_share_is_the_current_value_over_the_earlier_one(int now, NonZeroInt then)
    {
        var travel = DirectionOfTravel.Between(now, then.Get, Polarity.None, Assessments, "before", JudgementOptions.Default);
        return (travel.Share == (decimal)now / then.Get).Label("share = current ÷ earlier")
            .And((travel.Share * then.Get == now || Math.Abs((travel.Share!.Value * then.Get) - now) < 0.000001m).Label("share × earlier = current"));
    }

    [Property]
    public Property With_a_positive_earlier_value_the_share_is_one_plus_the_relative_change_and_shares_each_way_multiply_to_one(PositiveInt a, PositiveInt b)
    {
        var there = DirectionOfTravel.Between(b.Get, a.Get, Polarity.None, Assessments, "before", JudgementOptions.Default);
        var back = DirectionOfTravel.Between(a.Get, b.Get, Polarity.None, Assessments, "before", JudgementOptions.Default);
        return (there.Share == 1 + there.RelativeChange).Label("share = 1 + relative change")
            .And((Math.Abs((there.Share!.Value * back.Share!.Value) - 1) < 0.0000000001m).Label("share there × share back = 1"));
    }
}
