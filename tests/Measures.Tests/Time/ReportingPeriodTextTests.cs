using System;
using Measures.Time;
using NodaTime;
using NodaTime.Text;

namespace Measures.Tests.Time;

public sealed class ReportingPeriodTextTests
{
    public static TheoryData<string, string> CanonicalLabels => new()
    {
        { "2020-12", "2020-12-01..2020-12-31 Month" },
        { "2020/21 Q3", "2020-10-01..2020-12-31 Quarter" },
        { "FY 2023/24", "2023-04-01..2024-03-31 FinancialYear" },
        { "2019", "2019-01-01..2019-12-31 CalendarYear" },
        { "AY 2023/24", "2023-09-01..2024-08-31 AcademicYear" },
        { "Autumn term 2023/24", "2023-09-01..2023-12-31 Term" },
        { "Spring term 2023/24", "2024-01-01..2024-03-31 Term" },     // Easter Sunday 2024 was 31 March
        { "Summer term 2023/24", "2024-04-01..2024-08-31 Term" },
        { "Autumn 1 2023/24", "2023-09-01..2023-10-29 HalfTerm" },    // half-term week 23–29 October 2023
        { "Autumn 2 2023/24", "2023-10-30..2023-12-31 HalfTerm" },
        { "Spring 1 2023/24", "2024-01-01..2024-02-18 HalfTerm" },    // half-term week 12–18 February 2024
        { "Spring 2 2023/24", "2024-02-19..2024-03-31 HalfTerm" },
        { "Summer 1 2023/24", "2024-04-01..2024-06-02 HalfTerm" },    // spring bank holiday 27 May 2024
        { "Summer 2 2023/24", "2024-06-03..2024-08-31 HalfTerm" },
        { "rolling 12 months to 2023-07", "2022-08-01..2023-07-31 RollingMonths" },
        { "rolling 1 month to 2023-07", "2023-07-01..2023-07-31 RollingMonths" },
        { "financial year to date to 2015-07", "2015-04-01..2015-07-31 FinancialYearToDate" },
        { "academic year to date to 2015-07", "2014-09-01..2015-07-31 AcademicYearToDate" },
        { "2020-01-01 to 2020-03-31", "2020-01-01..2020-03-31 DateRange" },
    };

    [Theory]
    [MemberData(nameof(CanonicalLabels))]
    public void Canonical_labels_parse_to_the_documented_dates_and_format_back_unchanged(string label, string expected)
    {
        var period = ReportingPeriod.Parse(label);
        Assert.Equal(expected, Describe(period));
        Assert.Equal(label, period.ToString());
    }

    [Theory]
    [InlineData("Dec 2020", "2020-12")]
    [InlineData("December 2020", "2020-12")]
    [InlineData("dec 2020", "2020-12")]
    [InlineData("Sept 2020", "2020-09")]
    [InlineData("Dec. 2020", "2020-12")]
    [InlineData("  December   2020 ", "2020-12")]
    [InlineData("Q3 2020/21", "2020/21 Q3")]
    [InlineData("q3 2020-21", "2020/21 Q3")]
    [InlineData("Quarter 3 2020/2021", "2020/21 Q3")]
    [InlineData("Q3 FY 2020/21", "2020/21 Q3")]
    [InlineData("2020/21 Q3", "2020/21 Q3")]
    [InlineData("FY 2020/21 Q3", "2020/21 Q3")]
    [InlineData("2023/24", "FY 2023/24")]
    [InlineData("2023-24", "FY 2023/24")]
    [InlineData("2023–24", "FY 2023/24")]
    [InlineData("2023/2024", "FY 2023/24")]
    [InlineData("FY2023/24", "FY 2023/24")]
    [InlineData("financial year 2023/24", "FY 2023/24")]
    [InlineData("2023/24 financial year", "FY 2023/24")]
    [InlineData("2099/00", "FY 2099/00")]
    [InlineData("AY 2023/24", "AY 2023/24")]
    [InlineData("academic year 2023/24", "AY 2023/24")]
    [InlineData("2023/24 academic year", "AY 2023/24")]
    [InlineData("CY 2019", "2019")]
    [InlineData("calendar year 2019", "2019")]
    [InlineData("Autumn term 2023/24", "Autumn term 2023/24")]
    [InlineData("autumn 2023/24", "Autumn term 2023/24")]
    [InlineData("Autumn Term 2023", "Autumn term 2023/24")]
    [InlineData("Spring term 2024", "Spring term 2023/24")]
    [InlineData("Summer term 2024", "Summer term 2023/24")]
    [InlineData("2023/24 Autumn term", "Autumn term 2023/24")]
    [InlineData("AY 2023/24 Spring", "Spring term 2023/24")]
    [InlineData("Autumn half-term 1 2023/24", "Autumn 1 2023/24")]
    [InlineData("Summer 2 2024", "Summer 2 2023/24")]
    [InlineData("rolling 12 months to July 2023", "rolling 12 months to 2023-07")]
    [InlineData("Rolling 12 months ending Jul 2023", "rolling 12 months to 2023-07")]
    [InlineData("rolling 12-month to 2023-07", "rolling 12 months to 2023-07")]
    [InlineData("12 months to July 2023", "rolling 12 months to 2023-07")]
    [InlineData("year to date to July 2015", "financial year to date to 2015-07")]
    [InlineData("Year to date July 2015", "financial year to date to 2015-07")]
    [InlineData("YTD July 2015", "financial year to date to 2015-07")]
    [InlineData("FYTD to July 2015", "financial year to date to 2015-07")]
    [InlineData("financial year to date to July 2015", "financial year to date to 2015-07")]
    [InlineData("academic year to date to July 2015", "academic year to date to 2015-07")]
    [InlineData("AYTD 2015-07", "academic year to date to 2015-07")]
    [InlineData("1 January 2020 to 31 March 2020", "2020-01-01 to 2020-03-31")]
    [InlineData("1st Jan 2020 - 31st Mar 2020", "2020-01-01 to 2020-03-31")]
    [InlineData("2020-01-01..2020-03-31", "2020-01-01 to 2020-03-31")]
    [InlineData("2020-01-01/2020-03-31", "2020-01-01 to 2020-03-31")]
    public void Labels_people_type_are_read(string label, string canonical)
    {
        Assert.Equal(canonical, ReportingPeriod.Parse(label).ToString());
    }

