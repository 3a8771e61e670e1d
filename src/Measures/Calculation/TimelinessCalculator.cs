using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Measures.Definitions;
using Measures.Internal;
using Measures.Time;
using NodaTime;
using Measures.Observations;

namespace Measures.Calculation;

/// <summary>
/// Works out a timeliness measure from case records: the share completed within a timescale counted in
/// working days, school days, weeks or calendar days ("contacted within three working days", "EHCP issued
/// within 20 weeks", "initial PEP within 10 school days").
/// </summary>
/// <remarks>
/// <para>The day that starts the clock is day 0 and a record is in time when completed on or before the
/// deadline (see <see cref="Timescale"/>). Records come into a period by their completion date or their
/// start date (<see cref="PeriodAttribution"/>).</para>
/// <para>Every record that is not counted is reported in <see cref="TimelinessResult.Excluded"/> with its reason;
/// records with an <see cref="CaseRecord.ExceptionReason"/> are counted in one figure and not the other.</para>
/// <para>This type is immutable and thread-safe; records are enumerated once, in any order, with the same result.</para>
/// </remarks>
public sealed class TimelinessCalculator
{
    private readonly ImmutableArray<(string Reason, Func<CaseRecord, bool> Excludes)> exclusions;

    /// <summary>Creates a calculator.</summary>
    /// <param name="measureCode">The code of the measure the observations are for.</param>
    /// <param name="timescale">The timescale: <c>Timescale.WorkingDays(3)</c>, <c>Timescale.Weeks(20)</c>…</param>
    /// <param name="attribution">Which date puts a record into a period.</param>
    /// <param name="workingDays">The working-day calendar; needed for a timescale in working days.</param>
    /// <param name="schoolDays">The school-day calendar; needed for a timescale in school days.</param>
    /// <exception cref="ArgumentException">The timescale needs a calendar that was not given, or an argument is out of range.</exception>
    public TimelinessCalculator(string measureCode, Timescale timescale, PeriodAttribution attribution, WorkingDayCalendar? workingDays = null, SchoolDayCalendar? schoolDays = null)
        : this(measureCode, timescale, attribution, workingDays, schoolDays, ImmutableArray<(string, Func<CaseRecord, bool>)>.Empty)
    {
    }

    private TimelinessCalculator(string measureCode, Timescale timescale, PeriodAttribution attribution, WorkingDayCalendar? workingDays, SchoolDayCalendar? schoolDays, ImmutableArray<(string, Func<CaseRecord, bool>)> exclusions)
    {
        Preconditions.CheckNotNull(measureCode);
        Preconditions.CheckArgument(measureCode.Trim().Length > 0, nameof(measureCode), "The measure code is empty.");
        Preconditions.CheckArgument(Enum.IsDefined(attribution), nameof(attribution), $"{attribution} is not a period attribution.");
        Preconditions.CheckArgument(timescale.Unit != TimescaleUnit.WorkingDays || workingDays is not null, nameof(workingDays), $"A timescale of {timescale} needs a working-day calendar.");
        Preconditions.CheckArgument(timescale.Unit != TimescaleUnit.SchoolDays || schoolDays is not null, nameof(schoolDays), $"A timescale of {timescale} needs a school-day calendar.");
        MeasureCode = measureCode;
        Timescale = timescale;
        Attribution = attribution;
        WorkingDays = workingDays;
        SchoolDays = schoolDays;
        this.exclusions = exclusions;
    }

    /// <summary>Gets the code of the measure.</summary>
    public string MeasureCode { get; }

    /// <summary>Gets the timescale.</summary>
    public Timescale Timescale { get; }

    /// <summary>Gets which date puts a record into a period.</summary>
    public PeriodAttribution Attribution { get; }

    /// <summary>Gets the working-day calendar, if any.</summary>
    public WorkingDayCalendar? WorkingDays { get; }

    /// <summary>Gets the school-day calendar, if any.</summary>
    public SchoolDayCalendar? SchoolDays { get; }

    /// <summary>
    /// A calculator that also leaves out records matching a scope rule ("early help assessments that were
    /// in scope": not transferred in, say), reporting each with <paramref name="reason"/>. Rules apply in the
    /// order added; the first that matches gives the reason.
    /// </summary>
    /// <param name="reason">The reason reported for each record left out.</param>
    /// <param name="excludes">Whether a record is out of scope. It must be a pure function.</param>
    /// <returns>The new calculator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    public TimelinessCalculator WithExclusion(string reason, Func<CaseRecord, bool> excludes)
    {
        Preconditions.CheckNotNull(reason);
        Preconditions.CheckNotNull(excludes);
        return new TimelinessCalculator(MeasureCode, Timescale, Attribution, WorkingDays, SchoolDays, exclusions.Add((reason, excludes)));
    }

    /// <summary>The timeliness for a period as at its last day.</summary>
    /// <param name="records">The case records, enumerated once.</param>
    /// <param name="period">The period.</param>
    /// <returns>The result.</returns>
    public TimelinessResult Calculate(IEnumerable<CaseRecord> records, ReportingPeriod period) => Calculate(records, period, period.End);

