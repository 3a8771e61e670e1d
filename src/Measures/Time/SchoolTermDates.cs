using System;
using System.Collections.Generic;
using System.IO;
using Measures.Internal;
using Measures.Time.Serialization;

namespace Measures.Time;

/// <summary>
/// A council's school term dates over consecutive academic years: terms, half-terms and INSET
/// days, as published for parents. They make a <see cref="SchoolDayCalendar"/> for measures such
/// as "initial PEP within 10 school days", and an <see cref="AcademicYearConvention"/>
/// (<see cref="ToAcademicYearConvention()"/>) whose termly reporting periods follow the same dates.
/// </summary>
/// <remarks>
/// <para>
/// Term dates load from and save to JSON (<see cref="Parse"/>, <see cref="Load"/>,
/// <see cref="ToJson"/>, <see cref="Save"/>) in this form:
/// </para>
/// <code language="json">
/// {
///   "name": "Rotherham",
///   "academicYears": [
///     {
///       "startYear": 2023,
///       "terms": [
///         { "term": "Autumn", "start": "2023-09-04", "end": "2023-12-20", "halfTerm": { "start": "2023-10-30", "end": "2023-11-03" } },
///         { "term": "Spring", "start": "2024-01-08", "end": "2024-03-28", "halfTerm": { "start": "2024-02-12", "end": "2024-02-16" } },
///         { "term": "Summer", "start": "2024-04-15", "end": "2024-07-23", "halfTerm": { "start": "2024-05-27", "end": "2024-05-31" } }
///       ],
///       "insetDays": [ "2023-09-01", "2024-01-05" ]
///     }
///   ]
/// }
/// </code>
/// <para>
/// Dates are ISO (yyyy-MM-dd); a term without a half-term omits "halfTerm". Term names are read
/// in any case and written as Autumn, Spring, Summer; INSET days are written in date order. Bad
/// input is reported as <see cref="DataProblem"/>s in the <see cref="LoadResult{T}"/>, each naming the JSON
/// path (<see cref="DataProblem.Field"/>), the value and the rule it breaks; unknown properties are errors, not silently dropped. What <see cref="Parse"/>
/// accepts, <see cref="ToJson"/> writes back with the same content.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SchoolTermDates : IEquatable<SchoolTermDates>
{
    private readonly AcademicYearTermDates[] _years;

    /// <summary>Initializes a council's term dates.</summary>
    /// <param name="name">A name for the term dates, for example the council's; may be empty.</param>
    /// <param name="academicYears">One or more consecutive academic years, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="academicYears"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">There are no years, a year appears twice, or a year is missing between the first and the last.</exception>
    public SchoolTermDates(string name, IEnumerable<AcademicYearTermDates> academicYears)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckNotNull(academicYears);
        var years = new List<AcademicYearTermDates>();
        foreach (var year in academicYears)
        {
            years.Add(Preconditions.CheckNotNull(year, nameof(academicYears)));
        }

        if (Check(years) is { } problem)
        {
            throw TermDatesRules.ToArgumentException(problem);
        }

        years.Sort((a, b) => a.StartYear.CompareTo(b.StartYear));
        Name = name;
        _years = years.ToArray();
        AcademicYears = Array.AsReadOnly(_years);
    }

    /// <summary>Gets the name of these term dates, for example the council's.</summary>
    public string Name { get; }

    /// <summary>Gets the academic years, earliest first.</summary>
    public IReadOnlyList<AcademicYearTermDates> AcademicYears { get; }

    /// <summary>Gets the term dates of the academic year starting in <paramref name="startYear"/>.</summary>
    /// <param name="startYear">The calendar year the academic year starts in (2023 for 2023/24).</param>
    /// <returns>That year's term dates.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is not among these term dates.</exception>
    public AcademicYearTermDates this[int startYear] =>
        TryGetAcademicYear(startYear, out var year)
            ? year
            : throw new ArgumentOutOfRangeException(
                nameof(startYear),
                startYear,
                $"There are no term dates for {AcademicYearTermDates.FormatLabel(startYear)}; these cover {_years[0].Label} to {_years[^1].Label}.");

    /// <summary>Reads term dates from JSON text.</summary>
    /// <param name="json">The JSON document.</param>
    /// <returns>The term dates, or every problem found, each with its JSON path as <see cref="DataProblem.Field"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static LoadResult<SchoolTermDates> Parse(string json)
    {
        Preconditions.CheckNotNull(json);
        return SchoolTermDatesJson.Read(json);
    }

    /// <summary>Reads term dates from a UTF-8 JSON stream. The stream is read to its end and left open.</summary>
    /// <param name="utf8Json">The stream to read.</param>
    /// <returns>The term dates, or every problem found, each with its JSON path as <see cref="DataProblem.Field"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static LoadResult<SchoolTermDates> Load(Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json);
        return SchoolTermDatesJson.Read(utf8Json);
    }

    /// <summary>Writes these term dates as indented JSON text in the form <see cref="Parse"/> reads.</summary>
    /// <returns>The JSON document.</returns>
    public string ToJson() => SchoolTermDatesJson.Write(this);

    /// <summary>Writes these term dates as indented UTF-8 JSON to <paramref name="utf8Json"/>, which is left open.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public void Save(Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json);
        SchoolTermDatesJson.Write(this, utf8Json);
    }

    /// <summary>Finds the term dates of the academic year starting in <paramref name="startYear"/>.</summary>
    /// <param name="startYear">The calendar year the academic year starts in.</param>
    /// <param name="year">That year's term dates, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the year is among these term dates.</returns>
    public bool TryGetAcademicYear(int startYear, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AcademicYearTermDates? year)
    {
        int index = startYear - _years[0].StartYear;
        year = index >= 0 && index < _years.Length ? _years[index] : null;
        return year is not null;
    }

    /// <summary>
    /// The academic year convention whose termly periods follow these term dates: the default
    /// convention (from 1 September) with each year's <see cref="AcademicYearTermDates.ToTermBoundaries"/>.
    /// Pass it to <see cref="ReportingPeriod"/>'s factories and navigation and to
    /// <see cref="ReportingPeriodPattern.WithConvention(AcademicYearConvention)"/>, so that termly
    /// periods and the <see cref="SchoolDayCalendar"/> made from these dates agree.
    /// </summary>
    /// <returns>The convention.</returns>
    /// <exception cref="ArgumentException">A year's dates cannot divide it into termly periods.</exception>
    public AcademicYearConvention ToAcademicYearConvention() => ToAcademicYearConvention(AcademicYearConvention.Default);

    /// <summary>
    /// <paramref name="convention"/> (for when the academic year begins) with these term dates'
    /// boundaries for their years, replacing any it already has for the same years.
    /// </summary>
    /// <param name="convention">The convention to start from.</param>
    /// <returns>The convention.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="convention"/> is null.</exception>
    /// <exception cref="ArgumentException">A year's dates cannot divide it into termly periods under the convention.</exception>
    public AcademicYearConvention ToAcademicYearConvention(AcademicYearConvention convention)
    {
        Preconditions.CheckNotNull(convention);
        var boundaries = new TermBoundaries[_years.Length];
        for (int i = 0; i < _years.Length; i++)
        {
            boundaries[i] = _years[i].ToTermBoundaries();
        }

        return convention.WithTermBoundaries(boundaries);
    }

    /// <inheritdoc />
    public bool Equals(SchoolTermDates? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && _years.AsSpan().SequenceEqual(other._years);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SchoolTermDates);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), _years[0], _years.Length);

    /// <summary>Describes the term dates, for example "Rotherham term dates 2023/24 to 2024/25".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        (Name.Length == 0 ? "Term dates " : Name + " term dates ") + _years[0].Label + (_years.Length > 1 ? " to " + _years[^1].Label : string.Empty);

    internal static DataProblem? Check(List<AcademicYearTermDates> years)
    {
        if (years.Count == 0)
        {
            return new(DataProblemKind.Missing, field: "academicYears", message: "Term dates need at least one academic year.");
        }

        var sorted = new List<AcademicYearTermDates>(years);
        sorted.Sort((a, b) => a.StartYear.CompareTo(b.StartYear));
        for (int i = 1; i < sorted.Count; i++)
        {
            int previous = sorted[i - 1].StartYear;
            int current = sorted[i].StartYear;
            if (current == previous)
            {
                return new(
                    DataProblemKind.Duplicate,
                    field: string.Create(System.Globalization.CultureInfo.InvariantCulture, $"academicYears[{years.LastIndexOf(sorted[i])}]"),
                    message: $"The academic year {sorted[i].Label} appears more than once.");
            }

            if (current != previous + 1)
            {
                return new(
                    DataProblemKind.Inconsistent,
                    field: "academicYears",
                    message: $"The academic years must be consecutive: {AcademicYearTermDates.FormatLabel(previous + 1)} is missing between {sorted[i - 1].Label} and {sorted[i].Label}.");
            }
        }

        return null;
    }
}
