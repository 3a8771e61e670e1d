using System;
using Measures.Internal;
using Measures.Reporting.Display;
using NodaTime;

namespace Measures.Time;

/// <summary>
/// A period that a measure is reported for: a month, a quarter, a financial, calendar or
/// academic year, a school term or half-term, a rolling window, a year to date or a date range.
/// </summary>
/// <remarks>
/// A period is identified by its <see cref="Type"/> and its first and last dates (inclusive).
/// Ordering is by first date, then last date, then type.
/// This type is an immutable value type and is thread-safe.
/// </remarks>
[TypeFormatterSource(typeof(ReportingPeriodFormatterSource))]
public readonly partial struct ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>, IComparable
{
    private ReportingPeriod(PeriodType type, LocalDate start, LocalDate end)
    {
        Type = type;
        Start = start;
        End = end;
    }

    /// <summary>Gets the kind of this period.</summary>
    public PeriodType Type { get; }

    /// <summary>Gets the first date of this period.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last date of this period (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>Gets the number of days in this period, counting both ends.</summary>
    public int Days => Period.DaysBetween(Start, End) + 1;

    /// <summary>The calendar month <paramref name="month"/> of <paramref name="year"/>.</summary>
    /// <param name="year">The calendar year.</param>
    /// <param name="month">The month, 1 (January) to 12 (December).</param>
    /// <returns>The month period.</returns>
    public static ReportingPeriod Month(int year, int month)
    {
        Preconditions.CheckArgumentRange(year, 1, 9998);
        Preconditions.CheckArgumentRange(month, 1, 12);
        var start = new LocalDate(year, month, 1);
        return new ReportingPeriod(PeriodType.Month, start, start.PlusMonths(1).PlusDays(-1));
    }

    /// <summary>The calendar month <paramref name="month"/>.</summary>
    /// <param name="month">The year and month.</param>
    /// <returns>The month period.</returns>
    public static ReportingPeriod Month(YearMonth month) => Month(month.Year, month.Month);

    /// <summary>
    /// Quarter <paramref name="quarter"/> of the financial year that starts in April of
    /// <paramref name="financialYearStart"/>: Q1 is April–June, Q4 is January–March of the next year.
    /// </summary>
    /// <param name="financialYearStart">The calendar year in which the financial year starts (2020 for 2020/21).</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The quarter period.</returns>
    public static ReportingPeriod Quarter(int financialYearStart, int quarter)
    {
        Preconditions.CheckArgumentRange(financialYearStart, 1, 9997);
        Preconditions.CheckArgumentRange(quarter, 1, 4);
        var start = new LocalDate(financialYearStart, 4, 1).PlusMonths(3 * (quarter - 1));
        return new ReportingPeriod(PeriodType.Quarter, start, start.PlusMonths(3).PlusDays(-1));
    }

    /// <summary>The financial year from 1 April <paramref name="startYear"/> to 31 March of the next year.</summary>
    /// <param name="startYear">The calendar year in which the financial year starts (2023 for 2023/24).</param>
    /// <returns>The financial-year period.</returns>
    public static ReportingPeriod FinancialYear(int startYear)
    {
        Preconditions.CheckArgumentRange(startYear, 1, 9997);
        return new ReportingPeriod(PeriodType.FinancialYear, new LocalDate(startYear, 4, 1), new LocalDate(startYear + 1, 3, 31));
    }

    /// <summary>The calendar year <paramref name="year"/>, 1 January to 31 December.</summary>
    /// <param name="year">The calendar year.</param>
    /// <returns>The calendar-year period.</returns>
    public static ReportingPeriod CalendarYear(int year)
    {
        Preconditions.CheckArgumentRange(year, 1, 9998);
        return new ReportingPeriod(PeriodType.CalendarYear, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>A plain inclusive range of dates.</summary>
    /// <param name="start">The first date.</param>
    /// <param name="end">The last date, on or after <paramref name="start"/>.</param>
    /// <returns>The date-range period.</returns>
    public static ReportingPeriod DateRange(LocalDate start, LocalDate end)
    {
        Preconditions.CheckArgument(end >= start, nameof(end), $"The last date {end:uuuu-MM-dd} is before the first date {start:uuuu-MM-dd}.");
        return new ReportingPeriod(PeriodType.DateRange, start, end);
    }

    /// <summary>Whether <paramref name="date"/> falls within this period (both ends inclusive).</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when the date is in the period.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <inheritdoc />
    public bool Equals(ReportingPeriod other) => Type == other.Type && Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, Start, End);

    /// <inheritdoc />
    public int CompareTo(ReportingPeriod other)
    {
        int c = Start.CompareTo(other.Start);
        if (c != 0)
        {
            return c;
        }

        c = End.CompareTo(other.End);
        return c != 0 ? c : Type.CompareTo(other.Type);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportingPeriod other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be a {nameof(ReportingPeriod)}.", nameof(obj)),
    };

    /// <summary>Whether two periods are the same.</summary>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Whether two periods differ.</summary>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders before or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders after or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;
}
