using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Time;
using Measures.Observations;

namespace Measures.Tests.Aggregation;

/// <summary>Building a store: what is accepted, what is refused and how it is reported.</summary>
public sealed class ObservationStoreTests
{
    private static readonly Dictionary<string, AggregationRule> Rules = new()
    {
        ["ADOPT"] = AggregationRule.Count(TemporalRule.Sum),
        ["EHCP20"] = AggregationRule.Proportion(TemporalRule.Sum),
        ["S47"] = AggregationRule.RateOfFlow(TemporalRule.Last),
        ["QF"] = AggregationRule.Count(TemporalRule.Sum, PeriodType.Quarter),
    };

    private static readonly ReportingPeriod Jan21 = ReportingPeriod.Month(2021, 1);

    private static DataProblemException Refused(params Observation[] observations) =>
        Assert.Throws<DataProblemException>(() => ObservationStore.Create(Rules, observations).Value);

    [Fact]
    public void A_file_loaded_twice_is_refused_with_the_duplicated_key()
    {
        var once = new[] { new Observation("ADOPT", Jan21, 3, null, "Team 1"), new Observation("ADOPT", Jan21, 2, null, "Team 2") };
        var ex = Assert.Throws<DataProblemException>(() => ObservationStore.Create(Rules, once.Concat(once)).Value);
        Assert.Equal(2, ex.ProblemCount);
        var problem = ex.Problems[0];
        Assert.Equal(DataProblemKind.Duplicate, problem.Kind);
        Assert.Equal("ADOPT for 2021-01, unit 'Team 1'", problem.Subject);
        Assert.StartsWith("ADOPT for 2021-01, unit 'Team 1': it appears more than once", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicates_declared_partial_counts_are_added()
    {
        var store = new ObservationStoreBuilder(Rules, DuplicateObservations.SumAsPartialCounts)
            .Add(new Observation("ADOPT", Jan21, 3, null, "Team 1"))
            .Add(new Observation("ADOPT", Jan21, 2, null, "Team 1"))
            .Build().Value;
        Assert.Equal(5, store.Aggregate(PeriodRollUp.AsReported).Single().Numerator);
    }

    [Fact]
    public void Unknown_measures_are_refused_by_code()
    {
        var problem = Refused(new Observation("CSC-99", Jan21, 1, null)).Problems.Single();
        Assert.Equal(DataProblemKind.UnknownMeasure, problem.Kind);
        Assert.StartsWith("CSC-99 for ", problem.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_that_does_not_fit_the_frequency_is_refused()
    {
        var ex = Refused(new Observation("ADOPT", ReportingPeriod.Quarter(2020, 1), 1, null), new Observation("QF", Jan21, 1, null));
        Assert.All(ex.Problems, p => Assert.Equal(DataProblemKind.PeriodDoesNotFitFrequency, p.Kind));
        Assert.Equal("the measure's observations are for months; this one is for a quarter.", ex.Problems[0].Message);
        Assert.Equal("ADOPT for 2020/21 Q1, the whole council", ex.Problems[0].Subject);
    }

    [Fact]
    public void A_numerator_above_its_denominator_is_refused_where_the_measure_forbids_it()
    {
        var problem = Refused(new Observation("EHCP20", Jan21, 94, 93)).Problems.Single();
        Assert.Equal(DataProblemKind.NumeratorAboveDenominator, problem.Kind);
        Assert.Contains("numerator 94 is above the denominator 93", problem.Message, StringComparison.Ordinal);

        // A rate of a flow may have more events than... no: its numerator is not bounded by the population rule.
        Assert.Equal(1, ObservationStore.Create(Rules, new[] { new Observation("S47", Jan21, 94, 93) }).Value.Count);
    }

    [Fact]
    public void Missing_and_unexpected_denominators_are_refused()
    {
        var ex = Refused(new Observation("EHCP20", Jan21, 1, null), new Observation("ADOPT", Jan21, 1, 2));
        Assert.Equal([DataProblemKind.MissingDenominator, DataProblemKind.UnexpectedDenominator], ex.Problems.Select(p => p.Kind));
    }

    [Fact]
    public void A_whole_population_figure_beside_breakdown_figures_is_refused()
    {
        var builder = new ObservationStoreBuilder(Rules)
            .Add(new Observation("ADOPT", Jan21, 5, null))
            .Add(new Observation("ADOPT", Jan21, 2, null), "Under 5")
            .Add(new Observation("ADOPT", Jan21, 3, null), "5 to 17");
        var result = builder.Build();
        Assert.False(result.Success);
        Assert.False(result.TryGetValue(out var store));
        Assert.Null(store);
        Assert.Equal(DataProblemKind.TotalBesideBreakdown, result.Problems.Single().Kind);
        Assert.EndsWith(", breakdown '5 to 17'", result.Problems.Single().Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unset_observation_is_refused_not_crashed_on()
    {
        var problem = Refused(default(Observation)).Problems.Single();
        Assert.Equal(DataProblemKind.UnknownMeasure, problem.Kind);
        Assert.Contains("unset", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void At_most_a_hundred_problems_are_listed_but_all_are_counted()
    {
        var ex = Refused([.. Enumerable.Range(0, 250).Select(i => new Observation("NOPE", Jan21, i, null))]);
        Assert.Equal(100, ex.Problems.Count);
        Assert.Equal(250, ex.ProblemCount);
        Assert.Equal(250, Assert.Single(ex.ProblemCountsByKind, k => k.Key == DataProblemKind.UnknownMeasure).Value);
    }

    [Fact]
    public void A_sequence_is_enumerated_once_and_at_once()
    {
        var source = new CountingSequence(Enumerable.Range(1, 10).Select(i => new Observation("ADOPT", ReportingPeriod.Month(2020, i), i, null)));
        var builder = new ObservationStoreBuilder(Rules).AddRange(source);
        Assert.Equal(1, source.Enumerations);
        Assert.Equal(10, builder.Count);
        Assert.Equal(55, builder.Build().Value.Aggregate(PeriodRollUp.CalendarYears).Single().Numerator);
        Assert.Equal(1, source.Enumerations);
    }

    [Fact]
    public void Arguments_are_checked_eagerly()
    {
        Assert.Throws<ArgumentNullException>(() => new ObservationStoreBuilder(null!));
        Assert.Throws<ArgumentNullException>(() => new ObservationStoreBuilder(Rules).AddRange((IEnumerable<Observation>)null!));
        Assert.Throws<ArgumentNullException>(() => new ObservationStoreBuilder(Rules).Add(new Observation("ADOPT", Jan21, 1, null), null!));
    }

    [Fact]
    public void A_builder_builds_once()
    {
        var builder = new ObservationStoreBuilder(Rules);
        builder.Build();
        Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Throws<InvalidOperationException>(() => builder.Add(new Observation("ADOPT", Jan21, 1, null)));
    }

    [Fact]
    public void Spans_arrays_lists_and_sequences_build_the_same_store()
    {
        var observations = Enumerable.Range(0, 40).Select(i => new Observation("ADOPT", ReportingPeriod.Month(2020 + (i / 12), (i % 12) + 1), i, null, $"Team {i % 3}")).ToArray();
        var fromSpan = ObservationStore.Create(Rules, observations.AsSpan()).Value.Aggregate(PeriodRollUp.Quarters).ToList();
        Assert.Equal(fromSpan, ObservationStore.Create(Rules, observations).Value.Aggregate(PeriodRollUp.Quarters).ToList());
        Assert.Equal(fromSpan, ObservationStore.Create(Rules, observations.ToList()).Value.Aggregate(PeriodRollUp.Quarters).ToList());
        Assert.Equal(fromSpan, ObservationStore.Create(Rules, observations.Select(o => o)).Value.Aggregate(PeriodRollUp.Quarters).ToList());
    }

    [Fact]
    public void Figures_too_large_for_32_bits_are_held_in_64()
    {
        var big = 3_000_000_000L;
        var store = ObservationStore.Create(Rules, new[] { new Observation("ADOPT", Jan21, big, null, "A"), new Observation("ADOPT", Jan21, big, null, "B") }).Value;
        Assert.Equal(2 * big, store.Aggregate(PeriodRollUp.AsReported).Single().HeldNumerator);
        Assert.Equal(2 * big, store.Aggregate(PeriodRollUp.AsReported, UnitRollUp.EachUnit).Sum(a => a.HeldNumerator));
    }

    [Fact]
    public void A_roll_up_the_frequency_does_not_allow_is_refused_by_measure()
    {
        var store = ObservationStore.Create(Rules, new[] { new Observation("QF", ReportingPeriod.Quarter(2020, 1), 1, null) }).Value;
        var ex = Assert.Throws<DataProblemException>(() => store.Aggregate(PeriodRollUp.RollingMonths(12)));
        Assert.Equal(DataProblemKind.PeriodDoesNotFitFrequency, Assert.Single(ex.Problems).Kind);
        Assert.Contains("QF: it is reported by Quarter", ex.Message, StringComparison.Ordinal);
        Assert.Single(store.Aggregate(PeriodRollUp.FinancialYears));
    }

    [Fact]
    public void Measures_can_be_chosen_and_unknown_ones_are_named()
    {
        var store = ObservationStore.Create(Rules, new[] { new Observation("ADOPT", Jan21, 1, null), new Observation("S47", Jan21, 1, 100) }).Value;
        Assert.Equal(["S47"], store.Aggregate(new AggregationQuery { Measures = ["S47"] }).Select(a => a.MeasureCode));
        var ex = Assert.Throws<KeyNotFoundException>(() => store.Aggregate(new AggregationQuery { Measures = ["CSC-07"] }));
        Assert.Contains("CSC-07", ex.Message, StringComparison.Ordinal);
        Assert.Equal(AggregationRule.RateOfFlow(TemporalRule.Last), store.RuleOf("S47"));
    }

    private sealed class CountingSequence(IEnumerable<Observation> inner) : IEnumerable<Observation>
    {
        public int Enumerations { get; private set; }

        public IEnumerator<Observation> GetEnumerator()
        {
            Enumerations++;
            return inner.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
