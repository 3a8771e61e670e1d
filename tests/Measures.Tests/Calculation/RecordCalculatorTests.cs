using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Calculation;
using Measures.Definitions;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Calculation;

public sealed class RecordCalculatorTests
{
    private static readonly WorkingDayCalendar England = WorkingDayCalendar.EnglandAndWales;
    private static readonly ReportingPeriod Fy2023 = ReportingPeriod.FinancialYear(2023);

    [Fact]
    public void Fifty_of_93_EHCPs_within_20_weeks_come_out_of_the_records_as_54_percent()
    {
        // The published figure (seed 003): "50 out of 93 new EHCPs were completed within the 20 week timescale (54%)",
        // April–June 2019. Records are made to that shape: 50 issued on the deadline day, 43 a day late.
        var requested = new LocalDate(2019, 1, 7);
        var records = Enumerable.Range(0, 93)
            .Select(i => new CaseRecord($"EHCP-{i}", $"C{i}", requested.PlusDays(i % 10), requested.PlusDays((i % 10) + 140 + (i < 50 ? 0 : 1))))
            .ToList();
        var calculator = new TimelinessCalculator("Indicator 34", Timescale.Weeks(20), PeriodAttribution.CompletionDate);
        var result = calculator.Calculate(records, ReportingPeriod.Quarter(2019, 1));
        Assert.Equal(50, result.IncludingExceptions.Numerator);
        Assert.Equal(93, result.IncludingExceptions.Denominator);
        Assert.Equal("54%", MeasureValueType.Percentage(0).Calculate(result.IncludingExceptions.Numerator, result.IncludingExceptions.Denominator).ToString());
        Assert.Empty(result.Excluded);
    }

    [Fact]
    public void Twenty_weeks_from_8_January_2024_is_27_May_even_though_it_is_a_bank_holiday()
    {
        var calculator = new TimelinessCalculator("EHCP", Timescale.Weeks(20), PeriodAttribution.StartDate);
        var start = new LocalDate(2024, 1, 8);
        var records = new[]
        {
            new CaseRecord("a", "1", start, new LocalDate(2024, 5, 27)),
            new CaseRecord("b", "2", start, new LocalDate(2024, 5, 28)),
        };
        var result = calculator.Calculate(records, ReportingPeriod.Month(2024, 1), new LocalDate(2024, 12, 31));
        Assert.Equal(1, result.IncludingExceptions.Numerator);
        Assert.Equal(2, result.IncludingExceptions.Denominator);
    }

    [Fact]
    public void Three_working_days_skip_christmas_bank_holidays_with_the_referral_as_day_0()
    {
        // Referred Friday 22 December 2023: 25 and 26 December are bank holidays, so the third working day is Friday 29th.
        var calculator = new TimelinessCalculator("EH-01", Timescale.WorkingDays(3), PeriodAttribution.StartDate, England);
        var referred = new LocalDate(2023, 12, 22);
        var records = new[]
        {
            new CaseRecord("on time", "1", referred, new LocalDate(2023, 12, 29)),
            new CaseRecord("late", "2", referred, new LocalDate(2024, 1, 2)),
            new CaseRecord("same day", "3", referred, referred),
        };
        var result = calculator.Calculate(records, ReportingPeriod.Month(2023, 12), new LocalDate(2024, 1, 31));
        Assert.Equal(2, result.IncludingExceptions.Numerator);
        Assert.Equal(3, result.IncludingExceptions.Denominator);
    }

    [Fact]
    public void A_working_day_timescale_needs_a_calendar()
    {
        Assert.Equal("workingDays", Assert.Throws<ArgumentException>(() => new TimelinessCalculator("X", Timescale.WorkingDays(3), PeriodAttribution.StartDate)).ParamName);
        Assert.Equal("schoolDays", Assert.Throws<ArgumentException>(() => new TimelinessCalculator("X", Timescale.SchoolDays(10), PeriodAttribution.StartDate, England)).ParamName);
    }

