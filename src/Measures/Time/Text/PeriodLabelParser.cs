using System;
using NodaTime;

namespace Measures.Time.Text;

/// <summary>
/// Reads the labels people type for reporting periods ("Q3 2020/21", "rolling 12 months to July 2023")
/// and for snapshot dates ("as at 31 July 2015"). Allocation-free on success; on failure it says which
/// part of the label could not be read and what was expected (only when asked to describe failures).
/// </summary>
/// <remarks>
/// The label is split into tokens, then read left to right into a <see cref="ParsedLabel"/> (the parse
/// bucket); words are looked up in <see cref="LabelKeywords"/> and every message comes from
/// <see cref="LabelMessages"/>. This file reads periods; PeriodLabelParser.Parts.cs the pieces that
/// periods and snapshot dates share (years, months, dates, failures); PeriodLabelParser.Snapshot.cs
/// snapshot dates.
/// </remarks>
internal ref partial struct PeriodLabelParser
{
    /// <summary>Reads a reporting-period label.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, PeriodType? expected, AcademicYearConvention convention, bool describe, out ReportingPeriod result, out string? error, out int errorIndex)
    {
        Span<LabelToken> buffer = stackalloc LabelToken[MaxTokens];
        var parser = new PeriodLabelParser(text, buffer, describe);
        bool ok = parser.ParsePeriod(expected, convention, out result);
        error = parser.Error;
        errorIndex = parser.ErrorIndex;
        return ok;
    }

    private static PeriodType ResultType(LabelKind kind) => kind switch
    {
        LabelKind.Month => PeriodType.Month,
        LabelKind.Quarter => PeriodType.Quarter,
        LabelKind.FinancialYear => PeriodType.FinancialYear,
        LabelKind.CalendarYear => PeriodType.CalendarYear,
        LabelKind.AcademicYear => PeriodType.AcademicYear,
        LabelKind.Term => PeriodType.Term,
        LabelKind.HalfTerm => PeriodType.HalfTerm,
        LabelKind.Rolling => PeriodType.RollingMonths,
        LabelKind.FinancialYearToDate => PeriodType.FinancialYearToDate,
        LabelKind.AcademicYearToDate => PeriodType.AcademicYearToDate,
        LabelKind.CalendarYearToDate => PeriodType.CalendarYearToDate,
        _ => PeriodType.DateRange,
    };

    private static LabelKind YearKind(YearFamily family) => family switch
    {
        YearFamily.Financial => LabelKind.FinancialYear,
        YearFamily.Academic => LabelKind.AcademicYear,
        YearFamily.Calendar => LabelKind.CalendarYear,
        _ => LabelKind.EitherYear,
    };

    private static LabelKind YearToDateKind(YearFamily family) => family switch
    {
        YearFamily.Financial => LabelKind.FinancialYearToDate,
        YearFamily.Academic => LabelKind.AcademicYearToDate,
        YearFamily.Calendar => LabelKind.CalendarYearToDate,
        _ => LabelKind.EitherYearToDate,
    };

    private bool ParsePeriod(PeriodType? expected, AcademicYearConvention convention, out ReportingPeriod result)
    {
        result = default;
        if (!Tokenize(LabelMessages.APeriod))
        {
            return false;
        }

        if (count == 0)
        {
            return Fail(LabelMessages.EmptyPeriod);
        }

        var label = default(ParsedLabel);
        if (!ParseCore(ref label))
        {
            return false;
        }

        bool explicitDates = false;
        LocalDate first = default;
        LocalDate last = default;
        if (Peek(LabelTokenKind.Open))
        {
            int open = pos++;
            if (!ParseDate(out first, LabelMessages.FirstDateInBrackets) || !ParseRangeSeparator() || !ParseDate(out last, LabelMessages.LastDateInBrackets))
            {
                return false;
            }

            if (!Peek(LabelTokenKind.Close))
            {
                return pos >= count ? FailEnd(LabelMessages.ClosingBracket) : FailAt(pos, LabelMessages.ExpectedClosingBracket);
            }

            pos++;
            if (label.Kind is not (LabelKind.AcademicYear or LabelKind.EitherYear or LabelKind.Term or LabelKind.HalfTerm or LabelKind.AcademicYearToDate or LabelKind.EitherYearToDate))
            {
                return FailAt(open, LabelMessages.BracketsOnlyOnAcademicPeriods);
            }

            explicitDates = true;
        }

        if (pos < count)
        {
            return FailAt(pos, LabelMessages.NotExpectedHere);
        }

        // An ambiguous year is academic when dates in brackets follow it or an academic type is expected;
        // "year to date" is a calendar year to date when one is expected.
        label.Kind = label.Kind switch
        {
            LabelKind.EitherYear => explicitDates || expected == PeriodType.AcademicYear ? LabelKind.AcademicYear : LabelKind.FinancialYear,
            LabelKind.EitherYearToDate when !explicitDates && expected == PeriodType.CalendarYearToDate => LabelKind.CalendarYearToDate,
            LabelKind.EitherYearToDate => explicitDates || expected == PeriodType.AcademicYearToDate ? LabelKind.AcademicYearToDate : LabelKind.FinancialYearToDate,
            _ => label.Kind,
        };

        if (!Build(in label, convention, out result))
        {
            return false;
        }

        if (explicitDates)
        {
            if (!CheckExplicitDates(result, first, last))
            {
                return false;
            }

            result = ReportingPeriod.FromParts(result.Type, first, last, result.Part);
        }

        if (expected is { } want && result.Type != want)
        {
            result = default;
            return Fail(describe ? LabelMessages.NotTheExpectedType(ResultType(label.Kind), want) : string.Empty);
        }

        return true;
    }

    private bool Build(in ParsedLabel label, AcademicYearConvention convention, out ReportingPeriod result)
    {
        result = default;
        int year = label.Year;
        int part = label.Part;
        if (label.Kind is LabelKind.Quarter or LabelKind.FinancialYear or LabelKind.AcademicYear or LabelKind.Term or LabelKind.HalfTerm && year > ReportingPeriod.MaxStartYear)
        {
            return Fail(describe ? LabelMessages.EndsAfterSupportedYears() : string.Empty);
        }

        switch (label.Kind)
        {
            case LabelKind.Month:
                result = ReportingPeriod.MonthUnchecked(year, part);
                return true;
            case LabelKind.Quarter:
                result = ReportingPeriod.QuarterUnchecked(year, part);
                return true;
            case LabelKind.FinancialYear:
                result = ReportingPeriod.FinancialYear(year);
                return true;
            case LabelKind.CalendarYear:
                result = ReportingPeriod.CalendarYear(year);
                return true;
            case LabelKind.AcademicYear:
                result = ReportingPeriod.AcademicYearUnchecked(year, convention);
                return true;
            case LabelKind.Term:
                result = ReportingPeriod.TermUnchecked(year, part, convention.GetTermBoundaries(year), convention);
                return true;
            case LabelKind.HalfTerm:
                result = ReportingPeriod.HalfTermUnchecked(year, part, convention.GetTermBoundaries(year), convention);
                return true;
            case LabelKind.Rolling:
                if (ReportingPeriod.MonthIndex(year, part) - (label.Months - 1) < ReportingPeriod.MonthIndex(ReportingPeriod.MinYear, 1))
                {
                    return Fail(describe ? LabelMessages.WindowStartsTooEarly(label.Months, year, part) : string.Empty);
                }

                result = ReportingPeriod.RollingMonths(label.Months, new YearMonth(year, part));
                return true;
            case LabelKind.FinancialYearToDate:
                if ((part >= 4 ? year : year - 1) < ReportingPeriod.MinYear)
                {
                    return Fail(describe ? LabelMessages.YearToDateStartsTooEarly("financial", year, part) : string.Empty);
                }

                if ((part >= 4 ? year : year - 1) > ReportingPeriod.MaxStartYear)
                {
                    return Fail(describe ? LabelMessages.EndsAfterSupportedYears() : string.Empty);
                }

                result = ReportingPeriod.FinancialYearToDate(new YearMonth(year, part));
                return true;
            case LabelKind.AcademicYearToDate:
                if ((part >= convention.FirstMonth ? year : year - 1) < ReportingPeriod.MinYear)
                {
                    return Fail(describe ? LabelMessages.YearToDateStartsTooEarly("academic", year, part) : string.Empty);
                }

                if ((part >= convention.FirstMonth ? year : year - 1) > ReportingPeriod.MaxStartYear)
                {
                    return Fail(describe ? LabelMessages.EndsAfterSupportedYears() : string.Empty);
                }

                result = ReportingPeriod.AcademicYearToDate(new YearMonth(year, part), convention);
                return true;
            case LabelKind.CalendarYearToDate:
                result = ReportingPeriod.CalendarYearToDate(new YearMonth(year, part));
                return true;
            default:
                if (label.To < label.From)
                {
                    return Fail(describe ? LabelMessages.LastDateBeforeFirst(label.From, label.To) : string.Empty);
                }

                result = ReportingPeriod.DateRange(label.From, label.To);
                return true;
        }
    }

    // Dates in brackets replace the convention's dates of an academic period; they must still be that period.
    private bool CheckExplicitDates(ReportingPeriod named, LocalDate first, LocalDate last)
    {
        int ay = named.Year;
        if (last < first)
        {
            return Fail(describe ? LabelMessages.BracketLastDateBeforeFirst(first, last) : string.Empty);
        }

        switch (named.Type)
        {
            case PeriodType.AcademicYear:
                bool firstDayOk = first.Day == 1 && first.Month is >= 7 and <= 9 && first.Year == ay;
                return (firstDayOk && last == first.PlusYears(1).PlusDays(-1))
                    || Fail(!describe ? string.Empty : LabelMessages.BracketsNotAcademicYear(ReportingPeriod.FromParts(named.Type, named.Start, named.End, named.Part).ToString()[3..], ay));
            case PeriodType.AcademicYearToDate:
                {
                    // The first day in the brackets sets the convention, and with it the academic year of the named month.
                    LocalDate monthEnd = named.End;
                    int ayOfMonth = monthEnd.Month >= first.Month ? monthEnd.Year : monthEnd.Year - 1;
                    return (first.Day == 1 && first.Month is >= 7 and <= 9 && first.Year == ayOfMonth && last == monthEnd)
                        || Fail(describe ? LabelMessages.BracketsNotYearToDate(monthEnd) : string.Empty);
                }

            default:
                {
                    bool autumn = named.Type == PeriodType.Term ? named.Part == 1 : named.Part <= 2;
                    int startYear = autumn ? ay : ay + 1;
                    var earliest = new LocalDate(ay, 7, 1);
                    var latest = new LocalDate(ay + 1, 9, 30);
                    return (first.Year == startYear && first >= earliest && last <= latest)
                        || Fail(describe ? LabelMessages.BracketsNotNamedPeriod(first, last, named.Type, startYear, earliest, latest) : string.Empty);
                }
        }
    }

    // The first token settles what the label is: a number (a year, a date, a window length) or a keyword.
    private bool ParseCore(ref ParsedLabel label)
    {
        LabelToken t = tokens[pos];
        if (t.Kind == LabelTokenKind.Number)
        {
            return ParseFromNumber(ref label);
        }

        if (t.Kind != LabelTokenKind.Word)
        {
            return FailAt(pos, LabelMessages.CannotStart);
        }

        ReadOnlySpan<char> word = Span(t);
        LabelKeyword keyword = LabelKeywords.Find(word);
        switch (keyword.Kind)
        {
            case KeywordKind.Month:
                {
                    int first = pos++;
                    SkipDotAfterAbbreviation(word);
                    if (AtMonthSpan())
                    {
                        // "Jan to Sep 2019": the year is the last month's.
                        return ParseMonthSpan(keyword.Value, first, ref label);
                    }

                    if (Peek(LabelTokenKind.Dash) || Peek(LabelTokenKind.Comma))
                    {
                        pos++;
                    }

                    label.Kind = LabelKind.Month;
                    label.Part = keyword.Value;
                    if (!ParseYear(out label.Year, LabelMessages.YearAfterMonth))
                    {
                        return false;
                    }

                    if (!AtMonthSpan())
                    {
                        return true;
                    }

                    // "January 2019 to September 2019": both months in one year.
                    int firstYear = label.Year;
                    return ParseMonthSpan(keyword.Value, first, ref label)
                        && (label.Year == firstYear || FailSpan(first, pos - 1, describe ? LabelMessages.MonthSpanAcrossYears(firstYear, label.Year) : string.Empty));
                }

            case KeywordKind.Term:
                pos++;
                return ParseTermRest(keyword.Value, ref label);
            case KeywordKind.Quarter:
                pos++;
                if (!ParseQuarterNumber(out label.Part))
                {
                    return false;
                }

                if (PeekWord("of"))
                {
                    pos++;
                }

                SkipFinancialYearWords();
                label.Kind = LabelKind.Quarter;
                return ParseYearPair(out label.Year, LabelMessages.FinancialYearAfterQuarter);
            case KeywordKind.YearPrefix:
                pos++;
                return (!keyword.LongForm || ExpectWord("year")) && ParseAfterYearPrefix(keyword.Family, ref label);
            case KeywordKind.Year:
                pos++;
                label.Kind = LabelKind.EitherYearToDate;
                return ParseToDate(ref label);
            case KeywordKind.YearToDate:
                pos++;
                label.Kind = YearToDateKind(keyword.Family);
                if (PeekWord("to"))
                {
                    pos++;
                }

                return ParseMonthReference(out label.Year, out label.Part, LabelMessages.LastMonthOfYearToDate);
            case KeywordKind.Rolling:
                pos++;
                if (!Peek(LabelTokenKind.Number))
                {
                    return pos >= count ? FailEnd(LabelMessages.RollingCount) : FailAt(pos, LabelMessages.ExpectedRollingCount);
                }

                label.Kind = LabelKind.Rolling;
                return ParseRollingRest(ref label);
            case KeywordKind.As:
                return FailAt(pos, LabelMessages.SnapshotIsNotAPeriod);
            default:
                return FailAt(pos, LabelMessages.NotMonthOrPeriodWord);
        }
    }

    // After "FY", "AY", "CY" or their long forms ("financial year"): the year, or "to date" and a month;
    // then a quarter after a financial year, or a term after an academic year.
    private bool ParseAfterYearPrefix(YearFamily family, ref ParsedLabel label)
    {
        if (PeekWord("to"))
        {
            label.Kind = YearToDateKind(family);
            return ParseToDate(ref label);
        }

        if (family == YearFamily.Calendar)
        {
            return ParseCalendarYear(ref label);
        }

        if (!ParseYearPair(out label.Year, family == YearFamily.Financial ? LabelMessages.FinancialYearExample : LabelMessages.AcademicYearExample))
        {
            return false;
        }

        label.Kind = YearKind(family);
        return ParseYearPairSuffix(ref label);
    }

    private bool ParseCalendarYear(ref ParsedLabel label)
    {
        label.Kind = LabelKind.CalendarYear;
        int at = pos;
        return ParseYear(out label.Year, LabelMessages.CalendarYearExample) && NotYearToDateWithoutMonth(label.Year, at);
    }

    // "2019 to date" names no last month, and a calendar year to date needs one.
    private bool NotYearToDateWithoutMonth(int year, int yearAt) =>
        !(PeekWord("to") && PeekAt(pos + 1, LabelTokenKind.Word) && IsWord(Span(tokens[pos + 1]), "date"))
        || FailSpan(yearAt, pos + 1, describe ? LabelMessages.YearToDateWithoutMonth(year) : string.Empty);

    // After a month: "to", "until" or a dash, then a month name.
    private readonly bool AtMonthSpan() =>
        (Peek(LabelTokenKind.Dash) || PeekWord("to") || PeekWord("until"))
        && PeekAt(pos + 1, LabelTokenKind.Word) && LabelKeywords.MonthNumber(Span(tokens[pos + 1])) != 0;

    // After the first month of a span and at its separator: the last month and its year. Only a span from January is a period.
    private bool ParseMonthSpan(int firstMonth, int firstAt, ref ParsedLabel label)
    {
        if (firstMonth != 1)
        {
            return FailAt(firstAt, LabelMessages.MonthSpanNotFromJanuary);
        }

        pos++;
        label.Kind = LabelKind.CalendarYearToDate;
        return ParseMonthReference(out label.Year, out label.Part, LabelMessages.LastMonthOfSpan);
    }

    private bool ParseFromNumber(ref ParsedLabel label)
    {
        int at = pos;
        LabelToken t = tokens[pos];
        if (t.Length == 4)
        {
            if (IsIsoDate(pos))
            {
                label.Kind = LabelKind.DateRange;
                return ParseDateRange(ref label);
            }

            pos++;
            if ((Peek(LabelTokenKind.Dash) || Peek(LabelTokenKind.Slash)) && PeekAt(pos + 1, LabelTokenKind.Number))
            {
                LabelToken second = tokens[pos + 1];
                if (Peek(LabelTokenKind.Dash) && second.Length == 2 && second.Value is >= 1 and <= 12)
                {
                    // "2020-12" is always a month: write "2011/12" for the financial year.
                    pos += 2;
                    label.Kind = LabelKind.Month;
                    label.Year = t.Value;
                    label.Part = second.Value;
                    return CheckYear(t.Value, at);
                }

                pos--;
                if (!ParseYearPair(out label.Year, LabelMessages.YearPairExample))
                {
                    return false;
                }

                label.Kind = LabelKind.EitherYear;
                return ParseYearPairSuffix(ref label);
            }

            label.Kind = LabelKind.CalendarYear;
            label.Year = t.Value;
            return CheckYear(t.Value, at) && NotYearToDateWithoutMonth(t.Value, at);
        }

        if (t.Length <= 2)
        {
            if (PeekAt(pos + 1, LabelTokenKind.Word) && (IsWord(Span(tokens[pos + 1]), "month") || IsWord(Span(tokens[pos + 1]), "months")))
            {
                label.Kind = LabelKind.Rolling;
                return ParseRollingRest(ref label);
            }

            if (PeekAt(pos + 1, LabelTokenKind.Dash) && PeekAt(pos + 2, LabelTokenKind.Word) && IsWord(Span(tokens[pos + 2]), "month"))
            {
                label.Kind = LabelKind.Rolling;
                return ParseRollingRest(ref label);
            }

            if (PeekAt(pos + 1, LabelTokenKind.Word) || PeekAt(pos + 2, LabelTokenKind.Word))
            {
                label.Kind = LabelKind.DateRange;
                return ParseDateRange(ref label);
            }

            if ((PeekAt(pos + 1, LabelTokenKind.Slash) || PeekAt(pos + 1, LabelTokenKind.Dash)) && PeekAt(pos + 2, LabelTokenKind.Number) && tokens[pos + 2].Length == 2)
            {
                return FailAt(pos, describe ? LabelMessages.TwoDigitFirstYear(Span(t), Span(tokens[pos + 2])) : string.Empty);
            }
        }

        return FailAt(pos, LabelMessages.NotFourDigitYearToStart);
    }

    // After "2023/24" (or "FY 2023/24", "AY 2023/24"): nothing, a quarter, "FY" or "AY", or a term.
    private bool ParseYearPairSuffix(ref ParsedLabel label)
    {
        if (!Peek(LabelTokenKind.Word))
        {
            return true;
        }

        LabelKeyword keyword = LabelKeywords.Find(Span(tokens[pos]));
        switch (keyword.Kind)
        {
            case KeywordKind.Quarter when label.Kind is LabelKind.EitherYear or LabelKind.FinancialYear:
                pos++;
                label.Kind = LabelKind.Quarter;
                return ParseQuarterNumber(out label.Part);
            case KeywordKind.YearPrefix when label.Kind == LabelKind.EitherYear && keyword.Family is YearFamily.Financial or YearFamily.Academic:
                pos++;
                if (keyword.LongForm && !ExpectWord("year"))
                {
                    return false;
                }

                label.Kind = YearKind(keyword.Family);
                return ParseYearPairSuffix(ref label);
            case KeywordKind.Term when label.Kind is LabelKind.EitherYear or LabelKind.AcademicYear:
                pos++;
                label.Kind = LabelKind.Term;
                label.Part = keyword.Value;
                if (PeekWord("term"))
                {
                    pos++;
                }

                if (Peek(LabelTokenKind.Number) && tokens[pos].Length == 1)
                {
                    if (tokens[pos].Value is not (1 or 2))
                    {
                        return FailAt(pos, LabelMessages.NotHalfOfTerm);
                    }

                    label.Kind = LabelKind.HalfTerm;
                    label.Part = (2 * keyword.Value) - 2 + tokens[pos].Value;
                    pos++;
                }

                return CheckYear(label.Year, pos - 1);
            default:
                return true;
        }
    }

    // After a term name at the start: ["term"] ["half-term"] [1|2], then "2023/24" or a single year ("Spring term 2024").
    private bool ParseTermRest(int term, ref ParsedLabel label)
    {
        label.Kind = LabelKind.Term;
        label.Part = term;
        if (PeekWord("term"))
        {
            pos++;
        }

        if (PeekWord("half"))
        {
            pos++;
            if (Peek(LabelTokenKind.Dash))
            {
                pos++;
            }

            if (!ExpectWord("term"))
            {
                return false;
            }

            if (!Peek(LabelTokenKind.Number) || tokens[pos].Length != 1)
            {
                return pos >= count ? FailEnd(LabelMessages.HalfAfterHalfTerm) : FailAt(pos, LabelMessages.ExpectedHalfAfterHalfTerm);
            }
        }

        if (Peek(LabelTokenKind.Number) && tokens[pos].Length == 1)
        {
            if (tokens[pos].Value is not (1 or 2))
            {
                return FailAt(pos, LabelMessages.NotHalfOfTermWithYear);
            }

            label.Kind = LabelKind.HalfTerm;
            label.Part = (2 * term) - 2 + tokens[pos].Value;
            pos++;
        }

        if (pos >= count)
        {
            return FailEnd(LabelMessages.AcademicYearAfterTerm);
        }

        int at = pos;
        if (Peek(LabelTokenKind.Number) && tokens[pos].Length == 4
            && !((PeekAt(pos + 1, LabelTokenKind.Slash) || PeekAt(pos + 1, LabelTokenKind.Dash)) && PeekAt(pos + 2, LabelTokenKind.Number)))
        {
            // "Autumn term 2023" is in 2023/24; "Spring term 2024" and "Summer term 2024" are too.
            int calendarYear = tokens[pos].Value;
            pos++;
            label.Year = term == 1 ? calendarYear : calendarYear - 1;
            return CheckYear(label.Year, at);
        }

        if (PeekWord("ay"))
        {
            pos++;
        }

        return ParseYearPair(out label.Year, LabelMessages.AcademicYearAfterTerm);
    }

    // After "rolling": N ["-"] "month(s)" ("to" | "ending") month.
    private bool ParseRollingRest(ref ParsedLabel label)
    {
        LabelToken n = tokens[pos];
        if (n.Value is < 1 or > ReportingPeriod.MaxRollingMonths)
        {
            return FailAt(pos, describe ? LabelMessages.NotRollingCount() : string.Empty);
        }

        pos++;
        if (Peek(LabelTokenKind.Dash))
        {
            pos++;
        }

        if (!(PeekWord("month") || PeekWord("months")))
        {
            return pos >= count ? FailEnd(LabelMessages.MonthsWord) : FailAt(pos, LabelMessages.ExpectedMonthsWord);
        }

        pos++;
        if (!(PeekWord("to") || PeekWord("ending")))
        {
            return pos >= count ? FailEnd(LabelMessages.ToAndLastMonth) : FailAt(pos, LabelMessages.ExpectedToAndLastMonth);
        }

        pos++;
        label.Months = n.Value;
        return ParseMonthReference(out label.Year, out label.Part, LabelMessages.LastMonthOfWindow);
    }

    // After "year" / "financial year" / "academic year": "to date" ["to" | "ending"] month.
    private bool ParseToDate(ref ParsedLabel label)
    {
        if (!ExpectWord("to") || !ExpectWord("date"))
        {
            return false;
        }

        if (PeekWord("to") || PeekWord("ending"))
        {
            pos++;
        }

        return ParseMonthReference(out label.Year, out label.Part, LabelMessages.LastMonthOfYearToDate);
    }

    // "2020-01-01 to 2020-03-31", "1 January 2020 to 31 March 2020", with "to", "-", "–", ".." or "/" between.
    private bool ParseDateRange(ref ParsedLabel label)
    {
        if (!ParseDate(out label.From, LabelMessages.FirstDateOfRange))
        {
            return false;
        }

        return pos >= count
            ? FailEnd(LabelMessages.ToAndLastDate)
            : ParseRangeSeparator() && ParseDate(out label.To, LabelMessages.LastDateOfRange);
    }
}
