using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Definitions;
using Measures.Observations;
using Measures.Reporting;
using Measures.Time;
using NodaTime;
using static Measures.Tests.Reporting.ScorecardTestMeasures;

namespace Measures.Tests.Reporting;

/// <summary>
/// Figures for windows as other systems total them ("2019 to date", "year to date", "rolling 12 months"), taken as
/// the window's own figure, kept apart from the months and never added to them.
/// </summary>
public sealed class WindowFigureScorecardTests
{
    private static MeasureDefinition Assessments() => new(
        "ASSESS", "Statutory EHC assessments undertaken", "Inclusion", MeasureKind.Activity, MeasureValueType.Count("assessments"), Polarity.None,
        ReportingFrequency.Monthly, PeriodType.CalendarYearToDate, TemporalRule.Sum);

    // Adoptions within 12 months of the decision, as a financial year to date (Rotherham's corporate parenting report).
    private static MeasureDefinition AdoptionsInTime() => new(
        "ADOPT12", "Children adopted within 12 months of the decision", "Children in Care", MeasureKind.Activity, MeasureValueType.Percentage(1), Polarity.HigherIsBetter,
        ReportingFrequency.Monthly, PeriodType.FinancialYearToDate, TemporalRule.Sum, TemporalRule.Sum);

    [Fact]
    public void A_year_to_date_total_is_the_windows_figure_and_is_compared_with_the_whole_year_before()
    {
        // Seed 003 (a London borough's scrutiny committee, data as at the end of August 2019), line 69: "There were
        // 281 assessments undertaken in 2017, rising to 356 in 2018 ... In 2019 to date, the number of assessments
        // undertaken was 343, (96% of the full 2018 calendar year)". The system gives the three totals, not months.
        var august = new YearMonth(2019, 8);
        Observation[] totals =
        [
            new("ASSESS", ReportingPeriod.CalendarYear(2017), 281, null),
            new("ASSESS", ReportingPeriod.CalendarYear(2018), 356, null),
            new("ASSESS", ReportingPeriod.CalendarYearToDate(august), 343, null),
        ];
        var options = new ScorecardOptions { Comparisons = [ScorecardComparison.With(ReportingPeriod.CalendarYear(2018))] };
        var row = new ScorecardBuilder(Catalogue(Assessments()), options).Build(totals, ReportingPeriod.Month(2019, 8))["ASSESS"];

        Assert.Equal(ReportingPeriod.CalendarYearToDate(august), row.Period);
        Assert.Equal(343m, row.Value);
        Assert.Equal(343m, row.Numerator);
        var share = row.Comparisons.Single().Travel.Judgement;
        Assert.Equal(356m, share.Previous);
        Assert.Equal(96m, Math.Round(100 * share.Share!.Value)); // "96% of the full 2018 calendar year"

        // "281 in 2017, rising to 356 in 2018 (an increase of 27%)": the whole year's own figures.
        var year = new ScorecardBuilder(Catalogue(Assessments())).Build(totals, ReportingPeriod.CalendarYear(2018))["ASSESS"];
        Assert.Equal(356m, year.Value);
        Assert.Equal(27m, Math.Round(100 * year.VersusPreviousPeriod.Travel.Judgement.RelativeChange!.Value));
    }

    [Fact]
    public void A_case_systems_year_to_date_counts_stand_for_the_window()
    {
        // Seed 001 (Rotherham corporate parenting panel, as at 31 July 2015), line 78: "During the 4 months to the end
        // of July 2015 there had been 15 children adopted with 11 of this within 12 months of their ... decision – 73.3%".
        var window = ReportingPeriod.FinancialYearToDate(new YearMonth(2015, 7));
        var row = new ScorecardBuilder(Catalogue(AdoptionsInTime())).Build([new Observation("ADOPT12", window, 11, 15)], ReportingPeriod.Month(2015, 7))["ADOPT12"];
        Assert.Equal(window, row.Period);
        Assert.Equal("73.3%", row.ValueText);
        Assert.Equal((11m, 15m), (row.Numerator, row.Denominator));
        Assert.True(row.Completeness!.Value.IsComplete);
    }

    [Fact]
    public void The_months_beside_a_window_figure_still_make_up_every_other_period()
    {
        var window = ReportingPeriod.FinancialYearToDate(new YearMonth(2015, 7));
        Observation[] observations =
        [
            new("ADOPT12", ReportingPeriod.Month(2015, 4), 2, 4),
            new("ADOPT12", ReportingPeriod.Month(2015, 5), 3, 4),
            new("ADOPT12", ReportingPeriod.Month(2015, 6), 3, 4),
            new("ADOPT12", ReportingPeriod.Month(2015, 7), 3, 3),
            new("ADOPT12", window, 11, 15), // the system's own total, which the months happen to agree with
        ];
        var builder = new ScorecardBuilder(Catalogue(AdoptionsInTime()));
        Assert.Equal((11m, 15m), (builder.Build(observations, ReportingPeriod.Month(2015, 7))["ADOPT12"].Numerator, builder.Build(observations, ReportingPeriod.Month(2015, 7))["ADOPT12"].Denominator));

        // The quarter is its three months alone: 8 of 12, not 8 + 11 of 12 + 15.
        var quarter = new ScorecardBuilder(Catalogue(Flow("ADOPT12"))).Build(observations, ReportingPeriod.Quarter(2015, 1))["ADOPT12"];
        Assert.Equal((8m, 12m), (quarter.Numerator, quarter.Denominator));
    }

    [Property(MaxTest = 100)]
    public Property A_window_figure_is_never_counted_with_its_months(PositiveInt[] monthly, NonNegativeInt windowTotal, PositiveInt windowMonths)
    {
        // Twelve months of a flow count from April, and a rolling window's own total ending in March.
        long[] counts = [.. Enumerable.Range(0, 12).Select(i => monthly.Length == 0 ? 1L : monthly[i % monthly.Length].Get % 1000)];
        int length = 1 + (windowMonths.Get % 24);
        var window = ReportingPeriod.RollingMonths(length, new YearMonth(2024, 3));
        var measure = new MeasureDefinition("KIDS", "Children entering care", "Children in Care", MeasureKind.Activity, MeasureValueType.Count("children"), Polarity.None,
            ReportingFrequency.Monthly, PeriodType.RollingMonths, TemporalRule.Sum, rollingMonths: length);
        var observations = Months("KIDS", 2023, counts, null).Append(new Observation("KIDS", window, windowTotal.Get, null)).ToList();

        var windowRow = new ScorecardBuilder(Catalogue(measure)).Build(observations, ReportingPeriod.Month(2024, 3))["KIDS"];
        var yearMeasure = new MeasureDefinition("KIDS", "Children entering care", "Children in Care", MeasureKind.Activity, MeasureValueType.Count("children"), Polarity.None,
            ReportingFrequency.Monthly, PeriodType.FinancialYear, TemporalRule.Sum);
        var yearRow = new ScorecardBuilder(Catalogue(yearMeasure)).Build(observations, ReportingPeriod.FinancialYear(2023))["KIDS"];

        return (windowRow.Period == window).Label("the row shows the window")
            .And((windowRow.Numerator == windowTotal.Get).Label("the window shows its own figure, not its months' sum or the two added"))
            .And((yearRow.Numerator == counts.Sum()).Label("the year is its months alone"));
    }
}
