using System;
using NodaTime;

namespace Measures.Time.Text;

/// <content>Snapshot dates: "as at 31 July 2015", "as at the end of July 2015", "2015-07-31".</content>
internal ref partial struct PeriodLabelParser
{
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

    // "as at 31 July 2015", "as at the 31st July 2015", "as at the end of July 2015", "2015-07-31".
    private bool ParseSnapshot(out LocalDate date)
    {
        date = default;
        if (!Tokenize(LabelMessages.ASnapshotDate))
        {
            return false;
        }

        if (count == 0)
        {
            return Fail(LabelMessages.EmptySnapshot);
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

            if (!ParseMonthReference(out int year, out int month, LabelMessages.MonthAfterEndOf))
            {
                return false;
            }

            date = ReportingPeriod.LastDayOfMonth(year, month);
        }
        else if (!ParseDate(out date, LabelMessages.ADate))
        {
            return false;
        }

        return pos >= count || FailAt(pos, LabelMessages.NotExpectedAfterDate);
    }
}