    /// <summary>
    /// The timeliness for a period as known on <paramref name="asAt"/> (the date of the extract): completions
    /// after that date are treated as not yet made.
    /// </summary>
    /// <param name="records">The case records, enumerated once.</param>
    /// <param name="period">The period.</param>
    /// <param name="asAt">The date the records are known to.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TimelinessResult Calculate(IEnumerable<CaseRecord> records, ReportingPeriod period, LocalDate asAt)
    {
        Preconditions.CheckNotNull(records);
        var excluded = new List<ExcludedRecord>();
        var exceptions = new List<ExcludedRecord>();
        var units = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        Tally council = default;
        long overdue = 0;
        foreach (CaseRecord record in records)
        {
            string? reason = Classify(record, period, asAt, out bool inTime, out bool isOverdue);
            if (reason is not null)
            {
                excluded.Add(new ExcludedRecord(record, reason));
                continue;
            }

            bool exception = record.ExceptionReason is not null;
            if (exception)
            {
                exceptions.Add(new ExcludedRecord(record, record.ExceptionReason!));
            }

            overdue += isOverdue ? 1 : 0;
            council.Add(inTime, exception);
            string unit = record.Unit ?? Observation.WholeCouncil;
            units.TryGetValue(unit, out Tally tally);
            tally.Add(inTime, exception);
            units[unit] = tally;
        }

        excluded.Sort(CaseRecordOrder.Instance);
        exceptions.Sort(CaseRecordOrder.Instance);
        var byUnit = units.Select(u => u.Value.All(MeasureCode, period, u.Key)).ToList();
        var byUnitExcluding = units.Select(u => u.Value.WithoutExceptions(MeasureCode, period, u.Key)).ToList();
        return new TimelinessResult(
            period,
            council.All(MeasureCode, period, Observation.WholeCouncil),
            council.WithoutExceptions(MeasureCode, period, Observation.WholeCouncil),
            byUnit,
            byUnitExcluding,
            excluded,
            exceptions,
            overdue);
    }

    /// <summary>Describes the calculator: "CSC-01: within 3 working days, by completion date".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{MeasureCode}: within {Timescale}, by {(Attribution == PeriodAttribution.CompletionDate ? "completion" : "start")} date");

    // The reason a record is left out, or null when it counts (with whether it was in time).
    private string? Classify(CaseRecord record, ReportingPeriod period, LocalDate asAt, out bool inTime, out bool isOverdue)
    {
        inTime = false;
        isOverdue = false;
        LocalDate? completed = record.End is LocalDate end && end <= asAt ? end : null;
        LocalDate date;
        if (Attribution == PeriodAttribution.CompletionDate)
        {
            if (completed is null)
            {
                return Text($"not completed by {asAt:uuuu-MM-dd}");
            }

            date = completed.Value;
        }
        else
        {
            date = record.Start;
        }

        if (!period.Contains(date))
        {
            return Text($"{(Attribution == PeriodAttribution.CompletionDate ? "completed" : "started")} {date:uuuu-MM-dd}, outside {period}");
        }

        if (completed < record.Start)
        {
            return Text($"completed {completed:uuuu-MM-dd} before it started {record.Start:uuuu-MM-dd}");
        }

        foreach (var (reason, excludes) in exclusions)
        {
            if (excludes(record))
            {
                return reason;
            }
        }

        LocalDate deadline;
        try
        {
            deadline = Deadline(record.Start);
        }
        catch (ArgumentOutOfRangeException)
        {
            return Text($"the deadline from {record.Start:uuuu-MM-dd} is outside the dates the calendar covers");
        }

        if (completed is LocalDate done)
        {
            inTime = done <= deadline;
            return null;
        }

        if (deadline < asAt)
        {
            isOverdue = true;
            return null;
        }

        return Text($"open and not yet due (deadline {deadline:uuuu-MM-dd})");
    }

    private LocalDate Deadline(LocalDate start) => Timescale.Unit switch
    {
        TimescaleUnit.WorkingDays => Timescale.DeadlineFrom(start, WorkingDays!),
        TimescaleUnit.SchoolDays => Timescale.DeadlineFrom(start, SchoolDays!),
        _ => Timescale.DeadlineFrom(start),
    };

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private struct Tally
    {
        private long inTime;
        private long total;
        private long exceptionsInTime;
        private long exceptions;

        public void Add(bool isInTime, bool isException)
        {
            total = checked(total + 1);
            inTime += isInTime ? 1 : 0;
            exceptions += isException ? 1 : 0;
            exceptionsInTime += isException && isInTime ? 1 : 0;
        }

        public readonly Observation All(string code, ReportingPeriod period, string unit) => new(code, period, inTime, total, unit);

        public readonly Observation WithoutExceptions(string code, ReportingPeriod period, string unit) =>
            new(code, period, inTime - exceptionsInTime, total - exceptions, unit);
    }
}
