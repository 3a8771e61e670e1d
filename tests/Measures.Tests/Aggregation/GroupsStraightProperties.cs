using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck.Xunit;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Observations;
using Measures.Time;

namespace Measures.Tests.Aggregation;

/// <summary>
/// Teams to councils with long runs, where each council's teams are found by searching a run's sorted units and written
/// straight into the result: the same aggregates as the reference, at one thread or several.
/// </summary>
public sealed class GroupsStraightProperties
{
    private static readonly Dictionary<string, AggregationRule> Rules = new(StringComparer.Ordinal)
    {
        ["CIN"] = AggregationRule.Count(TemporalRule.Sum),
        ["REP"] = AggregationRule.Proportion(TemporalRule.Sum),
        ["S47"] = AggregationRule.RateOfFlow(TemporalRule.Last),
    };

    [Property(MaxTest = 60)]
    public void Teams_to_councils_equal_the_reference_at_any_thread_count(int seed, bool interleaved, byte density)
    {
        // 96 teams, 12 to a council in two localities; interleaved names put councils' teams apart (no straight path).
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        var teams = new string[96];
        for (int t = 0; t < teams.Length; t++)
        {
            int council = interleaved ? t % 8 : t / 12;
            teams[t] = string.Create(CultureInfo.InvariantCulture, $"Team {t:D2}");
            string locality = string.Create(CultureInfo.InvariantCulture, $"Council {council} locality {t % 2}");
            parents[teams[t]] = locality;
            parents[locality] = string.Create(CultureInfo.InvariantCulture, $"Council {council}");
        }

        var hierarchy = new OrganisationalHierarchy(parents);
        var random = new Random(seed);
        int keep = 20 + (density % 81);
        var rows = new List<Row>();
        foreach (var (code, rule) in Rules)
        {
            for (int month = 0; month < 5; month++)
            {
                foreach (var team in teams)
                {
                    if (random.Next(100) < keep)
                    {
                        long n = random.Next(0, 50);
                        long? d = rule.HasDenominator ? n + random.Next(0, 50) : null;
                        rows.Add(new Row(new Observation(code, ReportingPeriod.Month(2022, month + 1), n, d, team), string.Empty));
                    }
                }
            }
        }

        var units = UnitRollUp.ToLevel(hierarchy, 0);
        var expected = ReferenceAggregator.Aggregate(Rules, rows, PeriodRollUp.AsReported, units, byBreakdown: false);
        var shuffled = rows.Select(r => r.Observation).ToArray();
        random.Shuffle(shuffled);
        var store = ObservationStore.Create(Rules, shuffled).Value;
        foreach (var (degree, minRows) in new[] { (1, 1 << 16), (2, 1), (3, 1) })
        {
            var query = new AggregationQuery { Units = units, MaxDegreeOfParallelism = degree, MinRowsPerTask = minRows };
            Assert.Equal(expected, store.Aggregate(query).ToList());
        }
    }
}
