using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Time;
using NodaTime;
using Measures.Observations;

namespace Measures.Tests.Aggregation;

/// <summary>One observation with its breakdown value ("" for the whole population).</summary>
public sealed record Row(Observation Observation, string Breakdown);

/// <summary>
/// A deliberately simple aggregator, written from the rules in plain words and calendar dates
/// rather than ordinals, to check the fast core against: group the rows, add the figures of each
/// period across units, then apply each rule over the periods.
/// </summary>
internal static class ReferenceAggregator
{
    public static List<Aggregate> Aggregate(IReadOnlyDictionary<string, AggregationRule> rules, IEnumerable<Row> rows, PeriodRollUp periods, UnitRollUp units, bool byBreakdown)
    {
        var contributions =
            from row in rows
            let o = row.Observation
            from target in Targets(o.Period, periods)
            select (Key: (o.MeasureCode, Target: target, Unit: UnitOf(o.OrganisationalUnit, units), Breakdown: byBreakdown ? row.Breakdown : string.Empty), Row: o);

        var result = new List<Aggregate>();
        foreach (var group in contributions.GroupBy(c => c.Key))
        {
            var (code, target, unit, breakdown) = group.Key;
            var rule = rules[code];
            var expected = SourcePeriods(target, rule.Frequency);

            // The group's figure in each source period: added across units, breakdowns and partial counts.
            var byPeriod = group.GroupBy(c => c.Row.Period)
                .Select(g => (Period: g.Key, Numerator: g.Sum(c => c.Row.Numerator), Denominator: g.Sum(c => c.Row.Denominator ?? 0)))
                .OrderBy(p => p.Period)
                .ToList();
            ulong mask = 0;
            foreach (var p in byPeriod)
            {
                mask |= 1UL << expected.IndexOf(p.Period);
            }

            long numerator = Apply(rule.NumeratorRule, byPeriod.Select(p => p.Numerator).ToList());
            long denominator = rule.DenominatorRule is { } d ? Apply(d, byPeriod.Select(p => p.Denominator).ToList()) : 0;
            result.Add(new Aggregate(code, target, unit, breakdown, rule, numerator, denominator, new Completeness(mask, expected.Count)));
        }

        return [.. result
            .OrderBy(a => a.MeasureCode, StringComparer.Ordinal)
            .ThenBy(a => a.Period)
            .ThenBy(a => a.OrganisationalUnit, StringComparer.Ordinal)
            .ThenBy(a => a.Breakdown, StringComparer.Ordinal)];
    }

    /// <summary>Sum: the total. Last: the latest period's figure. Mean: the total over the periods present (divided when read).</summary>
    private static long Apply(TemporalRule rule, List<long> figuresInPeriodOrder) => rule switch
    {
        TemporalRule.Last => figuresInPeriodOrder[^1],
        _ => figuresInPeriodOrder.Sum(),
    };

    private static string UnitOf(string unit, UnitRollUp units) => units.Hierarchy is { } h
        ? h.AncestorAt(unit, units.Level)
        : ReferenceEquals(units, UnitRollUp.EachUnit) ? unit : string.Empty;

    public static IEnumerable<ReportingPeriod> Targets(ReportingPeriod source, PeriodRollUp periods)
    {
        var start = source.Start;
        int fy = start.Month >= 4 ? start.Year : start.Year - 1;
        int ay = start.Month >= 9 ? start.Year : start.Year - 1;
        if (periods.Equals(PeriodRollUp.AsReported))
        {
            yield return source;
        }
        else if (periods.Equals(PeriodRollUp.Quarters))
        {
            yield return ReportingPeriod.Quarter(fy, (((start.Month + 8) % 12) / 3) + 1);
        }
        else if (periods.Equals(PeriodRollUp.FinancialYears))
        {
            yield return ReportingPeriod.FinancialYear(fy);
        }
        else if (periods.Equals(PeriodRollUp.CalendarYears))
        {
            yield return ReportingPeriod.CalendarYear(start.Year);
        }
        else if (periods.Equals(PeriodRollUp.AcademicYears))
        {
            yield return ReportingPeriod.AcademicYear(ay);
        }
        else if (periods.Equals(PeriodRollUp.FinancialYearToDate) || periods.Equals(PeriodRollUp.AcademicYearToDate) || periods.Equals(PeriodRollUp.CalendarYearToDate))
        {
            // A month is in the year to date ending with it and with each later month of its year.
            var yearStart = periods.Equals(PeriodRollUp.FinancialYearToDate) ? new LocalDate(fy, 4, 1)
                : periods.Equals(PeriodRollUp.AcademicYearToDate) ? new LocalDate(ay, 9, 1)
                : new LocalDate(start.Year, 1, 1);
            for (var end = start; end < yearStart.PlusYears(1); end = end.PlusMonths(1))
            {
                var month = new YearMonth(end.Year, end.Month);
                yield return periods.Equals(PeriodRollUp.FinancialYearToDate) ? ReportingPeriod.FinancialYearToDate(month)
                    : periods.Equals(PeriodRollUp.AcademicYearToDate) ? ReportingPeriod.AcademicYearToDate(month)
                    : ReportingPeriod.CalendarYearToDate(month);
            }
        }
        else
        {
            // Rolling windows of N months ending with each month from this one to N − 1 months later.
            for (int k = 0; k < periods.Months; k++)
            {
                var endMonth = start.PlusMonths(k);
                yield return ReportingPeriod.RollingMonths(periods.Months, new YearMonth(endMonth.Year, endMonth.Month));
            }
        }
    }

    /// <summary>The source periods that make up a target, earliest first.</summary>
    public static List<ReportingPeriod> SourcePeriods(ReportingPeriod target, PeriodType frequency)
    {
        if (target.Type == frequency)
        {
            return [target];
        }

        var list = new List<ReportingPeriod>();
        for (var d = target.Start; d <= target.End; d = d.PlusMonths(frequency == PeriodType.Quarter ? 3 : 1))
        {
            list.Add(frequency == PeriodType.Quarter
                ? ReportingPeriod.Quarter(d.Month >= 4 ? d.Year : d.Year - 1, (((d.Month + 8) % 12) / 3) + 1)
                : ReportingPeriod.Month(d.Year, d.Month));
        }

        return list;
    }
}