    [Fact]
    public void Exclusions_and_exceptions_are_reported_with_their_reasons()
    {
        var calculator = new TimelinessCalculator("EH-02", Timescale.CalendarDays(45), PeriodAttribution.CompletionDate)
            .WithExclusion("transferred in from another council", r => r.RecordId.StartsWith('T'));
        var d = new LocalDate(2020, 12, 1);
        var records = new[]
        {
            new CaseRecord("A1", "1", d, d.PlusDays(10)),
            new CaseRecord("A2", "2", d.PlusDays(-40), d.PlusDays(10)),
            new CaseRecord("T1", "3", d, d.PlusDays(5)),
            new CaseRecord("E1", "4", d.PlusDays(-50), d.PlusDays(10), ExceptionReason: "family asked for a delay"),
            new CaseRecord("O1", "5", d, null),
            new CaseRecord("B1", "6", d, d.PlusDays(-3)),
            new CaseRecord("N1", "7", d.PlusMonths(-2), d.PlusDays(-40)),
        };
        var result = calculator.Calculate(records, ReportingPeriod.Month(2020, 12), new LocalDate(2021, 3, 1));

        Assert.Equal((1L, 3L), (result.IncludingExceptions.Numerator, result.IncludingExceptions.Denominator!.Value));
        Assert.Equal((1L, 2L), (result.ExcludingExceptions.Numerator, result.ExcludingExceptions.Denominator!.Value));
        Assert.Equal("family asked for a delay", Assert.Single(result.Exceptions).Reason);
        var reasons = result.Excluded.ToDictionary(e => e.Record.RecordId, e => e.Reason);
        Assert.Equal("transferred in from another council", reasons["T1"]);
        Assert.Equal("not completed by 2021-03-01", reasons["O1"]);
        Assert.Equal("completed 2020-11-28, outside 2020-12", reasons["B1"]);
        Assert.Equal("completed 2020-10-22, outside 2020-12", reasons["N1"]);
        Assert.Equal(records.Length, result.IncludingExceptions.Denominator + result.Excluded.Count);
    }

    [Fact]
    public void By_start_date_an_open_record_is_late_once_overdue_and_left_out_until_then()
    {
        var calculator = new TimelinessCalculator("CSC-03", Timescale.CalendarDays(10), PeriodAttribution.StartDate);
        var records = new[]
        {
            new CaseRecord("overdue", "1", new LocalDate(2024, 3, 1), null),
            new CaseRecord("not due", "2", new LocalDate(2024, 3, 28), null),
            new CaseRecord("completed later than known", "3", new LocalDate(2024, 3, 30), new LocalDate(2024, 4, 20)),
        };
        var result = calculator.Calculate(records, ReportingPeriod.Month(2024, 3), new LocalDate(2024, 4, 5));
        Assert.Equal((0L, 1L), (result.IncludingExceptions.Numerator, result.IncludingExceptions.Denominator!.Value));
        Assert.Equal(1, result.Overdue);
        Assert.Equal("open and not yet due (deadline 2024-04-07)", result.Excluded.Single(e => e.Record.RecordId == "not due").Reason);
        Assert.Equal("open and not yet due (deadline 2024-04-09)", result.Excluded.Single(e => e.Record.RecordId == "completed later than known").Reason);
    }

    [Fact]
    public void Units_get_their_own_figures()
    {
        var calculator = new TimelinessCalculator("EH-01", Timescale.CalendarDays(5), PeriodAttribution.CompletionDate);
        var d = new LocalDate(2024, 6, 3);
        var records = new[]
        {
            new CaseRecord("1", "1", d, d.PlusDays(1), "North"),
            new CaseRecord("2", "2", d, d.PlusDays(9), "North"),
            new CaseRecord("3", "3", d, d.PlusDays(2), "South"),
        };
        var result = calculator.Calculate(records, ReportingPeriod.Month(2024, 6));
        Assert.Equal(["North", "South"], result.ByUnit.Select(o => o.OrganisationalUnit));
        Assert.Equal([1L, 1L], result.ByUnit.Select(o => o.Numerator));
        Assert.Equal([2L, 1L], result.ByUnit.Select(o => o.Denominator!.Value));
    }

    [Property(Arbitrary = new[] { typeof(RecordArbitraries) })]
    public Property Timeliness_numerator_never_exceeds_denominator(CaseRecord[] records, bool byStart)
    {
        var calculator = new TimelinessCalculator("T", Timescale.WorkingDays(10), byStart ? PeriodAttribution.StartDate : PeriodAttribution.CompletionDate, England);
        var result = calculator.Calculate(records, Fy2023, new LocalDate(2024, 6, 30));
        return (result.IncludingExceptions.Numerator <= result.IncludingExceptions.Denominator).Label("including exceptions, the numerator is at most the denominator")
            .And((result.ExcludingExceptions.Numerator <= result.ExcludingExceptions.Denominator).Label("excluding exceptions, the numerator is at most the denominator"))
            .And((result.ExcludingExceptions.Denominator <= result.IncludingExceptions.Denominator).Label("excluding exceptions never counts more cases than including them"))
            .And((result.IncludingExceptions.Denominator + result.Excluded.Count == records.Length).Label("every record is either counted or excluded"));
    }

