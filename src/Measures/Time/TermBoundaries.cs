using System;
using Measures.Internal;
using NodaTime;

namespace Measures.Time;

/// <summary>
/// The days on which the terms and half-terms of one academic year begin, after the first day of
/// the year: the boundaries that make the three terms and six half-terms tile their academic year
/// with no gap or overlap. Holidays belong to the term or half-term before them.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Default(int)"/> gives the boundaries this library uses unless a council supplies its
/// own: from its published term dates (<see cref="SchoolTermDates.ToAcademicYearConvention()"/>, the
/// same dates that make its <see cref="SchoolDayCalendar"/>), or directly through
/// <see cref="AcademicYearConvention.WithTermBoundaries(TermBoundaries[])"/>. They
/// follow the DfE's statistical convention for terms: autumn runs from the first day of the academic
/// year to 31 December, spring from 1 January to Easter Sunday, summer from Easter Monday to the
/// last day of the academic year. Each term splits at its half-term holiday week (Monday to
/// Sunday), which belongs to the first half; the second half begins on the Monday after it:
/// </para>
/// <list type="bullet">
/// <item>autumn: the week containing 29 October (so Autumn 2 begins on the Monday between 30 October and 5 November);</item>
/// <item>spring: the week containing 18 February (Spring 2 begins on the Monday between 19 and 25 February);</item>
/// <item>summer: the week containing the spring bank holiday, the last Monday of May except in jubilee
/// years (Tuesday 4 June 2002, Monday 4 June 2012, Thursday 2 June 2022).</item>
/// </list>
/// <para>
/// The October and February weeks are the usual pattern of English local authorities' term dates,
/// not a national rule; a council whose half-terms fall elsewhere supplies its own boundaries.
/// </para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct TermBoundaries : IEquatable<TermBoundaries>
{
    /// <summary>Creates the term boundaries of one academic year, checking that they are in order.</summary>
    /// <param name="academicYear">The first calendar year of the academic year (2023 for 2023/24).</param>
    /// <param name="autumnSecondHalfStart">The first day of Autumn 2, in the first calendar year.</param>
    /// <param name="springStart">The first day of the spring term (and of Spring 1), in the second calendar year.</param>
    /// <param name="springSecondHalfStart">The first day of Spring 2.</param>
    /// <param name="summerStart">The first day of the summer term (and of Summer 1).</param>
    /// <param name="summerSecondHalfStart">The first day of Summer 2.</param>
    /// <exception cref="ArgumentException">A boundary is not after the one before it, or lies in the wrong calendar year.</exception>
    public TermBoundaries(int academicYear, LocalDate autumnSecondHalfStart, LocalDate springStart, LocalDate springSecondHalfStart, LocalDate summerStart, LocalDate summerSecondHalfStart)
    {
        Preconditions.CheckArgumentRange(academicYear, ReportingPeriod.MinYear, ReportingPeriod.MaxStartYear);
        string label = AcademicYearLabel(academicYear);
        Preconditions.CheckArgument(
            autumnSecondHalfStart.Year == academicYear,
            nameof(autumnSecondHalfStart),
            $"Autumn 2 of {label} must begin in {academicYear}; it was given as {autumnSecondHalfStart:uuuu-MM-dd}.");
        Preconditions.CheckArgument(
            springStart.Year == academicYear + 1,
            nameof(springStart),
            $"The spring term of {label} must begin in {academicYear + 1}; it was given as {springStart:uuuu-MM-dd}.");
        Preconditions.CheckArgument(
            springSecondHalfStart > springStart,
            nameof(springSecondHalfStart),
            $"Spring 2 of {label} must begin after the spring term begins ({springStart:uuuu-MM-dd}); it was given as {springSecondHalfStart:uuuu-MM-dd}.");
        Preconditions.CheckArgument(
            summerStart > springSecondHalfStart,
            nameof(summerStart),
            $"The summer term of {label} must begin after Spring 2 begins ({springSecondHalfStart:uuuu-MM-dd}); it was given as {summerStart:uuuu-MM-dd}.");
        Preconditions.CheckArgument(
            summerSecondHalfStart > summerStart && summerSecondHalfStart.Year == academicYear + 1,
            nameof(summerSecondHalfStart),
            $"Summer 2 of {label} must begin after the summer term begins ({summerStart:uuuu-MM-dd}) and in {academicYear + 1}; it was given as {summerSecondHalfStart:uuuu-MM-dd}.");
        AcademicYear = academicYear;
        AutumnSecondHalfStart = autumnSecondHalfStart;
        SpringStart = springStart;
        SpringSecondHalfStart = springSecondHalfStart;
        SummerStart = summerStart;
        SummerSecondHalfStart = summerSecondHalfStart;
    }

    /// <summary>Gets the first calendar year of the academic year (2023 for 2023/24).</summary>
    public int AcademicYear { get; }

    /// <summary>Gets the first day of Autumn 2.</summary>
    public LocalDate AutumnSecondHalfStart { get; }

    /// <summary>Gets the first day of the spring term and of Spring 1.</summary>
    public LocalDate SpringStart { get; }

    /// <summary>Gets the first day of Spring 2.</summary>
    public LocalDate SpringSecondHalfStart { get; }

    /// <summary>Gets the first day of the summer term and of Summer 1.</summary>
    public LocalDate SummerStart { get; }

    /// <summary>Gets the first day of Summer 2.</summary>
    public LocalDate SummerSecondHalfStart { get; }

    /// <summary>
    /// The default boundaries of <paramref name="academicYear"/>: spring from 1 January, summer from
    /// Easter Monday, and the second halves from the Mondays after the half-term weeks described in
    /// the remarks of <see cref="TermBoundaries"/>.
    /// </summary>
    /// <param name="academicYear">The first calendar year of the academic year (2023 for 2023/24).</param>
    /// <returns>The boundaries.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported years.</exception>
    public static TermBoundaries Default(int academicYear)
    {
        Preconditions.CheckArgumentRange(academicYear, ReportingPeriod.MinYear, ReportingPeriod.MaxStartYear);
        uint i = (uint)(academicYear - TableFirstYear);
        return i < (uint)Table.Length ? Table[i] : Compute(academicYear);
    }

    // Default boundaries are computed once for the years most reporting uses, so that finding the
    // term or half-term of a date costs a table read rather than an Easter calculation.
    private const int TableFirstYear = 1950;

    private static readonly TermBoundaries[] Table = BuildTable(TableFirstYear, 2150);

    private static TermBoundaries[] BuildTable(int first, int last)
    {
        var table = new TermBoundaries[last - first + 1];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = Compute(first + i);
        }

        return table;
    }

    private static TermBoundaries Compute(int academicYear)
    {
        int next = academicYear + 1;
        return new TermBoundaries(
            academicYear,
            MondayAfterWeekOf(new LocalDate(academicYear, 10, 29)),
            new LocalDate(next, 1, 1),
            MondayAfterWeekOf(new LocalDate(next, 2, 18)),
            Easter.Sunday(next).PlusDays(1),
            MondayAfterWeekOf(SpringBankHoliday(next)),
            trusted: true);
    }

    /// <summary>
    /// The spring bank holiday of England and Wales in <paramref name="year"/>: the last Monday of May,
    /// moved for the Golden, Diamond and Platinum Jubilees (4 June 2002, 4 June 2012, 2 June 2022:
    /// The Banking and Financial Dealings Act 1971 proclamations, as listed on GOV.UK).
    /// </summary>
    internal static LocalDate SpringBankHoliday(int year) => year switch
    {
        2002 => new LocalDate(2002, 6, 4),
        2012 => new LocalDate(2012, 6, 4),
        2022 => new LocalDate(2022, 6, 2),
        _ => LastMondayOfMay(year),
    };

    /// <summary>Whether <paramref name="other"/> holds the same boundaries for the same year.</summary>
    /// <param name="other">The boundaries to compare with.</param>
    /// <returns><see langword="true"/> when every boundary is the same.</returns>
    public bool Equals(TermBoundaries other) =>
        AcademicYear == other.AcademicYear
        && AutumnSecondHalfStart == other.AutumnSecondHalfStart
        && SpringStart == other.SpringStart
        && SpringSecondHalfStart == other.SpringSecondHalfStart
        && SummerStart == other.SummerStart
        && SummerSecondHalfStart == other.SummerSecondHalfStart;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TermBoundaries other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AcademicYear, AutumnSecondHalfStart, SpringStart, SpringSecondHalfStart, SummerStart, SummerSecondHalfStart);

    /// <summary>Whether two sets of boundaries are the same.</summary>
    public static bool operator ==(TermBoundaries left, TermBoundaries right) => left.Equals(right);

    /// <summary>Whether two sets of boundaries differ.</summary>
    public static bool operator !=(TermBoundaries left, TermBoundaries right) => !left.Equals(right);

    /// <summary>Lists the boundaries, for diagnostics.</summary>
    /// <returns>"AY 2023/24: Autumn 2 from 2023-10-30, Spring from 2024-01-01, …".</returns>
    public override string ToString() =>
        $"{AcademicYearLabel(AcademicYear)}: Autumn 2 from {AutumnSecondHalfStart:uuuu-MM-dd}, Spring from {SpringStart:uuuu-MM-dd}, Spring 2 from {SpringSecondHalfStart:uuuu-MM-dd}, Summer from {SummerStart:uuuu-MM-dd}, Summer 2 from {SummerSecondHalfStart:uuuu-MM-dd}";

    // The first day of the half-term or term numbered 1–6 (1 = Autumn 1: the academic year's first day).
    internal LocalDate HalfTermStart(int half, LocalDate firstDay) => half switch
    {
        1 => firstDay,
        2 => AutumnSecondHalfStart,
        3 => SpringStart,
        4 => SpringSecondHalfStart,
        5 => SummerStart,
        _ => SummerSecondHalfStart,
    };

    private static string AcademicYearLabel(int academicYear) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"AY {academicYear:D4}/{(academicYear + 1) % 100:D2}");

    private static LocalDate MondayAfterWeekOf(LocalDate date) => date.PlusDays(8 - (int)date.DayOfWeek);

    private static LocalDate LastMondayOfMay(int year)
    {
        var may31 = new LocalDate(year, 5, 31);
        return may31.PlusDays(-(((int)may31.DayOfWeek - 1 + 7) % 7));
    }

#pragma warning disable IDE0060 // The flag only selects the unchecked constructor.
    private TermBoundaries(int academicYear, LocalDate autumnSecondHalfStart, LocalDate springStart, LocalDate springSecondHalfStart, LocalDate summerStart, LocalDate summerSecondHalfStart, bool trusted)
#pragma warning restore IDE0060
    {
        AcademicYear = academicYear;
        AutumnSecondHalfStart = autumnSecondHalfStart;
        SpringStart = springStart;
        SpringSecondHalfStart = springSecondHalfStart;
        SummerStart = summerStart;
        SummerSecondHalfStart = summerSecondHalfStart;
    }
}
