using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Observations;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Aggregation;

/// <summary>Rolling months up into calendar years to date: January to the end of each month.</summary>
public sealed class CalendarYearToDateRollUpTests
{
    private static ObservationStore Store(params Observation[] observations) =>
        ObservationStore.Create(new Dictionary<string, AggregationRule> { ["ASSESS"] = AggregationRule.Count(TemporalRule.Sum) }, observations).Value;

    [Fact]
    public void A_flow_calendar_year_to_date_adds_the_months_since_January()
    {
        // "In 2019 to date, the number of assessments undertaken was 343": a London borough's children's
        // scrutiny committee, performance management 2019/20 (seed 003, line 69), with data "as at the end of
        // August 2019" (line 19). The monthly split is illustrative; only the total is published.
        long[] monthly = [40, 42, 44, 43, 45, 41, 44, 44];
        var store = Store([.. monthly.Select((n, i) => new Observation("ASSESS", ReportingPeriod.Month(2019, i + 1), n, null))]);

        var ytd = store.Aggregate(PeriodRollUp.CalendarYearToDate);
        Assert.True(ytd.TryGet("ASSESS", ReportingPeriod.CalendarYearToDate(new YearMonth(2019, 8)), out var toAugust));
        Assert.Equal(343, toAugust.Numerator);
        Assert.True(toAugust.Completeness.IsComplete);

        // Years to date run on to December, and say how little of the year they hold.
        Assert.Equal(12, ytd.Count);
        Assert.Equal(ReportingPeriod.CalendarYearToDate(new YearMonth(2019, 12)), ytd[^1].Period);
        Assert.Equal(343, ytd[^1].Numerator);
        Assert.Equal("8 of 12", ytd[^1].Completeness.ToString());
    }

    [Fact]
    public void A_new_year_starts_from_nothing()
    {
        var store = Store(
            new Observation("ASSESS", ReportingPeriod.Month(2018, 12), 30, null),
            new Observation("ASSESS", ReportingPeriod.Month(2019, 1), 40, null));
        var ytd = store.Aggregate(PeriodRollUp.CalendarYearToDate);
        Assert.True(ytd.TryGet("ASSESS", ReportingPeriod.CalendarYearToDate(new YearMonth(2019, 1)), out var january));
        Assert.Equal(40, january.Numerator);
        Assert.True(ytd.TryGet("ASSESS", ReportingPeriod.CalendarYearToDate(new YearMonth(2018, 12)), out var december));
        Assert.Equal(30, december.Numerator);
        Assert.Equal("1 of 12", december.Completeness.ToString());
    }

    [Fact]
    public void It_rolls_up_months_only()
    {
        Assert.Equal("CalendarYearToDate", PeriodRollUp.CalendarYearToDate.ToString());
        Assert.Equal(PeriodRollUp.CalendarYearToDate, PeriodRollUp.CalendarYearToDate);
        Assert.NotEqual(PeriodRollUp.FinancialYearToDate, PeriodRollUp.CalendarYearToDate);
        Assert.True(TargetPlan.Supports(PeriodRollUp.CalendarYearToDate, PeriodType.Month));
        Assert.False(TargetPlan.Supports(PeriodRollUp.CalendarYearToDate, PeriodType.Quarter));
    }

    [Property(MaxTest = 200)]
    public Property Each_calendar_year_to_date_is_the_sum_of_its_months(NonEmptyArray<byte> counts, PositiveInt startSeed)
    {
        var first = new YearMonth(2015, 1).PlusMonths(startSeed.Get % 60);
        var months = counts.Get.Take(30).Select((n, i) => (Month: first.PlusMonths(i), Count: (long)n)).ToArray();
        var ytd = Store([.. months.Select(m => new Observation("ASSESS", ReportingPeriod.Month(m.Month), m.Count, null))]).Aggregate(PeriodRollUp.CalendarYearToDate);
        return months.Select(m =>
        {
            var period = ReportingPeriod.CalendarYearToDate(m.Month);
            long expected = months.Where(o => period.Contains(ReportingPeriod.Month(o.Month))).Sum(o => o.Count);
            return (ytd.TryGet("ASSESS", period, out var a) && a.Numerator == expected && a.Period.Start == new LocalDate(m.Month.Year, 1, 1))
                .Label($"{period} holds {expected}");
        }).Aggregate((a, b) => a.And(b));
    }
}
