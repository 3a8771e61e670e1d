using System;
using System.Linq;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Time;

public sealed class ReportingPeriodNavigationTests
{
    private static ReportingPeriod P(string label) => ReportingPeriod.Parse(label);

    private static string[] Labels(System.Collections.Generic.IEnumerable<ReportingPeriod> periods) => periods.Select(p => p.ToString()).ToArray();

    [Theory]
    [InlineData("2020-12", "2021-01", "2020-11")]
    [InlineData("2020/21 Q4", "2021/22 Q1", "2020/21 Q3")]
    [InlineData("FY 2023/24", "FY 2024/25", "FY 2022/23")]
    [InlineData("2019", "2020", "2018")]
    [InlineData("AY 2023/24", "AY 2024/25", "AY 2022/23")]
    [InlineData("Summer term 2023/24", "Autumn term 2024/25", "Spring term 2023/24")]
    [InlineData("Autumn 1 2023/24", "Autumn 2 2023/24", "Summer 2 2022/23")]
    [InlineData("rolling 12 months to 2023-07", "rolling 12 months to 2023-08", "rolling 12 months to 2023-06")]
    [InlineData("financial year to date to 2016-03", "financial year to date to 2016-04", "financial year to date to 2016-02")]
    [InlineData("academic year to date to 2015-08", "academic year to date to 2015-09", "academic year to date to 2015-07")]
    [InlineData("2020-01-01 to 2020-01-10", "2020-01-11 to 2020-01-20", "2019-12-22 to 2019-12-31")]
    public void Next_and_previous_move_one_step(string label, string next, string previous)
    {
        Assert.Equal(next, P(label).Next().ToString());
        Assert.Equal(previous, P(label).Previous().ToString());
    }

    [Theory]
    [InlineData("2020-12", "2019-12")]
    [InlineData("2020/21 Q3", "2019/20 Q3")]
    [InlineData("FY 2023/24", "FY 2022/23")]
    [InlineData("Autumn term 2023/24", "Autumn term 2022/23")]
    [InlineData("Spring 2 2023/24", "Spring 2 2022/23")]
    [InlineData("rolling 12 months to 2023-07", "rolling 12 months to 2022-07")]
    [InlineData("financial year to date to 2015-07", "financial year to date to 2014-07")]
    [InlineData("2024-02-01 to 2024-02-29", "2023-02-01 to 2023-02-28")]
    public void Same_period_last_year(string label, string lastYear)
    {
        Assert.Equal(lastYear, P(label).SamePeriodLastYear().ToString());
    }

    [Theory]
    [InlineData(PeriodType.Month, "2020-12")]
    [InlineData(PeriodType.Quarter, "2020/21 Q3")]
    [InlineData(PeriodType.FinancialYear, "FY 2020/21")]
    [InlineData(PeriodType.CalendarYear, "2020")]
    [InlineData(PeriodType.AcademicYear, "AY 2020/21")]
    [InlineData(PeriodType.Term, "Autumn term 2020/21")]
    [InlineData(PeriodType.HalfTerm, "Autumn 2 2020/21")]
    public void Containing_finds_the_period_of_each_type_around_Christmas_2020(PeriodType type, string expected)
    {
        Assert.Equal(expected, ReportingPeriod.Containing(type, new LocalDate(2020, 12, 25)).ToString());
    }

    [Theory]
    [InlineData(PeriodType.RollingMonths)]
    [InlineData(PeriodType.FinancialYearToDate)]
    [InlineData(PeriodType.AcademicYearToDate)]
    [InlineData(PeriodType.DateRange)]
    public void Containing_refuses_windows_that_a_date_does_not_fix(PeriodType type)
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportingPeriod.Containing(type, new LocalDate(2020, 12, 25)));
        Assert.Equal("type", ex.ParamName);
    }

    [Fact]
    public void Children_go_down_one_level()
    {
        Assert.Equal(["2020/21 Q1", "2020/21 Q2", "2020/21 Q3", "2020/21 Q4"], Labels(P("FY 2020/21").Children()));
        Assert.Equal(["2020-10", "2020-11", "2020-12"], Labels(P("2020/21 Q3").Children()));
        Assert.Equal(["Autumn term 2023/24", "Spring term 2023/24", "Summer term 2023/24"], Labels(P("AY 2023/24").Children()));
        Assert.Equal(["Spring 1 2023/24", "Spring 2 2023/24"], Labels(P("Spring term 2023/24").Children()));
        Assert.Equal(12, P("2019").Children().Count);
        Assert.Equal(["2015-04", "2015-05", "2015-06", "2015-07"], Labels(P("year to date to July 2015").Children()));
        Assert.Empty(P("2020-12").Children());
    }

    [Fact]
    public void Parent_finds_the_containing_period_of_a_type()
    {
        Assert.Equal("2020/21 Q3", P("2020-12").Parent(PeriodType.Quarter).ToString());
        Assert.Equal("FY 2020/21", P("2020/21 Q3").Parent(PeriodType.FinancialYear).ToString());
        Assert.Equal("AY 2023/24", P("Autumn 2 2023/24").Parent(PeriodType.AcademicYear).ToString());
        Assert.Equal("Spring term 2023/24", P("Spring 1 2023/24").Parent(PeriodType.Term).ToString());
        Assert.Equal("2020-12", P("2020-12").Parent(PeriodType.Month).ToString());
    }

    [Fact]
    public void Parent_refuses_a_period_that_straddles_two_parents()
    {
        // Q2 2020/21 is July–September 2020: the academic year changes on 1 September.
        var ex = Assert.Throws<ArgumentException>(() => P("2020/21 Q2").Parent(PeriodType.AcademicYear));
        Assert.Contains("is not within one academic year: it starts in AY 2019/20 and ends in AY 2020/21", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_value_is_not_a_period()
    {
        Assert.Throws<InvalidOperationException>(() => default(ReportingPeriod).Next());
        Assert.Equal("(not a period)", default(ReportingPeriod).ToString());
    }

    [Fact]
    public void The_struct_stays_twelve_bytes()
    {
        Assert.Equal(12, System.Runtime.CompilerServices.Unsafe.SizeOf<ReportingPeriod>());
    }
}
