using System;

namespace Measures.Time.Text;

/// <content>The pieces periods and snapshot dates share: years, months, dates, token tests and failures.</content>
internal ref partial struct PeriodLabelParser
{
    private const int MaxTokens = 48;

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
        what = LabelMessages.APeriod;
        Error = null;
    }

    /// <summary>Gets why the label could not be read (when asked to describe failures).</summary>
    public string? Error { get; private set; }

    /// <summary>Gets the character index (from 0) at which reading failed.</summary>
    public int ErrorIndex { get; private set; }

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
            month = LabelKeywords.MonthNumber(Span(t));
            if (month == 0)
            {
                return FailAt(pos, describe ? LabelMessages.NotAMonthName(expected) : string.Empty);
            }

            pos++;
            SkipDotAfterAbbreviation(Span(t));
            return ParseYear(out year, LabelMessages.YearAfterMonth);
        }

        if (t.Kind == LabelTokenKind.Number && t.Length == 4 && PeekAt(pos + 1, LabelTokenKind.Dash) && PeekAt(pos + 2, LabelTokenKind.Number))
        {
            LabelToken m = tokens[pos + 2];
            if (m.Length != 2 || m.Value is < 1 or > 12)
            {
                return FailAt(pos + 2, LabelMessages.NotAMonthNumber);
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

        return FailAt(pos, describe ? LabelMessages.NotAMonth(expected) : string.Empty);
    }

    private bool ParseQuarterNumber(out int quarter)
    {
        quarter = 0;
        if (!Peek(LabelTokenKind.Number))
        {
            return pos >= count ? FailEnd(LabelMessages.QuarterNumber) : FailAt(pos, LabelMessages.ExpectedQuarterNumber);
        }

        if (tokens[pos].Value is < 1 or > 4)
        {
            return FailAt(pos, LabelMessages.NotAQuarter);
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
            return FailAt(pos, describe ? LabelMessages.NotAYear(expected) : string.Empty);
        }

        bool separated = PeekAt(pos + 1, LabelTokenKind.Slash) || PeekAt(pos + 1, LabelTokenKind.Dash);
        if (t.Length != 4)
        {
            return t.Length == 2 && separated && PeekAt(pos + 2, LabelTokenKind.Number)
                ? FailAt(pos, describe ? LabelMessages.TwoDigitFirstYear(Span(t), Span(tokens[pos + 2])) : string.Empty)
                : FailAt(pos, describe ? LabelMessages.NotFourDigitYear(expected) : string.Empty);
        }

        if (!separated)
        {
            return pos + 1 >= count ? FailEnd(describe ? LabelMessages.SlashAndSecondYear(t.Value) : string.Empty) : FailAt(pos + 1, describe ? LabelMessages.ExpectedSlashAndSecondYear(t.Value) : string.Empty);
        }

        if (!PeekAt(pos + 2, LabelTokenKind.Number))
        {
            return pos + 2 >= count ? FailEnd(describe ? LabelMessages.SecondYear(t.Value) : string.Empty) : FailAt(pos + 2, describe ? LabelMessages.NotSecondYear(t.Value) : string.Empty);
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
            return FailAt(pos + 2, describe ? LabelMessages.NotYearAfter(t.Value) : string.Empty);
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
            return FailAt(pos, describe ? LabelMessages.NotAYear(expected) : string.Empty);
        }

        if (t.Length != 4)
        {
            return FailAt(pos, !describe ? string.Empty : t.Length == 2 ? LabelMessages.TwoDigitYear(expected) : LabelMessages.NotFourDigitYear(expected));
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
        year is >= ReportingPeriod.MinYear and <= ReportingPeriod.MaxYear || FailAt(at, describe ? LabelMessages.OutsideSupportedYears() : string.Empty);

    private bool ParseRangeSeparator()
    {
        if (pos >= count)
        {
            return FailEnd(LabelMessages.ToBetweenDates);
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

        return FailAt(pos, LabelMessages.ExpectedToBetweenDates);
    }

    // "2015-07-31", "31 July 2015", "31st July 2015", "31st of July 2015".
    private bool ParseDate(out NodaTime.LocalDate date, string expected)
    {
        date = default;
        if (pos >= count)
        {
            return FailEnd(describe ? expected + LabelMessages.DateExamples : string.Empty);
        }

        LabelToken t = tokens[pos];
        if (t.Kind != LabelTokenKind.Number)
        {
            return FailAt(pos, describe ? LabelMessages.NotADate(expected) : string.Empty);
        }

        int at = pos;
        if (IsIsoDate(pos))
        {
            LabelToken m = tokens[pos + 2];
            LabelToken d = tokens[pos + 4];
            pos += 5;
            return (PeriodText.TryMakeDate(t.Value, m.Value, d.Value, out date) && t.Value <= ReportingPeriod.MaxYear + 1)
                || FailSpan(at, pos - 1, LabelMessages.NotInCalendar);
        }

        if (t.Length > 2)
        {
            return FailAt(pos, describe ? LabelMessages.NotADate(expected) : string.Empty);
        }

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
            return FailEnd(LabelMessages.MonthNameAfterDay);
        }

        int month = LabelKeywords.MonthNumber(Span(tokens[pos]));
        if (tokens[pos].Kind != LabelTokenKind.Word || month == 0)
        {
            return FailAt(pos, LabelMessages.NotMonthAfterDay);
        }

        ReadOnlySpan<char> monthWord = Span(tokens[pos]);
        pos++;
        SkipDotAfterAbbreviation(monthWord);
        if (Peek(LabelTokenKind.Comma))
        {
            pos++;
        }

        if (!ParseYear(out int year, LabelMessages.YearAfterMonth))
        {
            return false;
        }

        return PeriodText.TryMakeDate(year, month, t.Value, out date) || FailSpan(at, pos - 1, LabelMessages.NotInCalendar);
    }

    private bool Tokenize(string what)
    {
        this.what = what;
        count = LabelToken.Split(text, tokens);
        return count >= 0 || Fail(describe ? LabelMessages.TooLong(what) : string.Empty);
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

    // "FY" or "financial year" between a quarter and its year: "Q3 FY 2020/21".
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

        return pos >= count ? FailEnd(describe ? LabelMessages.Word(word) : string.Empty) : FailAt(pos, describe ? LabelMessages.ExpectedWord(word) : string.Empty);
    }

    private readonly bool Peek(LabelTokenKind kind) => PeekAt(pos, kind);

    private readonly bool PeekAt(int at, LabelTokenKind kind) => at < count && tokens[at].Kind == kind;

    private readonly bool PeekWord(string word) => PeekAt(pos, LabelTokenKind.Word) && IsWord(Span(tokens[pos]), word);

    private readonly ReadOnlySpan<char> Span(LabelToken t) => text.Slice(t.Start, t.Length);

    private static bool IsWord(ReadOnlySpan<char> token, string word) => token.Equals(word, StringComparison.OrdinalIgnoreCase);

    // Callers build a message with values in it only when describe is set, so TryParse allocates nothing even when it fails.
    private bool Fail(string message)
    {
        if (describe)
        {
            Error = LabelMessages.WholeLabel(text, what, message);
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
            ErrorIndex = start;
            Error = LabelMessages.AtPart(text, text[start..end], start, problem);
        }

        return false;
    }

    private bool FailEnd(string expected)
    {
        if (describe)
        {
            Error = LabelMessages.EndsTooSoon(text, expected);
            ErrorIndex = text.Length;
        }

        return false;
    }
}
