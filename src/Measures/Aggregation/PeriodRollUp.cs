using System;
using System.Globalization;
using Measures.Internal;

namespace Measures.Aggregation;

/// <summary>
/// Which longer periods to roll reporting periods up into: quarters, financial, calendar or
/// academic years, rolling windows of months, or financial, academic or calendar years to date.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PeriodRollUp : IEquatable<PeriodRollUp>
{
    private PeriodRollUp(RollUpKind kind, int months)
    {
        Kind = kind;
        Months = months;
    }

    /// <summary>Gets no roll-up: each period as reported (aggregation across units and breakdowns only).</summary>
    public static PeriodRollUp AsReported { get; } = new(RollUpKind.AsReported, 1);

    /// <summary>Gets financial-year quarters from months (Q1 is April–June).</summary>
    public static PeriodRollUp Quarters { get; } = new(RollUpKind.Quarter, 3);

    /// <summary>Gets financial years (April–March) from months or quarters.</summary>
    public static PeriodRollUp FinancialYears { get; } = new(RollUpKind.FinancialYear, 12);

    /// <summary>Gets calendar years (January–December) from months or quarters.</summary>
    public static PeriodRollUp CalendarYears { get; } = new(RollUpKind.CalendarYear, 12);

    /// <summary>Gets academic years (September–August) from months.</summary>
    public static PeriodRollUp AcademicYears { get; } = new(RollUpKind.AcademicYear, 12);

    /// <summary>Gets each financial year to date: April to the end of each month.</summary>
    public static PeriodRollUp FinancialYearToDate { get; } = new(RollUpKind.FinancialYearToDate, 12);

    /// <summary>Gets each academic year to date: September to the end of each month.</summary>
    public static PeriodRollUp AcademicYearToDate { get; } = new(RollUpKind.AcademicYearToDate, 12);

    /// <summary>Gets each calendar year to date: January to the end of each month ("Jan to Sep 2019").</summary>
    public static PeriodRollUp CalendarYearToDate { get; } = new(RollUpKind.CalendarYearToDate, 12);

    /// <summary>Gets the number of months in a rolling window (1 when not a rolling window).</summary>
    public int Months { get; }

    internal RollUpKind Kind { get; }

    /// <summary>Windows of <paramref name="months"/> whole months ending with each month: "rolling 12 months to July 2023".</summary>
    /// <param name="months">The window length, 1 to 64 months.</param>
    /// <returns>The roll-up.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is out of range.</exception>
    public static PeriodRollUp RollingMonths(int months)
    {
        Preconditions.CheckArgumentRange(months, 1, 64);
        return new PeriodRollUp(RollUpKind.RollingMonths, months);
    }

    /// <inheritdoc />
    public bool Equals(PeriodRollUp? other) => other is not null && Kind == other.Kind && Months == other.Months;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PeriodRollUp);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Months);

    /// <inheritdoc />
    public override string ToString() => Kind == RollUpKind.RollingMonths
        ? string.Create(CultureInfo.InvariantCulture, $"rolling {Months} months")
        : Kind.ToString();

    internal enum RollUpKind : byte
    {
        AsReported,
        Quarter,
        FinancialYear,
        CalendarYear,
        AcademicYear,
        RollingMonths,
        FinancialYearToDate,
        AcademicYearToDate,
        CalendarYearToDate,
    }
}
