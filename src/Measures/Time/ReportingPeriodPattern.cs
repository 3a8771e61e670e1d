using System;
using System.Text;
using Measures.Internal;
using Measures.Time.Text;
using NodaTime.Text;

namespace Measures.Time;

/// <summary>
/// Reads and writes reporting-period labels, NodaTime-style: <see cref="Parse(string)"/> returns a
/// <see cref="ParseResult{T}"/> instead of throwing, and its failure says which part of the label
/// could not be read and what was expected.
/// </summary>
/// <remarks>
/// <para>
/// Two named patterns write labels: <see cref="RoundTrip"/> the canonical label and <see cref="Report"/>
/// the wording reports print. Both read every form below, and each reads back what it writes.
/// </para>
/// <para>Canonical forms (written by <see cref="RoundTrip"/> and <see cref="ReportingPeriod.ToString()"/>):</para>
/// <list type="table">
/// <listheader><term>Type</term><description>Canonical label</description></listheader>
/// <item><term>Month</term><description>2020-12</description></item>
/// <item><term>Quarter</term><description>2020/21 Q3 (financial quarters: Q1 April–June … Q4 January–March)</description></item>
/// <item><term>Financial year</term><description>FY 2023/24</description></item>
/// <item><term>Calendar year</term><description>2019</description></item>
/// <item><term>Academic year</term><description>AY 2023/24</description></item>
/// <item><term>Term</term><description>Autumn term 2023/24</description></item>
/// <item><term>Half-term</term><description>Autumn 1 2023/24 (… Summer 2 2023/24)</description></item>
/// <item><term>Rolling window</term><description>rolling 12 months to 2023-07</description></item>
/// <item><term>Financial year to date</term><description>financial year to date to 2015-07</description></item>
/// <item><term>Academic year to date</term><description>academic year to date to 2015-07</description></item>
/// <item><term>Calendar year to date</term><description>calendar year to date to 2019-09</description></item>
/// <item><term>Date range</term><description>2020-01-01 to 2020-03-31</description></item>
/// </list>
/// <para>
/// An academic period whose dates differ from the pattern's convention is followed by its dates in
/// brackets ("AY 2023/24 [2023-08-01 to 2024-07-31]"); parsing such a label takes the dates from the
/// brackets after checking that they fit the period named.
/// </para>
/// <para>
/// Parsing also accepts the forms people type, ignoring case and extra spaces: "Dec 2020",
/// "December 2020", "Sept 2020"; "Q3 2020/21", "Quarter 3 2020-21", "Q3 FY 2020/21"; "2023/24",
/// "2023-24", "2023/2024", "financial year 2023/24"; "academic year 2023/24", "2023/24 academic year";
/// "CY 2019", "calendar year 2019"; "Autumn 2023/24", "Spring term 2024" (the calendar year the term
/// falls in), "2023/24 Autumn term", "Autumn half-term 1 2023/24"; "rolling 12 months ending July 2023",
/// "rolling 12-month to 2023-07", "12 months to July 2023";
/// "year to date to July 2015", "YTD July 2015", "FYTD to July 2015", "academic year to date to July 2015";
/// "Jan to Sep 2019", "January–September 2019", "January 2019 to September 2019", "CYTD Sep 2019",
/// "calendar year to date to September 2019";
/// "1 January 2020 to 31 March 2020", "2020-01-01..2020-03-31".
/// </para>
/// <para>
/// Ambiguities and how they are settled: an unmarked "2023/24" is a financial year and "year to date"
/// a financial year to date, unless the pattern expects an academic type or a calendar year to date
/// (<see cref="WithExpectedType(PeriodType)"/>); "2019 to date" is refused, as it names no last month;
/// "2011-12" is December 2011 (write "2011/12" or "FY 2011/12" for the year); two-digit years
/// ("15/16", "Dec 20") are refused, as their century is a guess.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ReportingPeriodPattern : IPattern<ReportingPeriod>
{
    // Whether Format writes the wording reports print rather than the canonical label.
    private readonly bool reportWording;

    private ReportingPeriodPattern(PeriodType? expectedType, AcademicYearConvention convention, bool reportWording)
    {
        ExpectedType = expectedType;
        Convention = convention;
        this.reportWording = reportWording;
    }

    /// <summary>
    /// Gets the round-trip pattern: it writes the canonical label that <see cref="ReportingPeriod.ToString()"/>
    /// writes ("2023/24 Q3", "FY 2023/24", "financial year to date to 2015-07"), with an academic period's
    /// dates in brackets where they differ from the convention, and reads any label. What it writes it
    /// reads back as the same period, whatever its convention.
    /// </summary>
    public static ReportingPeriodPattern RoundTrip { get; } = new(null, AcademicYearConvention.Default, reportWording: false);

    /// <summary>
    /// Gets the report pattern: it writes periods as reports and scorecards print them ("Dec 2023",
    /// "Q3 2023/24", "2023/24", "2023", "AY 2023/24", "Spring term 2023/24", "Autumn 1 2023/24",
    /// "rolling 12 months to Mar 2024", "year to date to Dec 2023", "academic year to date to Dec 2023",
    /// "Jan to Sep 2019", "1 Jan 2020 to 31 Mar 2020"), and reads any label. It writes no dates in brackets, so what it
    /// writes reads back as the same period under the pattern's <see cref="Convention"/>.
    /// </summary>
    public static ReportingPeriodPattern Report { get; } = new(null, AcademicYearConvention.Default, reportWording: true);

    /// <summary>Gets the type every parsed period must have, or <see langword="null"/> for any type.</summary>
    public PeriodType? ExpectedType { get; }

    /// <summary>Gets the academic-year convention that terms, half-terms and academic years are read and written with.</summary>
    public AcademicYearConvention Convention { get; }

    /// <summary>A copy of this pattern that only accepts periods of type <paramref name="type"/>, reading ambiguous labels as that type.</summary>
    /// <param name="type">The expected type.</param>
    /// <returns>The new pattern.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The type is not a defined <see cref="PeriodType"/>.</exception>
    public ReportingPeriodPattern WithExpectedType(PeriodType type)
    {
        Preconditions.CheckArgumentRange((int)type, (int)PeriodType.Month, (int)PeriodType.CalendarYearToDate, nameof(type));
        return new ReportingPeriodPattern(type, Convention, reportWording);
    }

    /// <summary>A copy of this pattern that accepts periods of any type.</summary>
    /// <returns>The new pattern.</returns>
    public ReportingPeriodPattern WithAnyType() => new(null, Convention, reportWording);

    /// <summary>A copy of this pattern that reads and writes academic periods under <paramref name="convention"/>.</summary>
    /// <param name="convention">The academic-year convention.</param>
    /// <returns>The new pattern.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReportingPeriodPattern WithConvention(AcademicYearConvention convention) =>
        new(ExpectedType, Preconditions.CheckNotNull(convention), reportWording);

    /// <summary>Reads a label. Never throws: a failed result's exception says which part could not be read and what was expected.</summary>
    /// <param name="text">The label.</param>
    /// <returns>The result of parsing.</returns>
    public ParseResult<ReportingPeriod> Parse(string text)
    {
        if (text is null)
        {
            return ParseResult<ReportingPeriod>.ForException(() => new ArgumentNullException(nameof(text)));
        }

        return PeriodLabelParser.TryParse(text, ExpectedType, Convention, describe: true, out var result, out string? error, out int index)
            ? ParseResult<ReportingPeriod>.ForValue(result)
            : ParseResult<ReportingPeriod>.ForException(() => new UnparsableValueException(error!, text, index));
    }

    /// <summary>Reads a label without allocating.</summary>
    /// <param name="text">The label.</param>
    /// <param name="result">The period, or the default value on failure.</param>
    /// <returns><see langword="true"/> when the label was read.</returns>
    public bool TryParse(ReadOnlySpan<char> text, out ReportingPeriod result) =>
        PeriodLabelParser.TryParse(text, ExpectedType, Convention, describe: false, out result, out _, out _);

    /// <summary>
    /// Writes the label of <paramref name="value"/>: for <see cref="RoundTrip"/> the canonical label, with
    /// dates in brackets where they differ from <see cref="Convention"/>; for <see cref="Report"/> the report wording.
    /// </summary>
    /// <param name="value">The period.</param>
    /// <returns>The label.</returns>
    public string Format(ReportingPeriod value)
    {
        Span<char> buffer = stackalloc char[96];
        var writer = new LabelWriter(buffer);
        Write(value, ref writer);
        return buffer[..writer.Written].ToString();
    }

    /// <summary>Appends the label of <paramref name="value"/> to <paramref name="builder"/>.</summary>
    /// <param name="value">The period.</param>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StringBuilder AppendFormat(ReportingPeriod value, StringBuilder builder)
    {
        Preconditions.CheckNotNull(builder);
        Span<char> buffer = stackalloc char[96];
        var writer = new LabelWriter(buffer);
        Write(value, ref writer);
        return builder.Append(buffer[..writer.Written]);
    }

    /// <summary>Writes the label of <paramref name="value"/> into <paramref name="destination"/> without allocating.</summary>
    /// <param name="value">The period.</param>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns><see langword="false"/> when the destination is too short.</returns>
    public bool TryFormat(ReportingPeriod value, Span<char> destination, out int charsWritten)
    {
        var writer = new LabelWriter(destination);
        Write(value, ref writer);
        charsWritten = writer.Overflowed ? 0 : writer.Written;
        return !writer.Overflowed;
    }

    private void Write(ReportingPeriod value, ref LabelWriter writer)
    {
        if (reportWording)
        {
            value.WriteReport(ref writer);
        }
        else
        {
            value.Write(ref writer, Convention);
        }
    }
}
