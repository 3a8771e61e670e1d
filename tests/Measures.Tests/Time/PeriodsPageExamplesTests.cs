using System.Linq;
using Measures.Time;
using NodaTime;
using NodaTime.Text;

namespace Measures.Tests.Time;

/// <summary>The examples on docs/concepts/periods.md, with the results the page states.</summary>
public sealed class PeriodsPageExamplesTests
{
    [Theory]
    [InlineData("Dec 2020", "2020-12")]
    [InlineData("Q3 2020/21", "2020/21 Q3")]
    [InlineData("2023-24", "FY 2023/24")]
    [InlineData("academic year 2023/24", "AY 2023/24")]
    [InlineData("Autumn term 2023/24", "Autumn term 2023/24")]
    [InlineData("Spring term 2024", "Spring term 2023/24")]
    [InlineData("rolling 12 months to July 2023", "rolling 12 months to 2023-07")]
    [InlineData("year to date to July 2015", "financial year to date to 2015-07")]
    [InlineData("1 January 2020 to 31 March 2020", "2020-01-01 to 2020-03-31")]
    [InlineData("Jan to Aug 2019", "calendar year to date to 2019-08")]
    [InlineData("January–August 2019", "calendar year to date to 2019-08")]
    [InlineData("January 2019 to August 2019", "calendar year to date to 2019-08")]
    [InlineData("CYTD Aug 2019", "calendar year to date to 2019-08")]
    [InlineData("calendar year to date to August 2019", "calendar year to date to 2019-08")]
    public void Labels_section(string typed, string canonical) => Assert.Equal(canonical, ReportingPeriod.Parse(typed).ToString());

    [Theory]
    [InlineData("Q5 2020/21", "Cannot read \"Q5 2020/21\": \"5\" (character 2) is not a quarter; a financial year has quarters 1 to 4 (Q1 April–June … Q4 January–March).")]
    [InlineData("Q3 2020/22", "Cannot read \"Q3 2020/22\": \"22\" (character 9) is not the year after 2020; expected \"2020/21\".")]
    [InlineData("15/16", "Cannot read \"15/16\": \"15\" (character 1) has a two-digit first year; write the first year with four digits, as in \"2015/16\".")]
    [InlineData("December", "Cannot read \"December\": it ends too soon; expected a four-digit year after the month.")]
    public void Error_messages_section(string label, string message) =>
        Assert.Equal(message, Assert.Throws<UnparsableValueException>(() => ReportingPeriod.Parse(label)).Message);

