using System;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Time;

public sealed class TermBoundariesTests
{
    // Spring ends on Easter Sunday and summer begins on Easter Monday. Easter Sundays as listed
    // by GOV.UK's bank-holiday feed (https://www.gov.uk/bank-holidays: Easter Monday is the day after):
    // 31 March 2024, 9 April 2023, 17 April 2022.
    [Theory]
    [InlineData(2023, 2024, 3, 31)]
    [InlineData(2022, 2023, 4, 9)]
    [InlineData(2021, 2022, 4, 17)]
    public void Spring_ends_on_Easter_Sunday_and_summer_begins_on_Easter_Monday(int academicYear, int y, int m, int d)
    {
        var easter = new LocalDate(y, m, d);
        Assert.Equal(easter, ReportingPeriod.Term(academicYear, SchoolTerm.Spring).End);
        Assert.Equal(easter.PlusDays(1), ReportingPeriod.Term(academicYear, SchoolTerm.Summer).Start);
        Assert.Equal(new LocalDate(y, 1, 1), ReportingPeriod.Term(academicYear, SchoolTerm.Spring).Start);
        Assert.Equal(new LocalDate(y - 1, 12, 31), ReportingPeriod.Term(academicYear, SchoolTerm.Autumn).End);
    }

    // The spring bank holiday moved for the jubilees: Tuesday 4 June 2002 (Golden), Monday 4 June 2012
    // (Diamond; GOV.UK bank-holiday feed) and Thursday 2 June 2022 (Platinum; GOV.UK bank-holiday feed).
    // Summer 2 begins on the Monday after the week (Monday to Sunday) that holds it.
    [Theory]
    [InlineData(2001, 2002, 6, 10)]
    [InlineData(2011, 2012, 6, 11)]
    [InlineData(2021, 2022, 6, 6)]
    [InlineData(2022, 2023, 6, 5)]   // spring bank holiday Monday 29 May 2023 (GOV.UK)
    [InlineData(2023, 2024, 6, 3)]   // spring bank holiday Monday 27 May 2024 (GOV.UK)
    public void Summer_2_begins_the_Monday_after_the_spring_bank_holiday_week(int academicYear, int y, int m, int d)
    {
        Assert.Equal(new LocalDate(y, m, d), TermBoundaries.Default(academicYear).SummerSecondHalfStart);
        Assert.Equal(new LocalDate(y, m, d), ReportingPeriod.HalfTerm(academicYear, HalfTerm.Summer2).Start);
    }

    [Theory]
    [InlineData(2002, 6, 4)]
    [InlineData(2012, 6, 4)]
    [InlineData(2022, 6, 2)]
    [InlineData(2021, 5, 31)]   // GOV.UK: spring bank holiday Monday 31 May 2021
    public void Spring_bank_holiday_is_the_last_Monday_of_May_except_in_jubilee_years(int y, int m, int d)
    {
        Assert.Equal(new LocalDate(y, m, d), TermBoundaries.SpringBankHoliday(y));
    }

    [Theory]
    [InlineData(2023, "2023-10-30", "2024-02-19")]   // 29 Oct 2023 a Sunday; 18 Feb 2024 a Sunday
    [InlineData(2024, "2024-11-04", "2025-02-24")]   // 29 Oct 2024 a Tuesday; 18 Feb 2025 a Tuesday
    [InlineData(2018, "2018-11-05", "2019-02-25")]   // 29 Oct 2018 a Monday; 18 Feb 2019 a Monday
    public void Second_halves_of_autumn_and_spring_begin_the_Monday_after_the_half_term_weeks(int academicYear, string autumn2, string spring2)
    {
        var b = TermBoundaries.Default(academicYear);
        Assert.Equal(autumn2, $"{b.AutumnSecondHalfStart:uuuu-MM-dd}");
        Assert.Equal(spring2, $"{b.SpringSecondHalfStart:uuuu-MM-dd}");
        Assert.Equal(IsoDayOfWeek.Monday, b.AutumnSecondHalfStart.DayOfWeek);
        Assert.Equal(IsoDayOfWeek.Monday, b.SpringSecondHalfStart.DayOfWeek);
    }

