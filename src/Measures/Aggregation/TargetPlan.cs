using Measures.Time;
using NodaTime;
using static Measures.Aggregation.PeriodRollUp;

namespace Measures.Aggregation;

/// <summary>
/// For a roll-up and a source frequency, which target periods a source period belongs to, and
/// which source periods (a contiguous range of ordinals) make up a target period.
/// </summary>
internal readonly struct TargetPlan
{
    private readonly RollUpKind kind;
    private readonly PeriodType frequency;
    private readonly int months;

    public TargetPlan(PeriodRollUp rollUp, PeriodType frequency)
    {
        kind = rollUp.Kind;
        this.frequency = frequency;
        months = rollUp.Months;
    }

    public bool IsAsReported => kind == RollUpKind.AsReported;

    public static bool Supports(PeriodRollUp rollUp, PeriodType frequency) => rollUp.Kind switch
    {
        RollUpKind.AsReported => true,
        RollUpKind.FinancialYear or RollUpKind.CalendarYear => frequency is PeriodType.Month or PeriodType.Quarter,
        _ => frequency == PeriodType.Month,
    };

    /// <summary>The first target containing source ordinal <paramref name="o"/>.</summary>
    public int FirstTarget(int o) => kind switch
    {
        RollUpKind.Quarter => PeriodAxis.FloorDiv(o - 3, 3),
        RollUpKind.FinancialYear => frequency == PeriodType.Month ? PeriodAxis.FloorDiv(o - 3, 12) : PeriodAxis.FloorDiv(o, 4),
        RollUpKind.CalendarYear => frequency == PeriodType.Month ? PeriodAxis.FloorDiv(o, 12) : PeriodAxis.FloorDiv(o + 1, 4),
        RollUpKind.AcademicYear => PeriodAxis.FloorDiv(o - 8, 12),
        _ => o,
    };

    /// <summary>The last target containing source ordinal <paramref name="o"/>.</summary>
    public int LastTarget(int o) => kind switch
    {
        RollUpKind.RollingMonths => o + months - 1,
        RollUpKind.FinancialYearToDate => YearStart(o, 3) + 11,
        RollUpKind.AcademicYearToDate => YearStart(o, 8) + 11,
        RollUpKind.CalendarYearToDate => YearStart(o, 0) + 11,
        _ => FirstTarget(o),
    };

    /// <summary>The source ordinals, first and last inclusive, that make up target <paramref name="t"/>.</summary>
    public (int First, int Last) Range(int t) => kind switch
    {
        RollUpKind.Quarter => ((3 * t) + 3, (3 * t) + 5),
        RollUpKind.FinancialYear => frequency == PeriodType.Month ? ((12 * t) + 3, (12 * t) + 14) : (4 * t, (4 * t) + 3),
        RollUpKind.CalendarYear => frequency == PeriodType.Month ? (12 * t, (12 * t) + 11) : ((4 * t) - 1, (4 * t) + 2),
        RollUpKind.AcademicYear => ((12 * t) + 8, (12 * t) + 19),
        RollUpKind.RollingMonths => (t - months + 1, t),
        RollUpKind.FinancialYearToDate => (YearStart(t, 3), t),
        RollUpKind.AcademicYearToDate => (YearStart(t, 8), t),
        RollUpKind.CalendarYearToDate => (YearStart(t, 0), t),
        _ => (t, t),
    };

    /// <summary>The target period <paramref name="t"/> as a reporting period.</summary>
    public ReportingPeriod Period(int t) => kind switch
    {
        RollUpKind.Quarter => ReportingPeriod.Quarter(PeriodAxis.FloorDiv(t, 4), PeriodAxis.Mod(t, 4) + 1),
        RollUpKind.FinancialYear => ReportingPeriod.FinancialYear(t),
        RollUpKind.CalendarYear => ReportingPeriod.CalendarYear(t),
        RollUpKind.AcademicYear => ReportingPeriod.AcademicYear(t),
        RollUpKind.RollingMonths => ReportingPeriod.RollingMonths(months, Month(t)),
        RollUpKind.FinancialYearToDate => ReportingPeriod.FinancialYearToDate(Month(t)),
        RollUpKind.CalendarYearToDate => ReportingPeriod.CalendarYearToDate(Month(t)),
        _ => ReportingPeriod.AcademicYearToDate(Month(t)),
    };

    private static YearMonth Month(int ordinal) => new(PeriodAxis.FloorDiv(ordinal, 12), PeriodAxis.Mod(ordinal, 12) + 1);

    private static int YearStart(int monthOrdinal, int firstMonthIndex) => (12 * PeriodAxis.FloorDiv(monthOrdinal - firstMonthIndex, 12)) + firstMonthIndex;
}
