using System;
using System.Linq;
using Measures.Indicators;
using Measures.Returns;
using Measures.Returns.Cin;
using Measures.Time;
using static Measures.Tests.Indicators.CinTestCensuses;

namespace Measures.Tests.Indicators;

/// <summary>
/// Each CIN census indicator of RETURNS.md on hand-built children. Working days are England and Wales's: the bank
/// holidays used below are those GOV.UK lists (gov.uk/bank-holidays): Christmas Day 25 December 2023, Boxing Day
/// 26 December 2023, New Year's Day 1 January 2024, Good Friday 29 March 2024 and Easter Monday 1 April 2024.
/// </summary>
public sealed class CinIndicatorTests
{
    private static readonly ReportingPeriod Year = ReportingPeriod.FinancialYear(2023);

    private static long Numerator(IndicatorResult result, string code) => result.Find(code)!.Value.Numerator;

    private static long? Denominator(IndicatorResult result, string code) => result.Find(code)!.Value.Denominator;

    [Fact]
    public void A_referral_exactly_12_months_after_the_previous_one_is_a_re_referral_and_a_day_later_is_not()
    {
        var census = Census(
            Child("C1", Episode(D(2022, 5, 10), D(2022, 6, 1)), Episode(D(2023, 5, 10))),
            Child("C2", Episode(D(2022, 5, 10), D(2022, 6, 1)), Episode(D(2023, 5, 11))),
            Child("C3", Episode(D(2023, 7, 1)), Episode(D(2023, 7, 1))));
        var result = CinIndicators.Compute(census, Year);
        Assert.Equal(4, Numerator(result, CinIndicators.Referrals));
        Assert.Null(Denominator(result, CinIndicators.Referrals));
        // C1's second referral is on the day 12 months after the first: "on or after the referral date minus 12
        // months". C2's is a day too late. C3's two referrals are on the same day, and the same day is not before.
        Assert.Equal(1, Numerator(result, CinIndicators.ReReferrals));
        Assert.Equal(4, Denominator(result, CinIndicators.ReReferrals));
        Assert.Equal(["C1"], Ids(result.Explain(CinIndicators.ReReferrals).Numerator));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_child_given_twice_is_one_child_whose_referrals_are_judged_together(bool apart)
    {
        // C1 is given twice (a problem in the file, which a lenient read keeps): side by side, or with C2 between.
        // As one child, C1's June referral follows its January one within 12 months, and C1 is one child in need.
        var first = Child("C1", Episode(D(2023, 1, 10), D(2023, 2, 1)));
        var again = Child("C1", Episode(D(2023, 6, 5)));
        var other = Child("C2", Episode(D(2023, 6, 5)));
        var census = apart ? Census(first, other, again) : Census(first, again, other);
        var result = CinIndicators.Compute(census, Year);
        Assert.Equal(2, Numerator(result, CinIndicators.Referrals));
        Assert.Equal(1, Numerator(result, CinIndicators.ReReferrals));
        Assert.Equal(["C1"], Ids(result.Explain(CinIndicators.ReReferrals).Numerator));
        Assert.Equal(2, Numerator(result, CinIndicators.ChildrenInNeed));
    }

    [Fact]
    public void An_explanation_of_a_figure_that_counts_referrals_lists_referrals_not_children()
    {
        // C3 has two referrals, so the four referrals of the denominator belong to three children.
        var census = Census(
            Child("C1", Episode(D(2022, 5, 10), D(2022, 6, 1)), Episode(D(2023, 5, 10))),
            Child("C2", Episode(D(2023, 5, 11))),
            Child("C3", Episode(D(2023, 7, 1)), Episode(D(2023, 7, 1))));
        var explained = CinIndicators.Compute(census, Year).Explain(CinIndicators.ReReferrals);
        Assert.Equal("referrals", explained.CountedUnit);
        string text = explained.ToString();
        Assert.Contains("Numerator (1 referral):", text, StringComparison.Ordinal);
        Assert.Contains("Denominator (4 referrals):", text, StringComparison.Ordinal);
        Assert.Equal("children", CinIndicators.Compute(census, Year).Explain(CinIndicators.ChildrenInNeed).CountedUnit);
    }

    [Theory]
    // Referred Friday 1 December 2023: across Christmas, Boxing Day and New Year's Day the 45th working day is
    // Wednesday 7 February 2024, the 46th Thursday 8 February.
    [InlineData(2023, 12, 1, 2024, 2, 7, true)]
    [InlineData(2023, 12, 1, 2024, 2, 8, false)]
    // Referred Tuesday 20 February 2024: across Good Friday and Easter Monday the 45th working day is Thursday
    // 25 April 2024, the 46th Friday 26 April.
    [InlineData(2024, 2, 20, 2024, 4, 25, true)]
    [InlineData(2024, 2, 20, 2024, 4, 26, false)]
    public void An_assessment_authorised_on_the_45th_working_day_is_in_time_and_on_the_46th_is_not(int ry, int rm, int rd, int ay, int am, int ad, bool inTime)
    {
        var authorised = D(ay, am, ad);
        var census = Census(Child("C1", Episode(D(ry, rm, rd), assessments: [Assessment(D(ry, rm, rd).PlusDays(3), authorised)])));
        var result = CinIndicators.Compute(census, ReportingPeriod.Containing(PeriodType.FinancialYear, authorised));
        Assert.Equal(1, Denominator(result, CinIndicators.AssessmentsIn45Days));
        Assert.Equal(inTime ? 1 : 0, Numerator(result, CinIndicators.AssessmentsIn45Days));
        Assert.Contains(inTime ? "45 working days" : "46 working days", result.Explain(CinIndicators.AssessmentsIn45Days).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_assessment_is_timed_from_its_episodes_referral_whatever_its_own_start()
    {
        var census = Census(Child("C1", Episode(D(2023, 12, 1), assessments: [Assessment(D(2024, 1, 20), D(2024, 2, 8))])));
        Assert.Equal(0, Numerator(CinIndicators.Compute(census, Year), CinIndicators.AssessmentsIn45Days));
    }

    [Theory]
    // Enquiry begun Monday 18 December 2023: the 15th working day after it is Thursday 11 January 2024, the 16th Friday 12 January.
    [InlineData(11, true)]
    [InlineData(12, false)]
    public void An_initial_conference_on_the_15th_working_day_is_in_time_and_on_the_16th_is_not(int day, bool inTime)
    {
        var census = Census(Child("C1", Episode(D(2023, 12, 10), enquiries: [Enquiry(D(2023, 12, 18), D(2024, 1, day))])));
        var result = CinIndicators.Compute(census, Year);
        Assert.Equal(1, Denominator(result, CinIndicators.ConferencesIn15Days));
        Assert.Equal(inTime ? 1 : 0, Numerator(result, CinIndicators.ConferencesIn15Days));
    }

    [Fact]
    public void Only_the_section_47_conference_date_times_a_conference()
    {
        var census = Census(Child("C1", Episode(D(2023, 12, 10), conferenceUnderDetails: D(2024, 1, 5))));
        Assert.Equal(0, Denominator(CinIndicators.Compute(census, Year), CinIndicators.ConferencesIn15Days));
    }

    [Fact]
    public void Children_in_need_on_31_March_leave_out_closed_episodes_and_NFA_referrals()
    {
        var census = Census(
            Child("OPEN", Episode(D(2023, 9, 1))),
            Child("CLOSED-ON-31", Episode(D(2023, 9, 1), D(2024, 3, 31))),
            Child("CLOSED-AFTER", Episode(D(2023, 9, 1), D(2024, 4, 2))),
            Child("NFA", Episode(D(2024, 3, 20), nfa: true)),
            Child("LATER", Episode(D(2024, 4, 1))));
        var result = CinIndicators.Compute(census, Year);
        Assert.Equal(2, Numerator(result, CinIndicators.ChildrenInNeed));
        var explained = result.Explain(CinIndicators.ChildrenInNeed);
        Assert.Equal(["CLOSED-AFTER", "OPEN"], Ids(explained.Numerator));
        Assert.Contains(explained.Exclusions, e => e.ChildId == "NFA" && e.Detail.Contains("ReferralNFA", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plan_ending_on_31_March_is_not_open_that_day_and_a_plan_of_exactly_two_years_counts_as_two_years()
    {
        var census = Census(
            Child("ENDS-31", Episode(D(2022, 1, 1), plans: [Plan(D(2022, 3, 31), D(2024, 3, 31))])),
            Child("OPEN", Episode(D(2023, 1, 1), plans: [Plan(D(2023, 6, 1))])),
            Child("SHORT", Episode(D(2023, 1, 1), plans: [Plan(D(2023, 2, 1), D(2024, 1, 31))])));
        var result = CinIndicators.Compute(census, Year);
        Assert.Equal(1, Numerator(result, CinIndicators.ProtectionPlans));
        // ENDS-31 ran from 31 March 2022 to 31 March 2024: exactly two years.
        Assert.Equal(1, Numerator(result, CinIndicators.PlansOfTwoYears));
        Assert.Equal(2, Denominator(result, CinIndicators.PlansOfTwoYears));
    }

    [Fact]
    public void A_second_plan_is_one_with_previous_plans_given_or_an_earlier_plan_in_the_census()
    {
        var census = Census(
            Child("GIVEN", Episode(D(2023, 5, 1), plans: [Plan(D(2023, 6, 1), previous: 1)])),
            Child("EARLIER", Episode(D(2021, 1, 1), D(2021, 12, 1), plans: [Plan(D(2021, 2, 1), D(2021, 11, 1))]), Episode(D(2023, 5, 1), plans: [Plan(D(2023, 7, 1))])),
            Child("FIRST", Episode(D(2023, 5, 1), plans: [Plan(D(2023, 8, 1))])));
        var result = CinIndicators.Compute(census, Year);
        Assert.Equal(2, Numerator(result, CinIndicators.SecondPlans));
        Assert.Equal(3, Denominator(result, CinIndicators.SecondPlans));
    }

    [Fact]
    public void A_quarter_and_a_month_are_periods_like_a_year()
    {
        var census = Census(Child("C1", Episode(D(2024, 1, 15)), Episode(D(2024, 3, 5))), Child("C2", Episode(D(2023, 11, 1))));
        Assert.Equal(2, Numerator(CinIndicators.Compute(census, ReportingPeriod.Quarter(2023, 4)), CinIndicators.Referrals));
        Assert.Equal(1, Numerator(CinIndicators.Compute(census, ReportingPeriod.Month(2024, 3)), CinIndicators.Referrals));
        // On 31 January 2024, C1 (referred 15 January) and C2 are in need.
        Assert.Equal(2, Numerator(CinIndicators.Compute(census, ReportingPeriod.Month(2024, 1)), CinIndicators.ChildrenInNeed));
    }

    [Fact]
    public void Rates_take_the_population_and_say_why_they_are_missing_without_one()
    {
        var census = Census(Child("C1", Episode(D(2023, 9, 1))), Child("C2", Episode(D(2023, 10, 1))));
        var with = CinIndicators.Compute(census, Year, new IndicatorOptions { Population = Population.Of(40_000) });
        var rate = with.Find(CinIndicators.ChildrenInNeedRate)!.Value;
        Assert.Equal((2, 40_000L), (rate.Numerator, rate.Denominator!.Value));
        var without = CinIndicators.Compute(census, Year);
        Assert.Null(without.Find(CinIndicators.ReferralsRate));
        Assert.Contains(without.Notes, n => n.MeasureCode == CinIndicators.ReferralsRate && n.Reason.Contains("no population", StringComparison.Ordinal));
    }

    [Fact]
    public void A_child_with_a_problem_is_left_out_of_exactly_the_indicators_the_problem_touches()
    {
        var problem = new ReturnProblem(new DataProblem(DataProblemKind.InvalidValue, "The date cannot be read.", "census.xml", 9, 3, "CPPendDate", "x", "C1"), (int)CinModule.ChildProtectionPlans, "C1");
        var census = new CinCensus
        {
            Children = [Child("C1", Episode(D(2023, 9, 1), plans: [Plan(D(2023, 10, 1))]))],
            Problems = [problem],
        };
        var result = CinIndicators.Compute(census, Year);
        Assert.Equal(1, Numerator(result, CinIndicators.Referrals));
        Assert.Equal(0, Numerator(result, CinIndicators.ProtectionPlans));
        Assert.Contains(result.Explain(CinIndicators.ProtectionPlans).Exclusions, e => e.ChildId == "C1" && e.Reason == ExclusionReason.ProblemInReturn);
    }

    [Fact]
    public void Breakdowns_add_up_to_each_figure_and_explain_their_own_records()
    {
        var census = Census(
            Child("C1", D(2010, 1, 1), "M", Episode(D(2023, 5, 1), need: "N1", plans: [Plan(D(2023, 6, 1), category: "PHY")]), Episode(D(2023, 9, 1), need: "N2")),
            Child("C2", D(2022, 1, 1), "F", Episode(D(2023, 7, 1), need: "N1", plans: [Plan(D(2023, 8, 1), category: "NEG")])));
        var result = CinIndicators.Compute(census, Year, new IndicatorOptions { Breakdowns = IndicatorBreakdowns.All });
        foreach (var figure in result.Observations)
        {
            foreach (var dimension in result.Breakdowns.Where(b => b.Observation.MeasureCode == figure.MeasureCode).GroupBy(b => b.Dimension))
            {
                Assert.Equal(figure.Numerator, dimension.Sum(b => b.Observation.Numerator));
                Assert.Equal(figure.Denominator, figure.Denominator is null ? null : dimension.Sum(b => b.Observation.Denominator!.Value));
            }
        }

        Assert.Equal(["primary-need=N1", "primary-need=N2"], result.Breakdowns.Where(b => b.Observation.MeasureCode == CinIndicators.Referrals && b.Dimension == "primary-need").Select(b => b.Breakdown));
        Assert.DoesNotContain(result.Breakdowns, b => b.Observation.MeasureCode == CinIndicators.Referrals && b.Dimension == "category-of-abuse");
        // C1 has one referral of each need: the N2 figure names one record of C1's, not both.
        var n2 = result.Explain(CinIndicators.Referrals, "primary-need=N2");
        Assert.Equal(1, n2.NumeratorValue);
        Assert.Equal(["C1"], Ids(n2.Numerator));
        Assert.Equal(1, result.Explain(CinIndicators.ProtectionPlans, "category-of-abuse=PHY").NumeratorValue);
    }

    [Fact]
    public void Only_the_measures_asked_for_are_computed_and_an_unknown_code_is_refused()
    {
        var census = Census(Child("C1", Episode(D(2023, 9, 1))));
        var result = CinIndicators.Compute(census, Year, new IndicatorOptions { Measures = [CinIndicators.ReReferrals] });
        Assert.Equal([CinIndicators.ReReferrals], result.Observations.Select(o => o.MeasureCode));
        Assert.Throws<ArgumentException>(() => CinIndicators.Compute(census, Year, new IndicatorOptions { Measures = ["cla-31-march"] }));
        Assert.Throws<ArgumentException>(() => CinIndicators.ModulesUsedBy("nope"));
    }

    [Theory]
    // Day 0 a Saturday (23 December 2023) or Christmas Day (Monday 25 December 2023): counting starts the next day
    // all the same, so the 15th working day is Wednesday 17 January 2024 (27, 28, 29 December, 2 to 5, 8 to 12 and
    // 15 to 17 January) and the 16th Thursday 18 January.
    [InlineData(23, 17, true)]
    [InlineData(23, 18, false)]
    [InlineData(25, 17, true)]
    [InlineData(25, 18, false)]
    public void Working_days_count_from_the_day_after_day_0_even_when_day_0_is_a_weekend_or_a_bank_holiday(int start, int conference, bool inTime)
    {
        var census = Census(Child("C1", Episode(D(2023, 12, 20), enquiries: [Enquiry(D(2023, 12, start), D(2024, 1, conference))])));
        var result = CinIndicators.Compute(census, Year);
        Assert.Equal(1, Denominator(result, CinIndicators.ConferencesIn15Days));
        Assert.Equal(inTime ? 1 : 0, Numerator(result, CinIndicators.ConferencesIn15Days));
        Assert.Contains(inTime ? ": 15 working days" : ": 16 working days", result.Explain(CinIndicators.ConferencesIn15Days).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_outside_the_census_year_is_noted_for_the_figures_it_touches()
    {
        // A census with ReferenceDate 31 March 2024 holds the year 1 April 2023 to 31 March 2024.
        var census = new CinCensus
        {
            Header = new CinCensusHeader("CIN", "2024", D(2024, 3, 31), null, null, null, null, null, null),
            Children = [Child("C1", Episode(D(2023, 9, 1)))],
        };
        var inYear = CinIndicators.Compute(census, Year, new IndicatorOptions { Population = Population.Of(40_000) });
        Assert.Empty(inYear.Notes);

        // Twelve months to September 2023 begin before the census's year but end inside it: the "in the period"
        // figures are partial, the figures on 30 September 2023 are not.
        var rolling = CinIndicators.Compute(census, ReportingPeriod.RollingMonths(12, new NodaTime.YearMonth(2023, 9)), new IndicatorOptions { Population = Population.Of(40_000) });
        Assert.Contains(rolling.Notes, n => n.MeasureCode == CinIndicators.Referrals && n.Reason.Contains("2023-04-01 to 2024-03-31", StringComparison.Ordinal));
        Assert.Contains(rolling.Notes, n => n.MeasureCode == CinIndicators.ReferralsRate);
        Assert.DoesNotContain(rolling.Notes, n => n.MeasureCode is CinIndicators.ChildrenInNeed or CinIndicators.ProtectionPlans or CinIndicators.ChildrenInNeedRate);

        // A quarter after the census's year: every figure is noted, and its explanation says why.
        var after = CinIndicators.Compute(census, ReportingPeriod.Quarter(2024, 1));
        Assert.All(
            [CinIndicators.Referrals, CinIndicators.ReReferrals, CinIndicators.AssessmentsIn45Days, CinIndicators.ConferencesIn15Days, CinIndicators.ChildrenInNeed, CinIndicators.ProtectionPlans, CinIndicators.SecondPlans, CinIndicators.PlansOfTwoYears],
            code => Assert.Contains(after.Notes, n => n.MeasureCode == code && n.Reason.Contains("the census covers", StringComparison.Ordinal)));
        Assert.Contains(after.Explain(CinIndicators.ChildrenInNeed).Notes, n => n.Contains("2024-06-30", StringComparison.Ordinal));
    }
}