    [Fact]
    public void Misspelt_month_message_starts_as_the_page_shows()
    {
        string message = Assert.Throws<UnparsableValueException>(() => ReportingPeriod.Parse("Decembr 2020")).Message;
        Assert.StartsWith("Cannot read \"Decembr 2020\": \"Decembr\" (character 1) is not a month name or a period word; expected a month (\"Dec 2020\", \"2020-12\"), ", message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Pattern_example()
    {
        var pattern = ReportingPeriodPattern.RoundTrip
            .WithExpectedType(PeriodType.AcademicYear)
            .WithConvention(AcademicYearConvention.FromAugust);
        ParseResult<ReportingPeriod> result = pattern.Parse("2023/24");
        Assert.True(result.Success);
        Assert.Equal(new LocalDate(2023, 8, 1), result.Value.Start);
        Assert.Equal(new LocalDate(2024, 7, 31), result.Value.End);
    }

    [Fact]
    public void Navigation_section()
    {
        var q3 = ReportingPeriod.Parse("Q3 2020/21");
        Assert.Equal("2020/21 Q2", q3.Previous().ToString());
        Assert.Equal("2020/21 Q4", q3.Next().ToString());
        Assert.Equal("2019/20 Q3", q3.SamePeriodLastYear().ToString());
        Assert.Equal("FY 2020/21", q3.Parent(PeriodType.FinancialYear).ToString());
        Assert.Equal(["2020-10", "2020-11", "2020-12"], q3.Children().Select(c => c.ToString()));
        Assert.Equal("Autumn 2 2020/21", ReportingPeriod.Containing(PeriodType.HalfTerm, new LocalDate(2020, 12, 25)).ToString());
    }

    [Fact]
    public void Half_terms_of_2023_24()
    {
        string[] expected =
        [
            "2023-09-01..2023-10-29 HalfTerm", "2023-10-30..2023-12-31 HalfTerm", "2024-01-01..2024-02-18 HalfTerm",
            "2024-02-19..2024-03-31 HalfTerm", "2024-04-01..2024-06-02 HalfTerm", "2024-06-03..2024-08-31 HalfTerm",
        ];
        var halves = ReportingPeriod.AcademicYear(2023).Children().SelectMany(t => t.Children());
        Assert.Equal(expected, halves.Select(ReportingPeriodTextTests.Describe));
    }

    [Fact]
    public void Council_term_dates_and_brackets()
    {
        var council = AcademicYearConvention.Default.WithTermBoundaries(
            new TermBoundaries(2023,
                autumnSecondHalfStart: new LocalDate(2023, 10, 30),
                springStart: new LocalDate(2024, 1, 4),
                springSecondHalfStart: new LocalDate(2024, 2, 19),
                summerStart: new LocalDate(2024, 4, 15),
                summerSecondHalfStart: new LocalDate(2024, 6, 3)));
        var autumn = ReportingPeriod.Term(2023, SchoolTerm.Autumn, council);
        Assert.Equal("2023-09-01..2024-01-03 Term", ReportingPeriodTextTests.Describe(autumn));
        Assert.Equal("Autumn term 2023/24 [2023-09-01 to 2024-01-03]", autumn.ToString());
        Assert.Equal("AY 2023/24 [2023-08-01 to 2024-07-31]", ReportingPeriod.AcademicYear(2023, AcademicYearConvention.FromAugust).ToString());
        Assert.Equal("Autumn term 2023/24", ReportingPeriodPattern.RoundTrip.WithConvention(council).Format(autumn));
    }

    [Fact]
    public void Ambiguous_labels_section_on_years_to_date()
    {
        Assert.Equal(PeriodType.CalendarYearToDate, ReportingPeriod.Parse("year to date to July 2015", PeriodType.CalendarYearToDate).Type);
        string message = Assert.Throws<UnparsableValueException>(() => ReportingPeriod.Parse("2019 to date")).Message;
        Assert.Contains("\"Jan to Sep 2019\" or \"calendar year to date to Sep 2019\"", message, System.StringComparison.Ordinal);
        Assert.Contains("read only from January", Assert.Throws<UnparsableValueException>(() => ReportingPeriod.Parse("Apr to Sep 2019")).Message, System.StringComparison.Ordinal);
        Assert.Contains("ends in the year it starts", Assert.Throws<UnparsableValueException>(() => ReportingPeriod.Parse("January 2019 to August 2020")).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_section()
    {
        var november = new YearMonth(2019, 11);
        (ReportingPeriod Period, string Label)[] rows =
        [
            (ReportingPeriod.RollingMonths(3, november), "rolling 3 months to Nov 2019"),
            (ReportingPeriod.RollingMonths(6, november), "rolling 6 months to Nov 2019"),
            (ReportingPeriod.RollingMonths(12, november), "rolling 12 months to Nov 2019"),
            (ReportingPeriod.RollingMonths(24, november), "rolling 24 months to Nov 2019"),
            (ReportingPeriod.FinancialYearToDate(new YearMonth(2015, 7)), "year to date to Jul 2015"),
            (ReportingPeriod.AcademicYearToDate(new YearMonth(2015, 7)), "academic year to date to Jul 2015"),
            (ReportingPeriod.CalendarYearToDate(new YearMonth(2019, 8)), "Jan to Aug 2019"),
        ];
        Assert.All(rows, row => Assert.Equal(row.Label, ReportingPeriodPattern.Report.Format(row.Period)));
        Assert.Equal("Jan to Jun 2024", ReportingPeriodPattern.Report.Format(ReportingPeriod.CalendarYearToDate(new YearMonth(2024, 6))));
        Assert.Equal(ReportingPeriod.CalendarYear(2019), ReportingPeriod.CalendarYearToDate(new YearMonth(2019, 12)).Parent(PeriodType.CalendarYear));
        Assert.Equal("Jan to Jan 2020", ReportingPeriodPattern.Report.Format(ReportingPeriod.Parse("Jan to Dec 2019").Next()));
        Assert.Equal(12, new Measures.Reporting.ScorecardOptions().RollingWindowMonths);

        string page = Measures.Tests.RepositoryFile.ReadAllText("docs/concepts/periods.md");
        Assert.All(rows, row => Assert.Contains($"| `{row.Label}` |", page, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Snapshot_section()
    {
        Assert.Equal("as at 2015-07-31", SnapshotDate.Parse("as at 31 July 2015").ToString());
        Assert.Equal("as at 2015-07-31", SnapshotDate.Parse("as at the 31st July 2015").ToString());
        Assert.Equal("as at 2019-08-31", SnapshotDate.Parse("as at the end of August 2019").ToString());
        Assert.Equal("as at 2020-12-31", SnapshotDate.EndOf(ReportingPeriod.Quarter(2020, 3)).ToString());
    }
}
