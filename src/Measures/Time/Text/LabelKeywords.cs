using System;

namespace Measures.Time.Text;

/// <summary>What a word of a label is.</summary>
internal enum KeywordKind : byte
{
    None,

    /// <summary>A month name or abbreviation; the value is the month, 1–12.</summary>
    Month,

    /// <summary>A term name; the value is the term, 1–3.</summary>
    Term,

    /// <summary>"Q" or "quarter".</summary>
    Quarter,

    /// <summary>"FY", "AY", "CY" or the long words "financial", "academic", "calendar" (which "year" follows); the value is a <see cref="YearFamily"/>.</summary>
    YearPrefix,

    /// <summary>"year", as in "year to date".</summary>
    Year,

    /// <summary>"YTD", "FYTD", "AYTD", "CYTD"; the value is a <see cref="YearFamily"/>.</summary>
    YearToDate,

    /// <summary>"rolling".</summary>
    Rolling,

    /// <summary>"as", which starts a snapshot date.</summary>
    As,
}

/// <summary>Which kind of year a prefix or year-to-date word names.</summary>
internal enum YearFamily : byte
{
    Either,
    Financial,
    Academic,
    Calendar,
}

/// <summary>A word of the keyword table: its kind, its value, and whether it is a long form ("financial") that "year" must follow.</summary>
internal readonly record struct LabelKeyword(KeywordKind Kind, int Value, bool LongForm = false)
{
    public YearFamily Family => (YearFamily)Value;
}

/// <summary>
/// The one table of the words that labels are built from: months, term names, quarter words, the
/// FY/AY/CY prefixes, year-to-date words. Words are matched ignoring case.
/// </summary>
internal static class LabelKeywords
{
    private static readonly (string Word, LabelKeyword Keyword)[] Table = Build();

    /// <summary>The keyword <paramref name="word"/> is, or one of kind <see cref="KeywordKind.None"/>.</summary>
    public static LabelKeyword Find(ReadOnlySpan<char> word)
    {
        foreach (var (text, keyword) in Table)
        {
            if (word.Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return keyword;
            }
        }

        return default;
    }

    /// <summary>The month (1–12) named by <paramref name="word"/>: a full English name, its first three letters, or "Sept"; 0 if none.</summary>
    public static int MonthNumber(ReadOnlySpan<char> word) => Find(word) is { Kind: KeywordKind.Month } k ? k.Value : 0;

    /// <summary>The term (1–3) named by <paramref name="word"/>; 0 if none.</summary>
    public static int TermNumber(ReadOnlySpan<char> word) => Find(word) is { Kind: KeywordKind.Term } k ? k.Value : 0;

    private static (string, LabelKeyword)[] Build()
    {
        var table = new System.Collections.Generic.List<(string, LabelKeyword)>();
        for (int m = 0; m < 12; m++)
        {
            table.Add((PeriodText.MonthNames[m], new(KeywordKind.Month, m + 1)));
            table.Add((PeriodText.MonthNames[m][..3], new(KeywordKind.Month, m + 1)));
        }

        table.Add(("Sept", new(KeywordKind.Month, 9)));
        for (int t = 0; t < 3; t++)
        {
            table.Add((PeriodText.TermNames[t], new(KeywordKind.Term, t + 1)));
        }

        table.Add(("q", new(KeywordKind.Quarter, 0)));
        table.Add(("quarter", new(KeywordKind.Quarter, 0)));
        table.Add(("fy", new(KeywordKind.YearPrefix, (int)YearFamily.Financial)));
        table.Add(("financial", new(KeywordKind.YearPrefix, (int)YearFamily.Financial, LongForm: true)));
        table.Add(("ay", new(KeywordKind.YearPrefix, (int)YearFamily.Academic)));
        table.Add(("academic", new(KeywordKind.YearPrefix, (int)YearFamily.Academic, LongForm: true)));
        table.Add(("cy", new(KeywordKind.YearPrefix, (int)YearFamily.Calendar)));
        table.Add(("calendar", new(KeywordKind.YearPrefix, (int)YearFamily.Calendar, LongForm: true)));
        table.Add(("year", new(KeywordKind.Year, 0)));
        table.Add(("ytd", new(KeywordKind.YearToDate, (int)YearFamily.Either)));
        table.Add(("fytd", new(KeywordKind.YearToDate, (int)YearFamily.Financial)));
        table.Add(("aytd", new(KeywordKind.YearToDate, (int)YearFamily.Academic)));
        table.Add(("cytd", new(KeywordKind.YearToDate, (int)YearFamily.Calendar)));
        table.Add(("rolling", new(KeywordKind.Rolling, 0)));
        table.Add(("as", new(KeywordKind.As, 0)));
        return table.ToArray();
    }
}
