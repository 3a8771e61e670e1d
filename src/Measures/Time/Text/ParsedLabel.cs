using NodaTime;

namespace Measures.Time.Text;

/// <summary>What a label names, as far as it has been read; an "either" kind is settled after the whole label is read.</summary>
internal enum LabelKind : byte
{
    Month,
    Quarter,
    FinancialYear,
    CalendarYear,
    AcademicYear,
    EitherYear,
    Term,
    HalfTerm,
    Rolling,
    FinancialYearToDate,
    AcademicYearToDate,
    EitherYearToDate,
    CalendarYearToDate,
    DateRange,
}

/// <summary>
/// The parse bucket: what has been read of a period label so far. The parser's steps fill it in
/// and <see cref="PeriodLabelParser"/> builds the period from it once the whole label is read.
/// </summary>
internal struct ParsedLabel
{
    /// <summary>What the label names.</summary>
    public LabelKind Kind;

    /// <summary>The year: the first calendar year of a financial or academic year, or the calendar year of a month.</summary>
    public int Year;

    /// <summary>The month (1–12), quarter (1–4), term (1–3) or half-term (1–6).</summary>
    public int Part;

    /// <summary>The length of a rolling window, in months.</summary>
    public int Months;

    /// <summary>The first date of a date range.</summary>
    public LocalDate From;

    /// <summary>The last date of a date range.</summary>
    public LocalDate To;
}
