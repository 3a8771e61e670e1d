using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Aggregation;
using Measures.Observations;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Aggregation;

/// <summary>
/// Values given without counts and figures for windows are kept apart from the series: on random observation sets,
/// adding any number of them changes no aggregate of any roll-up, and every one of them is kept, once.
/// </summary>
public sealed class KeptApartProperties
{
    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public Property A_value_without_counts_never_enters_a_sum(ObservationSet set, QueryShape shape, int seed)
    {
        var values = Values(set, seed);
        return Unchanged(set, shape, values);
    }

    [Property(Arbitrary = [typeof(AggregationArbitraries)])]
    public Property A_windows_figure_is_never_counted_again_with_its_months(ObservationSet set, QueryShape shape, int seed)
    {
        var windows = Windows(set, seed);
        return Unchanged(set, shape, windows);
    }

    private static Property Unchanged(ObservationSet set, QueryShape shape, IReadOnlyList<Observation> keptApart)
    {
        var without = set.Build().Aggregate(shape.Query()).ToList();
        var builder = new ObservationStoreBuilder(AggregationArbitraries.Rules, set.PartialCounts ? DuplicateObservations.SumAsPartialCounts : DuplicateObservations.Reject);
        foreach (var row in set.Rows)
        {
            builder.Add(row.Observation, row.Breakdown);
        }

        foreach (var figure in keptApart)
        {
            builder.Add(figure);
        }

        var built = builder.Build();
        if (!built.Success)
        {
            return false.Label("the store refused: " + built);
        }

        var store = built.Value;
        var with = store.Aggregate(shape.Query()).ToList();
        return without.SequenceEqual(with).Label("every aggregate is as without the figures kept apart")
            .And((store.Count == set.Build().Count).Label("the store's rows are the series' rows only"))
            .And(store.ReportedFigures.OrderBy(Key).SequenceEqual(keptApart.OrderBy(Key)).Label("every figure kept apart is kept, once"));
    }

    private static string Key(Observation o) => $"{o.MeasureCode}|{o.Period}|{o.OrganisationalUnit}";

    // A value for some of the months and units the set has no row for, so none duplicates a row.
    private static List<Observation> Values(ObservationSet set, int seed)
    {
        var random = new Random(seed);
        var taken = set.Rows.Select(r => (r.Observation.MeasureCode, r.Observation.Period, r.Observation.OrganisationalUnit)).ToHashSet();
        string[] units = ["", "Team A", "Team C"];
        var values = new List<Observation>();
        foreach (var code in AggregationArbitraries.MonthlyMeasures)
        {
            for (int i = 0; i < 6; i++)
            {
                var month = ReportingPeriod.Month(2021 + random.Next(3), 1 + random.Next(12));
                string unit = units[random.Next(units.Length)];
                if (taken.Add((code, month, unit)))
                {
                    decimal value = Math.Round((decimal)random.NextDouble() * 100m, random.Next(3));
                    values.Add(Observation.ValueOnly(code, month, value, unit));
                }
            }
        }

        return values;
    }

    // Rolling windows, years to date and date ranges over the same months as the rows, with counts.
    private static List<Observation> Windows(ObservationSet set, int seed)
    {
        var random = new Random(seed);
        var windows = new List<Observation>();
        var seen = new HashSet<(string, ReportingPeriod, string)>();
        foreach (var row in set.Rows.Where(r => r.Breakdown.Length == 0).Take(20))
        {
            var end = row.Observation.Period.EndMonth;
            ReportingPeriod window = random.Next(4) switch
            {
                0 => ReportingPeriod.RollingMonths(1 + random.Next(24), end),
                1 => ReportingPeriod.FinancialYearToDate(end),
                2 => ReportingPeriod.CalendarYearToDate(end),
                _ => ReportingPeriod.DateRange(row.Observation.Period.Start.PlusDays(-random.Next(90)), row.Observation.Period.End),
            };
            var rule = AggregationArbitraries.Rules[row.Observation.MeasureCode];
            long numerator = random.Next(50);
            long? denominator = rule.HasDenominator ? numerator + random.Next(50) : null;
            if (seen.Add((row.Observation.MeasureCode, window, row.Observation.OrganisationalUnit)))
            {
                windows.Add(new Observation(row.Observation.MeasureCode, window, numerator, denominator, row.Observation.OrganisationalUnit));
            }
        }

        return windows;
    }
}
