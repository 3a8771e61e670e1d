using System;
using System.Collections.Generic;

namespace Measures.Time;

/// <summary>Which periods of a reporting frequency make up a longer period, if they fit it exactly.</summary>
internal static class PeriodTiling
{
    /// <summary>The most parts a period is composed of: the width of a completeness mask.</summary>
    public const int MaxParts = 64;

    /// <summary>Whether periods of <paramref name="type"/> tile the timeline (months, quarters, years, terms, half-terms).</summary>
    public static bool IsTiling(PeriodType type) => type is PeriodType.Month or PeriodType.Quarter or PeriodType.FinancialYear
        or PeriodType.CalendarYear or PeriodType.AcademicYear or PeriodType.Term or PeriodType.HalfTerm;

    /// <summary>
    /// The periods of type <paramref name="type"/> that exactly make up <paramref name="target"/>, in order, or
    /// <see langword="null"/> when they do not fit it (a quarter from financial years, spring term from months in a year when Easter is in April).
    /// </summary>
    public static ReportingPeriod[]? Tile(ReportingPeriod target, PeriodType type, AcademicYearConvention convention)
    {
        if (!IsTiling(type))
        {
            return null;
        }

        ReportingPeriod part;
        try
        {
            part = ReportingPeriod.Containing(type, target.Start, convention);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }

        if (part.Start != target.Start)
        {
            return null;
        }

        var parts = new List<ReportingPeriod>();
        while (true)
        {
            parts.Add(part);
            if (part.End == target.End)
            {
                return [.. parts];
            }

            if (part.End > target.End || parts.Count == MaxParts)
            {
                return null;
            }

            part = part.Next(convention);
        }
    }

    /// <summary>Roughly how many months a period of <paramref name="type"/> lasts, to compare frequencies: 1 for a month, 4 for a term, 12 for a year.</summary>
    public static int Months(PeriodType type) => type switch
    {
        PeriodType.Quarter => 3,
        PeriodType.FinancialYear or PeriodType.CalendarYear or PeriodType.AcademicYear => 12,
        PeriodType.Term => 4,
        PeriodType.HalfTerm => 2,
        _ => 1,
    };
}
