using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Time;
using Measures.Observations;

namespace Measures.Tests.Aggregation;

/// <summary>
/// A random set of observations over a small children's-services universe: measures under every
/// rule, 36 months (and a quarterly measure), four teams in two localities of one council, and two
/// age bands for some measures. <see cref="Seed"/> drives shuffles and splits made from it.
/// </summary>
public sealed record ObservationSet(Row[] Rows, bool PartialCounts, int Seed)
{
    /// <summary>Gets the rows in a random order of their own.</summary>
    public Row[] Shuffled(int salt)
    {
        var copy = (Row[])Rows.Clone();
        new Random(Seed ^ salt).Shuffle(copy);
        return copy;
    }

    /// <summary>Splits the rows into <paramref name="parts"/> random parts (some may be empty).</summary>
    public List<Row>[] Split(int parts)
    {
        var random = new Random(Seed ^ 0x5EED);
        var result = Enumerable.Range(0, parts).Select(_ => new List<Row>()).ToArray();
        foreach (var row in Rows)
        {
            result[random.Next(parts)].Add(row);
        }

        return result;
    }

    public ObservationStore Build(IEnumerable<Row>? rows = null)
    {
        var builder = new ObservationStoreBuilder(AggregationArbitraries.Rules, PartialCounts ? DuplicateObservations.SumAsPartialCounts : DuplicateObservations.Reject);
        foreach (var row in rows ?? Rows)
        {
            builder.Add(row.Observation, row.Breakdown);
        }

        return builder.Build().Value;
    }

    public override string ToString() => $"{Rows.Length} rows (seed {Seed}, partial counts {PartialCounts})";
}

/// <summary>The shape of a query: periods, units and breakdowns.</summary>
public sealed record QueryShape(PeriodRollUp Periods, UnitRollUp Units, bool ByBreakdown)
{
    /// <summary>Gets the measures the roll-up applies to: all of them, or only the monthly ones.</summary>
    public IReadOnlyCollection<string> Measures =>
        Periods.Equals(PeriodRollUp.AsReported) || Periods.Equals(PeriodRollUp.FinancialYears) || Periods.Equals(PeriodRollUp.CalendarYears)
            ? [.. AggregationArbitraries.Rules.Keys]
            : AggregationArbitraries.MonthlyMeasures;

    public AggregationQuery Query(int degree = 2, int minRowsPerTask = 1) => new()
    {
        Periods = Periods,
        Units = Units,
        ByBreakdown = ByBreakdown,
        Measures = Measures,
        MaxDegreeOfParallelism = degree,
        MinRowsPerTask = minRowsPerTask,
    };

    public override string ToString() => $"{Periods}, {Units}, by breakdown {ByBreakdown}";
}

/// <summary>The named arbitraries of the aggregation area.</summary>
public static class AggregationArbitraries
{
    /// <summary>Gets the rules of the universe: a flow, a snapshot, an averaged snapshot, rates of a flow, proportions, a quarterly flow.</summary>
    public static IReadOnlyDictionary<string, AggregationRule> Rules { get; } = new Dictionary<string, AggregationRule>(StringComparer.Ordinal)
    {
        ["ADOPT"] = AggregationRule.Count(TemporalRule.Sum),                  // adoptions: a flow
        ["LAC"] = AggregationRule.Count(TemporalRule.Last),                   // looked-after children: a snapshot
        ["NEET"] = AggregationRule.Proportion(TemporalRule.Mean),             // NEET: mean of snapshots
        ["S47"] = AggregationRule.RateOfFlow(TemporalRule.Last),              // section 47s per 10,000: population as at the end
        ["REOFFEND"] = AggregationRule.RateOfFlow(TemporalRule.Mean),         // a flow over a mean population
        ["EHCP20"] = AggregationRule.Proportion(TemporalRule.Sum),            // EHCPs within 20 weeks: a flow proportion
        ["PLAN"] = AggregationRule.Proportion(TemporalRule.Last),             // % with an up-to-date plan: a snapshot proportion
        ["QFLOW"] = AggregationRule.Count(TemporalRule.Sum, PeriodType.Quarter), // a flow reported by quarter
    };

