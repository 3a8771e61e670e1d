using System;
using System.Globalization;
using NodaTime;

namespace Measures.Returns.Ssda903;

/// <summary>
/// The return's dates: dd/MM/yyyy as the DfE specifies, also d/M/yyyy (a spreadsheet drops leading zeros) and
/// yyyy-MM-dd (an ISO date, as databases export them). A two-digit year is refused: its century cannot be known.
/// </summary>
internal static class Ssda903Dates
{
    /// <summary>A date as the writer writes it: dd/MM/yyyy.</summary>
    public static string Format(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{date.Month:00}/{date.Year:0000}");

    /// <summary>Reads a date, or says why it cannot.</summary>
    /// <returns>The date, or <see langword="null"/> with <paramref name="why"/> set.</returns>
    public static LocalDate? Parse(ReadOnlySpan<char> text, out string? why)
    {
        why = null;
        int year, month, day;
        if (text.Length == 10 && text[4] == '-' && text[7] == '-')
        {
            if (Digits(text[..4], out year) && Digits(text.Slice(5, 2), out month) && Digits(text.Slice(8, 2), out day))
            {
                return Make(year, month, day, out why);
            }
        }
        else
        {
            int first = text.IndexOf('/');
            int second = first < 0 ? -1 : text[(first + 1)..].IndexOf('/');
            if (second >= 0)
            {
                second += first + 1;
                var d = text[..first];
                var m = text[(first + 1)..second];
                var y = text[(second + 1)..];
                if (d.Length is 1 or 2 && m.Length is 1 or 2 && Digits(d, out day) && Digits(m, out month) && Digits(y, out year))
                {
                    if (y.Length == 2)
                    {
                        why = string.Create(CultureInfo.InvariantCulture, $"The year is written with two digits, so its century cannot be known; write the date as dd/MM/yyyy with the year in full (\"{day:00}/{month:00}/20{y}\" or \"{day:00}/{month:00}/19{y}\").");
                        return null;
                    }

                    if (y.Length == 4)
                    {
                        return Make(year, month, day, out why);
                    }
                }
                else if (y.Length > 4 && y.IndexOf(' ') > 0)
                {
                    why = "This is a date with a time; give the date alone, as dd/MM/yyyy (a spreadsheet adds the time when the column is formatted as a date and time).";
                    return null;
                }
            }
        }

        why = "This is not a date; write it as dd/MM/yyyy (31/03/2024), as the return specifies.";
        return null;
    }

    private static LocalDate? Make(int year, int month, int day, out string? why)
    {
        why = null;
        if (year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return new LocalDate(year, month, day);
        }

        why = month is < 1 or > 12
            ? "There is no such month; write the date as dd/MM/yyyy (31/03/2024), day first."
            : "There is no such day in that month; check the date (dd/MM/yyyy).";
        return null;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 4)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
