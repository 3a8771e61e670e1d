using System.Linq;
using FsCheck.Xunit;
using Measures.Judgements.Spc;
using Measures.Reporting;

namespace Measures.Tests.Reporting;

public sealed class ScorecardStatisticsProperties
{
    [Property(Arbitrary = [typeof(ScorecardArbitraries)])]
    public void Statistics_are_withheld_exactly_when_the_value_is_suppressed(ScorecardCase c)
    {
        foreach (var audience in (ScorecardAudience[])[ScorecardAudience.Internal, ScorecardAudience.Public])
        {
            var scorecard = new ScorecardBuilder(ScorecardCase.Catalogue, new ScorecardOptions { Audience = audience, SuppressionPolicy = c.Policy }).Build(c.Observations, c.Period);
            Assert.All(scorecard.Rows, r => Assert.Equal(r.State == ScorecardValueState.Suppressed, r.Statistics.IsWithheld));
        }
    }

    [Property(Arbitrary = [typeof(ScorecardArbitraries)])]
    public void The_chart_is_the_one_of_the_values_shown_and_judged_only_with_enough_points(ScorecardCase c)
    {
        var scorecard = new ScorecardBuilder(ScorecardCase.Catalogue, new ScorecardOptions { Audience = ScorecardAudience.Public, SuppressionPolicy = c.Policy }).Build(c.Observations, c.Period);
        foreach (var row in scorecard.Rows.Where(r => !r.Statistics.IsWithheld))
        {
            var s = row.Statistics.Judgement;
            var shown = row.History.Where(p => p.Value is not null).Select(p => new SpcValue(p.PeriodLabel, (double)p.Value!.Value)).ToList();
            Assert.Equal(shown.Count, s.SpcPoints);
            if (shown.Count < 2)
            {
                Assert.Null(s.Chart);
            }
            else
            {
                Assert.Equal(shown, s.Chart!.Points.Select(p => new SpcValue(p.Label, p.Value)));
            }

            bool judged = s.SpcPoints >= s.SpcPointsNeeded && row.History[^1].Value is not null;
            Assert.Equal(judged, s.LatestPoint is not null);
            Assert.Equal(judged, s.Variation is not null);
            Assert.Equal(judged, s.SpcNote.Length == 0);
        }
    }

    [Property(Arbitrary = [typeof(ScorecardArbitraries)])]
    public void The_intervals_hold_the_value_and_the_outer_holds_the_inner(ScorecardCase c)
    {
        var scorecard = new ScorecardBuilder(ScorecardCase.Catalogue).Build(c.Observations, c.Period);
        foreach (var row in scorecard.Rows.Where(r => r.Statistics.Judgement.Interval is not null))
        {
            var s = row.Statistics.Judgement;
            Assert.InRange((double)row.Value!.Value, s.Interval!.Lower - 1e-9, s.Interval.Upper + 1e-9);
            Assert.True(s.OuterInterval!.Lower <= s.Interval.Lower && s.Interval.Upper <= s.OuterInterval.Upper);
            Assert.Equal(string.Empty, s.IntervalNote);
        }

        Assert.All(scorecard.Rows.Where(r => r.Statistics.Judgement.Interval is null), r => Assert.NotEqual(string.Empty, r.Statistics.Judgement.IntervalNote));
    }
}
