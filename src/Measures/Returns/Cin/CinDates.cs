using System;
using System.Globalization;
using NodaTime;

namespace Measures.Returns.Cin;

/// <summary>
/// The census's dates: yyyy-MM-dd as the DfE's schema specifies (xs:date). A time of midnight after the date
/// ("2024-03-31T00:00:00", as some systems write a date) and dd/MM/yyyy (as a spreadsheet writes it) are read too.
/// </summary>
internal static class CinDates
{
    /// <summary>A date as the schema writes it: yyyy-MM-dd.</summary>
    public static string Format(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year:0000}-{date.Month:00}-{date.Day:00}");

    /// <summary>Reads a date, or says why it cannot.</summary>
    public static LocalDate? Parse(ReadOnlySpan<char> text, out string? why)
    {
        why = null;
        if (text.Length > 10 && text[10] == 'T' && IsMidnight(text[11..]))
        {
            text = text[..10];
        }

        int year, month, day;
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text[..4], out year) && Digits(text.Slice(5, 2), out month) && Digits(text.Slice(8, 2), out day))
        {
            return Make(year, month, day, out why);
        }

        if (text.Length == 10 && text[2] == '/' && text[5] == '/'
            && Digits(text[..2], out day) && Digits(text.Slice(3, 2), out month) && Digits(text[6..], out year))
        {
            return Make(year, month, day, out why);
        }

        why = text.Length > 10 && text[10] == 'T'
            ? "This is a date with a time of day; give the date alone, as yyyy-MM-dd (2024-03-31)."
            : "This is not a date; write it as yyyy-MM-dd (2024-03-31), as the census specifies.";
        return null;
    }

    private static bool IsMidnight(ReadOnlySpan<char> time)
    {
        // 00:00, 00:00:00, 00:00:00.000 and a Z or +00:00 after it.
        foreach (char c in time)
        {
            if (c is not ('0' or ':' or '.' or 'Z' or '+'))
            {
                return false;
            }
        }

        return time.Length >= 5;
    }

    private static LocalDate? Make(int year, int month, int day, out string? why)
    {
        why = null;
        if (year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return new LocalDate(year, month, day);
        }

        why = month is < 1 or > 12
            ? "There is no such month; write the date as yyyy-MM-dd (2024-03-31), year first."
            : "There is no such day in that month; check the date (yyyy-MM-dd).";
        return null;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return !text.IsEmpty;
    }
}
