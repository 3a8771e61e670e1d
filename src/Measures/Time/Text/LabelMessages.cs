using System;
using System.Globalization;
using NodaTime;

namespace Measures.Time.Text;

/// <summary>
/// Every message the label parsers give, in one place. Each completes a sentence the parser starts:
/// "Cannot read "…": "Q5" (character 1) {problem}." or "…: it ends too soon; expected {what}."
/// </summary>
internal static class LabelMessages
{
    public const string LabelStarts =
        "a month (\"Dec 2020\", \"2020-12\"), a quarter (\"Q3 2020/21\"), a year (\"2023/24\", \"FY 2023/24\", \"AY 2023/24\", \"2019\"), "
        + "a term (\"Autumn term 2023/24\"), \"rolling 12 months to …\", \"year to date to …\" or a date range";

    // What is being read, for whole-label messages.
    public const string APeriod = "a reporting period";
    public const string ASnapshotDate = "a snapshot date";

    // Whole-label problems.
    public const string EmptyPeriod = "the label is empty; expected " + LabelStarts;
    public const string EmptySnapshot = "the label is empty; expected a snapshot date such as \"as at 31 July 2015\" or \"2015-07-31\"";

    // Problems at a part of the label.
    public const string CannotStart = "cannot start a label; expected " + LabelStarts;
    public const string NotMonthOrPeriodWord = "is not a month name or a period word; expected " + LabelStarts;
    public const string NotFourDigitYearToStart = "is not a four-digit year; expected " + LabelStarts;
    public const string SnapshotIsNotAPeriod = "starts a snapshot date (\"as at 31 July 2015\"), which is a day rather than a period: give the period the figure is for, such as \"2015-07\" for a count taken at the end of July 2015";
    public const string NotExpectedHere = "is not expected here; expected the end of the label";
    public const string NotExpectedAfterDate = "is not expected after the date; expected the end of the label";
    public const string ExpectedClosingBracket = "expected a closing \"]\"";
    public const string BracketsOnlyOnAcademicPeriods = "dates in brackets are only written after an academic year, a term, a half-term or an academic year to date, whose dates depend on the council's convention";
    public const string ExpectedRollingCount = "expected the number of months after \"rolling\", as in \"rolling 12 months to July 2023\"";
    public const string ExpectedMonthsWord = "expected \"months\", as in \"rolling 12 months to July 2023\"";
    public const string ExpectedToAndLastMonth = "expected \"to\" or \"ending\" and the last month, as in \"rolling 12 months to July 2023\"";
    public const string ExpectedHalfAfterHalfTerm = "expected 1 or 2 after \"half-term\"";
    public const string NotHalfOfTerm = "is not a half of a term; expected 1 or 2, as in \"Autumn 1\"";
    public const string NotHalfOfTermWithYear = "is not a half of a term; expected 1 or 2, as in \"Autumn 1 2023/24\"";
    public const string ExpectedQuarterNumber = "expected a quarter number, 1 to 4";
    public const string NotAQuarter = "is not a quarter; a financial year has quarters 1 to 4 (Q1 April–June … Q4 January–March)";
    public const string NotAMonthNumber = "is not a month; expected 01 to 12";
    public const string ExpectedToBetweenDates = "expected \"to\" between the two dates";
    public const string NotInCalendar = "is not a date in the calendar";
    public const string MonthSpanNotFromJanuary =
        "starts a range of months, which is read only from January, as a calendar year to date (\"Jan to Sep 2019\"); "
        + "write a financial year to date as \"year to date to Sep 2019\" and other ranges as dates (\"1 April 2019 to 30 September 2019\")";
    public const string NotMonthAfterDay = "is not a month name; expected a month after the day, as in \"31 July 2015\"";

