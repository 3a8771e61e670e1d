using System;
using System.Collections.Generic;
using System.Globalization;
using Measures.Internal;
using NodaTime;

namespace Measures.Time;

/// <summary>
/// One academic year of a council's term dates: the autumn, spring and summer terms with their
/// half-terms, and the INSET (staff training) days on which pupils are not in school.
/// </summary>
/// <remarks>
/// <para>
/// An academic year is identified by the calendar year it starts in (2023 for 2023/24). Its terms
/// must be the autumn, spring and summer terms in that order, must not overlap, and must lie between
/// 1 August of the start year and 31 July of the next (so Scottish and Northern Irish years starting
/// in August fit, and nothing is assumed about the weeks after the last day of the summer term).
/// Each INSET day must be a weekday in term time. INSET days are kept in date order.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class AcademicYearTermDates : IEquatable<AcademicYearTermDates>
{
    private readonly TermDates[] _terms;
    private readonly LocalDate[] _insetDays;

    /// <summary>Initializes an academic year's term dates.</summary>
    /// <param name="startYear">The calendar year the academic year starts in (2023 for 2023/24), 1974 or later.</param>
    /// <param name="terms">The autumn, spring and summer terms, in that order.</param>
    /// <param name="insetDays">The INSET days (weekdays in term time), in any order; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">The terms or INSET days break one of the rules above; the message says which and why.</exception>
    public AcademicYearTermDates(int startYear, IEnumerable<TermDates> terms, IEnumerable<LocalDate>? insetDays = null)
    {
        Preconditions.CheckNotNull(terms);
        var termList = new List<TermDates>();
        foreach (var term in terms)
        {
            termList.Add(Preconditions.CheckNotNull(term, nameof(terms)));
        }

        var insetList = insetDays is null ? new List<LocalDate>() : new List<LocalDate>(insetDays);
        if (Check(startYear, termList, insetList) is { } problem)
        {
            throw TermDatesRules.ToArgumentException(problem);
        }

        insetList.Sort();
        StartYear = startYear;
        _terms = termList.ToArray();
        _insetDays = insetList.ToArray();
        Terms = Array.AsReadOnly(_terms);
        InsetDays = Array.AsReadOnly(_insetDays);
    }

    /// <summary>Gets the calendar year the academic year starts in (2023 for 2023/24).</summary>
    public int StartYear { get; }

    /// <summary>Gets the academic year as reports write it, for example "2023/24".</summary>
    public string Label => FormatLabel(StartYear);

    /// <summary>Gets the autumn, spring and summer terms, in that order.</summary>
    public IReadOnlyList<TermDates> Terms { get; }

    /// <summary>Gets the INSET days, in date order.</summary>
    public IReadOnlyList<LocalDate> InsetDays { get; }

    /// <summary>Gets the dates of the autumn term.</summary>
    public TermDates Autumn => _terms[0];

    /// <summary>Gets the dates of the spring term.</summary>
    public TermDates Spring => _terms[1];

    /// <summary>Gets the dates of the summer term.</summary>
    public TermDates Summer => _terms[2];

    /// <summary>Gets the dates of <paramref name="term"/>.</summary>
    /// <param name="term">Autumn, spring or summer.</param>
    /// <returns>The term's dates.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="term"/> is not defined.</exception>
    public TermDates this[SchoolTerm term] => term switch
    {
        SchoolTerm.Autumn => Autumn,
        SchoolTerm.Spring => Spring,
        SchoolTerm.Summer => Summer,
        _ => throw new ArgumentOutOfRangeException(nameof(term), term, $"term must be Autumn, Spring or Summer; it was {(int)term}."),
    };

    /// <summary>Whether <paramref name="date"/> is an INSET day of this year.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> for an INSET day.</returns>
    public bool IsInsetDay(LocalDate date) => Array.BinarySearch(_insetDays, date) >= 0;

    /// <summary>
    /// The boundaries these term dates give the year's termly reporting periods, so that a term or
    /// half-term period holds the school days of that term or half-term. Each term period begins on
    /// the first day of term; each second half begins on the first weekday after the half-term holiday.
    /// Holidays belong to the term or half-term before them. A term published without a half-term
    /// splits at the default boundary (<see cref="TermBoundaries.Default(int)"/>).
    /// </summary>
    /// <returns>The term boundaries of <see cref="StartYear"/>.</returns>
    /// <exception cref="ArgumentException">The dates cannot divide the year into termly periods, for example a spring term beginning in December.</exception>
    public TermBoundaries ToTermBoundaries()
    {
        var defaults = TermBoundaries.Default(StartYear);
        return new TermBoundaries(
            StartYear,
            SecondHalfStart(Autumn, defaults.AutumnSecondHalfStart),
            Spring.Start,
            SecondHalfStart(Spring, defaults.SpringSecondHalfStart),
            Summer.Start,
            SecondHalfStart(Summer, defaults.SummerSecondHalfStart));

        static LocalDate SecondHalfStart(TermDates term, LocalDate fallback)
        {
            if (term.HalfTerm is null)
            {
                return fallback;
            }

            // The weekend after a Monday-to-Friday holiday is holiday too, so it stays with the first half.
            LocalDate day = term.HalfTerm.End.PlusDays(1);
            while (day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            {
                day = day.PlusDays(1);
            }

            return day;
        }
    }

    /// <inheritdoc />
    public bool Equals(AcademicYearTermDates? other) =>
        other is not null
        && StartYear == other.StartYear
        && _terms.AsSpan().SequenceEqual(other._terms)
        && _insetDays.AsSpan().SequenceEqual(other._insetDays);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AcademicYearTermDates);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StartYear, Autumn, Spring, Summer, _insetDays.Length);

    /// <summary>Formats the year as its label, for example "2023/24".</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Label;

    internal static string FormatLabel(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear}/{(startYear + 1) % 100:00}");

    internal static DataProblem? Check(int startYear, List<TermDates> terms, List<LocalDate> insetDays)
    {
        if (startYear < BankHolidays.FirstYear || startYear > 9998)
        {
            return new(DataProblemKind.InvalidValue, field: "startYear", message: string.Create(CultureInfo.InvariantCulture, $"The start year must be between {BankHolidays.FirstYear} and 9998 (bank holidays are known from {BankHolidays.FirstYear}); it was {startYear}."));
        }

        string label = FormatLabel(startYear);
        if (terms.Count != 3 || terms[0].Term != SchoolTerm.Autumn || terms[1].Term != SchoolTerm.Spring || terms[2].Term != SchoolTerm.Summer)
        {
            return new(DataProblemKind.Inconsistent, field: "terms", message: $"The terms of {label} must be the autumn, spring and summer terms in that order; found {string.Join(", ", terms.ConvertAll(t => t.Term.ToString()))}.");
        }

        var earliest = new LocalDate(startYear, 8, 1);
        var latest = new LocalDate(startYear + 1, 7, 31);
        for (int i = 0; i < 3; i++)
        {
            TermDates term = terms[i];
            if (term.Start < earliest || term.End > latest)
            {
                return new(
                    DataProblemKind.Inconsistent,
                    field: string.Create(CultureInfo.InvariantCulture, $"terms[{i}]"),
                    message: $"The {TermDates.Describe(term.Term)} of {label} ({CountedDays.Format(term.Start)} to {CountedDays.Format(term.End)}) is not between "
                    + $"{CountedDays.Format(earliest)} and {CountedDays.Format(latest)}.");
            }

            if (i > 0 && term.Start <= terms[i - 1].End)
            {
                return new(
                    DataProblemKind.Inconsistent,
                    field: string.Create(CultureInfo.InvariantCulture, $"terms[{i}]"),
                    message: $"The {TermDates.Describe(term.Term)} of {label} starts on {CountedDays.Format(term.Start)}, "
                    + $"on or before the {TermDates.Describe(terms[i - 1].Term)} ends on {CountedDays.Format(terms[i - 1].End)}.");
            }
        }

        var seen = new HashSet<LocalDate>();
        for (int i = 0; i < insetDays.Count; i++)
        {
            LocalDate day = insetDays[i];
            string field = string.Create(CultureInfo.InvariantCulture, $"insetDays[{i}]");
            if (!seen.Add(day))
            {
                return new(DataProblemKind.Duplicate, field: field, message: $"The INSET day {CountedDays.Format(day)} is listed twice.");
            }

            if (day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            {
                return new(DataProblemKind.Inconsistent, field: field, message: $"The INSET day {CountedDays.Format(day)} is a {day.DayOfWeek}; INSET days are weekdays.");
            }

            TermDates? inTerm = terms.Find(t => day >= t.Start && day <= t.End);
            if (inTerm is null)
            {
                return new(DataProblemKind.Inconsistent, field: field, message: $"The INSET day {CountedDays.Format(day)} is not in any term of {label}.");
            }

            if (!inTerm.IsTermTime(day))
            {
                return new(DataProblemKind.Inconsistent, field: field, message: $"The INSET day {CountedDays.Format(day)} falls in the half-term of the {TermDates.Describe(inTerm.Term)}.");
            }
        }

        return null;
    }
}