    /// <summary>Gets the monthly measures (every roll-up applies to them).</summary>
    public static IReadOnlyList<string> MonthlyMeasures { get; } = [.. Rules.Where(r => r.Value.Frequency == PeriodType.Month).Select(r => r.Key)];

    /// <summary>Gets the hierarchy: four teams, two localities, one council.</summary>
    public static OrganisationalHierarchy Hierarchy { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Team A"] = "North",
        ["Team B"] = "North",
        ["Team C"] = "South",
        ["Team D"] = "South",
        ["North"] = "Council",
        ["South"] = "Council",
    });

    private static readonly string[] Teams = ["Team A", "Team B", "Team C", "Team D"];
    private static readonly string[] AgeBands = ["Under 5", "5 to 17"];

    /// <summary>Observation sets of every density, from almost empty to almost full, a third with partial counts.</summary>
    public static Arbitrary<ObservationSet> ObservationSets() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from density in Gen.Choose(1, 100)
         from partial in Gen.Choose(0, 2)
         select Make(seed, density, partial == 0)).ToArbitrary();

    /// <summary>Every period roll-up, unit grouping and breakdown choice.</summary>
    public static Arbitrary<QueryShape> QueryShapes() =>
        (from periods in Gen.Elements(PeriodRollUps)
         from units in Gen.Elements(AllUnitRollUps)
         from byBreakdown in Gen.Elements(false, true)
         select new QueryShape(periods, units, byBreakdown)).ToArbitrary();

    /// <summary>Every unit grouping: all units, each unit, localities, the council.</summary>
    public static Arbitrary<UnitRollUp> UnitGroupings() => Gen.Elements(AllUnitRollUps).ToArbitrary();

    /// <summary>Gets every period roll-up worth testing.</summary>
    public static PeriodRollUp[] PeriodRollUps { get; } =
    [
        PeriodRollUp.AsReported, PeriodRollUp.Quarters, PeriodRollUp.FinancialYears, PeriodRollUp.CalendarYears, PeriodRollUp.AcademicYears,
        PeriodRollUp.RollingMonths(12), PeriodRollUp.RollingMonths(3), PeriodRollUp.FinancialYearToDate, PeriodRollUp.AcademicYearToDate,
        PeriodRollUp.CalendarYearToDate,
    ];

    /// <summary>Gets every unit grouping worth testing: all, each, localities, council.</summary>
    public static UnitRollUp[] AllUnitRollUps { get; } = [UnitRollUp.AllUnits, UnitRollUp.EachUnit, UnitRollUp.ToLevel(Hierarchy, 1), UnitRollUp.ToLevel(Hierarchy, 0)];

    private static ObservationSet Make(int seed, int densityPercent, bool partialCounts)
    {
        var random = new Random(seed);
        var rows = new List<Row>();
        foreach (var (code, rule) in Rules.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            bool withBands = code is "ADOPT" or "EHCP20";
            var periods = rule.Frequency == PeriodType.Month
                ? Enumerable.Range(0, 36).Select(i => ReportingPeriod.Month(2019 + (i / 12), (i % 12) + 1))
                : Enumerable.Range(0, 12).Select(i => ReportingPeriod.Quarter(2019 + (i / 4), (i % 4) + 1));
            foreach (var period in periods)
            {
                foreach (var team in Teams)
                {
                    foreach (var band in withBands ? AgeBands : [string.Empty])
                    {
                        int copies = random.Next(100) < densityPercent ? (partialCounts && random.Next(4) == 0 ? 2 : 1) : 0;
                        for (int c = 0; c < copies; c++)
                        {
                            rows.Add(new Row(Figures(code, rule, period, team, random), band));
                        }
                    }
                }
            }
        }

        return new ObservationSet([.. rows], partialCounts, seed);
    }

    private static Observation Figures(string code, AggregationRule rule, ReportingPeriod period, string team, Random random)
    {
        long numerator = random.Next(0, 40);
        long? denominator = rule.DenominatorRule switch
        {
            null => null,
            _ when rule.NumeratorAtMostDenominator => numerator + random.Next(0, 40),
            _ => random.Next(900, 1100), // a population
        };
        return new Observation(code, period, numerator, denominator, team);
    }
}