    // What was expected, after "expected" or "it ends too soon; expected".
    public const string ClosingBracket = "a closing \"]\"";
    public const string FirstDateInBrackets = "the first date in the brackets";
    public const string LastDateInBrackets = "the last date in the brackets";
    public const string YearAfterMonth = "a four-digit year after the month";
    public const string FinancialYearAfterQuarter = "a financial year such as \"2020/21\" after the quarter";
    public const string FinancialYearExample = "a financial year such as \"2023/24\"";
    public const string AcademicYearExample = "an academic year such as \"2023/24\"";
    public const string CalendarYearExample = "a four-digit calendar year such as \"2019\"";
    public const string YearPairExample = "a year such as \"2023/24\"";
    public const string AcademicYearAfterTerm = "an academic year such as \"2023/24\" after the term";
    public const string LastMonthOfYearToDate = "the last month of the year to date, such as \"July 2015\" or \"2015-07\"";
    public const string LastMonthOfSpan = "the last month of the range, such as \"Sep 2019\" in \"Jan to Sep 2019\"";
    public const string LastMonthOfWindow = "the last month of the window, such as \"July 2023\" or \"2023-07\"";
    public const string RollingCount = "the number of months after \"rolling\"";
    public const string MonthsWord = "\"months\"";
    public const string ToAndLastMonth = "\"to\" and the last month, as in \"rolling 12 months to July 2023\"";
    public const string HalfAfterHalfTerm = "1 or 2 after \"half-term\"";
    public const string QuarterNumber = "a quarter number, 1 to 4";
    public const string FirstDateOfRange = "the first date of the range";
    public const string LastDateOfRange = "the last date of the range";
    public const string ToAndLastDate = "\"to\" and the last date of the range; a single date is a day, not a period: give the month or period the figure is for";
    public const string ToBetweenDates = "\"to\" between the two dates";
    public const string MonthNameAfterDay = "a month name after the day";
    public const string ADate = "a date";
    public const string MonthAfterEndOf = "a month such as \"July 2015\" after \"end of\"";
    public const string DateExamples = ", such as \"2015-07-31\" or \"31 July 2015\"";

    public static string TooLong(string what) => $"the label is too long to be {what}";

    public static string NotAYear(string expected) => "is not a year; expected " + expected;

    public static string NotFourDigitYear(string expected) => "is not a four-digit year; expected " + expected;

    public static string TwoDigitYear(string expected) => "is a two-digit year, which could be in any century; expected " + expected;

    public static string NotAMonthName(string expected) => "is not a month name; expected " + expected;

    public static string NotAMonth(string expected) => "is not a month; expected " + expected;

    public static string NotADate(string expected) => "is not a date; expected " + expected + DateExamples;

    public static string Word(string word) => $"\"{word}\"";

    public static string ExpectedWord(string word) => $"expected \"{word}\"";

