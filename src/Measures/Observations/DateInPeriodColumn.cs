using System;
using System.Collections.Generic;
using System.Globalization;
using Measures.Time;
using NodaTime;

namespace Measures.Observations;

/// <summary>
/// Advice for a date written where a period label belongs (a case system's "31/03/2024" or "2024-03-31"):
/// which labels to write instead, in the file's terms. Dates are read day first, as in the UK, unless only
/// month first makes a date.
/// </summary>
internal static class DateInPeriodColumn
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The advice when <paramref name="label"/> looks like a date, or <see langword="null"/>.</summary>
    /// <param name="label">The period field, trimmed.</param>
    /// <param name="expectedType">The only type of period the file may hold, or <see langword="null"/> for any.</param>
    public static string? Advice(string label, PeriodType? expectedType)
    {
        if (!TryRead(label, out var date, out string? twoDigitYear))
        {
            return null;
        }

        var month = ReportingPeriod.Month(date.Year, date.Month);
        var labels = new List<string>(4);
        if (expectedType is null or PeriodType.Month)
        {
            labels.Add($"\"{month}\" or \"{ReportingPeriodPattern.Report.Format(month)}\" for the month");
        }

        bool monthEnd = date.Day == CalendarSystem.Iso.GetDaysInMonth(date.Year, date.Month);
        int financialYear = date.Month >= 4 ? date.Year : date.Year - 1;
        if (monthEnd && date.Month % 3 == 0 && expectedType is null or PeriodType.Quarter)
        {
            labels.Add($"\"{ReportingPeriod.Quarter(financialYear, (date.Month + 8) % 12 / 3 + 1)}\" for the quarter that ends then");
        }

        if (monthEnd && date.Month == 3 && expectedType is null or PeriodType.FinancialYear)
        {
            labels.Add($"\"{ReportingPeriodPattern.Report.Format(ReportingPeriod.FinancialYear(financialYear))}\" for the financial year that ends then");
        }

        if (monthEnd && date.Month == 12 && expectedType is null or PeriodType.CalendarYear)
        {
            labels.Add($"\"{ReportingPeriodPattern.Report.Format(ReportingPeriod.CalendarYear(date.Year))}\" for the calendar year");
        }

        string read = date.ToString("d MMMM uuuu", CultureInfo.InvariantCulture)
            + (twoDigitYear is null ? "" : string.Create(CultureInfo.InvariantCulture, $", taking \"{twoDigitYear}\" as {date.Year:D4}"));
        string instead = labels.Count switch
        {
            0 => "write the period the figures are for instead, of the type this file is read with",
            1 => "write the period the figures are for instead, such as " + labels[0],
            _ => "write the period the figures are for instead, such as " + string.Join(", ", labels[..^1]) + " or " + labels[^1],
        };
        string snapshot = monthEnd
            ? $"so a count as at {date.ToString("d MMMM uuuu", CultureInfo.InvariantCulture)} is written \"{month}\" (or for the quarter or year ending that day)"
            : "the month or year ending on that date";
        return $"This is not a period label but a date ({read}): {instead}. A figure counted as at a date "
            + $"(a snapshot, such as children in care on 31 March) is written for the period it ends: {snapshot}.";
    }

    /// <summary>
    /// Reads dd/mm/yyyy, d/m/yy, yyyy-mm-dd, dd-mm-yyyy, dd.mm.yyyy and "31 March 2024" (or "31st Mar 2024",
    /// "March 31, 2024"), after an optional "as at" and before an optional time of day, as spreadsheets export them.
    /// </summary>
    internal static bool TryRead(string label, out LocalDate date, out string? twoDigitYear)
    {
        date = default;
        twoDigitYear = null;
        string text = label.Trim();
        if (text.StartsWith("as at ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[6..].TrimStart();
        }

        text = WithoutTime(text);
        var parts = Split(text, out char separator);
        if (parts is null)
        {
            return false;
        }

        if (parts.Count == 3 && parts.TrueForAll(IsDigits) && separator is '/' or '-' or '.')
        {
            if (parts[0].Length == 4)
            {
                return parts[1].Length <= 2 && parts[2].Length <= 2 && Make(parts[0], Number(parts[1]), Number(parts[2]), out date, out twoDigitYear);
            }

            return parts[0].Length <= 2 && parts[1].Length <= 2 && parts[2].Length is 2 or 4
                && (Make(parts[2], Number(parts[1]), Number(parts[0]), out date, out twoDigitYear)
                    || Make(parts[2], Number(parts[0]), Number(parts[1]), out date, out twoDigitYear));
        }

        if (parts.Count == 3 && separator is ' ' or '-' or '/')
        {
            // "31 March 2024", "31st Mar 2024", "31-Mar-2024"; "March 31 2024", "March 31st, 2024".
            return (MonthNumber(parts[1]) is int month && Day(parts[0]) is int day && Make(parts[2], month, day, out date, out twoDigitYear))
                || (MonthNumber(parts[0]) is int m && Day(parts[1]) is int d && parts[2].Length == 4 && Make(parts[2], m, d, out date, out twoDigitYear));
        }

        return false;
    }

    // "2024-03-31T00:00:00", "31/03/2024 00:00", "31/03/2024 12:00:00 AM": the date without its time.
    private static string WithoutTime(string text)
    {
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1)
        {
            return text;
        }

        int start = colon - 1;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        return start > 0 && text[start - 1] is ' ' or 'T' ? text[..(start - 1)].TrimEnd() : text;
    }

    // The parts of a date between one kind of separator ("/", "-", "." or spaces, with commas as spaces).
    private static List<string>? Split(string text, out char separator)
    {
        separator = '\0';
        var parts = new List<string>(3);
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (char.IsAsciiLetterOrDigit(c))
            {
                continue;
            }

            char kind = c is ',' ? ' ' : c;
            if (i > start)
            {
                parts.Add(text[start..i]);
            }
            else if (kind != ' ')
            {
                return null;
            }

            if (i < text.Length)
            {
                if (kind is not ('/' or '-' or '.' or ' ') || (separator != '\0' && separator != kind))
                {
                    return null;
                }

                separator = kind;
            }

            start = i + 1;
        }

        return parts;
    }

    private static bool IsDigits(string part) => part.Length > 0 && part.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int? Day(string part)
    {
        string digits = part.Length > 2 && part[^2..].ToLowerInvariant() is "st" or "nd" or "rd" or "th" ? part[..^2] : part;
        return IsDigits(digits) && digits.Length <= 2 ? Number(digits) : null;
    }

    private static int? MonthNumber(string part)
    {
        if (part.Length < 3)
        {
            return null;
        }

        string lower = part.ToLowerInvariant();
        int index = Array.FindIndex(MonthNames, name => name == lower || (lower.Length <= 4 && name.StartsWith(lower, StringComparison.Ordinal)));
        return index < 0 ? null : index + 1;
    }

    private static bool Make(string yearText, int month, int day, out LocalDate date, out string? twoDigitYear)
    {
        date = default;
        twoDigitYear = yearText.Length == 2 ? yearText : null;
        if (!IsDigits(yearText) || yearText.Length is not (2 or 4))
        {
            return false;
        }

        int year = yearText.Length == 2 ? 2000 + Number(yearText) : Number(yearText);
        if (year < ReportingPeriod.MinYear || year > ReportingPeriod.MaxYear || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }
}