    [Property(Arbitrary = new[] { typeof(RecordArbitraries) })]
    public Property Monthly_timeliness_adds_up_to_the_year(CaseRecord[] records, bool byStart)
    {
        var calculator = new TimelinessCalculator("T", Timescale.WorkingDays(10), byStart ? PeriodAttribution.StartDate : PeriodAttribution.CompletionDate, England);
        var asAt = new LocalDate(2024, 6, 30);
        var year = calculator.Calculate(records, Fy2023, asAt);
        var months = Fy2023.Children().SelectMany(q => q.Children()).Select(m => calculator.Calculate(records, m, asAt)).ToList();
        return (months.Count == 12).Label("the year has twelve months")
            .And((months.Sum(m => m.IncludingExceptions.Numerator) == year.IncludingExceptions.Numerator).Label("monthly numerators including exceptions add up to the year's"))
            .And((months.Sum(m => m.IncludingExceptions.Denominator) == year.IncludingExceptions.Denominator).Label("monthly denominators including exceptions add up to the year's"))
            .And((months.Sum(m => m.ExcludingExceptions.Numerator) == year.ExcludingExceptions.Numerator).Label("monthly numerators excluding exceptions add up to the year's"))
            .And((months.Sum(m => m.ExcludingExceptions.Denominator) == year.ExcludingExceptions.Denominator).Label("monthly denominators excluding exceptions add up to the year's"));
    }

    [Property(Arbitrary = new[] { typeof(RecordArbitraries) })]
    public Property Shuffling_records_changes_nothing(CaseRecord[] records, int seed)
    {
        var shuffled = records.OrderBy(_ => 0).ToArray();
        new Random(seed).Shuffle(shuffled);
        var timeliness = new TimelinessCalculator("T", Timescale.WorkingDays(10), PeriodAttribution.CompletionDate, England);
        var a = timeliness.Calculate(records, Fy2023);
        var b = timeliness.Calculate(shuffled, Fy2023);
        var durations = new DurationCalculator("D");
        var da = durations.Calculate(records, Fy2023);
        var db = durations.Calculate(shuffled, Fy2023);
        var recurrence = new RecurrenceCalculator("R", Period.FromMonths(12));
        var ra = recurrence.Calculate(records, Fy2023);
        var rb = recurrence.Calculate(shuffled, Fy2023);
        return (a.IncludingExceptions == b.IncludingExceptions).Label("timeliness including exceptions is unchanged")
            .And((a.ExcludingExceptions == b.ExcludingExceptions).Label("timeliness excluding exceptions is unchanged"))
            .And(a.ByUnit.SequenceEqual(b.ByUnit).Label("timeliness by unit is unchanged"))
            .And(a.Excluded.SequenceEqual(b.Excluded).Label("the records timeliness excludes are unchanged"))
            .And(a.Exceptions.SequenceEqual(b.Exceptions).Label("the timeliness exceptions are unchanged"))
            .And((da.Observation == db.Observation).Label("the duration observation is unchanged"))
            .And((da.Median == db.Median).Label("the median duration is unchanged"))
            .And(da.Outliers.SequenceEqual(db.Outliers).Label("the duration outliers are unchanged"))
            .And(da.Excluded.SequenceEqual(db.Excluded).Label("the records durations exclude are unchanged"))
            .And((ra.Observation == rb.Observation).Label("the recurrence observation is unchanged"))
            .And(ra.Repeats.SequenceEqual(rb.Repeats).Label("the repeats are unchanged"))
            .And(ra.Excluded.SequenceEqual(rb.Excluded).Label("the records recurrence excludes are unchanged"));
    }

    [Fact]
    public void Records_are_enumerated_once()
    {
        var d = new LocalDate(2024, 6, 3);
        var source = new CountingSequence([new CaseRecord("1", "1", d, d.PlusDays(1))]);
        new TimelinessCalculator("T", Timescale.CalendarDays(5), PeriodAttribution.CompletionDate).Calculate(source, ReportingPeriod.Month(2024, 6));
        new DurationCalculator("D").Calculate(source, ReportingPeriod.Month(2024, 6));
        new CaseCountCalculator("C", CaseCountBasis.StartedIn).Calculate(source, ReportingPeriod.Month(2024, 6));
        new RecurrenceCalculator("R", Period.FromMonths(12)).Calculate(source, ReportingPeriod.Month(2024, 6));
        Assert.Equal(4, source.Enumerations);
    }

