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
}