    [Fact]
    public void Boundaries_out_of_order_are_refused_with_the_field_named()
    {
        var ex = Assert.Throws<ArgumentException>(() => new TermBoundaries(
            2023, new LocalDate(2023, 10, 30), new LocalDate(2024, 1, 4), new LocalDate(2024, 1, 2), new LocalDate(2024, 4, 15), new LocalDate(2024, 6, 3)));
        Assert.Equal("springSecondHalfStart", ex.ParamName);
        Assert.Contains("2024-01-02", ex.Message, StringComparison.Ordinal);

        ex = Assert.Throws<ArgumentException>(() => new TermBoundaries(
            2023, new LocalDate(2023, 10, 30), new LocalDate(2023, 12, 30), new LocalDate(2024, 2, 19), new LocalDate(2024, 4, 15), new LocalDate(2024, 6, 3)));
        Assert.Equal("springStart", ex.ParamName);
    }

    [Fact]
    public void A_council_s_own_term_dates_replace_the_defaults_for_their_year_only()
    {
        // The spring term starting on Thursday 4 January 2024 and summer on Monday 15 April 2024.
        var own = new TermBoundaries(2023, new LocalDate(2023, 10, 30), new LocalDate(2024, 1, 4), new LocalDate(2024, 2, 19), new LocalDate(2024, 4, 15), new LocalDate(2024, 6, 3));
        var council = AcademicYearConvention.Default.WithTermBoundaries(own);

        var autumn = ReportingPeriod.Term(2023, SchoolTerm.Autumn, council);
        Assert.Equal(new LocalDate(2024, 1, 3), autumn.End);
        Assert.Equal("Autumn term 2023/24 [2023-09-01 to 2024-01-03]", autumn.ToString());
        Assert.Equal(autumn, ReportingPeriod.Parse(autumn.ToString()));
        Assert.Equal(ReportingPeriod.Term(2023, SchoolTerm.Spring, council), ReportingPeriod.Containing(PeriodType.Term, new LocalDate(2024, 4, 14), council));
        Assert.Equal(ReportingPeriod.Term(2022, SchoolTerm.Spring), ReportingPeriod.Term(2022, SchoolTerm.Spring, council));
        Assert.Equal([own], council.CustomTermBoundaries);
    }

    [Fact]
    public void A_convention_refuses_two_sets_of_boundaries_for_one_year_and_summer_2_after_the_year()
    {
        var b = TermBoundaries.Default(2023);
        Assert.Throws<ArgumentException>(() => AcademicYearConvention.Default.WithTermBoundaries(b, b));
        var late = new TermBoundaries(2023, b.AutumnSecondHalfStart, b.SpringStart, b.SpringSecondHalfStart, b.SummerStart, new LocalDate(2024, 8, 15));
        var ex = Assert.Throws<ArgumentException>(() => AcademicYearConvention.FromAugust.WithTermBoundaries(late));
        Assert.Contains("after the academic year ends on 2024-07-31", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_academic_year_can_begin_on_1_August()
    {
        var ay = ReportingPeriod.AcademicYear(2023, AcademicYearConvention.FromAugust);
        Assert.Equal(new LocalDate(2023, 8, 1), ay.Start);
        Assert.Equal(new LocalDate(2024, 7, 31), ay.End);
        Assert.Equal(new LocalDate(2024, 7, 31), ReportingPeriod.Term(2023, SchoolTerm.Summer, AcademicYearConvention.FromAugust).End);
        Assert.Equal(new AnnualDate(8, 1), AcademicYearConvention.FromAugust.FirstDay);
        Assert.Same(AcademicYearConvention.FromAugust, AcademicYearConvention.StartingIn(8));
        Assert.Throws<ArgumentOutOfRangeException>(() => AcademicYearConvention.StartingIn(10));
    }
}
