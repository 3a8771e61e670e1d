using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Indicators;
using Measures.Returns.Cin;
using Measures.Time;
using NodaTime;
using static Measures.Tests.Indicators.CinTestCensuses;

namespace Measures.Tests.Indicators;

/// <summary>Small random CIN censuses: a few children, each with episodes, assessments, enquiries and plans between 2021 and 2025.</summary>
public static class CinArbitraries
{
    private static readonly LocalDate Origin = new(2021, 1, 1);

    private static Gen<CinEpisode> Episodes =>
        from referral in Gen.Choose(0, 1400)
        from length in Gen.Choose(-1, 500)
        from nfa in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from need in Gen.Elements("N1", "N2", "N4")
        from assessmentCount in Gen.Choose(0, 2)
        from assessed in Gen.ArrayOf(Gen.Choose(0, 120), assessmentCount)
        from enquiryCount in Gen.Choose(0, 2)
        from enquiryDays in Gen.ArrayOf(Gen.Choose(0, 60).Zip(Gen.Choose(1, 40)), enquiryCount)
        from planCount in Gen.Choose(0, 2)
        from plans in Gen.ArrayOf(Gen.Choose(0, 200).Zip(Gen.Choose(-1, 900)).Zip(Gen.Choose(0, 2)), planCount)
        let start = Origin.PlusDays(referral)
        select Episode(
            start,
            length < 0 ? null : start.PlusDays(length),
            nfa,
            need,
            assessments: [.. assessed.Select(days => Assessment(start, start.PlusDays(days)))],
            enquiries: [.. enquiryDays.Select(e => Enquiry(start.PlusDays(e.Item1), start.PlusDays(e.Item1 + e.Item2)))],
            plans: [.. plans.Select(p => Plan(start.PlusDays(p.Item1.Item1), p.Item1.Item2 < 0 ? null : start.PlusDays(p.Item1.Item1 + p.Item1.Item2), p.Item2))]);

    public static Gen<CinCensus> Censuses =>
        from children in Gen.Choose(1, 6)
        from episodes in Gen.ArrayOf(Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Episodes, n)), children)
        select Census([.. episodes.Select((e, i) => Child("C" + i, e))]);

    public static Arbitrary<CinCensus> CensusArbitrary() => Censuses.ToArbitrary();

    public static Arbitrary<ReportingPeriod> PeriodArbitrary() =>
        Gen.Elements(
            ReportingPeriod.FinancialYear(2022),
            ReportingPeriod.FinancialYear(2023),
            ReportingPeriod.Quarter(2023, 3),
            ReportingPeriod.Month(2024, 3),
            ReportingPeriod.RollingMonths(12, new YearMonth(2023, 9))).ToArbitrary();
}

/// <summary>The laws of the CIN indicators: order changes nothing, one child touches only its own part, numerators are within denominators, and explanations add up.</summary>
public sealed class CinIndicatorPropertyTests
{
    private static string Figures(IndicatorResult result) => string.Join(";", result.Observations.Select(o => $"{o.MeasureCode}={o.Numerator}/{o.Denominator}"));

    [Property(Arbitrary = [typeof(CinArbitraries)], MaxTest = 100)]
    public bool The_order_of_the_children_changes_nothing(CinCensus census, ReportingPeriod period)
    {
        var reversed = new CinCensus { Children = [.. census.Children.Reverse()] };
        return Figures(CinIndicators.Compute(census, period)) == Figures(CinIndicators.Compute(reversed, period));
    }

    [Property(Arbitrary = [typeof(CinArbitraries)], MaxTest = 100)]
    public Property Changing_one_child_changes_only_that_childs_part_of_each_figure(CinCensus census, ReportingPeriod period)
    {
        // Without the first child, each figure loses exactly what the explanation says that child added.
        var whole = CinIndicators.Compute(census, period);
        var without = CinIndicators.Compute(new CinCensus { Children = [.. census.Children.Skip(1)] }, period);
        string first = census.Children[0].ChildId;
        var wrong = new List<string>();
        foreach (var observation in whole.Observations.Where(o => !o.MeasureCode.EndsWith("-rate", StringComparison.Ordinal)))
        {
            var explained = whole.Explain(observation.MeasureCode);
            long numerator = explained.Numerator.Where(c => c.ChildId == first).Sum(c => c.Amount);
            long denominator = explained.Denominator?.Count(c => c.ChildId == first) ?? 0;
            var other = without.Find(observation.MeasureCode)!.Value;
            if (other.Numerator != observation.Numerator - numerator || (other.Denominator ?? 0) != (observation.Denominator ?? 0) - denominator)
            {
                wrong.Add(observation.MeasureCode);
            }
        }

        return (wrong.Count == 0).Label("figures changed beyond the child's part: " + string.Join(", ", wrong));
    }

    [Property(Arbitrary = [typeof(CinArbitraries)], MaxTest = 100)]
    public Property Every_explanation_adds_up_to_its_figure_and_its_numerator_is_within_its_denominator(CinCensus census, ReportingPeriod period)
    {
        var result = CinIndicators.Compute(census, period, new IndicatorOptions { Population = Population.Of(10_000) });
        var wrong = new List<string>();
        foreach (var observation in result.Observations)
        {
            var explained = result.Explain(observation.MeasureCode);
            bool sums = explained.NumeratorValue == observation.Numerator
                && (observation.Denominator is null || observation.MeasureCode.EndsWith("-rate", StringComparison.Ordinal) || explained.Denominator!.Count == observation.Denominator);
            var members = explained.Denominator?.Select(c => c.ToString()).ToHashSet();
            bool within = members is null || explained.Numerator.All(c => members.Contains(c.ToString()));
            if (!sums || !within)
            {
                wrong.Add(observation.MeasureCode);
            }
        }

        return (wrong.Count == 0).Label("explanations that do not match: " + string.Join(", ", wrong));
    }

    [Property(Arbitrary = [typeof(CinArbitraries)], MaxTest = 100)]
    public Property Every_breakdown_adds_up_to_its_figure(CinCensus census, ReportingPeriod period)
    {
        var result = CinIndicators.Compute(census, period, new IndicatorOptions { Breakdowns = IndicatorBreakdowns.All });
        var wrong = result.Observations
            .SelectMany(o => result.Breakdowns.Where(b => b.Observation.MeasureCode == o.MeasureCode).GroupBy(b => b.Dimension)
                .Where(d => d.Sum(b => b.Observation.Numerator) != o.Numerator || d.Sum(b => b.Observation.Denominator ?? 0) != (o.Denominator ?? 0))
                .Select(d => o.MeasureCode + " by " + d.Key))
            .ToList();
        return (wrong.Count == 0).Label("breakdowns that do not add up: " + string.Join(", ", wrong));
    }
}
