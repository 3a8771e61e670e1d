using System;
using System.Collections.Generic;
using Measures.Internal;
using NodaTime;

namespace Measures.Time;

/// <summary>
/// School days for timeliness measures such as "initial PEP within 10 school days": weekdays in
/// term time under a council's <see cref="SchoolTermDates"/>, less half-terms, INSET days, the
/// bank holidays of the region (the early May bank holiday falls in the summer term) and any
/// other closure days added.
/// </summary>
/// <remarks>
/// <para>
/// <b>Counting convention</b>, as for <see cref="WorkingDayCalendar"/>: the day that starts the
/// clock is day 0 and is never counted; <see cref="SchoolDaysBetween"/> counts school days after
/// <c>from</c> up to and including <c>to</c>, and <see cref="AddSchoolDays"/> gives the n-th school
/// day after a date. A child who comes into care during the summer holiday is day 0 on the day
/// they arrive; the first school day of the autumn term is school day 1.
/// </para>
/// <para>
/// <b>Coverage.</b> The calendar covers <see cref="FirstDate"/> (1 August of the first academic
/// year) to <see cref="LastDate"/> (31 July after the last), because term dates say nothing about
/// the days outside them; dates outside are rejected with an <see cref="ArgumentOutOfRangeException"/>
/// that says which academic year's term dates are needed.
/// </para>
/// <para>
/// <b>Cost.</b> Counting and adding take logarithmic time in the number of non-school weekdays and
/// allocate nothing. This type is immutable and thread-safe; to add closures use
/// <see cref="WithClosureDays"/>, which returns a new calendar.
/// </para>
/// </remarks>
public sealed class SchoolDayCalendar
{
    private readonly CountedDays _days;
    private readonly LocalDate[] _closureDays;

    /// <summary>Initializes a school-day calendar from a council's term dates.</summary>
    /// <param name="termDates">The council's term dates.</param>
    /// <param name="region">The region whose bank holidays close schools (England and Wales for an English council).</param>
    /// <exception cref="ArgumentNullException"><paramref name="termDates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="region"/> is not defined.</exception>
    public SchoolDayCalendar(SchoolTermDates termDates, BankHolidayRegion region)
        : this(Preconditions.CheckNotNull(termDates), region, [])
    {
    }

    private SchoolDayCalendar(SchoolTermDates termDates, BankHolidayRegion region, LocalDate[] closureDays)
    {
        BankHolidays.CheckRegion(region);
        TermDates = termDates;
        Region = region;
        _closureDays = closureDays;
        ClosureDays = Array.AsReadOnly(closureDays);

        int firstYear = termDates.AcademicYears[0].StartYear;
        int lastYear = termDates.AcademicYears[^1].StartYear;
        var first = new LocalDate(firstYear, 8, 1);
        var last = new LocalDate(lastYear + 1, 7, 31);
        var skipped = new List<LocalDate>(closureDays);
        for (int year = firstYear; year <= lastYear + 1; year++)
        {
            foreach (var holiday in BankHolidays.For(region, year))
            {
                skipped.Add(holiday.Date);
            }
        }

        foreach (var year in termDates.AcademicYears)
        {
            var from = new LocalDate(year.StartYear, 8, 1);
            var to = new LocalDate(year.StartYear + 1, 7, 31);
            for (LocalDate d = from; d <= to; d = d.PlusDays(1))
            {
                if (!IsTermTime(year, d) || year.IsInsetDay(d))
                {
                    skipped.Add(d);
                }
            }
        }

        _days = new CountedDays(first, last, skipped, "school days");
    }

    /// <summary>Gets the term dates this calendar follows.</summary>
    public SchoolTermDates TermDates { get; }

    /// <summary>Gets the region whose bank holidays close schools.</summary>
    public BankHolidayRegion Region { get; }

    /// <summary>Gets the extra closure days added with <see cref="WithClosureDays"/>, in date order.</summary>
    public IReadOnlyList<LocalDate> ClosureDays { get; }

    /// <summary>Gets the first date covered: 1 August of the first academic year.</summary>
    public LocalDate FirstDate => _days.First;

    /// <summary>Gets the last date covered: 31 July after the last academic year.</summary>
    public LocalDate LastDate => _days.Last;

    /// <summary>A calendar that also closes on <paramref name="closureDays"/>, for example days a school was closed by snow.</summary>
    /// <param name="closureDays">The extra closure days; those outside term time change nothing.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="closureDays"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A closure day is outside the dates the calendar covers.</exception>
    public SchoolDayCalendar WithClosureDays(IEnumerable<LocalDate> closureDays)
    {
        Preconditions.CheckNotNull(closureDays);
        var all = new SortedSet<LocalDate>(_closureDays);
        foreach (var day in closureDays)
        {
            if (day < FirstDate || day > LastDate)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(closureDays),
                    CountedDays.Format(day),
                    $"The closure day {CountedDays.Format(day)} is outside the dates this calendar covers ({CountedDays.Format(FirstDate)} to {CountedDays.Format(LastDate)}).");
            }

            all.Add(day);
        }

        var days = new LocalDate[all.Count];
        all.CopyTo(days);
        return new SchoolDayCalendar(TermDates, Region, days);
    }

    /// <summary>Whether <paramref name="date"/> is a school day: a weekday in term time that is not a half-term, INSET, bank holiday or closure day.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> for a school day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the academic years covered.</exception>
    public bool IsSchoolDay(LocalDate date) => _days.IsCounted(CheckCovered(date, nameof(date)), nameof(date));

    /// <summary>
    /// The <paramref name="days"/>-th school day after <paramref name="date"/> (before it when
    /// <paramref name="days"/> is negative); <paramref name="date"/> itself when <paramref name="days"/> is 0.
    /// </summary>
    /// <param name="date">Day 0, for example the day a child came into care. It need not be a school day.</param>
    /// <param name="days">How many school days to move; negative moves back.</param>
    /// <returns>The deadline for "within <paramref name="days"/> school days".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is outside the academic years covered.</exception>
    public LocalDate AddSchoolDays(LocalDate date, int days) => _days.Add(CheckCovered(date, nameof(date)), days, nameof(date), nameof(days));

    /// <summary>
    /// The number of school days after <paramref name="from"/> up to and including <paramref name="to"/>
    /// (day 0 is not counted); negative when <paramref name="to"/> is before <paramref name="from"/>.
    /// </summary>
    /// <param name="from">Day 0.</param>
    /// <param name="to">The later date.</param>
    /// <returns>The count of school days.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Either date is outside the academic years covered.</exception>
    public int SchoolDaysBetween(LocalDate from, LocalDate to) =>
        _days.Between(CheckCovered(from, nameof(from)), CheckCovered(to, nameof(to)), nameof(from), nameof(to));

    private static bool IsTermTime(AcademicYearTermDates year, LocalDate date)
    {
        foreach (var term in year.Terms)
        {
            if (term.IsTermTime(date))
            {
                return true;
            }
        }

        return false;
    }

    private LocalDate CheckCovered(LocalDate date, string paramName)
    {
        if (date < FirstDate || date > LastDate)
        {
            int startYear = date.Month >= 8 ? date.Year : date.Year - 1;
            throw new ArgumentOutOfRangeException(
                paramName,
                CountedDays.Format(date),
                $"{paramName} {CountedDays.Format(date)} is outside the term dates this calendar has "
                + $"({TermDates.AcademicYears[0].Label} to {TermDates.AcademicYears[^1].Label}); add the term dates for {AcademicYearTermDates.FormatLabel(startYear)}.");
        }

        return date;
    }
}
