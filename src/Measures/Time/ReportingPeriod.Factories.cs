using System;
using Measures.Internal;
using NodaTime;

namespace Measures.Time;

/// <content>The factory methods, one per <see cref="PeriodType"/>.</content>
public readonly partial struct ReportingPeriod
{
    /// <summary>The longest rolling window, in months (a century).</summary>
    public const int MaxRollingMonths = 1200;

    /// <summary>The calendar month <paramref name="month"/> of <paramref name="year"/>.</summary>
    /// <param name="year">The calendar year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="month">The month, 1 (January) to 12 (December).</param>
    /// <returns>The month period, written "2020-12".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static ReportingPeriod Month(int year, int month)
    {
        Preconditions.CheckArgumentRange(year, MinYear, MaxYear);
        Preconditions.CheckArgumentRange(month, 1, 12);
        return MonthUnchecked(year, month);
    }

    /// <summary>The calendar month <paramref name="month"/>.</summary>
    /// <param name="month">The year and month.</param>
    /// <returns>The month period, written "2020-12".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportingPeriod Month(YearMonth month) => Month(month.Year, month.Month);

    /// <summary>
    /// Quarter <paramref name="quarter"/> of the financial year that starts in April of
    /// <paramref name="financialYearStart"/>: Q1 is April–June, Q4 is January–March of the next year.
    /// </summary>
    /// <param name="financialYearStart">The calendar year in which the financial year starts (2020 for 2020/21).</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The quarter period, written "2020/21 Q3".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or quarter is out of range.</exception>
    public static ReportingPeriod Quarter(int financialYearStart, int quarter)
    {
        Preconditions.CheckArgumentRange(financialYearStart, MinYear, MaxStartYear);
        Preconditions.CheckArgumentRange(quarter, 1, 4);
        return QuarterUnchecked(financialYearStart, quarter);
    }

    /// <summary>The financial year from 1 April <paramref name="startYear"/> to 31 March of the next year.</summary>
    /// <param name="startYear">The calendar year in which the financial year starts (2023 for 2023/24).</param>
    /// <returns>The financial-year period, written "FY 2023/24".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportingPeriod FinancialYear(int startYear)
    {
        Preconditions.CheckArgumentRange(startYear, MinYear, MaxStartYear);
        return new ReportingPeriod(PeriodType.FinancialYear, new LocalDate(startYear, 4, 1), new LocalDate(startYear + 1, 3, 31));
    }

    /// <summary>The calendar year <paramref name="year"/>, 1 January to 31 December.</summary>
    /// <param name="year">The calendar year.</param>
    /// <returns>The calendar-year period, written "2019".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportingPeriod CalendarYear(int year)
    {
        Preconditions.CheckArgumentRange(year, MinYear, MaxYear);
        return new ReportingPeriod(PeriodType.CalendarYear, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>The academic year that begins on 1 September <paramref name="startYear"/> and ends on 31 August of the next year.</summary>
    /// <param name="startYear">The calendar year in which the academic year starts (2023 for 2023/24).</param>
    /// <returns>The academic-year period, written "AY 2023/24".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportingPeriod AcademicYear(int startYear) => AcademicYear(startYear, AcademicYearConvention.Default);

    /// <summary>The academic year that begins in <paramref name="startYear"/> under <paramref name="convention"/>.</summary>
    /// <param name="startYear">The calendar year in which the academic year starts (2023 for 2023/24).</param>
    /// <param name="convention">When the academic year begins.</param>
    /// <returns>The academic-year period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReportingPeriod AcademicYear(int startYear, AcademicYearConvention convention)
    {
        Preconditions.CheckArgumentRange(startYear, MinYear, MaxStartYear);
        Preconditions.CheckNotNull(convention);
        return AcademicYearUnchecked(startYear, convention);
    }

    /// <summary>
    /// A school term of the academic year that begins in <paramref name="academicYear"/>, with the
    /// default boundaries (see <see cref="TermBoundaries.Default(int)"/>).
    /// </summary>
    /// <param name="academicYear">The first calendar year of the academic year (2023 for 2023/24).</param>
    /// <param name="term">The term.</param>
    /// <returns>The term period, written "Autumn term 2023/24".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or term is out of range.</exception>
    public static ReportingPeriod Term(int academicYear, SchoolTerm term) => Term(academicYear, term, AcademicYearConvention.Default);

    /// <summary>A school term of the academic year that begins in <paramref name="academicYear"/> under <paramref name="convention"/>.</summary>
    /// <param name="academicYear">The first calendar year of the academic year (2023 for 2023/24).</param>
    /// <param name="term">The term.</param>
    /// <param name="convention">When the academic year begins and where its terms divide.</param>
    /// <returns>The term period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or term is out of range.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReportingPeriod Term(int academicYear, SchoolTerm term, AcademicYearConvention convention)
    {
        Preconditions.CheckArgumentRange(academicYear, MinYear, MaxStartYear);
        Preconditions.CheckArgumentRange((int)term, 1, 3, nameof(term));
        Preconditions.CheckNotNull(convention);
        return TermUnchecked(academicYear, (int)term, convention.GetTermBoundaries(academicYear), convention);
    }

    /// <summary>
    /// A half-term of the academic year that begins in <paramref name="academicYear"/>, with the
    /// default boundaries (see <see cref="TermBoundaries.Default(int)"/>).
    /// </summary>
    /// <param name="academicYear">The first calendar year of the academic year (2023 for 2023/24).</param>
    /// <param name="halfTerm">The half-term.</param>
    /// <returns>The half-term period, written "Autumn 1 2023/24".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or half-term is out of range.</exception>
    public static ReportingPeriod HalfTerm(int academicYear, HalfTerm halfTerm) => HalfTerm(academicYear, halfTerm, AcademicYearConvention.Default);

    /// <summary>A half-term of the academic year that begins in <paramref name="academicYear"/> under <paramref name="convention"/>.</summary>
    /// <param name="academicYear">The first calendar year of the academic year (2023 for 2023/24).</param>
    /// <param name="halfTerm">The half-term.</param>
    /// <param name="convention">When the academic year begins and where its terms divide.</param>
    /// <returns>The half-term period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or half-term is out of range.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReportingPeriod HalfTerm(int academicYear, HalfTerm halfTerm, AcademicYearConvention convention)
    {
        Preconditions.CheckArgumentRange(academicYear, MinYear, MaxStartYear);
        Preconditions.CheckArgumentRange((int)halfTerm, 1, 6, nameof(halfTerm));
        Preconditions.CheckNotNull(convention);
        return HalfTermUnchecked(academicYear, (int)halfTerm, convention.GetTermBoundaries(academicYear), convention);
    }

    /// <summary>The <paramref name="months"/> whole months ending with <paramref name="end"/>: "rolling 12 months to July 2023".</summary>
    /// <param name="months">The number of months, 1 to <see cref="MaxRollingMonths"/>.</param>
    /// <param name="end">The last month of the window.</param>
    /// <returns>The rolling window, written "rolling 12 months to 2023-07".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number of months is out of range, or the window starts before year 1.</exception>
    public static ReportingPeriod RollingMonths(int months, YearMonth end)
    {
        Preconditions.CheckArgumentRange(months, 1, MaxRollingMonths);
        Preconditions.CheckArgumentRange(end.Year, MinYear, MaxYear, nameof(end));
        int first = MonthIndex(end.Year, end.Month) - (months - 1);
        if (first < MonthIndex(MinYear, 1))
        {
            throw new ArgumentOutOfRangeException(nameof(months), months, $"A window of {months} months to {end.Year:D4}-{end.Month:D2} would start before year {MinYear}.");
        }

        return new ReportingPeriod(PeriodType.RollingMonths, new LocalDate(first / 12, (first % 12) + 1, 1), LastDayOfMonth(end.Year, end.Month));
    }

    /// <summary>From 1 April of the financial year containing <paramref name="month"/> to the end of that month: "year to date to July 2015".</summary>
    /// <param name="month">The last month of the year to date.</param>
    /// <returns>The year to date, written "financial year to date to 2015-07".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The financial year is out of range.</exception>
    public static ReportingPeriod FinancialYearToDate(YearMonth month)
    {
        int fy = month.Month >= 4 ? month.Year : month.Year - 1;
        Preconditions.CheckArgumentRange(fy, MinYear, MaxStartYear, nameof(month));
        return new ReportingPeriod(PeriodType.FinancialYearToDate, new LocalDate(fy, 4, 1), LastDayOfMonth(month.Year, month.Month));
    }

    /// <summary>From 1 January of the year of <paramref name="month"/> to the end of that month: "Jan to Sep 2019", "2019 to date".</summary>
    /// <param name="month">The last month of the year to date.</param>
    /// <returns>The year to date, written "calendar year to date to 2019-09".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportingPeriod CalendarYearToDate(YearMonth month)
    {
        Preconditions.CheckArgumentRange(month.Year, MinYear, MaxYear, nameof(month));
        return new ReportingPeriod(PeriodType.CalendarYearToDate, new LocalDate(month.Year, 1, 1), LastDayOfMonth(month.Year, month.Month));
    }

    /// <summary>From 1 September of the academic year containing <paramref name="month"/> to the end of that month.</summary>
    /// <param name="month">The last month of the year to date.</param>
    /// <returns>The year to date, written "academic year to date to 2015-07".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The academic year is out of range.</exception>
    public static ReportingPeriod AcademicYearToDate(YearMonth month) => AcademicYearToDate(month, AcademicYearConvention.Default);

    /// <summary>From the first day of the academic year containing <paramref name="month"/> under <paramref name="convention"/> to the end of that month.</summary>
    /// <param name="month">The last month of the year to date.</param>
    /// <param name="convention">When the academic year begins.</param>
    /// <returns>The year to date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The academic year is out of range.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReportingPeriod AcademicYearToDate(YearMonth month, AcademicYearConvention convention)
    {
        Preconditions.CheckNotNull(convention);
        int ay = month.Month >= convention.FirstMonth ? month.Year : month.Year - 1;
        Preconditions.CheckArgumentRange(ay, MinYear, MaxStartYear, nameof(month));
        return new ReportingPeriod(PeriodType.AcademicYearToDate, convention.FirstDayOf(ay), LastDayOfMonth(month.Year, month.Month));
    }

    /// <summary>A plain inclusive range of dates.</summary>
    /// <param name="start">The first date.</param>
    /// <param name="end">The last date, on or after <paramref name="start"/>.</param>
    /// <returns>The date-range period, written "2020-01-01 to 2020-03-31".</returns>
    /// <exception cref="ArgumentException">The last date is before the first.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the years <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public static ReportingPeriod DateRange(LocalDate start, LocalDate end)
    {
        Preconditions.CheckArgument(start.Calendar == CalendarSystem.Iso && end.Calendar == CalendarSystem.Iso, nameof(start), "Reporting periods use ISO dates.");
        Preconditions.CheckArgumentRange(start.Year, MinYear, MaxYear, nameof(start));
        Preconditions.CheckArgumentRange(end.Year, MinYear, MaxYear, nameof(end));
        Preconditions.CheckArgument(end >= start, nameof(end), $"The last date {end:uuuu-MM-dd} is before the first date {start:uuuu-MM-dd}.");
        return new ReportingPeriod(PeriodType.DateRange, start, end);
    }

    internal static ReportingPeriod MonthUnchecked(int year, int month) =>
        new(PeriodType.Month, new LocalDate(year, month, 1), new LocalDate(year, month, DateTime.DaysInMonth(year, month)));

    internal static ReportingPeriod QuarterUnchecked(int financialYearStart, int quarter)
    {
        int startMonth = 1 + (3 * quarter);
        int year = financialYearStart;
        if (startMonth > 12)
        {
            startMonth -= 12;
            year++;
        }

        return new ReportingPeriod(PeriodType.Quarter, new LocalDate(year, startMonth, 1), LastDayOfMonth(year, startMonth + 2));
    }

    internal static ReportingPeriod AcademicYearUnchecked(int startYear, AcademicYearConvention convention) =>
        new(PeriodType.AcademicYear, convention.FirstDayOf(startYear), new LocalDate(startYear + 1, convention.FirstMonth, 1).PlusDays(-1));

    internal static ReportingPeriod TermUnchecked(int academicYear, int term, TermBoundaries b, AcademicYearConvention convention) => term switch
    {
        1 => new ReportingPeriod(PeriodType.Term, convention.FirstDayOf(academicYear), b.SpringStart.PlusDays(-1), 1),
        2 => new ReportingPeriod(PeriodType.Term, b.SpringStart, b.SummerStart.PlusDays(-1), 2),
        _ => new ReportingPeriod(PeriodType.Term, b.SummerStart, new LocalDate(academicYear + 1, convention.FirstMonth, 1).PlusDays(-1), 3),
    };

    internal static ReportingPeriod HalfTermUnchecked(int academicYear, int half, TermBoundaries b, AcademicYearConvention convention)
    {
        LocalDate first = convention.FirstDayOf(academicYear);
        LocalDate end = half == 6
            ? new LocalDate(academicYear + 1, convention.FirstMonth, 1).PlusDays(-1)
            : b.HalfTermStart(half + 1, first).PlusDays(-1);
        return new ReportingPeriod(PeriodType.HalfTerm, b.HalfTermStart(half, first), end, (byte)half);
    }

    // Internal constructor for the parser, which has checked the dates against the label.
    internal static ReportingPeriod FromParts(PeriodType type, LocalDate start, LocalDate end, int part) => new(type, start, end, (byte)part);

    internal static int MonthIndex(int year, int month) => (year * 12) + month - 1;

    internal static LocalDate LastDayOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}
