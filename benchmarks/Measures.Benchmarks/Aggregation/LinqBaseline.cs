using System.Collections.Generic;
using System.Linq;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Time;
using Measures.Observations;

namespace Measures.Benchmarks.Aggregation;

/// <summary>One group of the LINQ baseline's answer.</summary>
public readonly record struct LinqRow(string MeasureCode, ReportingPeriod Period, string Unit, long Numerator, long Denominator, int MonthsPresent);

/// <summary>The plain LINQ way: GroupBy over the observations, applying each measure's rules in the group.</summary>
public static class LinqBaseline
{
    /// <summary>(measure, month) group-by-sum.</summary>
    public static List<LinqRow> GroupBySum(Observation[] observations) =>
        observations
            .GroupBy(o => (o.MeasureCode, o.Period))
            .Select(g => new LinqRow(g.Key.MeasureCode, g.Key.Period, string.Empty, g.Sum(o => o.Numerator), g.Sum(o => o.Denominator ?? 0), 1))
            .ToList();

    /// <summary>Month → financial quarter by each measure's rules.</summary>
    public static List<LinqRow> Quarters(Observation[] observations, IReadOnlyDictionary<string, AggregationRule> rules) =>
        RollUp(observations, rules, QuarterOf);

    /// <summary>Month → financial year by each measure's rules.</summary>
    public static List<LinqRow> FinancialYears(Observation[] observations, IReadOnlyDictionary<string, AggregationRule> rules) =>
        RollUp(observations, rules, p => ReportingPeriod.FinancialYear(p.Start.Month >= 4 ? p.Start.Year : p.Start.Year - 1));

    /// <summary>Rolling 12-month windows ending with each month that has data in its window.</summary>
    public static List<LinqRow> Rolling12(Observation[] observations, IReadOnlyDictionary<string, AggregationRule> rules)
    {
        var result = new List<LinqRow>();
        var months = observations
            .GroupBy(o => (o.MeasureCode, o.Period))
            .Select(g => (g.Key.MeasureCode, g.Key.Period, N: g.Sum(o => o.Numerator), D: g.Sum(o => o.Denominator ?? 0)))
            .GroupBy(m => m.MeasureCode);
        foreach (var measure in months)
        {
            var rule = rules[measure.Key];
            var ordered = measure.OrderBy(m => m.Period).ToList();
            var first = ordered[0].Period.Start;
            var last = ordered[^1].Period.Start.PlusMonths(11);
            for (var end = first; end <= last; end = end.PlusMonths(1))
            {
                var windowStart = end.PlusMonths(-11);
                var inWindow = ordered.Where(m => m.Period.Start >= windowStart && m.Period.Start <= end).ToList();
                if (inWindow.Count == 0)
                {
                    continue;
                }

                var period = ReportingPeriod.DateRange(windowStart, end.PlusMonths(1).PlusDays(-1));
                result.Add(new LinqRow(
                    measure.Key, period, string.Empty,
                    rule.NumeratorRule == TemporalRule.Last ? inWindow[^1].N : inWindow.Sum(m => m.N),
                    rule.DenominatorRule == TemporalRule.Last ? inWindow[^1].D : inWindow.Sum(m => m.D),
                    inWindow.Count));
            }
        }

        return result;
    }

    /// <summary>Teams → councils for each measure and month.</summary>
    public static List<LinqRow> TeamToCouncil(Observation[] observations, IReadOnlyDictionary<string, string> councilOfTeam) =>
        observations
            .GroupBy(o => (o.MeasureCode, o.Period, Council: councilOfTeam[o.OrganisationalUnit]))
            .Select(g => new LinqRow(g.Key.MeasureCode, g.Key.Period, g.Key.Council, g.Sum(o => o.Numerator), g.Sum(o => o.Denominator ?? 0), 1))
            .ToList();

    private static ReportingPeriod QuarterOf(ReportingPeriod month)
    {
        int m = month.Start.Month;
        return ReportingPeriod.Quarter(m >= 4 ? month.Start.Year : month.Start.Year - 1, (((m + 8) % 12) / 3) + 1);
    }

    private static List<LinqRow> RollUp(Observation[] observations, IReadOnlyDictionary<string, AggregationRule> rules, System.Func<ReportingPeriod, ReportingPeriod> target) =>
        observations
            .GroupBy(o => (o.MeasureCode, Target: target(o.Period)))
            .Select(g =>
            {
                var rule = rules[g.Key.MeasureCode];
                var months = g.GroupBy(o => o.Period)
                    .Select(m => (Period: m.Key, N: m.Sum(o => o.Numerator), D: m.Sum(o => o.Denominator ?? 0)))
                    .OrderBy(m => m.Period)
                    .ToList();
                return new LinqRow(
                    g.Key.MeasureCode, g.Key.Target, string.Empty,
                    rule.NumeratorRule == TemporalRule.Last ? months[^1].N : months.Sum(m => m.N),
                    rule.DenominatorRule == TemporalRule.Last ? months[^1].D : months.Sum(m => m.D),
                    months.Count);
            })
            .ToList();
}
