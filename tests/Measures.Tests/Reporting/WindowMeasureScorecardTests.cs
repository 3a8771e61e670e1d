using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Definitions;
using Measures.Observations;
using Measures.Reporting;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Reporting;

/// <summary>
/// Measures over windows in a scorecard: a calendar year to date, and rolling windows whose length the
/// measure's definition states.
/// </summary>
public sealed class WindowMeasureScorecardTests
{
    // Seed 003 (a London borough's children's scrutiny committee, performance management 2019/20), line 69:
    // "There were 281 assessments undertaken in 2017, rising to 356 in 2018 (an increase of 27%). In 2019 to
    // date, the number of assessments undertaken was 343, (96% of the full 2018 calendar year)"; line 19 puts
    // the data "as at the end of August 2019". The monthly splits are illustrative; the totals are published.
    private static readonly long[] Assessments2018 = [28, 29, 30, 29, 30, 31, 29, 30, 30, 29, 31, 30];
    private static readonly long[] Assessments2019ToAugust = [40, 42, 44, 43, 45, 41, 44, 44];

    private static MeasureDefinition Assessments() => new(
        "ASSESS", "Statutory EHC assessments undertaken", "Inclusion", MeasureKind.Activity, MeasureValueType.Count("assessments"), Polarity.None,
        ReportingFrequency.Monthly, PeriodType.CalendarYearToDate, TemporalRule.Sum);

    // Initial health assessments in timescale, over a rolling window of the definition's own length, or the scorecard's when it states none.
    private static MeasureDefinition HealthAssessments(string code, int? months) => new(
        code, "Initial health assessments in timescale", "Children's Social Care", MeasureKind.Benchmark, MeasureValueType.Percentage(1), Polarity.HigherIsBetter,
        ReportingFrequency.Monthly, PeriodType.RollingMonths, TemporalRule.Sum, TemporalRule.Sum, rollingMonths: months);

    private static IEnumerable<Observation> MonthsFrom(string code, YearMonth first, long[] numerators, long[]? denominators = null) =>
        numerators.Select((n, i) => new Observation(code, ReportingPeriod.Month(first.PlusMonths(i)), n, denominators?[i]));

    private static IEnumerable<Observation> AssessmentObservations() =>
        MonthsFrom("ASSESS", new YearMonth(2018, 1), Assessments2018).Concat(MonthsFrom("ASSESS", new YearMonth(2019, 1), Assessments2019ToAugust));

    [Fact]
    public void A_calendar_year_to_date_measure_shows_January_to_the_scorecards_month()
    {
        var builder = new ScorecardBuilder(new MeasureCatalogue([Assessments()], "Inclusion"));
        var row = builder.Build(AssessmentObservations(), ReportingPeriod.Month(2019, 8))["ASSESS"];

        Assert.Equal(ReportingPeriod.CalendarYearToDate(new YearMonth(2019, 8)), row.Period);
        Assert.Equal("Jan to Aug 2019", row.PeriodLabel);
        Assert.Equal(Assessments2019ToAugust.Sum(), row.Value);
        Assert.Equal(343m, row.Value);
        Assert.True(row.Completeness!.Value.IsComplete);
        Assert.Equal(8, row.Completeness.Value.PeriodsExpected);

        // Compared with the same months of 2018, and with the year to date a month earlier.
        Assert.Equal(ReportingPeriod.CalendarYearToDate(new YearMonth(2018, 8)), row.VersusSamePeriodLastYear.Period);
        Assert.Equal(ReportingPeriod.CalendarYearToDate(new YearMonth(2019, 7)), row.VersusPreviousPeriod.Period);
        Assert.Equal(Assessments2019ToAugust.Take(7).Sum(), row.VersusPreviousPeriod.Travel.Judgement.Previous);
    }

    [Fact]
    public void In_December_the_calendar_year_to_date_is_the_whole_calendar_year()
    {
        var builder = new ScorecardBuilder(new MeasureCatalogue([Assessments()], "Inclusion"));
        var december = builder.Build(AssessmentObservations(), ReportingPeriod.Month(2018, 12))["ASSESS"];
        Assert.Equal(ReportingPeriod.CalendarYear(2018), december.Period);
        Assert.Equal("2018", december.PeriodLabel);
        Assert.Equal(356m, december.Value);

        // "343, (96% of the full 2018 calendar year)".
        var august = builder.Build(AssessmentObservations(), ReportingPeriod.Month(2019, 8))["ASSESS"];
        Assert.Equal(96m, Math.Round(100 * august.Value!.Value / december.Value!.Value));
    }

