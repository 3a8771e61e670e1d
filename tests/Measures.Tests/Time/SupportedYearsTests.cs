using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Time;

/// <summary>Periods run from 1 January 0001 to 31 December 9999; stepping beyond is a documented answer, never a crash.</summary>
public sealed class SupportedYearsTests
{
    [Fact]
    public void The_last_financial_year_is_9998_99_and_its_months_are_periods_too()
    {
        var last = ReportingPeriod.FinancialYear(ReportingPeriod.MaxYear - 1);
        Assert.Equal(new LocalDate(9999, 3, 31), last.End);
        Assert.Equal(ReportingPeriod.Month(9999, 3), last.Children()[^1].Children()[^1]);
        Assert.All(last.Children()[^1].Children(), m => Assert.Equal(m, ReportingPeriod.Parse(m.ToString())));
        Assert.Equal(ReportingPeriod.Month(9999, 12), ReportingPeriod.Parse("9999-12"));
        Assert.Equal(ReportingPeriod.CalendarYear(9999), ReportingPeriod.Parse("9999"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.FinancialYear(ReportingPeriod.MaxYear));
        Assert.False(ReportingPeriod.TryParse("FY 9999/00", out _));
        Assert.False(ReportingPeriod.TryParse("Q1 9999/00", out _));
        Assert.False(ReportingPeriod.TryParse("Autumn term 9999/00", out _));
        Assert.False(ReportingPeriod.TryParse("financial year to date to 9999-04", out _));
    }

    [Fact]
    public void Stepping_past_the_supported_years_says_there_is_no_such_period()
    {
        var first = ReportingPeriod.Month(1, 1);
        var thrown = Assert.Throws<OverflowException>(() => first.Previous());
        Assert.Equal("0001-01 has no previous period: reporting periods run from year 0001 to 9999.", thrown.Message);
        Assert.Throws<OverflowException>(() => first.SamePeriodLastYear());
        Assert.Throws<OverflowException>(() => ReportingPeriod.Month(9999, 12).Next());
        Assert.Throws<OverflowException>(() => ReportingPeriod.FinancialYear(9998).Next());
        Assert.Throws<OverflowException>(() => ReportingPeriod.Month(9999, 12).Parent(PeriodType.FinancialYear));
        Assert.Throws<OverflowException>(() => ReportingPeriod.RollingMonths(12, new YearMonth(1, 12)).Previous());
    }

    [Fact]
    public void A_long_date_range_has_no_previous_range_before_year_1_and_no_garbage_label()
    {
        // 664,743 days back from 29 February 0204 would start in year -1617.
        var range = ReportingPeriod.Parse("0204-02-29 to 2024-02-29");
        Assert.Throws<OverflowException>(() => range.Previous());
        Assert.Equal("0203-02-28 to 2023-02-28", range.SamePeriodLastYear().ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.DateRange(new LocalDate(0, 1, 1), new LocalDate(2024, 1, 1)));
    }

    public static Arbitrary<ReportingPeriod> EdgePeriods() =>
        Gen.OneOf(
            Gen.Elements(1, 2, 9998, 9999).SelectMany(year => Gen.Choose(1, 12).Select(month => ReportingPeriod.Month(year, month))),
            Gen.Elements(1, 9998).SelectMany(year => Gen.Choose(1, 4).Select(q => ReportingPeriod.Quarter(year, q))),
            Gen.Elements(1, 9998).Select(ReportingPeriod.FinancialYear),
            Gen.Elements(1, 9999).Select(ReportingPeriod.CalendarYear),
            Gen.Elements(1, 9998).SelectMany(year => Gen.Elements(SchoolTerm.Autumn, SchoolTerm.Spring, SchoolTerm.Summer).Select(t => ReportingPeriod.Term(year, t))),
            Gen.Elements(1, 9998).SelectMany(year => Gen.Choose(1, 6).Select(h => ReportingPeriod.HalfTerm(year, (HalfTerm)h))),
            Gen.Choose(1, 24).SelectMany(months => Gen.Elements(new YearMonth(2, 12), new YearMonth(9999, 12)).Select(end => ReportingPeriod.RollingMonths(months, end))),
            Gen.Choose(0, 4000).Select(days => ReportingPeriod.DateRange(new LocalDate(1, 1, 1).PlusDays(days), new LocalDate(9999, 12, 31).PlusDays(-days))))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(SupportedYearsTests)], MaxTest = 500)]
    public Property Navigation_at_the_edges_gives_a_period_that_reads_back_or_an_overflow(ReportingPeriod period)
    {
        Property Step(string name, Func<ReportingPeriod> step)
        {
            try
            {
                var found = step();
                return (ReportingPeriod.Parse(found.ToString()) == found && found.Start.Year >= ReportingPeriod.MinYear && found.End.Year <= ReportingPeriod.MaxYear)
                    .Label(name + " gives a supported period that reads back");
            }
            catch (OverflowException ex)
            {
                return ex.Message.Contains("reporting periods run from year 0001 to 9999", StringComparison.Ordinal).Label(name + " overflows with the supported years named");
            }
        }

        return Step("next", period.Next)
            .And(Step("previous", period.Previous))
            .And(Step("same period last year", period.SamePeriodLastYear))
            .And(period.Children().All(c => ReportingPeriod.Parse(c.ToString()) == c).Label("every child reads back"));
    }
}
