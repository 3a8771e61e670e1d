using System;
using NodaTime;

namespace Measures.Time;

/// <summary>
/// The dates of one school term as a council publishes them: the first and last day of the term
/// and the half-term holiday inside it.
/// </summary>
/// <remarks>
/// Both ends are inclusive. The half-term holiday must lie strictly inside the term (after its
/// first day and before its last). Equality compares all the dates.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class TermDates : IEquatable<TermDates>
{
    /// <summary>Initializes the dates of a term.</summary>
    /// <param name="term">Autumn, spring or summer.</param>
    /// <param name="start">The first day of term.</param>
    /// <param name="end">The last day of term, on or after <paramref name="start"/>.</param>
    /// <param name="halfTerm">The half-term holiday (inclusive), or <see langword="null"/> when the term has none.</param>
    /// <exception cref="ArgumentException">The term is not defined, the term ends before it starts, or the half-term is not inside the term.</exception>
    public TermDates(SchoolTerm term, LocalDate start, LocalDate end, DateInterval? halfTerm = null)
    {
        if (Check(term, start, end, halfTerm) is { } problem)
        {
            throw TermDatesRules.ToArgumentException(problem);
        }

        Term = term;
        Start = start;
        End = end;
        HalfTerm = halfTerm;
    }

    /// <summary>Gets which term these are the dates of.</summary>
    public SchoolTerm Term { get; }

    /// <summary>Gets the first day of term.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of term.</summary>
    public LocalDate End { get; }

    /// <summary>Gets the half-term holiday, both ends inclusive, or <see langword="null"/> when the term has none.</summary>
    public DateInterval? HalfTerm { get; }

    /// <summary>Whether <paramref name="date"/> is in term time: between the first and last day of term, and not in the half-term holiday.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> in term time (weekends included).</returns>
    public bool IsTermTime(LocalDate date) => date >= Start && date <= End && (HalfTerm is null || !HalfTerm.Contains(date));

    /// <inheritdoc />
    public bool Equals(TermDates? other) =>
        other is not null && Term == other.Term && Start == other.Start && End == other.End && Equals(HalfTerm, other.HalfTerm);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TermDates);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Term, Start, End, HalfTerm);

    /// <summary>Formats the term as "Autumn term 2023-09-04 to 2023-12-20 (half-term 2023-10-30 to 2023-11-03)".</summary>
    /// <returns>The culture-invariant text form.</returns>
    public override string ToString() =>
        $"{Term} term {CountedDays.Format(Start)} to {CountedDays.Format(End)}"
        + (HalfTerm is null ? string.Empty : $" (half-term {CountedDays.Format(HalfTerm.Start)} to {CountedDays.Format(HalfTerm.End)})");

    internal static string Describe(SchoolTerm term) => term switch
    {
        SchoolTerm.Autumn => "autumn term",
        SchoolTerm.Spring => "spring term",
        SchoolTerm.Summer => "summer term",
        _ => $"term {(int)term}",
    };

    internal static DataProblem? Check(SchoolTerm term, LocalDate start, LocalDate end, DateInterval? halfTerm)
    {
        if (term is not (SchoolTerm.Autumn or SchoolTerm.Spring or SchoolTerm.Summer))
        {
            return new(DataProblemKind.InvalidValue, field: "term", message: $"The term must be Autumn, Spring or Summer; it was {(int)term}.");
        }

        if (end < start)
        {
            return new(DataProblemKind.Inconsistent, field: "end", message: $"The {Describe(term)} ends on {CountedDays.Format(end)}, before it starts on {CountedDays.Format(start)}.");
        }

        if (halfTerm is not null && (halfTerm.Start <= start || halfTerm.End >= end))
        {
            return new(
                DataProblemKind.Inconsistent,
                field: "halfTerm",
                message: $"The half-term {CountedDays.Format(halfTerm.Start)} to {CountedDays.Format(halfTerm.End)} is not inside the {Describe(term)} "
                + $"({CountedDays.Format(start)} to {CountedDays.Format(end)}); it must begin after the first day of term and end before the last.");
        }

        return null;
    }
}
