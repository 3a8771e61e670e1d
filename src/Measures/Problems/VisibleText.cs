using System;
using System.Globalization;
using System.Text;

namespace Measures;

/// <summary>
/// Shows text from a file safely: control characters, invisible formatting characters and broken
/// surrogates are written as <c>\uXXXX</c>, so that a problem echoed to a terminal cannot move the
/// cursor, ring the bell or reorder the line, and an analyst can see what is there.
/// </summary>
internal static class VisibleText
{
    /// <summary>The text with every character that is hidden (see <see cref="IsHidden(char, bool)"/>) written as <c>\uXXXX</c>; the same instance when there is none.</summary>
    public static string Escape(string text) => Escape(text, keepLineBreaks: false);

    /// <summary>
    /// The text with every hidden character written as <c>\uXXXX</c>, line feeds and carriage returns kept as they
    /// are when <paramref name="keepLineBreaks"/> is set (a report's multi-line text, a terminal's lines).
    /// </summary>
    public static string Escape(string text, bool keepLineBreaks)
    {
        int first = FirstHidden(text, keepLineBreaks);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (IsHidden(text, i, keepLineBreaks))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>The index of the first character to escape, or -1.</summary>
    public static int FirstHidden(string text) => FirstHidden(text, keepLineBreaks: false);

    /// <summary>Whether <paramref name="c"/>, standing alone, is shown escaped (a surrogate is judged only with its other half).</summary>
    public static bool IsHidden(char c, bool keepLineBreaks) => !char.IsSurrogate(c) && IsHidden(c.ToString(), 0, keepLineBreaks);

    private static int FirstHidden(string text, bool keepLineBreaks)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= ' ' && c < '\u007F')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (IsHidden(text, i, keepLineBreaks))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first character that makes values differ without looking different: a zero-width character,
    /// a bidirectional control, or half of a surrogate pair. Returns -1 when there is none.
    /// </summary>
    public static int FirstInvisible(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < '\u200B')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (InvisibleName(c) is not null || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>What the character at <paramref name="index"/> is, in words: "U+200B ZERO WIDTH SPACE".</summary>
    public static string Describe(string text, int index)
    {
        char c = text[index];
        string name = InvisibleName(c) ?? (char.IsSurrogate(c) ? "HALF OF A SURROGATE PAIR (NOT A CHARACTER)" : char.IsControl(c) ? "A CONTROL CHARACTER" : "A CHARACTER");
        return string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4} {name}");
    }

    /// <summary>The name of a zero-width character or bidirectional control, or <see langword="null"/> for any other.</summary>
    public static string? InvisibleName(char c) => c switch
    {
        '\u200B' => "ZERO WIDTH SPACE",
        '\u200C' => "ZERO WIDTH NON-JOINER",
        '\u200D' => "ZERO WIDTH JOINER",
        '\u2060' => "WORD JOINER",
        '\uFEFF' => "ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)",
        '\u200E' => "LEFT-TO-RIGHT MARK",
        '\u200F' => "RIGHT-TO-LEFT MARK",
        '\u202A' => "LEFT-TO-RIGHT EMBEDDING",
        '\u202B' => "RIGHT-TO-LEFT EMBEDDING",
        '\u202C' => "POP DIRECTIONAL FORMATTING",
        '\u202D' => "LEFT-TO-RIGHT OVERRIDE",
        '\u202E' => "RIGHT-TO-LEFT OVERRIDE",
        '\u2066' => "LEFT-TO-RIGHT ISOLATE",
        '\u2067' => "RIGHT-TO-LEFT ISOLATE",
        '\u2068' => "FIRST STRONG ISOLATE",
        '\u2069' => "POP DIRECTIONAL ISOLATE",
        _ => null,
    };

    // Control characters other than tab, C1 controls, line and paragraph separators, the invisible
    // characters above and broken surrogates. A surrogate pair is whole and shown as it is.
    private static bool IsHidden(string text, int i, bool keepLineBreaks)
    {
        char c = text[i];
        if (c == '\t' || (keepLineBreaks && c is '\n' or '\r'))
        {
            return false;
        }

        if (char.IsControl(c) || c is '\u2028' or '\u2029' || InvisibleName(c) is not null)
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
    }
}
