using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Observations;
using Measures.Time;

namespace Measures.Tests.Aggregation;

/// <summary>Every sum the store gives is exact, or the store refuses the measure and says where; nothing wraps round.</summary>
public sealed class ExactSumTests
{
    private static readonly Dictionary<string, AggregationRule> Rules = new()
    {
        ["KIDS"] = AggregationRule.Count(TemporalRule.Sum),
        ["SHARE"] = AggregationRule.Proportion(TemporalRule.Sum),
        ["S47"] = AggregationRule.RateOfFlow(TemporalRule.Mean),
    };

    [Fact]
    public void Sixteen_teams_of_two_to_the_sixty_are_refused_not_added_up_to_zero()
    {
        var observations = Enumerable.Range(0, 16).Select(t => new Observation("KIDS", ReportingPeriod.Month(2024, 3), 1L << 60, null, "Team " + t));
        var result = ObservationStore.Create(Rules, observations);
        Assert.False(result.Success);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(DataProblemKind.TooLarge, problem.Kind);
        Assert.Equal("KIDS for 2024-03", problem.Subject);
        Assert.Contains("the numerators of KIDS up to this period add up to 18,446,744,073,709,551,616", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_refusal_names_the_period_where_the_total_first_passes_the_limit()
    {
        long half = long.MaxValue / 2;
        Observation[] observations =
        [
            new("KIDS", ReportingPeriod.Month(2024, 3), 10, null),
            new("KIDS", ReportingPeriod.Month(2024, 1), half, null),
            new("KIDS", ReportingPeriod.Month(2024, 2), half + 10, null),
        ];
        var problem = Assert.Single(ObservationStore.Create(Rules, observations).Problems);
        Assert.Equal("KIDS for 2024-02", problem.Subject);
    }

    [Fact]
    public void Figures_that_add_up_to_exactly_the_limit_are_kept_and_summed_exactly()
    {
        long rest = long.MaxValue - (1L << 62);
        var store = ObservationStore.Create(Rules, [new Observation("KIDS", ReportingPeriod.Month(2024, 1), 1L << 62, null), new Observation("KIDS", ReportingPeriod.Month(2024, 2), rest, null)]).Value;
        Assert.Equal(long.MaxValue, store.Aggregate(PeriodRollUp.FinancialYears).Single().HeldNumerator);
    }

    [Fact]
    public void A_mean_of_snapshots_too_large_to_work_out_is_a_data_problem_not_an_overflow()
    {
        // A rate of a flow against a mean population: the summed events are scaled by the two months, which cannot fit here.
        Observation[] observations =
        [
            new("S47", ReportingPeriod.Month(2024, 1), long.MaxValue / 2, 1000),
            new("S47", ReportingPeriod.Month(2024, 2), 10, 1000),
        ];
        var aggregate = ObservationStore.Create(Rules, observations).Value.Aggregate(PeriodRollUp.Quarters).Single();
        var thrown = Assert.Throws<DataProblemException>(() => aggregate.ValueOf(MeasureValueType.Rate(10_000)));
        Assert.Equal(DataProblemKind.TooLarge, thrown.Problems.Single().Kind);
    }

    public static Arbitrary<Observation[]> LargeCounts() =>
        Gen.Choose(1, 40).SelectMany(n => Gen.ArrayOf(Row, n)).ToArbitrary();

    private static readonly Gen<long> Figure =
        Gen.OneOf(Gen.Choose(0, 1000).Select(i => (long)i), Gen.Choose(0, 64).Select(shift => shift == 64 ? long.MaxValue : (1L << Math.Min(shift, 62)) - 1), Gen.Choose(0, int.MaxValue).Select(i => (long)i << 31));

    private static readonly Gen<Observation> Row =
        from figure in Figure
        from month in Gen.Choose(1, 12)
        from team in Gen.Choose(0, 5)
        select new Observation("KIDS", ReportingPeriod.Month(2023, month), figure, null, "T" + team);

    [Property(Arbitrary = [typeof(ExactSumTests)], MaxTest = 300)]
    public Property Sums_over_any_counts_are_exact_or_refused(Observation[] rows)
    {
        // Duplicate keys are a different refusal; keep the first of each.
        var distinct = rows.DistinctBy(o => (o.Period, o.OrganisationalUnit)).ToArray();
        Int128 total = distinct.Aggregate(Int128.Zero, (sum, o) => sum + o.Numerator);
        var result = ObservationStore.Create(Rules, distinct);
        if (total > long.MaxValue)
        {
            return (!result.Success && result.Problems.Single().Kind == DataProblemKind.TooLarge).Label("a total beyond a long is refused as too large");
        }

        if (!result.Success)
        {
            return false.Label("figures that fit are kept: " + result);
        }

        var store = result.Value;
        var year = store.Aggregate(PeriodRollUp.CalendarYears).Single();
        var months = store.Aggregate(PeriodRollUp.AsReported);
        var teams = store.Aggregate(new AggregationQuery { Units = UnitRollUp.EachUnit, Periods = PeriodRollUp.CalendarYears });
        return ((Int128)year.HeldNumerator == total).Label("the year's sum is the exact total")
            .And(months.All(m => (Int128)m.HeldNumerator == distinct.Where(o => o.Period == m.Period).Aggregate(Int128.Zero, (s, o) => s + o.Numerator)).Label("each month's sum is exact"))
            .And(teams.All(t => (Int128)t.HeldNumerator == distinct.Where(o => o.OrganisationalUnit == t.OrganisationalUnit).Aggregate(Int128.Zero, (s, o) => s + o.Numerator)).Label("each team's sum is exact"));
    }
}