    [Fact]
    public void A_calendar_year_to_date_in_a_quarterly_scorecard_runs_to_the_quarters_end()
    {
        var builder = new ScorecardBuilder(new MeasureCatalogue([Assessments()], "Inclusion"));

        // Q1 2019/20 is April to June 2019.
        var row = builder.Build(AssessmentObservations(), ReportingPeriod.Quarter(2019, 1))["ASSESS"];
        Assert.Equal(ReportingPeriod.CalendarYearToDate(new YearMonth(2019, 6)), row.Period);
        Assert.Equal("Jan to Jun 2019", row.PeriodLabel);
        Assert.Equal(Assessments2019ToAugust.Take(6).Sum(), row.Value);
        Assert.Equal(ReportingPeriod.CalendarYearToDate(new YearMonth(2019, 3)), row.VersusPreviousPeriod.Period);
    }

    // Seed 004 (Kirklees Corporate Parenting Board), line 98: "LA rolling 12-month data shows that 76.8% were
    // completed in the statutory timescale" for initial health assessments, beside November's monthly figures
    // (line 99). The year and the monthly split are illustrative: 768 of 1,000 over the twelve months to November.
    private static readonly long[] InTimescale = [.. Enumerable.Repeat(64L, 12)];
    private static readonly long[] Due = [83, 83, 83, 83, 83, 83, 83, 83, 84, 84, 84, 84];

    [Fact]
    public void A_measure_over_rolling_months_shows_the_window_its_definition_states()
    {
        var catalogue = new MeasureCatalogue([HealthAssessments("IHA6", 6), HealthAssessments("IHA", null)], "Health");
        var observations = MonthsFrom("IHA6", new YearMonth(2018, 12), InTimescale, Due).Concat(MonthsFrom("IHA", new YearMonth(2018, 12), InTimescale, Due)).ToList();
        var november = ReportingPeriod.Month(2019, 11);
        var scorecard = new ScorecardBuilder(catalogue).Build(observations, november);

        var twelve = scorecard["IHA"];
        Assert.Equal(ReportingPeriod.RollingMonths(12, new YearMonth(2019, 11)), twelve.Period);
        Assert.Equal("rolling 12 months to Nov 2019", twelve.PeriodLabel);
        Assert.Equal("76.8%", twelve.ValueText);

        var six = scorecard["IHA6"];
        Assert.Equal(ReportingPeriod.RollingMonths(6, new YearMonth(2019, 11)), six.Period);
        Assert.Equal("rolling 6 months to Nov 2019", six.PeriodLabel);
        Assert.Equal(InTimescale.TakeLast(6).Sum(), six.Numerator);
        Assert.Equal(Due.TakeLast(6).Sum(), six.Denominator);
        Assert.Equal(6, six.Completeness!.Value.PeriodsExpected);
        Assert.Equal(ReportingPeriod.RollingMonths(6, new YearMonth(2019, 10)), six.VersusPreviousPeriod.Period);
        Assert.Equal(ReportingPeriod.RollingMonths(6, new YearMonth(2018, 11)), six.VersusSamePeriodLastYear.Period);

        // The scorecard's window length applies only where the definition states none.
        var threeMonthly = new ScorecardBuilder(catalogue, new ScorecardOptions { RollingWindowMonths = 3 }).Build(observations, november);
        Assert.Equal("rolling 3 months to Nov 2019", threeMonthly["IHA"].PeriodLabel);
        Assert.Equal("rolling 6 months to Nov 2019", threeMonthly["IHA6"].PeriodLabel);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(24)]
    public void Windows_of_other_lengths_are_the_sums_of_their_months(int months)
    {
        var catalogue = new MeasureCatalogue([HealthAssessments("IHA", months)], "Health");
        long[] numerators = [.. Enumerable.Range(0, 24).Select(i => 50L + i)];
        long[] denominators = [.. Enumerable.Range(0, 24).Select(i => 80L + (i % 5))];
        var row = new ScorecardBuilder(catalogue).Build(MonthsFrom("IHA", new YearMonth(2017, 12), numerators, denominators), ReportingPeriod.Month(2019, 11))["IHA"];

        Assert.Equal(ReportingPeriod.RollingMonths(months, new YearMonth(2019, 11)), row.Period);
        Assert.Equal($"rolling {months} months to Nov 2019", row.PeriodLabel);
        Assert.Equal(numerators.TakeLast(months).Sum(), row.Numerator);
        Assert.Equal(denominators.TakeLast(months).Sum(), row.Denominator);
        Assert.True(row.Completeness!.Value.IsComplete);
    }
}
