using System;
using System.Diagnostics.CodeAnalysis;
using Measures.Internal;
using Measures.Time.Text;
using NodaTime;
using NodaTime.Text;

namespace Measures.Time;

/// <content>The canonical text form and the label parser.</content>
public readonly partial struct ReportingPeriod : ISpanFormattable
{
    // Longest canonical form: "academic year to date to 2015-07 [2014-08-01 to 2015-07-31]" is 60 characters.
    private const int MaxLabelLength = 80;

    /// <summary>
    /// The canonical, culture-invariant label of this period, which <see cref="Parse(string)"/> reads
    /// back exactly: "2020-12", "2020/21 Q3", "FY 2023/24", "2019", "AY 2023/24",
    /// "Autumn term 2023/24", "Autumn 1 2023/24", "rolling 12 months to 2023-07",
    /// "financial year to date to 2015-07", "academic year to date to 2015-07",
    /// "calendar year to date to 2019-09", "2020-01-01 to 2020-03-31".
    /// </summary>
    /// <remarks>
    /// An academic year, term, half-term or academic year to date whose dates differ from the
    /// default convention (an academic year from 1 August, a council's own term dates) is followed
    /// by its dates in brackets, so that the label still round-trips: "AY 2023/24 [2023-08-01 to 2024-07-31]".
    /// </remarks>
    /// <returns>The label.</returns>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[MaxLabelLength];
        var writer = new LabelWriter(buffer);
        Write(ref writer, AcademicYearConvention.Default);
        return buffer[..writer.Written].ToString();
    }

    /// <summary>The canonical label (see <see cref="ToString()"/>); the only format is null, empty or "G".</summary>
    /// <param name="format">null, empty or "G".</param>
    /// <param name="formatProvider">Ignored: labels are culture-invariant.</param>
    /// <returns>The label.</returns>
    /// <exception cref="FormatException">The format is not null, empty or "G".</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        CheckFormat(format);
        return ToString();
    }

    /// <summary>Writes the canonical label (see <see cref="ToString()"/>) into <paramref name="destination"/> without allocating.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or "G".</param>
    /// <param name="provider">Ignored: labels are culture-invariant.</param>
    /// <returns><see langword="false"/> when the destination is too short.</returns>
    /// <exception cref="FormatException">The format is not empty or "G".</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        CheckFormat(format);
        var writer = new LabelWriter(destination);
        Write(ref writer, AcademicYearConvention.Default);
        charsWritten = writer.Overflowed ? 0 : writer.Written;
        return !writer.Overflowed;
    }

    /// <summary>
    /// Reads a period label in any of the forms <see cref="ReportingPeriodPattern"/> describes:
    /// "Dec 2020", "2020-12", "Q3 2020/21", "2023/24", "FY 2023/24", "AY 2023/24", "2019",
    /// "Autumn term 2023/24", "rolling 12 months to July 2023", "year to date to July 2015", "Jan to Sep 2019", …
    /// An unmarked "2023/24" (or "2023-24") is a financial year, and "year to date" a financial year to date.
    /// </summary>
    /// <param name="text">The label.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="UnparsableValueException">The label cannot be read; the message says which part and what was expected, <see cref="UnparsableValueException.Index"/> where.</exception>
    public static ReportingPeriod Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return ParseOrThrow(text, null, AcademicYearConvention.Default);
    }

    /// <summary>
    /// Reads a period label that must be of type <paramref name="expected"/>; an ambiguous label is
    /// read as that type ("2023/24" as an academic year when <paramref name="expected"/> is
    /// <see cref="PeriodType.AcademicYear"/>, "year to date to July 2015" as an academic or calendar year to date).
    /// </summary>
    /// <param name="text">The label.</param>
    /// <param name="expected">The type the period must have.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="UnparsableValueException">The label cannot be read, or is a period of another type.</exception>
    public static ReportingPeriod Parse(string text, PeriodType expected)
    {
        Preconditions.CheckNotNull(text);
        return ParseOrThrow(text, expected, AcademicYearConvention.Default);
    }

    /// <summary>Reads a period label (see <see cref="Parse(string)"/>) without throwing.</summary>
    /// <param name="text">The label; null fails.</param>
    /// <param name="result">The period, or the default value when the label cannot be read.</param>
    /// <returns><see langword="true"/> when the label was read.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReportingPeriod result) =>
        TryParse(text.AsSpan(), out result) && text is not null;

    /// <summary>Reads a period label (see <see cref="Parse(string)"/>) from a span without throwing or allocating.</summary>
    /// <param name="text">The label.</param>
    /// <param name="result">The period, or the default value when the label cannot be read.</param>
    /// <returns><see langword="true"/> when the label was read.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ReportingPeriod result) =>
        PeriodLabelParser.TryParse(text, null, AcademicYearConvention.Default, describe: false, out result, out _, out _);

    /// <summary>Reads a period label that must be of type <paramref name="expected"/> (see <see cref="Parse(string, PeriodType)"/>) without throwing.</summary>
    /// <param name="text">The label; null fails.</param>
    /// <param name="expected">The type the period must have.</param>
    /// <param name="result">The period, or the default value when the label cannot be read.</param>
    /// <returns><see langword="true"/> when the label was read and is of the expected type.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, PeriodType expected, out ReportingPeriod result)
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return PeriodLabelParser.TryParse(text, expected, AcademicYearConvention.Default, describe: false, out result, out _, out _);
    }

    internal static ReportingPeriod ParseOrThrow(string text, PeriodType? expected, AcademicYearConvention convention) =>
        PeriodLabelParser.TryParse(text, expected, convention, describe: true, out var result, out string? error, out int index)
            ? result
            : throw new UnparsableValueException(error!, text, index);

    /// <summary>Writes the label of this period, with dates in brackets where they differ from <paramref name="convention"/>.</summary>
    internal void Write(ref LabelWriter w, AcademicYearConvention convention)
    {
        switch (type)
        {
            case PeriodType.Month:
                w.AppendMonth(start.Year, start.Month);
                return;
            case PeriodType.Quarter:
                w.AppendYearPair(Year);
                w.Append(" Q");
                w.AppendNumber(QuarterNumber, 1);
                return;
            case PeriodType.FinancialYear:
                w.Append("FY ");
                w.AppendYearPair(Year);
                return;
            case PeriodType.CalendarYear:
                w.AppendNumber(Year, 4);
                return;
            case PeriodType.AcademicYear:
                w.Append("AY ");
                w.AppendYearPair(Year);
                if (start != convention.FirstDayOf(Year))
                {
                    AppendDates(ref w);
                }

                return;
            case PeriodType.Term:
                w.Append(PeriodText.TermNames[part - 1]);
                w.Append(" term ");
                w.AppendYearPair(Year);
                if (this != TermUnchecked(Year, part, convention.GetTermBoundaries(Year), convention))
                {
                    AppendDates(ref w);
                }

                return;
            case PeriodType.HalfTerm:
                w.Append(PeriodText.TermNames[(part - 1) / 2]);
                w.Append(' ');
                w.AppendNumber(2 - (part % 2), 1);
                w.Append(' ');
                w.AppendYearPair(Year);
                if (this != HalfTermUnchecked(Year, part, convention.GetTermBoundaries(Year), convention))
                {
                    AppendDates(ref w);
                }

                return;
            case PeriodType.RollingMonths:
                w.Append("rolling ");
                w.AppendNumber(MonthCount, 1);
                w.Append(MonthCount == 1 ? " month to " : " months to ");
                w.AppendMonth(end.Year, end.Month);
                return;
            case PeriodType.FinancialYearToDate:
                w.Append("financial year to date to ");
                w.AppendMonth(end.Year, end.Month);
                return;
            case PeriodType.AcademicYearToDate:
                w.Append("academic year to date to ");
                w.AppendMonth(end.Year, end.Month);
                if (start != convention.FirstDayOf(Year))
                {
                    AppendDates(ref w);
                }

                return;
            case PeriodType.CalendarYearToDate:
                w.Append("calendar year to date to ");
                w.AppendMonth(end.Year, end.Month);
                return;
            case PeriodType.DateRange:
                w.AppendDate(start);
                w.Append(" to ");
                w.AppendDate(end);
                return;
            default:
                w.Append("(not a period)");
                return;
        }
    }

    /// <summary>
    /// Writes the label as reports print it ("Dec 2023", "Q3 2023/24", "2023/24", "year to date to Dec 2023", "Jan to Sep 2019"):
    /// no dates in brackets, since a report's academic periods are all of its own convention.
    /// </summary>
    internal void WriteReport(ref LabelWriter w)
    {
        switch (type)
        {
            case PeriodType.Month:
                AppendShortMonth(ref w, end.Year, end.Month);
                return;
            case PeriodType.Quarter:
                w.Append('Q');
                w.AppendNumber(QuarterNumber, 1);
                w.Append(' ');
                w.AppendYearPair(Year);
                return;
            case PeriodType.FinancialYear:
                w.AppendYearPair(Year);
                return;
            case PeriodType.CalendarYear:
                w.AppendNumber(Year, 4);
                return;
            case PeriodType.AcademicYear:
                w.Append("AY ");
                w.AppendYearPair(Year);
                return;
            case PeriodType.Term:
                w.Append(PeriodText.TermNames[part - 1]);
                w.Append(" term ");
                w.AppendYearPair(Year);
                return;
            case PeriodType.HalfTerm:
                w.Append(PeriodText.TermNames[(part - 1) / 2]);
                w.Append(' ');
                w.AppendNumber(2 - (part % 2), 1);
                w.Append(' ');
                w.AppendYearPair(Year);
                return;
            case PeriodType.RollingMonths:
                w.Append("rolling ");
                w.AppendNumber(MonthCount, 1);
                w.Append(MonthCount == 1 ? " month to " : " months to ");
                AppendShortMonth(ref w, end.Year, end.Month);
                return;
            case PeriodType.FinancialYearToDate:
                w.Append("year to date to ");
                AppendShortMonth(ref w, end.Year, end.Month);
                return;
            case PeriodType.AcademicYearToDate:
                w.Append("academic year to date to ");
                AppendShortMonth(ref w, end.Year, end.Month);
                return;
            case PeriodType.CalendarYearToDate:
                // As councils write the first half of a year: "Jan to Jun 2024".
                w.Append("Jan to ");
                AppendShortMonth(ref w, end.Year, end.Month);
                return;
            case PeriodType.DateRange:
                AppendShortDate(ref w, start);
                w.Append(" to ");
                AppendShortDate(ref w, end);
                return;
            default:
                w.Append("(not a period)");
                return;
        }
    }

    private static void AppendShortMonth(ref LabelWriter w, int year, int month)
    {
        w.Append(PeriodText.MonthNames[month - 1].AsSpan(0, 3));
        w.Append(' ');
        w.AppendNumber(year, 4);
    }

    private static void AppendShortDate(ref LabelWriter w, LocalDate date)
    {
        w.AppendNumber(date.Day, 1);
        w.Append(' ');
        AppendShortMonth(ref w, date.Year, date.Month);
    }

    private void AppendDates(ref LabelWriter w)
    {
        w.Append(" [");
        w.AppendDate(start);
        w.Append(" to ");
        w.AppendDate(end);
        w.Append(']');
    }

    private static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (!(format.IsEmpty || format is "G"))
        {
            throw new FormatException($"A {nameof(ReportingPeriod)} has one format, \"G\" (its canonical label); \"{format}\" is not supported.");
        }
    }
}
