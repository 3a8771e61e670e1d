using System.Collections.Generic;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Time;
using Measures.Observations;

namespace Measures.Tests.Aggregation;

/// <summary>Each temporal rule on children's-services figures, some of them published by councils.</summary>
public sealed class TemporalRuleExampleTests
{
    private static ObservationStore Store(string code, AggregationRule rule, params Observation[] observations) =>
        ObservationStore.Create(new Dictionary<string, AggregationRule> { [code] = rule }, observations).Value;

    [Fact]
    public void A_flow_proportion_adds_numerators_and_denominators_over_the_quarter()
    {
        // "50 out of 93 new EHCPs were completed within the 20 week timescale (54%)", April to June 2019:
        // a London borough's children's scrutiny committee, performance management 2019/20
        // (shared/seeds/003). The monthly split is illustrative; only the quarter's 50/93 is published.
        var store = Store(
            "EHCP20",
            AggregationRule.Proportion(TemporalRule.Sum),
            new Observation("EHCP20", ReportingPeriod.Month(2019, 4), 10, 30),
            new Observation("EHCP20", ReportingPeriod.Month(2019, 5), 25, 33),
            new Observation("EHCP20", ReportingPeriod.Month(2019, 6), 15, 30));

        Assert.True(store.Aggregate(PeriodRollUp.Quarters).TryGet("EHCP20", ReportingPeriod.Quarter(2019, 1), out var q1));
        Assert.Equal(50, q1.Numerator);
        Assert.Equal(93, q1.Denominator);
        Assert.Equal(54, System.Math.Round(100 * q1.Ratio!.Value));
        Assert.True(q1.Completeness.IsComplete);

        // Averaging the monthly percentages (33%, 76%, 50%) would give 53%, not the published 54%.
        Assert.Equal(53, System.Math.Round(100 * ((10 / 30.0) + (25 / 33.0) + (15 / 30.0)) / 3));
    }

    [Fact]
    public void A_flow_year_to_date_adds_the_months_since_April()
    {
        // "During the 4 months to the end of July 2015 there had been 15 children adopted with 11 of
        // this within 12 months ... – 73.3%": Rotherham Corporate Parenting Panel, performance as at
        // 31 July 2015 (shared/seeds/001). The monthly split is illustrative.
        var store = Store(
            "ADOPT12",
            AggregationRule.Proportion(TemporalRule.Sum),
            new Observation("ADOPT12", ReportingPeriod.Month(2015, 4), 3, 4),
            new Observation("ADOPT12", ReportingPeriod.Month(2015, 5), 2, 3),
            new Observation("ADOPT12", ReportingPeriod.Month(2015, 6), 4, 5),
            new Observation("ADOPT12", ReportingPeriod.Month(2015, 7), 2, 3));

        var ytd = store.Aggregate(PeriodRollUp.FinancialYearToDate);
        var april = new NodaTime.LocalDate(2015, 4, 1);
        Assert.True(ytd.TryGet("ADOPT12", ReportingPeriod.FinancialYearToDate(new NodaTime.YearMonth(2015, 7)), out var toJuly));
        Assert.Equal(april, toJuly.Period.Start);
        Assert.Equal(11, toJuly.Numerator);
        Assert.Equal(15, toJuly.Denominator);
        Assert.Equal(73.3m, System.Math.Round(100 * toJuly.Ratio!.Value, 1));
        Assert.Equal(new Completeness(0b1111, 4), toJuly.Completeness);

        // Years to date run on to March, and say how little of the year they hold.
        Assert.Equal(12, ytd.Count);
        var toMarch = ytd[^1];
        Assert.Equal(new NodaTime.LocalDate(2016, 3, 31), toMarch.Period.End);
        Assert.Equal(11, toMarch.Numerator);
        Assert.Equal("4 of 12", toMarch.Completeness.ToString());
    }

    [Fact]
    public void A_snapshot_takes_the_last_month_of_the_year_never_a_sum()
    {
        // Children in care: "CiC cohort included 39/502 at the end of March 24": Rotherham Improving
        // Lives Select Commission, 2023/24 outturn (shared/seeds/002). Earlier months are illustrative.
        var observations = new List<Observation>();
        for (int i = 0; i < 12; i++)
        {
            var month = ReportingPeriod.Month(i < 9 ? 2023 : 2024, ((i + 3) % 12) + 1);
            observations.Add(new Observation("CIC", month, i == 11 ? 502 : 520 - i, null));
        }

        var year = Store("CIC", AggregationRule.Count(TemporalRule.Last), [.. observations]).Aggregate(PeriodRollUp.FinancialYears);
        Assert.True(year.TryGet("CIC", ReportingPeriod.FinancialYear(2023), out var outturn));
        Assert.Equal(502, outturn.Numerator);
        Assert.True(outturn.Completeness.IsComplete);
    }

