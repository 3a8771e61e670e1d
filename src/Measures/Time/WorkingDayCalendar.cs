using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Measures.Internal;
using NodaTime;

namespace Measures.Time;

/// <summary>
/// Working days for timeliness measures ("contacted within three working days", "ICPC within
/// 15 working days"): Monday to Friday, less the bank holidays of a region and any closure days a
/// council adds (for example the days between Christmas and New Year).
/// </summary>
/// <remarks>
/// <para>
/// <b>Counting convention.</b> The day of the event that starts the clock (the referral, the
/// strategy discussion) is day 0 and is never counted. <see cref="WorkingDaysBetween"/> counts the
/// working days after <c>from</c> up to and including <c>to</c>, and
/// <see cref="AddWorkingDays"/> gives the n-th working day after a date. So a referral on Friday
/// 1 March 2024 "contacted within 3 working days" must be contacted on or before Wednesday
/// 6 March 2024, the third working day after it; a contact on that Wednesday is 3 working days
/// after the referral, a contact on the Thursday is 4.
/// </para>
/// <para>
/// <b>Coverage.</b> A calendar covers <see cref="FirstDate"/> (1 January 1974) to
/// <see cref="LastDate"/> (31 December 2199); dates outside are rejected with an
/// <see cref="ArgumentOutOfRangeException"/>. <see cref="BankHolidays"/> computes any single year
/// up to 9999.
/// </para>
/// <para>
/// <b>Cost.</b> Every operation takes logarithmic time in the number of holidays and closure days
/// (whole weeks are counted by arithmetic, holidays by binary search over a sorted array built when
/// the calendar is created) and allocates nothing, however long the span.
/// </para>
/// <para>
/// A calendar is composed, never subclassed: start from <see cref="For"/> and add a council's
/// closures with <see cref="WithClosureDays"/> or <see cref="WithAnnualClosure"/>, each of which
/// returns a new calendar. This type is immutable and thread-safe; the shared regional calendars
/// are built once, on first use.
/// </para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    private const int FirstYear = BankHolidays.FirstYear;
    private const int LastYear = 2199;

    private static readonly Lazy<WorkingDayCalendar> EnglandAndWalesCalendar = new(() => Build(BankHolidayRegion.EnglandAndWales));
    private static readonly Lazy<WorkingDayCalendar> ScotlandCalendar = new(() => Build(BankHolidayRegion.Scotland));
    private static readonly Lazy<WorkingDayCalendar> NorthernIrelandCalendar = new(() => Build(BankHolidayRegion.NorthernIreland));

    private readonly CountedDays _days;
    private readonly CountedDays _bankHolidays;
    private readonly LocalDate[] _closureDays;
    private readonly ReadOnlyCollection<LocalDate> _closureDaysView;

    private WorkingDayCalendar(BankHolidayRegion region, CountedDays bankHolidays, LocalDate[] closureDays)
    {
        Region = region;
        _bankHolidays = bankHolidays;
        _closureDays = closureDays;
        _closureDaysView = Array.AsReadOnly(closureDays);
        if (closureDays.Length == 0)
        {
            _days = bankHolidays;
        }
        else
        {
            var skipped = new List<LocalDate>(bankHolidays.SkippedDates);
            skipped.AddRange(closureDays);
            _days = new CountedDays(FirstDateValue, LastDateValue, skipped, "working days");
        }
    }

    /// <summary>Gets the working-day calendar of England and Wales, with no closure days.</summary>
    public static WorkingDayCalendar EnglandAndWales => For(BankHolidayRegion.EnglandAndWales);

    /// <summary>Gets the working-day calendar of Scotland, with no closure days.</summary>
    public static WorkingDayCalendar Scotland => For(BankHolidayRegion.Scotland);

    /// <summary>Gets the working-day calendar of Northern Ireland, with no closure days.</summary>
    public static WorkingDayCalendar NorthernIreland => For(BankHolidayRegion.NorthernIreland);

    /// <summary>Gets the region whose bank holidays this calendar skips.</summary>
    public BankHolidayRegion Region { get; }

    /// <summary>Gets the first date the calendar covers: 1 January 1974.</summary>
    public LocalDate FirstDate => _days.First;

    /// <summary>Gets the last date the calendar covers: 31 December 2199.</summary>
    public LocalDate LastDate => _days.Last;

    /// <summary>Gets the council's own closure days that fall on weekdays, in date order (bank holidays not repeated).</summary>
    public IReadOnlyList<LocalDate> ClosureDays => _closureDaysView;

    private static LocalDate FirstDateValue => new(FirstYear, 1, 1);

    private static LocalDate LastDateValue => new(LastYear, 12, 31);

    /// <summary>The working-day calendar of <paramref name="region"/>: weekends and its bank holidays.</summary>
    /// <param name="region">England and Wales, Scotland or Northern Ireland.</param>
    /// <returns>The shared calendar for the region; it is built on first use.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="region"/> is not a defined region.</exception>
    public static WorkingDayCalendar For(BankHolidayRegion region)
    {
        BankHolidays.CheckRegion(region);
        return region switch
        {
            BankHolidayRegion.Scotland => ScotlandCalendar.Value,
            BankHolidayRegion.NorthernIreland => NorthernIrelandCalendar.Value,
            _ => EnglandAndWalesCalendar.Value,
        };
    }

    /// <summary>
    /// A calendar that also closes on <paramref name="closureDays"/>, for example a council's
    /// closure between Christmas and New Year.
    /// </summary>
    /// <param name="closureDays">The extra days on which the council does not work. Weekend days and bank holidays among them change nothing.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="closureDays"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A closure day is outside the dates the calendar covers.</exception>
    public WorkingDayCalendar WithClosureDays(IEnumerable<LocalDate> closureDays)
    {
        Preconditions.CheckNotNull(closureDays);
        var all = new List<LocalDate>(_closureDays);
        foreach (var day in closureDays)
        {
            if (day < FirstDateValue || day > LastDateValue)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(closureDays),
                    CountedDays.Format(day),
                    $"The closure day {CountedDays.Format(day)} is outside the dates a working-day calendar covers ({CountedDays.Format(FirstDateValue)} to {CountedDays.Format(LastDateValue)}).");
            }

            if (day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !_bankHolidays.IsSkipped(day, nameof(closureDays)))
            {
                all.Add(day);
            }
        }

        all.Sort();
        int n = 0;
        for (int i = 0; i < all.Count; i++)
        {
            if (n == 0 || all[n - 1] != all[i])
            {
                all[n++] = all[i];
            }
        }

        return new WorkingDayCalendar(Region, _bankHolidays, all.GetRange(0, n).ToArray());
    }

    /// <summary>
    /// A calendar that also closes every year from <paramref name="first"/> to <paramref name="last"/>
    /// inclusive, for example 27 to 31 December. When <paramref name="last"/> is earlier in the year than
    /// <paramref name="first"/> the closure runs over New Year (24 December to 2 January).
    /// </summary>
    /// <param name="first">The first day of the yearly closure.</param>
    /// <param name="last">The last day of the yearly closure.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <remarks>29 February as either end means 28 February in other years, as <see cref="AnnualDate.InYear"/> does.</remarks>
    public WorkingDayCalendar WithAnnualClosure(AnnualDate first, AnnualDate last)
    {
        var days = new List<LocalDate>();
        for (int year = FirstYear - 1; year <= LastYear; year++)
        {
            LocalDate start = first.InYear(year);
            LocalDate end = last >= first ? last.InYear(year) : last.InYear(year + 1);
            for (LocalDate d = start; d <= end; d = d.PlusDays(1))
            {
                if (d >= FirstDateValue && d <= LastDateValue)
                {
                    days.Add(d);
                }
            }
        }

        return WithClosureDays(days);
    }

    /// <summary>Whether <paramref name="date"/> is a working day: Monday to Friday, not a bank holiday and not a closure day.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="FirstDate"/> to <see cref="LastDate"/>.</exception>
    public bool IsWorkingDay(LocalDate date) => _days.IsCounted(date, nameof(date));

    /// <summary>Whether <paramref name="date"/> is a bank holiday (including a substitute day) in this calendar's region.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> for a bank holiday.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="FirstDate"/> to <see cref="LastDate"/>.</exception>
    public bool IsBankHoliday(LocalDate date) => _bankHolidays.IsSkipped(date, nameof(date));

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="date"/> (before it when
    /// <paramref name="days"/> is negative); <paramref name="date"/> itself when <paramref name="days"/> is 0.
    /// </summary>
    /// <param name="date">Day 0, for example the date of referral. It need not be a working day.</param>
    /// <param name="days">How many working days to move; negative moves back.</param>
    /// <returns>The date <paramref name="days"/> working days away: the deadline for "within <paramref name="days"/> working days".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is outside the dates the calendar covers.</exception>
    /// <example>
    /// <code>
    /// // Referral on Friday 22 December 2023; Christmas Day and Boxing Day (Monday and Tuesday) are bank holidays.
    /// var due = WorkingDayCalendar.EnglandAndWales.AddWorkingDays(new LocalDate(2023, 12, 22), 3); // Friday 29 December 2023
    /// </code>
    /// </example>
    public LocalDate AddWorkingDays(LocalDate date, int days) => _days.Add(date, days, nameof(date), nameof(days));

    /// <summary>
    /// The number of working days after <paramref name="from"/> up to and including
    /// <paramref name="to"/> (the day of referral is day 0); negative when <paramref name="to"/> is
    /// before <paramref name="from"/>, so that <c>WorkingDaysBetween(a, b) == -WorkingDaysBetween(b, a)</c>.
    /// </summary>
    /// <param name="from">Day 0, for example the date of referral.</param>
    /// <param name="to">The later date, for example the date of contact.</param>
    /// <returns>The count of working days.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Either date is outside the dates the calendar covers.</exception>
    public int WorkingDaysBetween(LocalDate from, LocalDate to) => _days.Between(from, to, nameof(from), nameof(to));

    private static WorkingDayCalendar Build(BankHolidayRegion region)
    {
        var days = new List<BankHoliday>((LastYear - FirstYear + 1) * 11);
        for (int year = FirstYear; year <= LastYear; year++)
        {
            BankHolidayRules.AddYear(region, year, days);
        }

        var dates = new List<LocalDate>(days.Count);
        foreach (var day in days)
        {
            dates.Add(day.Date);
        }

        return new WorkingDayCalendar(region, new CountedDays(FirstDateValue, LastDateValue, dates, "working days"), []);
    }
}
