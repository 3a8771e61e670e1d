using System;
using System.Collections.Generic;
using NodaTime;
using NodaTime.Text;

namespace Measures.Time;

/// <summary>
/// The arithmetic behind working-day and school-day calendars: Monday to Friday, less a sorted
/// set of skipped weekdays, over a covered range of dates. Counting and adding take logarithmic
/// time in the number of skipped days (whole weeks by arithmetic, skipped days by binary search)
/// and allocate nothing.
/// </summary>
/// <remarks>
/// Days are numbered as <see cref="DateOnly.DayNumber"/> (0 is Monday 1 January 0001), so the
/// weekday of day n is n mod 7 (0 = Monday … 4 = Friday). Immutable and thread-safe.
/// </remarks>
internal sealed class CountedDays
{
    private readonly int _first;
    private readonly int _last;

    // Sorted, distinct day numbers of weekdays that are not counted (bank holidays, closures, school holidays).
    private readonly int[] _skipped;

    // For skipped day j: its 1-based rank among all weekdays, less j. Nondecreasing, so the
    // T-th counted day is the (T + j)-th weekday for the first j whose entry exceeds T.
    private readonly int[] _rankLessIndex;

    private readonly string _unit;

    /// <summary>Initializes the arithmetic for the dates <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="first">The first date covered.</param>
    /// <param name="last">The last date covered.</param>
    /// <param name="skipped">Dates in the range that are not counted; weekends and duplicates are ignored.</param>
    /// <param name="unit">The plural noun for a counted day in messages, for example "working days".</param>
    public CountedDays(LocalDate first, LocalDate last, IEnumerable<LocalDate> skipped, string unit)
    {
        _first = DayNumber(first);
        _last = DayNumber(last);
        _unit = unit;
        var days = new List<int>();
        foreach (var date in skipped)
        {
            int day = DayNumber(date);
            if (day >= _first && day <= _last && IsWeekday(day))
            {
                days.Add(day);
            }
        }

        days.Sort();
        int n = 0;
        for (int i = 0; i < days.Count; i++)
        {
            if (n == 0 || days[n - 1] != days[i])
            {
                days[n++] = days[i];
            }
        }

        _skipped = days.GetRange(0, n).ToArray();
        _rankLessIndex = new int[n];
        for (int j = 0; j < n; j++)
        {
            _rankLessIndex[j] = WeekdaysBefore(_skipped[j]) + 1 - j;
        }
    }

    /// <summary>Gets the first date covered.</summary>
    public LocalDate First => ToDate(_first);

    /// <summary>Gets the last date covered.</summary>
    public LocalDate Last => ToDate(_last);

    /// <summary>Gets the skipped weekdays in date order.</summary>
    public IEnumerable<LocalDate> SkippedDates
    {
        get
        {
            foreach (int day in _skipped)
            {
                yield return ToDate(day);
            }
        }
    }

    /// <summary>Whether <paramref name="date"/> is counted: a weekday that is not skipped.</summary>
    public bool IsCounted(LocalDate date, string paramName)
    {
        int day = CheckCovered(date, paramName);
        return IsWeekday(day) && Array.BinarySearch(_skipped, day) < 0;
    }

    /// <summary>Whether <paramref name="date"/> is a weekday the calendar skips.</summary>
    public bool IsSkipped(LocalDate date, string paramName) => Array.BinarySearch(_skipped, CheckCovered(date, paramName)) >= 0;

    /// <summary>Counted days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public int Between(LocalDate from, LocalDate to, string fromName, string toName)
    {
        int a = CheckCovered(from, fromName);
        int b = CheckCovered(to, toName);
        return CountBefore(b + 1) - CountBefore(a + 1);
    }

    /// <summary>The <paramref name="count"/>-th counted day after (or, when negative, before) <paramref name="date"/>; <paramref name="date"/> itself when zero.</summary>
    public LocalDate Add(LocalDate date, int count, string dateName, string countName)
    {
        int day = CheckCovered(date, dateName);
        if (count == 0)
        {
            return date;
        }

        // The rank (1-based, among all counted days from day 0) of the day wanted.
        long target = count > 0 ? (long)CountBefore(day + 1) + count : (long)CountBefore(day) + count + 1;
        int result = target < 1 || target > int.MaxValue / 2 ? int.MaxValue : NthCounted((int)target);
        if (result < _first || result > _last)
        {
            throw new ArgumentOutOfRangeException(
                countName,
                count,
                $"Adding {count} {_unit} to {Format(date)} goes beyond the dates this calendar covers ({Format(First)} to {Format(Last)}).");
        }

        return ToDate(result);
    }

    internal static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;

    internal static LocalDate ToDate(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));

    internal static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static bool IsWeekday(int day) => day % 7 < 5;

    // Weekdays among days 0 … day − 1.
    private static int WeekdaysBefore(int day) => (5 * (day / 7)) + Math.Min(day % 7, 5);

    // The weekday whose 1-based rank among all weekdays is rank.
    private static int NthWeekday(int rank) => (7 * ((rank - 1) / 5)) + ((rank - 1) % 5);

    // Counted days among days 0 … day − 1.
    private int CountBefore(int day) => WeekdaysBefore(day) - LowerBound(_skipped, day);

    private int NthCounted(int target) => NthWeekday(target + UpperBound(_rankLessIndex, target));

    private int CheckCovered(LocalDate date, string paramName)
    {
        int day = DayNumber(date);
        if (day < _first || day > _last)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                Format(date),
                $"{paramName} {Format(date)} is outside the dates this calendar covers ({Format(First)} to {Format(Last)}).");
        }

        return day;
    }

    // Number of entries less than value.
    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // Number of entries less than or equal to value.
    private static int UpperBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