    [Fact]
    public void A_snapshot_quarter_missing_its_last_month_says_so_and_uses_the_latest_month_present()
    {
        var store = Store(
            "LAC",
            AggregationRule.Count(TemporalRule.Last),
            new Observation("LAC", ReportingPeriod.Month(2020, 10), 410, null),
            new Observation("LAC", ReportingPeriod.Month(2020, 11), 415, null));

        Assert.True(store.Aggregate(PeriodRollUp.Quarters).TryGet("LAC", ReportingPeriod.Quarter(2020, 3), out var q3));
        Assert.Equal(415, q3.Numerator);
        Assert.False(q3.Completeness.IsComplete);
        Assert.False(q3.Completeness.IsLastPeriodPresent);
        Assert.Equal("2 of 3", q3.Completeness.ToString());
    }

    [Fact]
    public void An_averaged_snapshot_is_the_mean_of_the_months_present_and_its_percentage_is_recomputed()
    {
        // NEET is "an average calculated over a three-month period annually between December and
        // February" (shared/seeds/002). The figures are illustrative: 4.0%, 4.5% and 4.4% of cohorts of
        // 5,000, 5,100 and 5,000 young people.
        var store = Store(
            "NEET",
            AggregationRule.Proportion(TemporalRule.Mean),
            new Observation("NEET", ReportingPeriod.Month(2023, 12), 200, 5000),
            new Observation("NEET", ReportingPeriod.Month(2024, 1), 230, 5100),
            new Observation("NEET", ReportingPeriod.Month(2024, 2), 220, 5000));

        var window = store.Aggregate(PeriodRollUp.RollingMonths(3));
        Assert.True(window.TryGet("NEET", ReportingPeriod.RollingMonths(3, new NodaTime.YearMonth(2024, 2)), out var decToFeb));
        Assert.Equal(new NodaTime.LocalDate(2023, 12, 1), decToFeb.Period.Start);
        Assert.Equal(650m / 3, decToFeb.Numerator);
        Assert.Equal(15100m / 3, decToFeb.Denominator!.Value);
        Assert.Equal(650m / 15100, decToFeb.Ratio!.Value, 25);
        Assert.Equal(650, decToFeb.HeldNumerator); // held as a total over 3 periods present, so merges stay exact
        Assert.Equal(3, decToFeb.Completeness.PeriodsPresent);
    }

    [Fact]
    public void A_rate_of_a_flow_sums_events_but_not_the_population()
    {
        // Section 47 enquiries per 10,000 children: the population as at the end of the year.
        var store = Store(
            "S47",
            AggregationRule.RateOfFlow(TemporalRule.Last),
            new Observation("S47", ReportingPeriod.Month(2024, 1), 90, 56_000),
            new Observation("S47", ReportingPeriod.Month(2024, 2), 80, 56_100),
            new Observation("S47", ReportingPeriod.Month(2024, 3), 100, 56_200));

        Assert.True(store.Aggregate(PeriodRollUp.Quarters).TryGet("S47", ReportingPeriod.Quarter(2023, 4), out var q4));
        Assert.Equal(270, q4.Numerator);
        Assert.Equal(56_200, q4.Denominator);
        Assert.Equal(270m / 56_200 * 10_000, q4.Ratio!.Value * 10_000);
    }

    [Fact]
    public void Teams_add_into_their_council_month_by_month_before_the_snapshot_is_taken()
    {
        var rules = new Dictionary<string, AggregationRule> { ["LAC"] = AggregationRule.Count(TemporalRule.Last) };
        var hierarchy = new OrganisationalHierarchy(new Dictionary<string, string> { ["Team 1"] = "Council", ["Team 2"] = "Council" });
        var store = ObservationStore.Create(rules, new[]
        {
            new Observation("LAC", ReportingPeriod.Month(2021, 1), 100, null, "Team 1"),
            new Observation("LAC", ReportingPeriod.Month(2021, 3), 110, null, "Team 1"),
            new Observation("LAC", ReportingPeriod.Month(2021, 3), 60, null, "Team 2"),
        }).Value;

        var council = store.Aggregate(PeriodRollUp.Quarters, UnitRollUp.ToLevel(hierarchy, 0));
        Assert.True(council.TryGet("LAC", ReportingPeriod.Quarter(2020, 4), "Council", string.Empty, out var q4));
        Assert.Equal(170, q4.Numerator);
        Assert.Equal(new Completeness(0b101, 3), q4.Completeness);
    }
}
