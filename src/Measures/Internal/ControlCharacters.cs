using System.Globalization;
using System.Text;

namespace Measures.Internal;

/// <summary>
/// Shows control characters (ESC, BEL, …) and the invisible characters that reorder or hide text as escapes
/// ("\u001B"), so that text from a file can never drive a terminal or disguise itself in a report.
/// </summary>
internal static class ControlCharacters
{
    /// <summary>Whether <paramref name="c"/> is shown escaped: a control character other than tab, or a zero-width or bidirectional formatting character.</summary>
    public static bool IsEscaped(char c) =>
        (char.IsControl(c) && c != '\t')
        || c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    /// <summary>Whether <paramref name="c"/> is shown escaped, line breaks aside when <paramref name="keepLineBreaks"/> is set.</summary>
    public static bool IsEscaped(char c, bool keepLineBreaks) => IsEscaped(c) && !(keepLineBreaks && c is '\n' or '\r');

    /// <summary>The text with every escaped character written as "\uXXXX"; the same string when there is none.</summary>
    public static string Escape(string text) => Escape(text, keepLineBreaks: false);

    /// <summary>The text with every escaped character written as "\uXXXX", line breaks kept when <paramref name="keepLineBreaks"/> is set.</summary>
    public static string Escape(string text, bool keepLineBreaks)
    {
        int i = 0;
        while (i < text.Length && !IsEscaped(text[i], keepLineBreaks))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (IsEscaped(c, keepLineBreaks))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
