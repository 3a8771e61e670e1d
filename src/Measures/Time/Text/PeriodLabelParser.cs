using System;
using System.Globalization;
using NodaTime;

namespace Measures.Time.Text;

/// <summary>
/// Reads the labels people type for reporting periods ("Q3 2020/21", "rolling 12 months to July 2023")
/// and for snapshot dates ("as at 31 July 2015"). Allocation-free on success; on failure it says which
/// part of the label could not be read and what was expected (only when asked to describe failures).
/// </summary>
internal ref struct PeriodLabelParser
{
    private const int MaxTokens = 48;

    private const string LabelStarts =
        "a month (\"Dec 2020\", \"2020-12\"), a quarter (\"Q3 2020/21\"), a year (\"2023/24\", \"FY 2023/24\", \"AY 2023/24\", \"2019\"), "
        + "a term (\"Autumn term 2023/24\"), \"rolling 12 months to …\", \"year to date to …\" or a date range";

    private readonly ReadOnlySpan<char> text;
    private readonly Span<LabelToken> tokens;
    private readonly bool describe;
    private int count;
    private int pos;
    private string what;

    private PeriodLabelParser(ReadOnlySpan<char> text, Span<LabelToken> tokens, bool describe)
    {
        this.text = text;
        this.tokens = tokens;
        this.describe = describe;
        count = 0;
        pos = 0;
        what = "a reporting period";
        Error = null;
    }

    private enum Kind : byte
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
        DateRange,
    }

    /// <summary>Gets why the label could not be read (when asked to describe failures).</summary>
    public string? Error { get; private set; }

    /// <summary>Gets the character index (from 0) at which reading failed.</summary>
    public int ErrorIndex { get; private set; }

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

    /// <summary>Reads a snapshot-date label.</summary>
    public static bool TryParseSnapshot(ReadOnlySpan<char> text, bool describe, out LocalDate result, out string? error, out int errorIndex)
    {
        Span<LabelToken> buffer = stackalloc LabelToken[MaxTokens];
        var parser = new PeriodLabelParser(text, buffer, describe);
        bool ok = parser.ParseSnapshot(out result);
        error = parser.Error;
        errorIndex = parser.ErrorIndex;
        return ok;
    }

    private bool ParsePeriod(PeriodType? expected, AcademicYearConvention convention, out ReportingPeriod result)
    {
        result = default;
        if (!Tokenize("a reporting period"))
        {
            return false;
        }

        if (count == 0)
        {
            return Fail("the label is empty; expected " + LabelStarts);
        }

        if (!ParseCore(out Kind kind, out int year, out int part, out int months, out LocalDate from, out LocalDate to))
        {
            return false;
        }

        bool explicitDates = false;
        LocalDate first = default;
        LocalDate last = default;
        if (pos < count && tokens[pos].Kind == LabelTokenKind.Open)
        {
            int open = pos++;
            if (!ParseDate(out first, "the first date in the brackets") || !ParseRangeSeparator() || !ParseDate(out last, "the last date in the brackets"))
            {
                return false;
            }

            if (pos >= count || tokens[pos].Kind != LabelTokenKind.Close)
            {
                return pos >= count ? FailEnd("a closing \"]\"") : FailAt(pos, "expected a closing \"]\"");
            }

            pos++;
            if (kind is not (Kind.AcademicYear or Kind.EitherYear or Kind.Term or Kind.HalfTerm or Kind.AcademicYearToDate or Kind.EitherYearToDate))
            {
                return FailAt(open, "dates in brackets are only written after an academic year, a term, a half-term or an academic year to date, whose dates depend on the council's convention");
            }

            explicitDates = true;
        }

        if (pos < count)
        {
            return FailAt(pos, "is not expected here; expected the end of the label");
        }

        if (explicitDates)
        {
            // Dates in brackets settle an ambiguous year as academic.
            kind = kind switch
            {
                Kind.EitherYear => Kind.AcademicYear,
                Kind.EitherYearToDate => Kind.AcademicYearToDate,
                _ => kind,
            };
        }
        else if (kind == Kind.EitherYear)
        {
            kind = expected == PeriodType.AcademicYear ? Kind.AcademicYear : Kind.FinancialYear;
        }
        else if (kind == Kind.EitherYearToDate)
        {
            kind = expected == PeriodType.AcademicYearToDate ? Kind.AcademicYearToDate : Kind.FinancialYearToDate;
        }

        if (!Build(kind, year, part, months, from, to, convention, out result))
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
            return Fail($"it is a {PeriodText.Noun(ResultType(kind))}, not the {PeriodText.Noun(want)} expected");
        }

        return true;
    }

    private static PeriodType ResultType(Kind kind) => kind switch
    {
        Kind.Month => PeriodType.Month,
        Kind.Quarter => PeriodType.Quarter,
        Kind.FinancialYear => PeriodType.FinancialYear,
        Kind.CalendarYear => PeriodType.CalendarYear,
        Kind.AcademicYear => PeriodType.AcademicYear,
        Kind.Term => PeriodType.Term,
        Kind.HalfTerm => PeriodType.HalfTerm,
        Kind.Rolling => PeriodType.RollingMonths,
        Kind.FinancialYearToDate => PeriodType.FinancialYearToDate,
        Kind.AcademicYearToDate => PeriodType.AcademicYearToDate,
        _ => PeriodType.DateRange,
    };

    private bool Build(Kind kind, int year, int part, int months, LocalDate from, LocalDate to, AcademicYearConvention convention, out ReportingPeriod result)
    {
        result = default;
        switch (kind)
        {
            case Kind.Month:
                result = ReportingPeriod.MonthUnchecked(year, part);
                return true;
            case Kind.Quarter:
                result = ReportingPeriod.QuarterUnchecked(year, part);
                return true;
            case Kind.FinancialYear:
                result = ReportingPeriod.FinancialYear(year);
                return true;
            case Kind.CalendarYear:
                result = ReportingPeriod.CalendarYear(year);
                return true;
            case Kind.AcademicYear:
                result = ReportingPeriod.AcademicYearUnchecked(year, convention);
                return true;
            case Kind.Term:
                result = ReportingPeriod.TermUnchecked(year, part, convention.GetTermBoundaries(year), convention);
                return true;
            case Kind.HalfTerm:
                result = ReportingPeriod.HalfTermUnchecked(year, part, convention.GetTermBoundaries(year), convention);
                return true;
            case Kind.Rolling:
                {
                    int first = ReportingPeriod.MonthIndex(year, part) - (months - 1);
                    if (first < ReportingPeriod.MonthIndex(ReportingPeriod.MinYear, 1))
                    {
                        return Fail(string.Create(CultureInfo.InvariantCulture, $"a window of {months} months to {year:D4}-{part:D2} would start before year {ReportingPeriod.MinYear}"));
                    }

                    result = ReportingPeriod.RollingMonths(months, new YearMonth(year, part));
                    return true;
                }

            case Kind.FinancialYearToDate:
                if ((part >= 4 ? year : year - 1) < ReportingPeriod.MinYear)
                {
                    return Fail(string.Create(CultureInfo.InvariantCulture, $"the financial year containing {year:D4}-{part:D2} starts before year {ReportingPeriod.MinYear}"));
                }

                result = ReportingPeriod.FinancialYearToDate(new YearMonth(year, part));
                return true;
            case Kind.AcademicYearToDate:
                if ((part >= convention.FirstMonth ? year : year - 1) < ReportingPeriod.MinYear)
                {
                    return Fail(string.Create(CultureInfo.InvariantCulture, $"the academic year containing {year:D4}-{part:D2} starts before year {ReportingPeriod.MinYear}"));
                }

                result = ReportingPeriod.AcademicYearToDate(new YearMonth(year, part), convention);
                return true;
            default:
                if (to < from)
                {
                    return Fail(string.Create(CultureInfo.InvariantCulture, $"the last date {to:uuuu-MM-dd} is before the first date {from:uuuu-MM-dd}"));
                }

                result = ReportingPeriod.DateRange(from, to);
                return true;
        }
    }

    // Dates in brackets replace the convention's dates of an academic period; they must still be that period.
    private bool CheckExplicitDates(ReportingPeriod named, LocalDate first, LocalDate last)
    {
        int ay = named.Year;
        string label = ReportingPeriod.FromParts(named.Type, named.Start, named.End, named.Part).ToString();
        if (last < first)
        {
            return Fail(string.Create(CultureInfo.InvariantCulture, $"in the brackets, the last date {last:uuuu-MM-dd} is before the first date {first:uuuu-MM-dd}"));
        }

        bool firstDayOk = first.Day == 1 && first.Month is >= 7 and <= 9 && first.Year == ay;
        switch (named.Type)
        {
            case PeriodType.AcademicYear:
                if (!firstDayOk || last != first.PlusYears(1).PlusDays(-1))
                {
                    return Fail($"the dates in brackets are not an academic year {label[3..]}: it must run for a year from 1 July, 1 August or 1 September {ay:D4}");
                }

                return true;
            case PeriodType.AcademicYearToDate:
                {
                    // The first day in the brackets sets the convention, and with it the academic year of the named month.
                    LocalDate monthEnd = named.End;
                    int ayOfMonth = monthEnd.Month >= first.Month ? monthEnd.Year : monthEnd.Year - 1;
                    if (first.Day != 1 || first.Month is < 7 or > 9 || first.Year != ayOfMonth || last != monthEnd)
                    {
                        return Fail(string.Create(CultureInfo.InvariantCulture, $"the dates in brackets do not fit the year to date: it must run from 1 July, 1 August or 1 September of the academic year containing {monthEnd:uuuu-MM} to {monthEnd:uuuu-MM-dd}"));
                    }

                    return true;
                }
            default:
                {
                    bool autumn = named.Type == PeriodType.Term ? named.Part == 1 : named.Part <= 2;
                    bool yearOk = autumn ? first.Year == ay : first.Year == ay + 1;
                    var earliest = new LocalDate(ay, 7, 1);
                    var latest = new LocalDate(ay + 1, 9, 30);
                    if (!yearOk || first < earliest || last > latest)
                    {
                        return Fail(string.Create(
                            CultureInfo.InvariantCulture,
                            $"the dates in brackets {first:uuuu-MM-dd} to {last:uuuu-MM-dd} cannot be the {PeriodText.Noun(named.Type)} named; it must start in {(autumn ? ay : ay + 1):D4} and lie within {earliest:uuuu-MM-dd} to {latest:uuuu-MM-dd}"));
                    }

                    return true;
                }
        }
    }

    private bool ParseCore(out Kind kind, out int year, out int part, out int months, out LocalDate from, out LocalDate to)
    {
        months = 0;
        kind = default;
        year = 0;
        part = 0;
        from = default;
        to = default;
        LabelToken t = tokens[pos];
        if (t.Kind == LabelTokenKind.Number)
        {
            return ParseFromNumber(out kind, out year, out part, out months, out from, out to);
        }

        if (t.Kind != LabelTokenKind.Word)
        {
            return FailAt(pos, "cannot start a label; expected " + LabelStarts);
        }

        ReadOnlySpan<char> word = Span(t);
        int month = PeriodText.MonthNumber(word);
        if (month != 0)
        {
            pos++;
            SkipDotAfterAbbreviation(word);
            if (Peek(LabelTokenKind.Dash) || Peek(LabelTokenKind.Comma))
            {
                pos++;
            }

            if (!ParseYear(out year, "a four-digit year after the month"))
            {
                return false;
            }

            kind = Kind.Month;
            part = month;
            return true;
        }

        int term = PeriodText.TermNumber(word);
        if (term != 0)
        {
            pos++;
            return ParseTermRest(term, out kind, out year, out part);
        }

        if (IsWord(word, "q") || IsWord(word, "quarter"))
        {
            pos++;
            if (!ParseQuarterNumber(out part))
            {
                return false;
            }

            if (PeekWord("of"))
            {
                pos++;
            }

            SkipFinancialYearWords();
            if (!ParseYearPair(out year, "a financial year such as \"2020/21\" after the quarter"))
            {
                return false;
            }

            kind = Kind.Quarter;
            return true;
        }

        if (IsWord(word, "fy") || IsWord(word, "financial"))
        {
            pos++;
            if (IsWord(word, "financial") && !ExpectWord("year"))
            {
                return false;
            }

            if (PeekWord("to"))
            {
                kind = Kind.FinancialYearToDate;
                return ParseToDate(out year, out part);
            }

            if (!ParseYearPair(out year, "a financial year such as \"2023/24\""))
            {
                return false;
            }

            kind = Kind.FinancialYear;
            return ParseQuarterSuffix(ref kind, out part);
        }

        if (IsWord(word, "ay") || IsWord(word, "academic"))
        {
            pos++;
            if (IsWord(word, "academic") && !ExpectWord("year"))
            {
                return false;
            }

            if (PeekWord("to"))
            {
                kind = Kind.AcademicYearToDate;
                return ParseToDate(out year, out part);
            }

            if (!ParseYearPair(out year, "an academic year such as \"2023/24\""))
            {
                return false;
            }

            kind = Kind.AcademicYear;
            return ParseTermSuffix(ref kind, year, out part);
        }

        if (IsWord(word, "cy") || IsWord(word, "calendar"))
        {
            pos++;
            if (IsWord(word, "calendar") && !ExpectWord("year"))
            {
                return false;
            }

            kind = Kind.CalendarYear;
            return ParseYear(out year, "a four-digit calendar year such as \"2019\"");
        }

        if (IsWord(word, "year"))
        {
            pos++;
            kind = Kind.EitherYearToDate;
            return ParseToDate(out year, out part);
        }

        if (IsWord(word, "ytd") || IsWord(word, "fytd") || IsWord(word, "aytd"))
        {
            pos++;
            kind = IsWord(word, "ytd") ? Kind.EitherYearToDate : IsWord(word, "fytd") ? Kind.FinancialYearToDate : Kind.AcademicYearToDate;
            if (PeekWord("to"))
            {
                pos++;
            }

            return ParseMonthReference(out year, out part, "the last month of the year to date, such as \"July 2015\" or \"2015-07\"");
        }

        if (IsWord(word, "rolling"))
        {
            pos++;
            if (pos >= count || tokens[pos].Kind != LabelTokenKind.Number)
            {
                return pos >= count ? FailEnd("the number of months after \"rolling\"") : FailAt(pos, "expected the number of months after \"rolling\", as in \"rolling 12 months to July 2023\"");
            }

            kind = Kind.Rolling;
            return ParseRollingRest(out year, out part, out months);
        }

        if (IsWord(word, "as"))
        {
            return FailAt(pos, "starts a snapshot date (\"as at 31 July 2015\"), which is a date rather than a period; read it with SnapshotDate.Parse");
        }

        return FailAt(pos, "is not a month name or a period word; expected " + LabelStarts);
    }

    private bool ParseFromNumber(out Kind kind, out int year, out int part, out int months, out LocalDate from, out LocalDate to)
    {
        months = 0;
        kind = default;
        year = 0;
        part = 0;
        from = default;
        to = default;
        int at = pos;
        LabelToken t = tokens[pos];
        if (t.Length == 4)
        {
            if (IsIsoDate(pos))
            {
                kind = Kind.DateRange;
                return ParseDateRange(out from, out to);
            }

            year = t.Value;
            pos++;
            if ((Peek(LabelTokenKind.Dash) || Peek(LabelTokenKind.Slash)) && PeekAt(pos + 1, LabelTokenKind.Number))
            {
                bool dash = Peek(LabelTokenKind.Dash);
                LabelToken second = tokens[pos + 1];
                if (dash && second.Length == 2 && second.Value is >= 1 and <= 12)
                {
                    // "2020-12" is always a month: write "2011/12" for the financial year.
                    pos += 2;
                    if (!CheckYear(year, at))
                    {
                        return false;
                    }

                    kind = Kind.Month;
                    part = second.Value;
                    return true;
                }

                pos--;
                if (!ParseYearPair(out year, "a year such as \"2023/24\""))
                {
                    return false;
                }

                kind = Kind.EitherYear;
                return ParseYearPairSuffix(ref kind, year, out part);
            }

            if (!CheckYear(year, at))
            {
                return false;
            }

            kind = Kind.CalendarYear;
            return true;
        }

        if (t.Length <= 2)
        {
            if (PeekAt(pos + 1, LabelTokenKind.Word) && (IsWord(Span(tokens[pos + 1]), "month") || IsWord(Span(tokens[pos + 1]), "months")))
            {
                kind = Kind.Rolling;
                return ParseRollingRest(out year, out part, out months);
            }

            if (PeekAt(pos + 1, LabelTokenKind.Dash) && PeekAt(pos + 2, LabelTokenKind.Word) && IsWord(Span(tokens[pos + 2]), "month"))
            {
                kind = Kind.Rolling;
                return ParseRollingRest(out year, out part, out months);
            }

            if (PeekAt(pos + 1, LabelTokenKind.Word) || PeekAt(pos + 2, LabelTokenKind.Word))
            {
                kind = Kind.DateRange;
                return ParseDateRange(out from, out to);
            }

            if ((PeekAt(pos + 1, LabelTokenKind.Slash) || PeekAt(pos + 1, LabelTokenKind.Dash)) && PeekAt(pos + 2, LabelTokenKind.Number) && tokens[pos + 2].Length == 2)
            {
                return FailAt(pos, $"has a two-digit first year; write the first year with four digits, as in \"20{Span(t)}/{Span(tokens[pos + 2])}\"");
            }
        }

        return FailAt(pos, "is not a four-digit year; expected " + LabelStarts);
    }

    // After "2023/24": nothing, a quarter, "FY", "AY" or a term.
    private bool ParseYearPairSuffix(ref Kind kind, int year, out int part)
    {
        part = 0;
        if (pos >= count || tokens[pos].Kind != LabelTokenKind.Word)
        {
            return true;
        }

        ReadOnlySpan<char> word = Span(tokens[pos]);
        if (IsWord(word, "q") || IsWord(word, "quarter"))
        {
            return ParseQuarterSuffix(ref kind, out part);
        }

        if (IsWord(word, "fy") || IsWord(word, "financial"))
        {
            pos++;
            if (IsWord(word, "financial") && !ExpectWord("year"))
            {
                return false;
            }

            kind = Kind.FinancialYear;
            return ParseQuarterSuffix(ref kind, out part);
        }

        if (IsWord(word, "ay") || IsWord(word, "academic"))
        {
            pos++;
            if (IsWord(word, "academic") && !ExpectWord("year"))
            {
                return false;
            }

            kind = Kind.AcademicYear;
            return ParseTermSuffix(ref kind, year, out part);
        }

        if (PeriodText.TermNumber(word) != 0)
        {
            kind = Kind.AcademicYear;
            return ParseTermSuffix(ref kind, year, out part);
        }

        return true;
    }

    private bool ParseQuarterSuffix(ref Kind kind, out int part)
    {
        part = 0;
        if (pos < count && (PeekWord("q") || PeekWord("quarter")))
        {
            pos++;
            kind = Kind.Quarter;
            return ParseQuarterNumber(out part);
        }

        return true;
    }

    // After "AY 2023/24" or "2023/24": an optional term or half-term ("Autumn term", "Autumn 1").
    private bool ParseTermSuffix(ref Kind kind, int year, out int part)
    {
        part = 0;
        if (pos >= count || tokens[pos].Kind != LabelTokenKind.Word)
        {
            return true;
        }

        int term = PeriodText.TermNumber(Span(tokens[pos]));
        if (term == 0)
        {
            return true;
        }

        pos++;
        if (PeekWord("term"))
        {
            pos++;
        }

        if (pos < count && tokens[pos].Kind == LabelTokenKind.Number && tokens[pos].Length == 1)
        {
            if (tokens[pos].Value is not (1 or 2))
            {
                return FailAt(pos, "is not a half of a term; expected 1 or 2, as in \"Autumn 1\"");
            }

            kind = Kind.HalfTerm;
            part = (2 * term) - 2 + tokens[pos].Value;
            pos++;
        }
        else
        {
            kind = Kind.Term;
            part = term;
        }

        return CheckYear(year, pos - 1);
    }

    // After a term name at the start: ["term"] [1|2] then "2023/24" or a single year ("Spring term 2024").
    private bool ParseTermRest(int term, out Kind kind, out int year, out int part)
    {
        kind = Kind.Term;
        year = 0;
        part = term;
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

            if (pos >= count || tokens[pos].Kind != LabelTokenKind.Number || tokens[pos].Length != 1)
            {
                return pos >= count ? FailEnd("1 or 2 after \"half-term\"") : FailAt(pos, "expected 1 or 2 after \"half-term\"");
            }
        }

        if (pos < count && tokens[pos].Kind == LabelTokenKind.Number && tokens[pos].Length == 1)
        {
            if (tokens[pos].Value is not (1 or 2))
            {
                return FailAt(pos, "is not a half of a term; expected 1 or 2, as in \"Autumn 1 2023/24\"");
            }

            kind = Kind.HalfTerm;
            part = (2 * term) - 2 + tokens[pos].Value;
            pos++;
        }

        if (pos >= count)
        {
            return FailEnd("an academic year such as \"2023/24\" after the term");
        }

        int at = pos;
        if (tokens[pos].Kind == LabelTokenKind.Number && tokens[pos].Length == 4
            && !((PeekAt(pos + 1, LabelTokenKind.Slash) || PeekAt(pos + 1, LabelTokenKind.Dash)) && PeekAt(pos + 2, LabelTokenKind.Number)))
        {
            // "Autumn term 2023" is in 2023/24; "Spring term 2024" and "Summer term 2024" are too.
            int calendarYear = tokens[pos].Value;
            pos++;
            year = term == 1 ? calendarYear : calendarYear - 1;
            return CheckYear(year, at);
        }

        if (PeekWord("ay"))
        {
            pos++;
        }

        return ParseYearPair(out year, "an academic year such as \"2023/24\" after the term");
    }

    // After "rolling": N ["-"] "month(s)" ("to" | "ending") month.
    private bool ParseRollingRest(out int year, out int month, out int months)
    {
        year = 0;
        month = 0;
        months = 0;
        LabelToken n = tokens[pos];
        if (n.Value is < 1 or > ReportingPeriod.MaxRollingMonths)
        {
            return FailAt(pos, string.Create(CultureInfo.InvariantCulture, $"is not a number of months from 1 to {ReportingPeriod.MaxRollingMonths}"));
        }

        pos++;
        if (Peek(LabelTokenKind.Dash))
        {
            pos++;
        }

        if (!(PeekWord("month") || PeekWord("months")))
        {
            return pos >= count ? FailEnd("\"months\"") : FailAt(pos, "expected \"months\", as in \"rolling 12 months to July 2023\"");
        }

        pos++;
        if (PeekWord("to") || PeekWord("ending"))
        {
            pos++;
        }
        else
        {
            return pos >= count ? FailEnd("\"to\" and the last month, as in \"rolling 12 months to July 2023\"") : FailAt(pos, "expected \"to\" or \"ending\" and the last month, as in \"rolling 12 months to July 2023\"");
        }

        if (!ParseMonthReference(out year, out month, "the last month of the window, such as \"July 2023\" or \"2023-07\""))
        {
            return false;
        }

        months = n.Value;
        return true;
    }

    // After "year" / "financial year" / "academic year": "to date" ["to" | "ending"] month.
    private bool ParseToDate(out int year, out int month)
    {
        year = 0;
        month = 0;
        if (!ExpectWord("to") || !ExpectWord("date"))
        {
            return false;
        }

        if (PeekWord("to") || PeekWord("ending"))
        {
            pos++;
        }

        return ParseMonthReference(out year, out month, "the last month of the year to date, such as \"July 2015\" or \"2015-07\"");
    }

    // "July 2023", "Jul 2023" or "2023-07".
    private bool ParseMonthReference(out int year, out int month, string expected)
    {
        year = 0;
        month = 0;
        if (pos >= count)
        {
            return FailEnd(expected);
        }

        LabelToken t = tokens[pos];
        if (t.Kind == LabelTokenKind.Word)
        {
            month = PeriodText.MonthNumber(Span(t));
            if (month == 0)
            {
                return FailAt(pos, "is not a month name; expected " + expected);
            }

            pos++;
            SkipDotAfterAbbreviation(Span(t));
            return ParseYear(out year, "a four-digit year after the month");
        }

        if (t.Kind == LabelTokenKind.Number && t.Length == 4 && PeekAt(pos + 1, LabelTokenKind.Dash) && PeekAt(pos + 2, LabelTokenKind.Number))
        {
            LabelToken m = tokens[pos + 2];
            if (m.Length != 2 || m.Value is < 1 or > 12)
            {
                return FailAt(pos + 2, "is not a month; expected 01 to 12");
            }

            if (!CheckYear(t.Value, pos))
            {
                return false;
            }

            year = t.Value;
            month = m.Value;
            pos += 3;
            return true;
        }

        return FailAt(pos, "is not a month; expected " + expected);
    }

    private bool ParseQuarterNumber(out int quarter)
    {
        quarter = 0;
        if (pos >= count || tokens[pos].Kind != LabelTokenKind.Number)
        {
            return pos >= count ? FailEnd("a quarter number, 1 to 4") : FailAt(pos, "expected a quarter number, 1 to 4");
        }

        if (tokens[pos].Value is < 1 or > 4)
        {
            return FailAt(pos, "is not a quarter; a financial year has quarters 1 to 4 (Q1 April–June … Q4 January–March)");
        }

        quarter = tokens[pos++].Value;
        return true;
    }

    // "2023/24", "2023-24", "2023/2024".
    private bool ParseYearPair(out int year, string expected)
    {
        year = 0;
        if (PeekWord("fy") || PeekWord("ay"))
        {
            pos++;
        }

        if (pos >= count)
        {
            return FailEnd(expected);
        }

        LabelToken t = tokens[pos];
        if (t.Kind != LabelTokenKind.Number)
        {
            return FailAt(pos, "is not a year; expected " + expected);
        }

        if (t.Length != 4)
        {
            if (t.Length == 2 && (PeekAt(pos + 1, LabelTokenKind.Slash) || PeekAt(pos + 1, LabelTokenKind.Dash)) && PeekAt(pos + 2, LabelTokenKind.Number))
            {
                return FailAt(pos, $"has a two-digit first year; write the first year with four digits, as in \"20{Span(t)}/{Span(tokens[pos + 2])}\"");
            }

            return FailAt(pos, "is not a four-digit year; expected " + expected);
        }

        if (!(PeekAt(pos + 1, LabelTokenKind.Slash) || PeekAt(pos + 1, LabelTokenKind.Dash)))
        {
            return pos + 1 >= count
                ? FailEnd(string.Create(CultureInfo.InvariantCulture, $"\"/\" and the second year, as in \"{t.Value:D4}/{(t.Value + 1) % 100:D2}\""))
                : FailAt(pos + 1, string.Create(CultureInfo.InvariantCulture, $"expected \"/\" and the second year, as in \"{t.Value:D4}/{(t.Value + 1) % 100:D2}\""));
        }

        if (!PeekAt(pos + 2, LabelTokenKind.Number))
        {
            return pos + 2 >= count
                ? FailEnd(string.Create(CultureInfo.InvariantCulture, $"the second year, as in \"{t.Value:D4}/{(t.Value + 1) % 100:D2}\""))
                : FailAt(pos + 2, string.Create(CultureInfo.InvariantCulture, $"is not the second year; expected \"{t.Value:D4}/{(t.Value + 1) % 100:D2}\""));
        }

        LabelToken second = tokens[pos + 2];
        bool follows = second.Length switch
        {
            2 => second.Value == (t.Value + 1) % 100,
            4 => second.Value == t.Value + 1,
            _ => false,
        };
        if (!follows)
        {
            return FailAt(pos + 2, string.Create(CultureInfo.InvariantCulture, $"is not the year after {t.Value:D4}; expected \"{t.Value:D4}/{(t.Value + 1) % 100:D2}\""));
        }

        if (!CheckYear(t.Value, pos))
        {
            return false;
        }

        year = t.Value;
        pos += 3;
        return true;
    }

    private bool ParseYear(out int year, string expected)
    {
        year = 0;
        if (pos >= count)
        {
            return FailEnd(expected);
        }

        LabelToken t = tokens[pos];
        if (t.Kind != LabelTokenKind.Number)
        {
            return FailAt(pos, "is not a year; expected " + expected);
        }

        if (t.Length != 4)
        {
            return FailAt(pos, t.Length == 2
                ? "is a two-digit year, which could be in any century; expected " + expected
                : "is not a four-digit year; expected " + expected);
        }

        if (!CheckYear(t.Value, pos))
        {
            return false;
        }

        year = t.Value;
        pos++;
        return true;
    }

    private bool CheckYear(int year, int at) =>
        year is >= ReportingPeriod.MinYear and <= ReportingPeriod.MaxYear
        || FailAt(at, string.Create(CultureInfo.InvariantCulture, $"is outside the supported years {ReportingPeriod.MinYear:D4} to {ReportingPeriod.MaxYear:D4}"));

    // "2020-01-01 to 2020-03-31", "1 January 2020 to 31 March 2020", with "to", "-", "–", ".." or "/" between.
    private bool ParseDateRange(out LocalDate from, out LocalDate to)
    {
        to = default;
        if (!ParseDate(out from, "the first date of the range"))
        {
            return false;
        }

        if (pos >= count)
        {
            return FailEnd("\"to\" and the last date of the range; a single date is a snapshot date (SnapshotDate.Parse)");
        }

        return ParseRangeSeparator() && ParseDate(out to, "the last date of the range");
    }

    private bool ParseRangeSeparator()
    {
        if (pos >= count)
        {
            return FailEnd("\"to\" between the two dates");
        }

        LabelToken t = tokens[pos];
        if ((t.Kind == LabelTokenKind.Word && (IsWord(Span(t), "to") || IsWord(Span(t), "until"))) || t.Kind is LabelTokenKind.Dash or LabelTokenKind.Slash)
        {
            pos++;
            return true;
        }

        if (t.Kind == LabelTokenKind.Dot && PeekAt(pos + 1, LabelTokenKind.Dot))
        {
            pos += 2;
            return true;
        }

        return FailAt(pos, "expected \"to\" between the two dates");
    }

    // "2015-07-31", "31 July 2015", "31st July 2015", "31st of July 2015".
    private bool ParseDate(out LocalDate date, string expected)
    {
        date = default;
        if (pos >= count)
        {
            return FailEnd(expected + ", such as \"2015-07-31\" or \"31 July 2015\"");
        }

        LabelToken t = tokens[pos];
        if (t.Kind != LabelTokenKind.Number)
        {
            return FailAt(pos, "is not a date; expected " + expected + ", such as \"2015-07-31\" or \"31 July 2015\"");
        }

        int at = pos;
        if (IsIsoDate(pos))
        {
            LabelToken m = tokens[pos + 2];
            LabelToken d = tokens[pos + 4];
            pos += 5;
            if (!PeriodText.TryMakeDate(t.Value, m.Value, d.Value, out date) || t.Value > ReportingPeriod.MaxYear + 1)
            {
                return FailSpan(at, pos - 1, "is not a date in the calendar");
            }

            return true;
        }

        if (t.Length <= 2)
        {
            pos++;
            if (PeekWord("st") || PeekWord("nd") || PeekWord("rd") || PeekWord("th"))
            {
                pos++;
            }

            if (PeekWord("of"))
            {
                pos++;
            }

            if (pos >= count)
            {
                return FailEnd("a month name after the day");
            }

            int month = PeriodText.MonthNumber(Span(tokens[pos]));
            if (tokens[pos].Kind != LabelTokenKind.Word || month == 0)
            {
                return FailAt(pos, "is not a month name; expected a month after the day, as in \"31 July 2015\"");
            }

            ReadOnlySpan<char> monthWord = Span(tokens[pos]);
            pos++;
            SkipDotAfterAbbreviation(monthWord);
            if (Peek(LabelTokenKind.Comma))
            {
                pos++;
            }

            if (!ParseYear(out int year, "a four-digit year after the month"))
            {
                return false;
            }

            if (!PeriodText.TryMakeDate(year, month, t.Value, out date))
            {
                return FailSpan(at, pos - 1, "is not a date in the calendar");
            }

            return true;
        }

        return FailAt(pos, "is not a date; expected " + expected + ", such as \"2015-07-31\" or \"31 July 2015\"");
    }

    // "as at 31 July 2015", "as at the 31st July 2015", "as at the end of July 2015", "2015-07-31".
    private bool ParseSnapshot(out LocalDate date)
    {
        date = default;
        if (!Tokenize("a snapshot date"))
        {
            return false;
        }

        if (count == 0)
        {
            return Fail("the label is empty; expected a snapshot date such as \"as at 31 July 2015\" or \"2015-07-31\"");
        }

        if (PeekWord("as"))
        {
            pos++;
            if (!ExpectWord("at"))
            {
                return false;
            }
        }

        if (PeekWord("the"))
        {
            pos++;
        }

        if (PeekWord("end"))
        {
            pos++;
            if (PeekWord("of"))
            {
                pos++;
            }

            if (!ParseMonthReference(out int year, out int month, "a month such as \"July 2015\" after \"end of\""))
            {
                return false;
            }

            date = ReportingPeriod.LastDayOfMonth(year, month);
        }
        else if (!ParseDate(out date, "a date"))
        {
            return false;
        }

        return pos >= count || FailAt(pos, "is not expected after the date; expected the end of the label");
    }

    private bool Tokenize(string what)
    {
        this.what = what;
        count = LabelToken.Split(text, tokens);
        return count >= 0 || Fail($"the label is too long to be {what}");
    }

    private readonly bool IsIsoDate(int at) =>
        at + 4 < count
        && tokens[at].Kind == LabelTokenKind.Number && tokens[at].Length == 4
        && tokens[at + 1].Kind == LabelTokenKind.Dash
        && tokens[at + 2].Kind == LabelTokenKind.Number && tokens[at + 2].Length <= 2
        && tokens[at + 3].Kind == LabelTokenKind.Dash
        && tokens[at + 4].Kind == LabelTokenKind.Number && tokens[at + 4].Length <= 2;

    private void SkipDotAfterAbbreviation(ReadOnlySpan<char> monthWord)
    {
        if (monthWord.Length <= 4 && Peek(LabelTokenKind.Dot) && !PeekAt(pos + 1, LabelTokenKind.Dot))
        {
            pos++;
        }
    }

    private void SkipFinancialYearWords()
    {
        if (PeekWord("fy"))
        {
            pos++;
        }
        else if (PeekWord("financial") && PeekAt(pos + 1, LabelTokenKind.Word) && IsWord(Span(tokens[pos + 1]), "year"))
        {
            pos += 2;
        }
    }

    private bool ExpectWord(string word)
    {
        if (PeekWord(word))
        {
            pos++;
            return true;
        }

        return pos >= count ? FailEnd($"\"{word}\"") : FailAt(pos, $"expected \"{word}\"");
    }

    private readonly bool Peek(LabelTokenKind kind) => PeekAt(pos, kind);

    private readonly bool PeekAt(int at, LabelTokenKind kind) => at < count && tokens[at].Kind == kind;

    private readonly bool PeekWord(string word) => PeekAt(pos, LabelTokenKind.Word) && IsWord(Span(tokens[pos]), word);

    private readonly ReadOnlySpan<char> Span(LabelToken t) => text.Slice(t.Start, t.Length);

    private static bool IsWord(ReadOnlySpan<char> token, string word) => token.Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool Fail(string message)
    {
        if (describe)
        {
            Error = $"Cannot read \"{text}\" as {what}: {message}.";
            ErrorIndex = 0;
        }

        return false;
    }

    private bool FailAt(int at, string problem) => FailSpan(at, at, problem);

    private bool FailSpan(int first, int last, string problem)
    {
        if (describe)
        {
            int start = tokens[first].Start;
            int end = tokens[last].Start + tokens[last].Length;
            string part = text[start..end].ToString();
            ErrorIndex = start;
            Error = problem.StartsWith("expected", StringComparison.Ordinal)
                ? string.Create(CultureInfo.InvariantCulture, $"Cannot read \"{text}\": at \"{part}\" (character {start + 1}), {problem}.")
                : string.Create(CultureInfo.InvariantCulture, $"Cannot read \"{text}\": \"{part}\" (character {start + 1}) {problem}.");
        }

        return false;
    }

    private bool FailEnd(string expected)
    {
        if (describe)
        {
            Error = $"Cannot read \"{text}\": it ends too soon; expected {expected}.";
            ErrorIndex = text.Length;
        }

        return false;
    }
}