    [Fact]
    public void An_unmarked_year_pair_is_a_financial_year_unless_an_academic_year_is_expected()
    {
        Assert.Equal(ReportingPeriod.FinancialYear(2023), ReportingPeriod.Parse("2023/24"));
        Assert.Equal(ReportingPeriod.AcademicYear(2023), ReportingPeriod.Parse("2023/24", PeriodType.AcademicYear));
        Assert.Equal(ReportingPeriod.FinancialYear(2023), ReportingPeriod.Parse("2023-24", PeriodType.FinancialYear));
        Assert.Equal(ReportingPeriod.AcademicYearToDate(new YearMonth(2015, 7)), ReportingPeriod.Parse("year to date to July 2015", PeriodType.AcademicYearToDate));
    }

    [Fact]
    public void A_label_of_another_type_than_expected_is_refused()
    {
        var ex = Assert.Throws<UnparsableValueException>(() => ReportingPeriod.Parse("Q3 2020/21", PeriodType.Month));
        Assert.Contains("quarter, not the month expected", ex.Message, StringComparison.Ordinal);
        Assert.False(ReportingPeriod.TryParse("2019", PeriodType.FinancialYear, out _));
    }

    [Fact]
    public void Iso_year_month_is_always_a_month_even_where_it_looks_like_a_year_pair()
    {
        Assert.Equal(ReportingPeriod.Month(2011, 12), ReportingPeriod.Parse("2011-12"));
        Assert.Equal(ReportingPeriod.FinancialYear(2011), ReportingPeriod.Parse("2011/12"));
    }

    [Theory]
    [InlineData("Decembr 2020", "\"Decembr\" (character 1) is not a month name or a period word")]
    [InlineData("Q5 2020/21", "\"5\" (character 2) is not a quarter")]
    [InlineData("Q3 2020/22", "\"22\" (character 9) is not the year after 2020; expected \"2020/21\"")]
    [InlineData("15/16", "write the first year with four digits, as in \"2015/16\"")]
    [InlineData("Dec 20", "\"20\" (character 5) is a two-digit year")]
    [InlineData("December", "it ends too soon; expected a four-digit year after the month")]
    [InlineData("2020-13-01 to 2020-14-01", "is not a date in the calendar")]
    [InlineData("rolling 0 months to July 2023", "\"0\" (character 9) is not a number of months from 1 to 1200")]
    [InlineData("rolling 12 months July 2023", "expected \"to\" or \"ending\"")]
    [InlineData("2020/21 Q3 please", "\"please\" (character 12) is not expected here; expected the end of the label")]
    [InlineData("", "the label is empty")]
    [InlineData("as at 31 July 2015", "snapshot date")]
    [InlineData("2020-03-31 to 2020-01-01", "the last date 2020-01-01 is before the first date 2020-03-31")]
    [InlineData("Autumn 3 2023/24", "\"3\" (character 8) is not a half of a term")]
    [InlineData("2023/24 Q3 [2023-10-01 to 2023-12-31]", "dates in brackets are only written after an academic year")]
    public void Unreadable_labels_say_which_part_failed_and_what_was_expected(string label, string expected)
    {
        var ex = Assert.Throws<UnparsableValueException>(() => ReportingPeriod.Parse(label));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.False(ReportingPeriod.TryParse(label, out var result));
        Assert.Equal(default, result);
        var parsed = ReportingPeriodPattern.RoundTrip.Parse(label);
        Assert.False(parsed.Success);
        Assert.Equal(ex.Message, parsed.Exception.Message);
    }

    [Fact]
    public void Pattern_failure_reports_the_character_index_of_the_bad_part()
    {
        var ex = Assert.IsType<UnparsableValueException>(ReportingPeriodPattern.RoundTrip.Parse("Q3 2020/22").Exception);
        Assert.Equal("Q3 2020/22", ex.Value);
        Assert.Equal(8, ex.Index);
    }