    [Fact]
    public void Durations_give_mean_median_and_visible_outliers()
    {
        // Days from entering care to placement with adopters for eight children, one of them very long.
        var entered = new LocalDate(2022, 1, 10);
        int[] days = [300, 320, 340, 350, 360, 380, 400, 1200];
        var records = days.Select((n, i) => new CaseRecord($"A{i}", $"C{i}", entered, entered.PlusDays(n))).ToList();
        records.Add(new CaseRecord("open", "C9", entered, null));
        var result = new DurationCalculator("Adoption A1").Calculate(records, ReportingPeriod.DateRange(new LocalDate(2022, 1, 1), new LocalDate(2025, 12, 31)));

        Assert.Equal(8, result.Count);
        Assert.Equal(456.25m, result.Mean);
        Assert.Equal(355m, result.Median);
        Assert.Equal(335m, result.LowerQuartile);   // QUARTILE.INC: 320 + 0.75 × 20
        Assert.Equal(385m, result.UpperQuartile);   // 380 + 0.25 × 20
        Assert.Equal(1200, Assert.Single(result.Outliers).Days);
        Assert.Equal("the second milestone has not been reached", Assert.Single(result.Excluded).Reason);
        Assert.Equal("456", MeasureValueType.Mean(decimals: 0).Calculate(result.Observation.Numerator, result.Observation.Denominator).ToString());
    }

    [Fact]
    public void Counts_in_a_period_and_as_at_a_date_give_rates_per_10000()
    {
        var records = new[]
        {
            new CaseRecord("1", "1", new LocalDate(2015, 3, 2), null),
            new CaseRecord("2", "2", new LocalDate(2015, 7, 31), null),
            new CaseRecord("3", "3", new LocalDate(2015, 6, 1), new LocalDate(2015, 7, 31)),
            new CaseRecord("4", "4", new LocalDate(2015, 8, 1), null),
            new CaseRecord("5", "5", new LocalDate(2014, 1, 1), new LocalDate(2015, 8, 15)),
        };
        var july = ReportingPeriod.Month(2015, 7);
        var open = new CaseCountCalculator("LAC", CaseCountBasis.OpenAtEnd).Calculate(records, july);
        Assert.Equal(july, open.Period);
        Assert.Equal(3, open.Count); // 1, 2 and 5; 3 ended on the day, 4 starts after it
        Assert.Equal("ended 2015-07-31, on or before 2015-07-31", open.Excluded.Single(e => e.Record.RecordId == "3").Reason);
        Assert.Equal(1, new CaseCountCalculator("Entered care", CaseCountBasis.StartedIn).Calculate(records, july).Count);

        var perPopulation = open.PerPopulation(2_000);
        var rate = MeasureValueType.Rate(10_000, decimals: 1).Calculate(perPopulation.Numerator, perPopulation.Denominator);
        Assert.Equal("15.0 per 10,000", rate.ToString());
    }

    [Fact]
    public void Re_referrals_within_12_months_count_the_earlier_referral_on_the_boundary()
    {
        var events = new[]
        {
            new CaseRecord("r1", "A", new LocalDate(2023, 6, 15), null),
            new CaseRecord("r2", "A", new LocalDate(2024, 6, 15), null),   // exactly 12 months later: a re-referral
            new CaseRecord("r3", "B", new LocalDate(2023, 6, 14), null),
            new CaseRecord("r4", "B", new LocalDate(2024, 6, 15), null),   // 12 months and a day: not
            new CaseRecord("r5", "C", new LocalDate(2024, 6, 20), null),
            new CaseRecord("r6", "C", new LocalDate(2024, 6, 20), null),   // same day: neither is earlier
        };
        var result = new RecurrenceCalculator("CSC-05", Period.FromMonths(12)).Calculate(events, ReportingPeriod.Month(2024, 6));
        Assert.Equal((1L, 4L), (result.Observation.Numerator, result.Observation.Denominator!.Value));
        Assert.Equal("r2", Assert.Single(result.Repeats).RecordId);
        Assert.Equal(2, result.Excluded.Count);
    }

    private sealed class CountingSequence(IReadOnlyList<CaseRecord> records) : IEnumerable<CaseRecord>
    {
        public int Enumerations { get; private set; }

        public IEnumerator<CaseRecord> GetEnumerator()
        {
            Enumerations++;
            return records.GetEnumerator();
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
