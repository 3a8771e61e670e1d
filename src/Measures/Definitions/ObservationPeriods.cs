using Measures.Time;

namespace Measures.Definitions;

/// <summary>Which kinds of period a measure's observations may be for, from its catalogue entry.</summary>
internal static class ObservationPeriods
{
    /// <summary>
    /// The kind of period a measure's observations are for: months for a monthly measure, quarters for a quarterly
    /// one, terms (half-terms when its period type is a half-term) for a termly one; for an annual one, the year
    /// its period type belongs to (academic, calendar, or else financial).
    /// </summary>
    public static PeriodType Of(MeasureDefinition measure) => measure.Frequency switch
    {
        ReportingFrequency.Monthly => PeriodType.Month,
        ReportingFrequency.Quarterly => PeriodType.Quarter,
        ReportingFrequency.Termly => measure.PeriodType == PeriodType.HalfTerm ? PeriodType.HalfTerm : PeriodType.Term,
        _ => measure.PeriodType switch
        {
            PeriodType.AcademicYear or PeriodType.AcademicYearToDate or PeriodType.Term or PeriodType.HalfTerm => PeriodType.AcademicYear,
            PeriodType.CalendarYear or PeriodType.CalendarYearToDate => PeriodType.CalendarYear,
            _ => PeriodType.FinancialYear,
        },
    };

    /// <summary>
    /// Whether periods of one kind nest with another's: each period of the longer kind is made up of whole periods
    /// of the shorter (months make up quarters and every kind of year; quarters make up financial and calendar
    /// years; terms make up academic years; half-terms make up terms and academic years). A kind nests with itself.
    /// </summary>
    public static bool Nest(PeriodType a, PeriodType b) => a == b || MakesUp(a, b) || MakesUp(b, a);

    /// <summary>The frequency as the catalogue writes it, for messages: "monthly".</summary>
    public static string Word(ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Monthly => "monthly",
        ReportingFrequency.Quarterly => "quarterly",
        ReportingFrequency.Termly => "termly",
        _ => "annually",
    };

    private static bool MakesUp(PeriodType shorter, PeriodType longer) => (shorter, longer) switch
    {
        (PeriodType.Month, PeriodType.Quarter or PeriodType.FinancialYear or PeriodType.CalendarYear or PeriodType.AcademicYear) => true,
        (PeriodType.Quarter, PeriodType.FinancialYear or PeriodType.CalendarYear) => true,
        (PeriodType.Term, PeriodType.AcademicYear) => true,
        (PeriodType.HalfTerm, PeriodType.Term or PeriodType.AcademicYear) => true,
        _ => false,
    };
}
