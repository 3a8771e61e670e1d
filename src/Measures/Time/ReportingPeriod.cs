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
/// <para>
/// A period is identified by its <see cref="Type"/> and its first and last dates (inclusive);
/// a term or half-term also knows which term it is. Ordering is by first date, then last date,
/// then type. The default value is not a valid period: use the factory methods.
/// </para>
/// <para>
/// The canonical text form (<see cref="ToString()"/>) is culture-invariant and round-trips
/// exactly through <see cref="Parse(string)"/>; see <see cref="ReportingPeriodPattern"/> for the
/// forms and for the labels people type.
/// </para>
/// <para>This type is an immutable value type (12 bytes) and is thread-safe.</para>
/// </remarks>
[TypeFormatterSource(typeof(ReportingPeriodFormatterSource))]
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ReportingPeriodJsonConverter))]
public readonly partial struct ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>, IComparable
{
    /// <summary>The earliest year a period can reach: every period starts on or after 1 January of year 1.</summary>
    public const int MinYear = 1;

    /// <summary>
    /// The latest year a period can reach: every period ends on or before 31 December 9999. A financial or
    /// academic year (and its quarters, terms and half-terms) ends in the year after it starts, so the last of
    /// those starts in 9998 ("FY 9998/99").
    /// </summary>
    public const int MaxYear = 9999;

    // The last first year of a period that runs into the next calendar year (financial and academic years).
    internal const int MaxStartYear = MaxYear - 1;

    // Field order keeps the struct at 12 bytes: two 4-byte dates, then two bytes.
    private readonly LocalDate start;
    private readonly LocalDate end;
    private readonly PeriodType type;

    // The term (1–3) of a Term, or the half-term (1–6) of a HalfTerm; 0 otherwise.
    private readonly byte part;

    private ReportingPeriod(PeriodType type, LocalDate start, LocalDate end, byte part = 0)
    {
        this.type = type;
        this.start = start;
        this.end = end;
        this.part = part;
    }

    /// <summary>Gets the kind of this period.</summary>
    public PeriodType Type => type;

    /// <summary>Gets the first date of this period.</summary>
    public LocalDate Start => start;

    /// <summary>Gets the last date of this period (inclusive).</summary>
    public LocalDate End => end;

    /// <summary>Gets the number of days in this period, counting both ends.</summary>
    public int Days => Period.DaysBetween(start, end) + 1;

    /// <summary>Gets the month of <see cref="Start"/>.</summary>
    public YearMonth StartMonth => new(start.Year, start.Month);

    /// <summary>Gets the month of <see cref="End"/>.</summary>
    public YearMonth EndMonth => new(end.Year, end.Month);

    /// <summary>
    /// Gets the school term of a <see cref="PeriodType.Term"/> or <see cref="PeriodType.HalfTerm"/>
    /// period, or <see langword="null"/> for any other type.
    /// </summary>
    public SchoolTerm? SchoolTerm => type switch
    {
        PeriodType.Term => (SchoolTerm)part,
        PeriodType.HalfTerm => (SchoolTerm)((part + 1) / 2),
        _ => null,
    };

    /// <summary>Gets the half-term of a <see cref="PeriodType.HalfTerm"/> period, or <see langword="null"/> for any other type.</summary>
    public HalfTerm? SchoolHalfTerm => type == PeriodType.HalfTerm ? (HalfTerm)part : null;

    /// <summary>
    /// Gets the first year of the financial or academic year this period is named by: 2023 for
    /// "FY 2023/24", "2023/24 Q3", "AY 2023/24" or "Spring term 2023/24"; the year itself for a
    /// month, calendar year or calendar year to date; the first year of the year containing the last month of a year to
    /// date. For a rolling window or a date range, the year of <see cref="End"/>.
    /// </summary>
    public int Year => type switch
    {
        PeriodType.Month or PeriodType.CalendarYear or PeriodType.CalendarYearToDate or PeriodType.AcademicYear or PeriodType.AcademicYearToDate => start.Year,
        PeriodType.Quarter or PeriodType.FinancialYear or PeriodType.FinancialYearToDate => start.Month >= 4 ? start.Year : start.Year - 1,
        PeriodType.Term or PeriodType.HalfTerm => IsInAutumn ? start.Year : start.Year - 1,
        _ => end.Year,
    };

    internal byte Part => part;

    // Autumn terms and half-terms start in the first calendar year of their academic year; the rest in the second.
    private bool IsInAutumn => type == PeriodType.Term ? part == 1 : part <= 2;

    /// <summary>Whether <paramref name="date"/> falls within this period (both ends inclusive).</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when the date is in the period.</returns>
    public bool Contains(LocalDate date) => date >= start && date <= end;

    /// <summary>Whether <paramref name="other"/> lies wholly within this period.</summary>
    /// <param name="other">The period to test.</param>
    /// <returns><see langword="true"/> when both ends of <paramref name="other"/> are in this period.</returns>
    public bool Contains(ReportingPeriod other) => other.start >= start && other.end <= end;

    /// <summary>Whether this period and <paramref name="other"/> share at least one date.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when the periods overlap.</returns>
    public bool Overlaps(ReportingPeriod other) => other.start <= end && other.end >= start;

    /// <inheritdoc />
    public bool Equals(ReportingPeriod other) => type == other.type && part == other.part && start == other.start && end == other.end;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine((int)type | (part << 8), start, end);

    /// <inheritdoc />
    public int CompareTo(ReportingPeriod other)
    {
        int c = start.CompareTo(other.start);
        if (c != 0)
        {
            return c;
        }

        c = end.CompareTo(other.end);
        if (c != 0)
        {
            return c;
        }

        c = type.CompareTo(other.type);
        return c != 0 ? c : part.CompareTo(other.part);
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