    [Fact]
    public void Try_parse_of_null_fails_without_throwing()
    {
        Assert.False(ReportingPeriod.TryParse((string?)null, out _));
        Assert.False(ReportingPeriodPattern.RoundTrip.Parse(null!).Success);
    }

    [Fact]
    public void Periods_built_under_the_August_convention_carry_their_dates_in_the_label()
    {
        var august = AcademicYearConvention.FromAugust;
        var ay = ReportingPeriod.AcademicYear(2023, august);
        Assert.Equal("AY 2023/24 [2023-08-01 to 2024-07-31]", ay.ToString());
        Assert.Equal(ay, ReportingPeriod.Parse(ay.ToString()));

        var pattern = ReportingPeriodPattern.RoundTrip.WithConvention(august);
        Assert.Equal("AY 2023/24", pattern.Format(ay));
        Assert.Equal(ay, pattern.Parse("AY 2023/24").Value);
        Assert.Equal(ReportingPeriod.Term(2023, SchoolTerm.Autumn, august), pattern.Parse("Autumn term 2023/24").Value);
    }

    [Fact]
    public void Bracketed_dates_must_fit_the_period_named()
    {
        var ex = Assert.Throws<UnparsableValueException>(() => ReportingPeriod.Parse("AY 2023/24 [2023-08-01 to 2024-08-31]"));
        Assert.Contains("not an academic year", ex.Message, StringComparison.Ordinal);
        Assert.Throws<UnparsableValueException>(() => ReportingPeriod.Parse("Spring term 2023/24 [2023-01-01 to 2023-04-01]"));
    }

    [Fact]
    public void Try_format_writes_into_a_span_and_reports_a_short_destination()
    {
        var q3 = ReportingPeriod.Quarter(2020, 3);
        Span<char> buffer = stackalloc char[32];
        Assert.True(q3.TryFormat(buffer, out int n, default, null));
        Assert.Equal("2020/21 Q3", buffer[..n].ToString());
        Assert.False(q3.TryFormat(buffer[..5], out n, default, null));
        Assert.Equal(0, n);
        Assert.Equal("Period 2020/21 Q3", $"Period {q3}");
        Assert.Throws<FormatException>(() => q3.ToString("yyyy", null));
    }

    [Fact]
    public void The_named_patterns_write_the_canonical_label_and_the_report_wording()
    {
        var council = AcademicYearConvention.FromAugust;
        (ReportingPeriod Period, string RoundTrip, string Report)[] cases =
        [
            (ReportingPeriod.Month(2023, 12), "2023-12", "Dec 2023"),
            (ReportingPeriod.Quarter(2023, 3), "2023/24 Q3", "Q3 2023/24"),
            (ReportingPeriod.FinancialYear(2023), "FY 2023/24", "2023/24"),
            (ReportingPeriod.CalendarYear(2023), "2023", "2023"),
            (ReportingPeriod.AcademicYear(2022), "AY 2022/23", "AY 2022/23"),
            (ReportingPeriod.AcademicYear(2022, council), "AY 2022/23 [2022-08-01 to 2023-07-31]", "AY 2022/23"),
            (ReportingPeriod.Term(2023, SchoolTerm.Spring), "Spring term 2023/24", "Spring term 2023/24"),
            (ReportingPeriod.HalfTerm(2023, HalfTerm.Autumn1), "Autumn 1 2023/24", "Autumn 1 2023/24"),
            (ReportingPeriod.RollingMonths(12, new NodaTime.YearMonth(2024, 3)), "rolling 12 months to 2024-03", "rolling 12 months to Mar 2024"),
            (ReportingPeriod.RollingMonths(1, new NodaTime.YearMonth(2024, 3)), "rolling 1 month to 2024-03", "rolling 1 month to Mar 2024"),
            (ReportingPeriod.FinancialYearToDate(new NodaTime.YearMonth(2023, 12)), "financial year to date to 2023-12", "year to date to Dec 2023"),
            (ReportingPeriod.AcademicYearToDate(new NodaTime.YearMonth(2023, 12)), "academic year to date to 2023-12", "academic year to date to Dec 2023"),
            (ReportingPeriod.DateRange(new LocalDate(2020, 1, 1), new LocalDate(2020, 3, 31)), "2020-01-01 to 2020-03-31", "1 Jan 2020 to 31 Mar 2020"),
        ];
        foreach (var (period, roundTrip, report) in cases)
        {
            Assert.Equal(roundTrip, ReportingPeriodPattern.RoundTrip.Format(period));
            Assert.Equal(report, ReportingPeriodPattern.Report.Format(period));
            Assert.Equal(period, ReportingPeriodPattern.Report.WithConvention(period.Start.Month == 8 ? council : AcademicYearConvention.Default).Parse(report).Value);
        }
    }

    internal static string Describe(ReportingPeriod p) => $"{p.Start:uuuu-MM-dd}..{p.End:uuuu-MM-dd} {p.Type}";
}
