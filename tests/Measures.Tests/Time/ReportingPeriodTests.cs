using Measures.Time;
using NodaTime;

namespace Measures.Tests.Time;

public sealed class ReportingPeriodTests
{
    [Fact]
    public void Quarter_three_of_2020_21_is_October_to_December_2020()
    {
        var q3 = ReportingPeriod.Quarter(2020, 3);
        Assert.Equal(PeriodType.Quarter, q3.Type);
        Assert.Equal(new LocalDate(2020, 10, 1), q3.Start);
        Assert.Equal(new LocalDate(2020, 12, 31), q3.End);
    }

    [Fact]
    public void Quarter_four_runs_into_the_next_calendar_year()
    {
        var q4 = ReportingPeriod.Quarter(2023, 4);
        Assert.Equal(new LocalDate(2024, 1, 1), q4.Start);
        Assert.Equal(new LocalDate(2024, 3, 31), q4.End);
    }

    [Fact]
    public void Financial_year_has_365_or_366_days()
    {
        Assert.Equal(366, ReportingPeriod.FinancialYear(2023).Days); // includes 29 February 2024
        Assert.Equal(365, ReportingPeriod.FinancialYear(2022).Days);
    }

    [Fact]
    public void Date_range_rejects_an_end_before_its_start()
    {
        var ex = Assert.Throws<System.ArgumentException>(() => ReportingPeriod.DateRange(new LocalDate(2020, 2, 1), new LocalDate(2020, 1, 31)));
        Assert.Equal("end", ex.ParamName);
    }

    [Fact]
    public void Every_factory_checks_its_arguments_and_names_them()
    {
        Assert.Equal("month", Assert.Throws<System.ArgumentOutOfRangeException>(() => ReportingPeriod.Month(2020, 13)).ParamName);
        Assert.Equal("quarter", Assert.Throws<System.ArgumentOutOfRangeException>(() => ReportingPeriod.Quarter(2020, 0)).ParamName);
        Assert.Equal("term", Assert.Throws<System.ArgumentOutOfRangeException>(() => ReportingPeriod.Term(2020, (SchoolTerm)4)).ParamName);
        Assert.Equal("halfTerm", Assert.Throws<System.ArgumentOutOfRangeException>(() => ReportingPeriod.HalfTerm(2020, (HalfTerm)0)).ParamName);
        Assert.Equal("months", Assert.Throws<System.ArgumentOutOfRangeException>(() => ReportingPeriod.RollingMonths(0, new YearMonth(2023, 7))).ParamName);
        Assert.Equal("startYear", Assert.Throws<System.ArgumentOutOfRangeException>(() => ReportingPeriod.FinancialYear(0)).ParamName);
        Assert.Equal("convention", Assert.Throws<System.ArgumentNullException>(() => ReportingPeriod.AcademicYear(2020, null!)).ParamName);
    }

    [Fact]
    public void Windows_run_from_the_right_first_day()
    {
        // "rolling 12 months to July 2023" is August 2022 to July 2023.
        var rolling = ReportingPeriod.RollingMonths(12, new YearMonth(2023, 7));
        Assert.Equal(new LocalDate(2022, 8, 1), rolling.Start);
        Assert.Equal(new LocalDate(2023, 7, 31), rolling.End);

        // "year to date to July 2015": 1 April 2015 (financial) or 1 September 2014 (academic) to 31 July 2015.
        Assert.Equal(new LocalDate(2015, 4, 1), ReportingPeriod.FinancialYearToDate(new YearMonth(2015, 7)).Start);
        Assert.Equal(new LocalDate(2014, 9, 1), ReportingPeriod.AcademicYearToDate(new YearMonth(2015, 7)).Start);
        Assert.Equal(new LocalDate(2015, 3, 1), ReportingPeriod.FinancialYearToDate(new YearMonth(2015, 3)).Start.PlusMonths(11));
    }

    [Fact]
    public void Names_and_years_of_terms_and_half_terms_are_available()
    {
        var spring2 = ReportingPeriod.HalfTerm(2023, HalfTerm.Spring2);
        Assert.Equal(SchoolTerm.Spring, spring2.SchoolTerm);
        Assert.Equal(HalfTerm.Spring2, spring2.SchoolHalfTerm);
        Assert.Equal(2023, spring2.Year);
        Assert.Equal(2020, ReportingPeriod.Quarter(2020, 4).Year);
        Assert.Null(ReportingPeriod.Month(2020, 1).SchoolTerm);
        Assert.Equal(new YearMonth(2021, 1), ReportingPeriod.Quarter(2020, 4).StartMonth);
    }
}