    public static string TwoDigitFirstYear(ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        $"has a two-digit first year; write the first year with four digits, as in \"20{first}/{second}\"";

    public static string SlashAndSecondYear(int year) => string.Create(CultureInfo.InvariantCulture, $"\"/\" and the second year, as in \"{year:D4}/{(year + 1) % 100:D2}\"");

    public static string ExpectedSlashAndSecondYear(int year) => "expected " + SlashAndSecondYear(year);

    public static string SecondYear(int year) => string.Create(CultureInfo.InvariantCulture, $"the second year, as in \"{year:D4}/{(year + 1) % 100:D2}\"");

    public static string NotSecondYear(int year) => string.Create(CultureInfo.InvariantCulture, $"is not the second year; expected \"{year:D4}/{(year + 1) % 100:D2}\"");

    public static string NotYearAfter(int year) => string.Create(CultureInfo.InvariantCulture, $"is not the year after {year:D4}; expected \"{year:D4}/{(year + 1) % 100:D2}\"");

    public static string OutsideSupportedYears() => string.Create(CultureInfo.InvariantCulture, $"is outside the supported years {ReportingPeriod.MinYear:D4} to {ReportingPeriod.MaxYear:D4}");

    public static string EndsAfterSupportedYears() => string.Create(CultureInfo.InvariantCulture, $"it would end after {ReportingPeriod.MaxYear:D4}, the last supported year; the last financial or academic year is {ReportingPeriod.MaxStartYear:D4}/{ReportingPeriod.MaxYear % 100:D2}");

    public static string NotRollingCount() => string.Create(CultureInfo.InvariantCulture, $"is not a number of months from 1 to {ReportingPeriod.MaxRollingMonths}");

    public static string WindowStartsTooEarly(int months, int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"a window of {months} months to {year:D4}-{month:D2} would start before year {ReportingPeriod.MinYear}");

    public static string YearToDateStartsTooEarly(string family, int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"the {family} year containing {year:D4}-{month:D2} starts before year {ReportingPeriod.MinYear}");

    public static string YearToDateWithoutMonth(int year) =>
        string.Create(CultureInfo.InvariantCulture, $"is a year to date without its last month; write \"Jan to Sep {year:D4}\" or \"calendar year to date to Sep {year:D4}\" for January to the end of September {year:D4}");

    public static string MonthSpanAcrossYears(int firstYear, int lastYear) =>
        string.Create(CultureInfo.InvariantCulture, $"runs from {firstYear:D4} into {lastYear:D4}, but a range of months is a calendar year to date and ends in the year it starts; write a longer span as dates (\"1 January {firstYear:D4} to 30 September {lastYear:D4}\")");

    public static string LastDateBeforeFirst(LocalDate first, LocalDate last) =>
        string.Create(CultureInfo.InvariantCulture, $"the last date {last:uuuu-MM-dd} is before the first date {first:uuuu-MM-dd}");

    public static string BracketLastDateBeforeFirst(LocalDate first, LocalDate last) =>
        string.Create(CultureInfo.InvariantCulture, $"in the brackets, the last date {last:uuuu-MM-dd} is before the first date {first:uuuu-MM-dd}");

    public static string BracketsNotAcademicYear(string yearLabel, int year) =>
        $"the dates in brackets are not an academic year {yearLabel}: it must run for a year from 1 July, 1 August or 1 September {year:D4}";

    public static string BracketsNotYearToDate(LocalDate monthEnd) =>
        string.Create(CultureInfo.InvariantCulture, $"the dates in brackets do not fit the year to date: it must run from 1 July, 1 August or 1 September of the academic year containing {monthEnd:uuuu-MM} to {monthEnd:uuuu-MM-dd}");

    public static string BracketsNotNamedPeriod(LocalDate first, LocalDate last, PeriodType type, int startYear, LocalDate earliest, LocalDate latest) =>
        string.Create(CultureInfo.InvariantCulture, $"the dates in brackets {first:uuuu-MM-dd} to {last:uuuu-MM-dd} cannot be the {PeriodText.Noun(type)} named; it must start in {startYear:D4} and lie within {earliest:uuuu-MM-dd} to {latest:uuuu-MM-dd}");

    public static string NotTheExpectedType(PeriodType found, PeriodType expected) => $"it is a {PeriodText.Noun(found)}, not the {PeriodText.Noun(expected)} expected";

    // The three sentence shapes.
    public static string WholeLabel(ReadOnlySpan<char> text, string what, string problem) => $"Cannot read \"{text}\" as {what}: {problem}.";

    public static string AtPart(ReadOnlySpan<char> text, ReadOnlySpan<char> part, int start, string problem) =>
        problem.StartsWith("expected", StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture, $"Cannot read \"{text}\": at \"{part}\" (character {start + 1}), {problem}.")
            : string.Create(CultureInfo.InvariantCulture, $"Cannot read \"{text}\": \"{part}\" (character {start + 1}) {problem}.");

    public static string EndsTooSoon(ReadOnlySpan<char> text, string expected) => $"Cannot read \"{text}\": it ends too soon; expected {expected}.";
}
