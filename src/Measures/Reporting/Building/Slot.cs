using Measures.Time;

namespace Measures.Reporting.Building;

/// <summary>How a slot steps back to earlier slots.</summary>
internal enum SlotKind : byte
{
    /// <summary>A period that steps by its own type: the previous month, quarter, year or term.</summary>
    Natural = 0,

    /// <summary>A window of months (rolling, year to date) that steps back a fixed number of months.</summary>
    MonthWindow = 1,

    /// <summary>From the start of an academic year to the end of a term ("by the end of term 2").</summary>
    ToEndOfTerm = 2,
}

/// <summary>A period a scorecard row can show a value for, with how to step to the earlier ones.</summary>
/// <param name="Period">The period.</param>
/// <param name="Kind">How it steps back.</param>
/// <param name="Term">For <see cref="SlotKind.ToEndOfTerm"/>, the term (or half-term) it ends with.</param>
/// <param name="StepMonths">For <see cref="SlotKind.MonthWindow"/>, how many months a step goes back.</param>
internal readonly record struct Slot(ReportingPeriod Period, SlotKind Kind, ReportingPeriod Term = default, int StepMonths = 0)
{
    public string Label => Kind == SlotKind.ToEndOfTerm ? ScorecardText.ToEndOfTermLabel(Term) : ScorecardText.PeriodLabel(Period);

    public static Slot Natural(ReportingPeriod period) => new(period, SlotKind.Natural);

    public static Slot ToEndOfTerm(ReportingPeriod term, AcademicYearConvention convention) =>
        new(ReportingPeriod.DateRange(ReportingPeriod.Containing(PeriodType.AcademicYear, term.Start, convention).Start, term.End), SlotKind.ToEndOfTerm, term);

    public Slot Previous(AcademicYearConvention convention) => Kind switch
    {
        SlotKind.MonthWindow => this with { Period = Shift(Period, -StepMonths, convention) },
        SlotKind.ToEndOfTerm => ToEndOfTerm(Term.Previous(convention), convention),
        _ => Natural(Period.Previous(convention)),
    };

    public Slot SamePeriodLastYear(AcademicYearConvention convention) => Kind switch
    {
        SlotKind.ToEndOfTerm => ToEndOfTerm(Term.SamePeriodLastYear(convention), convention),
        _ => this with { Period = Period.SamePeriodLastYear(convention) },
    };

    private static ReportingPeriod Shift(ReportingPeriod window, int months, AcademicYearConvention convention)
    {
        var end = window.EndMonth.PlusMonths(months);
        return window.Type switch
        {
            PeriodType.RollingMonths => ReportingPeriod.RollingMonths(window.MonthCount, end),
            PeriodType.FinancialYearToDate => ReportingPeriod.FinancialYearToDate(end),
            PeriodType.AcademicYearToDate => ReportingPeriod.AcademicYearToDate(end, convention),
            PeriodType.CalendarYearToDate => ReportingPeriod.CalendarYearToDate(end),
            _ => window,
        };
    }
}
