using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Measures.Internal;
using NodaTime;

namespace Measures.Time;

/// <summary>
/// How a council divides the academic year: the day it begins (1 September by default; 1 August as
/// some DfE statistics use) and, optionally, the council's own term boundaries for particular years.
/// Years without supplied boundaries use <see cref="TermBoundaries.Default(int)"/>.
/// </summary>
/// <remarks>
/// Pass the same convention to the factories and the navigation methods of <see cref="ReportingPeriod"/>
/// that take one, and to <see cref="ReportingPeriodPattern.WithConvention(AcademicYearConvention)"/>:
/// a period only holds its dates, not the convention it was built with.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class AcademicYearConvention
{
    private readonly FrozenDictionary<int, TermBoundaries> custom;
    private readonly IReadOnlyList<TermBoundaries> customInOrder;

    private AcademicYearConvention(int firstMonth, FrozenDictionary<int, TermBoundaries> custom)
    {
        FirstMonth = firstMonth;
        this.custom = custom;
        customInOrder = Array.AsReadOnly(custom.Values.OrderBy(b => b.AcademicYear).ToArray());
    }

    /// <summary>Gets the default convention: the academic year begins on 1 September, with the default term boundaries.</summary>
    public static AcademicYearConvention Default { get; } = new(9, FrozenDictionary<int, TermBoundaries>.Empty);

    /// <summary>Gets the convention whose academic year begins on 1 August, with the default term boundaries.</summary>
    public static AcademicYearConvention FromAugust { get; } = new(8, FrozenDictionary<int, TermBoundaries>.Empty);

    /// <summary>Gets the month on whose first day the academic year begins: 7, 8 or 9 (July, August or September).</summary>
    public int FirstMonth { get; }

    /// <summary>Gets the first day of every academic year under this convention (1 September by default).</summary>
    public AnnualDate FirstDay => new(FirstMonth, 1);

    /// <summary>Gets the term boundaries supplied for particular years, in year order.</summary>
    public IReadOnlyList<TermBoundaries> CustomTermBoundaries => customInOrder;

    /// <summary>The convention whose academic year begins on the first day of <paramref name="firstMonth"/>, with the default term boundaries.</summary>
    /// <param name="firstMonth">7, 8 or 9: July, August or September.</param>
    /// <returns>The convention.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month is not July, August or September.</exception>
    public static AcademicYearConvention StartingIn(int firstMonth)
    {
        Preconditions.CheckArgumentRange(firstMonth, 7, 9);
        return firstMonth switch
        {
            9 => Default,
            8 => FromAugust,
            _ => new AcademicYearConvention(firstMonth, FrozenDictionary<int, TermBoundaries>.Empty),
        };
    }

    /// <summary>
    /// A copy of this convention that uses <paramref name="boundaries"/> for their academic years
    /// (replacing any already supplied for the same years).
    /// </summary>
    /// <param name="boundaries">The council's term boundaries, at most one per academic year.</param>
    /// <returns>The new convention.</returns>
    /// <exception cref="ArgumentException">Two boundaries are for the same year, or Summer 2 would begin after the academic year ends.</exception>
    public AcademicYearConvention WithTermBoundaries(params TermBoundaries[] boundaries)
    {
        Preconditions.CheckNotNull(boundaries);
        var merged = new Dictionary<int, TermBoundaries>(custom);
        var seen = new HashSet<int>();
        foreach (var b in boundaries)
        {
            Preconditions.CheckArgument(seen.Add(b.AcademicYear), nameof(boundaries), $"Term boundaries for {b.AcademicYear:D4}/{(b.AcademicYear + 1) % 100:D2} are given more than once.");
            Preconditions.CheckArgument(b.AcademicYear != 0, nameof(boundaries), "Term boundaries must be created with their constructor or TermBoundaries.Default; a default value has no year.");
            LocalDate lastDay = LastDay(b.AcademicYear);
            Preconditions.CheckArgument(
                b.SummerSecondHalfStart <= lastDay,
                nameof(boundaries),
                $"Summer 2 of {b.AcademicYear:D4}/{(b.AcademicYear + 1) % 100:D2} begins on {b.SummerSecondHalfStart:uuuu-MM-dd}, after the academic year ends on {lastDay:uuuu-MM-dd}.");
            Preconditions.CheckArgument(
                b.AutumnSecondHalfStart > FirstDayOf(b.AcademicYear),
                nameof(boundaries),
                $"Autumn 2 of {b.AcademicYear:D4}/{(b.AcademicYear + 1) % 100:D2} begins on {b.AutumnSecondHalfStart:uuuu-MM-dd}, not after the academic year begins on {FirstDayOf(b.AcademicYear):uuuu-MM-dd}.");
            merged[b.AcademicYear] = b;
        }

        return new AcademicYearConvention(FirstMonth, merged.ToFrozenDictionary());
    }

    /// <summary>The term boundaries of <paramref name="academicYear"/>: the council's own where supplied, otherwise the defaults.</summary>
    /// <param name="academicYear">The first calendar year of the academic year (2023 for 2023/24).</param>
    /// <returns>The boundaries.</returns>
    public TermBoundaries GetTermBoundaries(int academicYear) =>
        custom.Count != 0 && custom.TryGetValue(academicYear, out var b) ? b : TermBoundaries.Default(academicYear);

    /// <summary>The first day of <paramref name="academicYear"/> under this convention.</summary>
    /// <param name="academicYear">The first calendar year of the academic year (2023 for 2023/24).</param>
    /// <returns>The first day: 1 September 2023 for 2023/24 by default.</returns>
    public LocalDate FirstDayOf(int academicYear) => new(academicYear, FirstMonth, 1);

    /// <summary>The first calendar year of the academic year containing <paramref name="date"/>.</summary>
    /// <param name="date">A date.</param>
    /// <returns>2023 for any date from 1 September 2023 to 31 August 2024 by default.</returns>
    public int AcademicYearOf(LocalDate date) => date.Month >= FirstMonth ? date.Year : date.Year - 1;

    private LocalDate LastDay(int academicYear) => new LocalDate(academicYear + 1, FirstMonth, 1).PlusDays(-1);
}
