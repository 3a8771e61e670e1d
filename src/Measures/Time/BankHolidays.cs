using System.Collections;
using System.Collections.Generic;
using Measures.Internal;
using NodaTime;

namespace Measures.Time;

/// <summary>
/// The bank holidays of one region of the United Kingdom in one calendar year, in date order,
/// with their names as GOV.UK writes them.
/// </summary>
/// <remarks>
/// <para>
/// The days are computed by rule, not looked up in a table, so every year from
/// <see cref="FirstYear"/> on is covered: Good Friday and Easter Monday from Easter Sunday by the
/// Gregorian computus; the early May (first Monday, from 1978 outside Scotland), spring (last
/// Monday of May; from 1978 in Scotland) and summer (last Monday of August; first Monday of August
/// in Scotland) bank holidays; 2 January and St Andrew's Day (from 2007) in Scotland; St Patrick's
/// Day and the Battle of the Boyne in Northern Ireland; and a substitute weekday for each fixed-date
/// holiday that falls on a Saturday or Sunday, the next weekday not already a holiday.
/// </para>
/// <para>
/// Days proclaimed for one year are included: the early May bank holiday moved to 8 May in 1995
/// and 2020 (VE Day); the spring bank holiday moved for the Silver (1977; England, Wales and Northern
/// Ireland only), Golden (2002), Diamond (2012) and Platinum (2022) Jubilees, with an extra day each
/// time; the royal weddings of
/// 29 July 1981 and 29 April 2011; 31 December 1999; the State Funeral of Queen Elizabeth II on
/// 19 September 2022; and the coronation of King Charles III on 8 May 2023. A day proclaimed
/// after this version was released is not known to it: add it to a
/// <see cref="WorkingDayCalendar"/> as a closure day.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class BankHolidays : IReadOnlyList<BankHoliday>
{
    /// <summary>The first year covered: 1974, when New Year's Day became a bank holiday in England, Wales and Northern Ireland.</summary>
    public const int FirstYear = BankHolidayRules.FirstYear;

    /// <summary>The last year covered.</summary>
    public const int LastYear = BankHolidayRules.LastYear;

    private readonly BankHoliday[] _days;

    private BankHolidays(BankHolidayRegion region, int year, BankHoliday[] days)
    {
        Region = region;
        Year = year;
        _days = days;
    }

    /// <summary>Gets the region these bank holidays belong to.</summary>
    public BankHolidayRegion Region { get; }

    /// <summary>Gets the calendar year.</summary>
    public int Year { get; }

    /// <summary>Gets the number of bank holidays in the year.</summary>
    public int Count => _days.Length;

    /// <summary>Gets the bank holiday at <paramref name="index"/>, in date order.</summary>
    /// <param name="index">The zero-based position.</param>
    public BankHoliday this[int index] => _days[index];

    /// <summary>The bank holidays of <paramref name="region"/> in <paramref name="year"/>.</summary>
    /// <param name="region">England and Wales, Scotland or Northern Ireland.</param>
    /// <param name="year">The calendar year, <see cref="FirstYear"/> to <see cref="LastYear"/>.</param>
    /// <returns>The year's bank holidays in date order.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">The region is not defined, or the year is outside the years covered.</exception>
    public static BankHolidays For(BankHolidayRegion region, int year)
    {
        CheckRegion(region);
        Preconditions.CheckArgumentRange(year, FirstYear, LastYear);
        var days = new List<BankHoliday>(12);
        BankHolidayRules.AddYear(region, year, days);
        return new BankHolidays(region, year, days.ToArray());
    }

    /// <summary>Whether <paramref name="date"/> is one of these bank holidays.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when a bank holiday falls on the date.</returns>
    public bool Contains(LocalDate date) => TryGetHoliday(date, out _);

    /// <summary>Finds the bank holiday on <paramref name="date"/>, if there is one.</summary>
    /// <param name="date">The date to look up.</param>
    /// <param name="holiday">The bank holiday on that date, or the default value when there is none.</param>
    /// <returns><see langword="true"/> when a bank holiday falls on the date.</returns>
    public bool TryGetHoliday(LocalDate date, out BankHoliday holiday)
    {
        foreach (var day in _days)
        {
            if (day.Date == date)
            {
                holiday = day;
                return true;
            }
        }

        holiday = default;
        return false;
    }

    /// <summary>Returns an enumerator over the bank holidays in date order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<BankHoliday> GetEnumerator() => ((IEnumerable<BankHoliday>)_days).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal static void CheckRegion(BankHolidayRegion region, string paramName = "region")
    {
        if (region is not (BankHolidayRegion.EnglandAndWales or BankHolidayRegion.Scotland or BankHolidayRegion.NorthernIreland))
        {
            throw new System.ArgumentOutOfRangeException(paramName, region, $"{paramName} must be EnglandAndWales, Scotland or NorthernIreland; it was {(int)region}.");
        }
    }
}
