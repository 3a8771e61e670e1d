using System;
using System.Collections.Generic;
using System.Globalization;
using Measures.Internal;
using NodaTime;

namespace Measures.Time;

/// <content>Moving between periods: next, previous, the same period last year, containing, children and parents.</content>
public readonly partial struct ReportingPeriod
{
    /// <summary>
    /// The period of type <paramref name="type"/> that contains <paramref name="date"/>, with the
    /// default academic-year convention.
    /// </summary>
    /// <param name="type">A type whose periods tile the timeline: month, quarter, financial, calendar or academic year, term or half-term.</param>
    /// <param name="date">The date.</param>
    /// <returns>The one period of that type containing the date.</returns>
    /// <exception cref="ArgumentException">The type is a window (rolling, year to date, date range), which a date alone does not fix.</exception>
    public static ReportingPeriod Containing(PeriodType type, LocalDate date) => Containing(type, date, AcademicYearConvention.Default);

    /// <summary>The period of type <paramref name="type"/> that contains <paramref name="date"/> under <paramref name="convention"/>.</summary>
    /// <param name="type">A type whose periods tile the timeline: month, quarter, financial, calendar or academic year, term or half-term.</param>
    /// <param name="date">The date.</param>
    /// <param name="convention">When the academic year begins and where its terms divide.</param>
    /// <returns>The one period of that type containing the date.</returns>
    /// <exception cref="ArgumentException">The type is a window (rolling, year to date, date range), which a date alone does not fix.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period would fall outside the supported years.</exception>
    public static ReportingPeriod Containing(PeriodType type, LocalDate date, AcademicYearConvention convention)
    {
        int year = date.Year;
        int month = date.Month;
        switch (type)
        {
            case PeriodType.Month:
                Preconditions.CheckArgumentRange(year, MinYear, MaxYear, nameof(date));
                return MonthUnchecked(year, month);
            case PeriodType.Quarter:
                {
                    int fy = month >= 4 ? year : year - 1;
                    Preconditions.CheckArgumentRange(fy, MinYear, MaxStartYear, nameof(date));
                    return QuarterUnchecked(fy, month >= 4 ? (month - 1) / 3 : 4);
                }

            case PeriodType.FinancialYear:
                return FinancialYear(month >= 4 ? year : year - 1);
            case PeriodType.CalendarYear:
                return CalendarYear(year);
            case PeriodType.AcademicYear:
                Preconditions.CheckNotNull(convention);
                return AcademicYear(convention.AcademicYearOf(date), convention);
            case PeriodType.Term:
            case PeriodType.HalfTerm:
                {
                    Preconditions.CheckNotNull(convention);
                    int ay = convention.AcademicYearOf(date);
                    Preconditions.CheckArgumentRange(ay, MinYear, MaxStartYear, nameof(date));
                    TermBoundaries b = convention.GetTermBoundaries(ay);
                    if (type == PeriodType.Term)
                    {
                        int term = date < b.SpringStart ? 1 : date < b.SummerStart ? 2 : 3;
                        return TermUnchecked(ay, term, b, convention);
                    }

                    int half = date < b.SpringStart
                        ? (date < b.AutumnSecondHalfStart ? 1 : 2)
                        : date < b.SummerStart
                            ? (date < b.SpringSecondHalfStart ? 3 : 4)
                            : (date < b.SummerSecondHalfStart ? 5 : 6);
                    return HalfTermUnchecked(ay, half, b, convention);
                }

            default:
                throw new ArgumentException(
                    $"{DescribeType(type)} is not fixed by a date alone; only months, quarters, financial, calendar and academic years, terms and half-terms contain each date exactly once.",
                    nameof(type));
        }
    }

    /// <summary>
    /// The period after this one, with the default academic-year convention: the next month, quarter,
    /// year, term or half-term; a rolling window or year to date one month later; for a date range,
    /// the range of the same length that starts the day after this one ends.
    /// </summary>
    /// <returns>The next period of the same type.</returns>
    /// <exception cref="InvalidOperationException">This is the default value, which is not a period.</exception>
    /// <exception cref="OverflowException">That period would fall outside the years <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public ReportingPeriod Next() => Next(AcademicYearConvention.Default);

    /// <summary>The period after this one (see <see cref="Next()"/>), with terms, half-terms and academic years under <paramref name="convention"/>.</summary>
    /// <param name="convention">The convention this period was built with.</param>
    /// <returns>The next period of the same type.</returns>
    /// <exception cref="ArgumentNullException">The convention is null.</exception>
    /// <exception cref="InvalidOperationException">This is the default value, which is not a period.</exception>
    /// <exception cref="OverflowException">That period would fall outside the years <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public ReportingPeriod Next(AcademicYearConvention convention) => Navigate(convention, static (p, c) => p.Step(1, c), "next period");

    /// <summary>The period before this one, the inverse of <see cref="Next()"/>, with the default academic-year convention.</summary>
    /// <returns>The previous period of the same type.</returns>
    /// <exception cref="InvalidOperationException">This is the default value, which is not a period.</exception>
    /// <exception cref="OverflowException">That period would fall outside the years <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public ReportingPeriod Previous() => Previous(AcademicYearConvention.Default);

    /// <summary>The period before this one, the inverse of <see cref="Next(AcademicYearConvention)"/>.</summary>
    /// <param name="convention">The convention this period was built with.</param>
    /// <returns>The previous period of the same type.</returns>
    /// <exception cref="ArgumentNullException">The convention is null.</exception>
    /// <exception cref="InvalidOperationException">This is the default value, which is not a period.</exception>
    /// <exception cref="OverflowException">That period would fall outside the years <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public ReportingPeriod Previous(AcademicYearConvention convention) => Navigate(convention, static (p, c) => p.Step(-1, c), "previous period");

    /// <summary>
    /// The same period a year earlier, for "compared with the same period last year": the same month,
    /// quarter, term or half-term of the year before; a rolling window or year to date ending twelve
    /// months earlier; a date range moved back one year (29 February becomes 28 February).
    /// </summary>
    /// <returns>The same period last year.</returns>
    /// <exception cref="InvalidOperationException">This is the default value, which is not a period.</exception>
    /// <exception cref="OverflowException">That period would fall outside the years <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public ReportingPeriod SamePeriodLastYear() => SamePeriodLastYear(AcademicYearConvention.Default);

    /// <summary>The same period a year earlier (see <see cref="SamePeriodLastYear()"/>) under <paramref name="convention"/>.</summary>
    /// <param name="convention">The convention this period was built with.</param>
    /// <returns>The same period last year.</returns>
    /// <exception cref="ArgumentNullException">The convention is null.</exception>
    /// <exception cref="InvalidOperationException">This is the default value, which is not a period.</exception>
    /// <exception cref="OverflowException">That period would fall outside the years <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public ReportingPeriod SamePeriodLastYear(AcademicYearConvention convention)
    {
        Preconditions.CheckNotNull(convention);
        return Navigate(convention, static (p, c) => p.SamePeriodLastYearUnguarded(c), "same period a year earlier");
    }

    private ReportingPeriod SamePeriodLastYearUnguarded(AcademicYearConvention convention)
    {
        return type switch
        {
            PeriodType.Month => Month(start.Year - 1, start.Month),
            PeriodType.Quarter => Quarter(Year - 1, QuarterNumber),
            PeriodType.FinancialYear => FinancialYear(Year - 1),
            PeriodType.CalendarYear => CalendarYear(Year - 1),
            PeriodType.AcademicYear => AcademicYear(Year - 1, convention),
            PeriodType.Term => Term(Year - 1, (SchoolTerm)part, convention),
            PeriodType.HalfTerm => HalfTerm(Year - 1, (HalfTerm)part, convention),
            PeriodType.RollingMonths => RollingMonths(MonthCount, new YearMonth(end.Year - 1, end.Month)),
            PeriodType.FinancialYearToDate => FinancialYearToDate(new YearMonth(end.Year - 1, end.Month)),
            PeriodType.AcademicYearToDate => AcademicYearToDate(new YearMonth(end.Year - 1, end.Month), convention),
            PeriodType.CalendarYearToDate => CalendarYearToDate(new YearMonth(end.Year - 1, end.Month)),
            PeriodType.DateRange => DateRange(start.PlusYears(-1), end.PlusYears(-1)),
            _ => throw NotAPeriod(),
        };
    }

    /// <summary>
    /// The periods one level down that tile this one, in order, with the default academic-year
    /// convention: a financial year's four quarters, a quarter's three months, a calendar year's
    /// twelve months, an academic year's three terms, a term's two half-terms, and the months of a
    /// rolling window or year to date. Months, half-terms and date ranges have none.
    /// </summary>
    /// <returns>The children, in date order; empty when there are none.</returns>
    public IReadOnlyList<ReportingPeriod> Children() => Children(AcademicYearConvention.Default);

    /// <summary>The periods one level down that tile this one (see <see cref="Children()"/>), with terms and half-terms under <paramref name="convention"/>.</summary>
    /// <param name="convention">The convention this period was built with.</param>
    /// <returns>The children, in date order; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<ReportingPeriod> Children(AcademicYearConvention convention)
    {
        Preconditions.CheckNotNull(convention);
        switch (type)
        {
            case PeriodType.FinancialYear:
                return [QuarterUnchecked(Year, 1), QuarterUnchecked(Year, 2), QuarterUnchecked(Year, 3), QuarterUnchecked(Year, 4)];
            case PeriodType.AcademicYear:
                {
                    TermBoundaries b = convention.GetTermBoundaries(Year);
                    return [TermUnchecked(Year, 1, b, convention), TermUnchecked(Year, 2, b, convention), TermUnchecked(Year, 3, b, convention)];
                }

            case PeriodType.Term:
                {
                    TermBoundaries b = convention.GetTermBoundaries(Year);
                    int first = (2 * part) - 1;
                    return [HalfTermUnchecked(Year, first, b, convention), HalfTermUnchecked(Year, first + 1, b, convention)];
                }

            case PeriodType.Quarter:
            case PeriodType.CalendarYear:
            case PeriodType.RollingMonths:
            case PeriodType.FinancialYearToDate:
            case PeriodType.AcademicYearToDate:
            case PeriodType.CalendarYearToDate:
                {
                    int first = MonthIndex(start.Year, start.Month);
                    var months = new ReportingPeriod[MonthCount];
                    for (int i = 0; i < months.Length; i++)
                    {
                        months[i] = MonthUnchecked((first + i) / 12, ((first + i) % 12) + 1);
                    }

                    return months;
                }

            case PeriodType.Month:
            case PeriodType.HalfTerm:
            case PeriodType.DateRange:
                return [];
            default:
                throw NotAPeriod();
        }
    }

    /// <summary>
    /// The period of type <paramref name="type"/> that contains the whole of this period, with the
    /// default academic-year convention: the quarter of a month, the financial year of a quarter, the
    /// term of a half-term, the academic year of a term, and so on. A period is its own parent of its own type.
    /// </summary>
    /// <param name="type">A type whose periods tile the timeline.</param>
    /// <returns>The containing period.</returns>
    /// <exception cref="ArgumentException">No one period of that type contains this whole period
    /// (July–September 2020 spans two academic years), or the type is a window.</exception>
    /// <exception cref="OverflowException">The containing period would end after <see cref="MaxYear"/> (FY 9999/00).</exception>
    public ReportingPeriod Parent(PeriodType type) => Parent(type, AcademicYearConvention.Default);

    /// <summary>The period of type <paramref name="type"/> that contains the whole of this period under <paramref name="convention"/>.</summary>
    /// <param name="type">A type whose periods tile the timeline.</param>
    /// <param name="convention">When the academic year begins and where its terms divide.</param>
    /// <returns>The containing period.</returns>
    /// <exception cref="ArgumentException">No one period of that type contains this whole period, or the type is a window.</exception>
    /// <exception cref="OverflowException">The containing period would end after <see cref="MaxYear"/> (FY 9999/00).</exception>
    public ReportingPeriod Parent(PeriodType type, AcademicYearConvention convention)
    {
        if (this.type == 0)
        {
            throw NotAPeriod();
        }

        ReportingPeriod parent = Navigate(convention, (p, c) => Containing(type, p.start, c), "containing " + TypeNoun(type));
        if (!parent.Contains(end))
        {
            throw new ArgumentException(
                $"{this} ({start:uuuu-MM-dd} to {end:uuuu-MM-dd}) is not within one {TypeNoun(type)}: it starts in {parent} and ends in {Containing(type, end, convention)}.",
                nameof(type));
        }

        return parent;
    }

    // A step that would leave the supported years is an answer ("there is none"), not a bad argument deep inside.
    private ReportingPeriod Navigate(AcademicYearConvention convention, Func<ReportingPeriod, AcademicYearConvention, ReportingPeriod> step, string what)
    {
        if (type == 0)
        {
            throw NotAPeriod();
        }

        try
        {
            return step(this, convention);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or OverflowException)
        {
            throw new OverflowException(
                string.Create(CultureInfo.InvariantCulture, $"{this} has no {what}: reporting periods run from year {MinYear:D4} to {MaxYear:D4}."),
                ex);
        }
    }

    // The number of whole months of a month-aligned period.
    internal int MonthCount => MonthIndex(end.Year, end.Month) - MonthIndex(start.Year, start.Month) + 1;

    internal int QuarterNumber => start.Month >= 4 ? (start.Month - 1) / 3 : 4;

    private ReportingPeriod Step(int step, AcademicYearConvention convention)
    {
        Preconditions.CheckNotNull(convention);
        switch (type)
        {
            case PeriodType.Month:
                {
                    int i = MonthIndex(start.Year, start.Month) + step;
                    return Month(i / 12, (i % 12) + 1);
                }

            case PeriodType.Quarter:
                {
                    int i = (Year * 4) + QuarterNumber - 1 + step;
                    return Quarter(i / 4, (i % 4) + 1);
                }

            case PeriodType.FinancialYear:
                return FinancialYear(Year + step);
            case PeriodType.CalendarYear:
                return CalendarYear(Year + step);
            case PeriodType.AcademicYear:
                return AcademicYear(Year + step, convention);
            case PeriodType.Term:
                {
                    int i = (Year * 3) + part - 1 + step;
                    return Term(i / 3, (SchoolTerm)((i % 3) + 1), convention);
                }

            case PeriodType.HalfTerm:
                {
                    int i = (Year * 6) + part - 1 + step;
                    return HalfTerm(i / 6, (HalfTerm)((i % 6) + 1), convention);
                }

            case PeriodType.RollingMonths:
                return RollingMonths(MonthCount, ShiftMonth(end, step));
            case PeriodType.FinancialYearToDate:
                return FinancialYearToDate(ShiftMonth(end, step));
            case PeriodType.AcademicYearToDate:
                return AcademicYearToDate(ShiftMonth(end, step), convention);
            case PeriodType.CalendarYearToDate:
                return CalendarYearToDate(ShiftMonth(end, step));
            case PeriodType.DateRange:
                {
                    int days = Days;
                    return step > 0
                        ? DateRange(end.PlusDays(1), end.PlusDays(days))
                        : DateRange(start.PlusDays(-days), start.PlusDays(-1));
                }

            default:
                throw NotAPeriod();
        }
    }

    private static YearMonth ShiftMonth(LocalDate date, int months)
    {
        int i = MonthIndex(date.Year, date.Month) + months;
        return new YearMonth(i / 12, (i % 12) + 1);
    }

    private static InvalidOperationException NotAPeriod() =>
        new($"This {nameof(ReportingPeriod)} is the default value, not a period; create periods with the factory methods or {nameof(Parse)}.");

    private static string TypeNoun(PeriodType type) => Text.PeriodText.Noun(type);

    private static string DescribeType(PeriodType type)
    {
        string noun = TypeNoun(type);
        return (noun[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "An " : "A ") + noun;
    }
}
