using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Time;
using Measures.Observations;

namespace Measures.Tests.Aggregation;

/// <summary>
/// Many teams to a council: the core finds each council's teams by binary search when teams of a
/// council sit together in the store's order, and reads each row's team otherwise; both must equal
/// the reference.
/// </summary>
public sealed class UnitRollUpTests
{
    private static readonly Dictionary<string, AggregationRule> Rules = new(StringComparer.Ordinal)
    {
        ["ADOPT"] = AggregationRule.Count(TemporalRule.Sum),
        ["PLAN"] = AggregationRule.Proportion(TemporalRule.Last),
        ["S47"] = AggregationRule.RateOfFlow(TemporalRule.Last),
    };

    [Theory]
    [InlineData(true, 1)]
    [InlineData(true, 2)]
    [InlineData(false, 1)]
    [InlineData(false, 2)]
    public void Many_teams_roll_up_into_their_councils_as_the_reference_does(bool councilsTogether, int threads)
    {
        var random = new Random(11);
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<Row>();
        for (int team = 0; team < 64; team++)
        {
            string name = string.Create(CultureInfo.InvariantCulture, $"Team {team:D2}");
            int council = councilsTogether ? team / 16 : team % 4;
            parents[name] = string.Create(CultureInfo.InvariantCulture, $"Council {council}");
            foreach (var code in Rules.Keys)
            {
                for (int month = 1; month <= 12; month++)
                {
                    if (random.Next(10) == 0)
                    {
                        continue; // some teams miss some months
                    }

                    long n = random.Next(0, 50);
                    long? d = code == "ADOPT" ? null : code == "PLAN" ? n + random.Next(0, 50) : random.Next(1000, 2000);
                    rows.Add(new Row(new Observation(code, ReportingPeriod.Month(2022, month), n, d, name), string.Empty));
                }
            }
        }

        var hierarchy = new OrganisationalHierarchy(parents);
        var store = ObservationStore.Create(Rules, rows.Select(r => r.Observation)).Value;
        foreach (var periods in new[] { PeriodRollUp.AsReported, PeriodRollUp.Quarters, PeriodRollUp.RollingMonths(12) })
        {
            var units = UnitRollUp.ToLevel(hierarchy, 0);
            var expected = ReferenceAggregator.Aggregate(Rules, rows, periods, units, byBreakdown: false);
            var actual = store.Aggregate(new AggregationQuery { Periods = periods, Units = units, MaxDegreeOfParallelism = threads, MinRowsPerTask = 1 });
            Assert.Equal(expected, actual.ToList());
        }
    }
}
