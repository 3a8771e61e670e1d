using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Time;

namespace Measures.Tests.Aggregation;

/// <summary>The laws of the aggregation core, on random observation sets.</summary>
public sealed class AggregationPropertyTests
{
    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public void Core_equals_the_reference_implementation(ObservationSet set, QueryShape shape)
    {
        var expected = ReferenceAggregator.Aggregate(
            AggregationArbitraries.Rules, set.Rows.Where(r => shape.Measures.Contains(r.Observation.MeasureCode)), shape.Periods, shape.Units, shape.ByBreakdown);
        var actual = set.Build().Aggregate(shape.Query());
        Assert.Equal(expected, actual.ToList());
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public void Results_do_not_depend_on_input_order(ObservationSet set, QueryShape shape)
    {
        var inOrder = set.Build().Aggregate(shape.Query());
        var shuffled = set.Build(set.Shuffled(17)).Aggregate(shape.Query());
        Assert.Equal(inOrder.ToList(), shuffled.ToList());
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public void Results_do_not_depend_on_thread_count(ObservationSet set, QueryShape shape)
    {
        var store = set.Build();
        var one = store.Aggregate(shape.Query(degree: 1)).ToList();
        Assert.Equal(one, store.Aggregate(shape.Query(degree: 2)).ToList());
        Assert.Equal(one, store.Aggregate(shape.Query(degree: 3)).ToList());
        Assert.Equal(one, store.Aggregate(shape.Query(degree: 8, minRowsPerTask: 1 << 16)).ToList());
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public void Aggregating_parts_and_merging_equals_aggregating_the_whole(ObservationSet set, QueryShape shape)
    {
        var whole = set.Build().Aggregate(shape.Query());
        var parts = set.Split(3).Select(part => part.Count == 0 ? AggregationResult.Empty : set.Build(part).Aggregate(shape.Query()));
        Assert.Equal(whole.ToList(), AggregationResult.Merge(parts).ToList());
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public void Merge_is_associative_and_commutative_with_the_empty_result_as_identity(ObservationSet set, QueryShape shape)
    {
        var results = set.Split(3).Select(part => part.Count == 0 ? AggregationResult.Empty : set.Build(part).Aggregate(shape.Query())).ToArray();
        var (a, b, c) = (results[0], results[1], results[2]);
        var left = AggregationResult.Merge(AggregationResult.Merge(a, b), c).ToList();
        var right = AggregationResult.Merge(a, AggregationResult.Merge(b, c)).ToList();
        Assert.Equal(left, right);
        Assert.Equal(AggregationResult.Merge(a, b).ToList(), AggregationResult.Merge(b, a).ToList());
        Assert.Equal(a.ToList(), AggregationResult.Merge(a, AggregationResult.Empty).ToList());
        Assert.Equal(a.ToList(), AggregationResult.Merge(AggregationResult.Empty, a).ToList());
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public void Rolling_months_up_to_quarters_then_to_the_year_equals_rolling_them_straight_to_the_year(ObservationSet set, UnitRollUp units)
    {
        var store = set.Build();
        var query = new AggregationQuery { Units = units, Measures = AggregationArbitraries.MonthlyMeasures };
        var direct = store.Aggregate(new AggregationQuery { Periods = PeriodRollUp.FinancialYears, Units = units, Measures = query.Measures });
        var quarters = store.Aggregate(new AggregationQuery { Periods = PeriodRollUp.Quarters, Units = units, Measures = query.Measures });

        // Each quarter's partial aggregate, placed at its months' positions in the financial year, merges into the year.
        var viaQuarters = AggregationResult.FromAggregates(quarters.Select(q =>
        {
            int quarterIndex = ((q.Period.Start.Month + 8) % 12) / 3;
            var year = ReportingPeriod.FinancialYear(q.Period.Start.Month >= 4 ? q.Period.Start.Year : q.Period.Start.Year - 1);
            return new Aggregate(q.MeasureCode, year, q.OrganisationalUnit, q.Breakdown, q.Rule, q.HeldNumerator, q.HeldDenominator,
                new Completeness(q.Completeness.PresentMask << (3 * quarterIndex), 12));
        }));
        Assert.Equal(direct.ToList(), viaQuarters.ToList());
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public void Snapshots_take_the_last_period_flows_sum_and_means_weight_by_periods_present(ObservationSet set)
    {
        var quarters = set.Build().Aggregate(new AggregationQuery { Periods = PeriodRollUp.Quarters, Measures = AggregationArbitraries.MonthlyMeasures });
        foreach (var q in quarters)
        {
            var months = set.Rows.Select(r => r.Observation)
                .Where(o => o.MeasureCode == q.MeasureCode && q.Period.Contains(o.Period.Start))
                .GroupBy(o => o.Period)
                .OrderBy(g => g.Key)
                .Select(g => (Numerator: g.Sum(o => o.Numerator), Denominator: g.Sum(o => o.Denominator ?? 0)))
                .ToList();
            Assert.Equal(months.Count, q.Completeness.PeriodsPresent);
            switch (q.Rule.NumeratorRule)
            {
                case TemporalRule.Sum:
                    Assert.Equal(months.Sum(m => m.Numerator), q.Numerator);
                    break;
                case TemporalRule.Last:
                    Assert.Equal(months[^1].Numerator, q.Numerator);
                    break;
                case TemporalRule.Mean:
                    Assert.Equal(months.Sum(m => (decimal)m.Numerator) / months.Count, q.Numerator);
                    break;
            }

            if (q.Rule.DenominatorRule is TemporalRule d)
            {
                decimal expected = d switch
                {
                    TemporalRule.Sum => months.Sum(m => m.Denominator),
                    TemporalRule.Last => months[^1].Denominator,
                    _ => months.Sum(m => (decimal)m.Denominator) / months.Count,
                };
                Assert.Equal(expected, q.Denominator!.Value);

                // A ratio is recomputed from the aggregated parts, never averaged.
                if (expected != 0)
                {
                    Assert.Equal(q.Numerator / expected, q.Ratio!.Value);
                }
            }
        }
    }
}
