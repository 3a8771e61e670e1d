using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Time;
using NodaTime;
using NodaTime.Text;

namespace Measures.Tests.Time;

/// <summary>
/// The calendar year to date: from 1 January to the end of a month of the same year.
/// </summary>
/// <remarks>
/// Seed 003 (a London borough's children's scrutiny committee, performance management 2019/20), line 69:
/// "In 2019 to date, the number of assessments undertaken was 343, (96% of the full 2018 calendar year)",
/// with the data "as at the end of August 2019" (line 19). Seed 002 (Rotherham ILSC, 30 July 2024), line 125:
/// "the first half of 2024 ... 75.6% at the end of June", for a measure "measured across the calendar year
/// from January to December".
/// </remarks>
public sealed class CalendarYearToDateTests
{
    private static readonly ReportingPeriod ToAugust2019 = ReportingPeriod.CalendarYearToDate(new YearMonth(2019, 8));

    [Fact]
    public void It_runs_from_1_January_to_the_end_of_the_month()
    {
        Assert.Equal(PeriodType.CalendarYearToDate, ToAugust2019.Type);
        Assert.Equal(new LocalDate(2019, 1, 1), ToAugust2019.Start);
        Assert.Equal(new LocalDate(2019, 8, 31), ToAugust2019.End);
        Assert.Equal(2019, ToAugust2019.Year);
        Assert.Equal(243, ToAugust2019.Days);

        // The first half of 2024, a leap year (seed 002, line 125).
        var firstHalf = ReportingPeriod.CalendarYearToDate(new YearMonth(2024, 6));
        Assert.Equal((new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 30), 182), (firstHalf.Start, firstHalf.End, firstHalf.Days));
    }

    [Fact]
    public void To_December_it_has_the_dates_of_the_calendar_year_but_is_not_the_calendar_year()
    {
        var toDecember = ReportingPeriod.CalendarYearToDate(new YearMonth(2019, 12));
        var year = ReportingPeriod.CalendarYear(2019);
        Assert.Equal((year.Start, year.End), (toDecember.Start, toDecember.End));
        Assert.NotEqual(year, toDecember);
        Assert.Equal(year, toDecember.Parent(PeriodType.CalendarYear));
    }

    [Fact]
    public void Its_labels_are_calendar_year_to_date_and_Jan_to_the_month()
    {
        Assert.Equal("calendar year to date to 2019-08", ToAugust2019.ToString());
        Assert.Equal("calendar year to date to 2019-08", ReportingPeriodPattern.RoundTrip.Format(ToAugust2019));
        Assert.Equal("Jan to Aug 2019", ReportingPeriodPattern.Report.Format(ToAugust2019));
        Assert.Equal("Jan to Jan 2019", ReportingPeriodPattern.Report.Format(ReportingPeriod.CalendarYearToDate(new YearMonth(2019, 1))));
        Assert.Equal("Calendar year to date", Measures.Reporting.Html.ReportingPeriodHtml.TypeName(PeriodType.CalendarYearToDate));
    }

    [Theory]
    [InlineData("calendar year to date to 2019-08")]
    [InlineData("Calendar year to date to August 2019")]
    [InlineData("calendar year to date ending Aug 2019")]
    [InlineData("CY to date to Aug 2019")]
    [InlineData("CYTD Aug 2019")]
    [InlineData("cytd to August 2019")]
    [InlineData("Jan to Aug 2019")]
    [InlineData("January to August 2019")]
    [InlineData("Jan–Aug 2019")]
    [InlineData("Jan-Aug 2019")]
    [InlineData("Jan - Aug. 2019")]
    [InlineData("January until August 2019")]
    [InlineData("January 2019 to August 2019")]
    [InlineData("Jan 2019 – Aug 2019")]
    public void The_labels_people_type_are_read(string label)
    {
        Assert.Equal(ToAugust2019, ReportingPeriod.Parse(label));
        Assert.Equal(ToAugust2019, ReportingPeriod.Parse(label, PeriodType.CalendarYearToDate));
        Assert.True(ReportingPeriod.TryParse(label.AsSpan(), out var viaSpan) && viaSpan == ToAugust2019);
    }

    [Fact]
    public void A_plain_year_to_date_is_financial_unless_a_calendar_year_to_date_is_expected()
    {
        Assert.Equal(ReportingPeriod.FinancialYearToDate(new YearMonth(2019, 8)), ReportingPeriod.Parse("year to date to Aug 2019"));
        Assert.Equal(ToAugust2019, ReportingPeriod.Parse("year to date to Aug 2019", PeriodType.CalendarYearToDate));
        Assert.Equal(ToAugust2019, ReportingPeriod.Parse("YTD Aug 2019", PeriodType.CalendarYearToDate));
        Assert.Equal(ToAugust2019, ReportingPeriodPattern.Report.WithExpectedType(PeriodType.CalendarYearToDate).Parse("year to date to Aug 2019").Value);
    }

    [Fact]
    public void Another_type_expected_refuses_it()
    {
        var ex = Assert.Throws<UnparsableValueException>(() => ReportingPeriod.Parse("Jan to Aug 2019", PeriodType.FinancialYearToDate));
        Assert.Contains("it is a calendar year to date, not the financial year to date expected", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Seed 003, line 69: "In 2019 to date" names the year but not the month the figures run to.
    [InlineData("2019 to date", "\"2019 to date\" (character 1) is a year to date without its last month; write \"Jan to Sep 2019\" or \"calendar year to date to Sep 2019\"")]
    [InlineData("In 2019 to date", "\"In\" (character 1) is not a month name or a period word")]
    [InlineData("calendar year 2019 to date", "\"2019 to date\" (character 15) is a year to date without its last month")]
    [InlineData("Apr to Sep 2019", "\"Apr\" (character 1) starts a range of months, which is read only from January, as a calendar year to date (\"Jan to Sep 2019\"); write a financial year to date as \"year to date to Sep 2019\"")]
    [InlineData("January 2019 to August 2020", "\"January 2019 to August 2020\" (character 1) runs from 2019 into 2020, but a range of months is a calendar year to date and ends in the year it starts")]
    [InlineData("Jan to Aug", "it ends too soon; expected a four-digit year after the month")]
    [InlineData("Jan to", "\"to\" (character 5) is not a year; expected a four-digit year after the month")]
    [InlineData("CYTD", "it ends too soon; expected the last month of the year to date")]
    [InlineData("Jan to Aug 2019 [2019-01-01 to 2019-08-31]", "dates in brackets are only written after an academic year")]
    public void Labels_that_do_not_name_a_calendar_year_to_date_are_refused_saying_why(string label, string expected)
    {
        var ex = Assert.Throws<UnparsableValueException>(() => ReportingPeriod.Parse(label));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.False(ReportingPeriod.TryParse(label, out _));
    }

    [Fact]
    public void It_steps_a_month_at_a_time_and_starts_again_each_January()
    {
        Assert.Equal(ReportingPeriod.CalendarYearToDate(new YearMonth(2019, 9)), ToAugust2019.Next());
        Assert.Equal(ReportingPeriod.CalendarYearToDate(new YearMonth(2019, 7)), ToAugust2019.Previous());
        Assert.Equal(ReportingPeriod.CalendarYearToDate(new YearMonth(2018, 8)), ToAugust2019.SamePeriodLastYear());

        var toDecember = ReportingPeriod.CalendarYearToDate(new YearMonth(2019, 12));
        var toJanuary = ReportingPeriod.CalendarYearToDate(new YearMonth(2020, 1));
        Assert.Equal(toJanuary, toDecember.Next());
        Assert.Equal(toDecember, toJanuary.Previous());
        Assert.Equal((new LocalDate(2020, 1, 1), new LocalDate(2020, 1, 31)), (toJanuary.Start, toJanuary.End));
    }

    [Fact]
    public void Its_children_are_its_months()
    {
        Assert.Equal(["2019-01", "2019-02", "2019-03", "2019-04", "2019-05", "2019-06", "2019-07", "2019-08"], ToAugust2019.Children().Select(c => c.ToString()));
        Assert.Equal(ReportingPeriod.CalendarYear(2019), ToAugust2019.Parent(PeriodType.CalendarYear));
        Assert.Throws<ArgumentException>(() => ToAugust2019.Parent(PeriodType.FinancialYear));
    }

    [Fact]
    public void A_date_does_not_fix_one()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportingPeriod.Containing(PeriodType.CalendarYearToDate, new LocalDate(2019, 8, 31)));
        Assert.Equal("type", ex.ParamName);
        Assert.StartsWith("A calendar year to date is not fixed by a date alone", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_supported_years_bound_it()
    {
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.CalendarYearToDate(new YearMonth(0, 5))).ParamName);
        var last = ReportingPeriod.CalendarYearToDate(new YearMonth(ReportingPeriod.MaxYear, 12));
        Assert.Contains("reporting periods run from year 0001 to 9999", Assert.Throws<OverflowException>(() => last.Next()).Message, StringComparison.Ordinal);
        var first = ReportingPeriod.CalendarYearToDate(new YearMonth(ReportingPeriod.MinYear, 1));
        Assert.Throws<OverflowException>(() => first.Previous());
        Assert.Throws<OverflowException>(() => first.SamePeriodLastYear());
    }

    [Property(MaxTest = 500)]
    public Property Every_month_gives_a_year_to_date_whose_labels_read_back(PositiveInt yearSeed, PositiveInt monthSeed)
    {
        var month = new YearMonth(((yearSeed.Get - 1) % ReportingPeriod.MaxYear) + 1, ((monthSeed.Get - 1) % 12) + 1);
        var p = ReportingPeriod.CalendarYearToDate(month);
        string canonical = p.ToString();
        string report = ReportingPeriodPattern.Report.Format(p);
        return (p.Start == new LocalDate(month.Year, 1, 1)).Label("it starts on 1 January of the month's year")
            .And((p.End == month.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1)).Label("it ends on the month's last day"))
            .And((p.Children().Count == month.Month).Label("it holds as many months as the month's number"))
            .And((ReportingPeriod.Parse(canonical) == p).Label($"\"{canonical}\" reads back"))
            .And((ReportingPeriod.Parse(report) == p).Label($"\"{report}\" reads back"))
            .And((ReportingPeriod.Parse(report, PeriodType.CalendarYearToDate) == p).Label($"\"{report}\" reads back when a calendar year to date is expected"))
            .And((p.Year == month.Year).Label("its year is the month's"));
    }
}
