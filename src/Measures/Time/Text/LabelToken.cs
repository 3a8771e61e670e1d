using System;

namespace Measures.Time.Text;

/// <summary>The kinds of token a period label splits into.</summary>
internal enum LabelTokenKind : byte
{
    Number,
    Word,
    Slash,
    Dash,
    Dot,
    Comma,
    Open,
    Close,
    Other,
}

/// <summary>One token of a label: a run of digits, a run of letters, or one punctuation mark.</summary>
internal struct LabelToken
{
    public LabelTokenKind Kind;
    public int Start;
    public int Length;

    /// <summary>The value of a number (int.MaxValue when it has more than nine digits).</summary>
    public int Value;

    /// <summary>Splits <paramref name="text"/> into <paramref name="tokens"/>; -1 when there are more tokens than room.</summary>
    public static int Split(ReadOnlySpan<char> text, Span<LabelToken> tokens)
    {
        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (count == tokens.Length)
            {
                return -1;
            }

            ref LabelToken t = ref tokens[count++];
            t.Start = i;
            t.Value = 0;
            if (char.IsAsciiDigit(c))
            {
                int value = 0;
                int start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    value = i - start < 9 ? (value * 10) + (text[i] - '0') : int.MaxValue;
                    i++;
                }

                t.Kind = LabelTokenKind.Number;
                t.Value = value;
            }
            else if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                t.Kind = LabelTokenKind.Word;
            }
            else
            {
                t.Kind = c switch
                {
                    '/' => LabelTokenKind.Slash,
                    '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => LabelTokenKind.Dash,
                    '.' => LabelTokenKind.Dot,
                    ',' => LabelTokenKind.Comma,
                    '[' or '(' => LabelTokenKind.Open,
                    ']' or ')' => LabelTokenKind.Close,
                    _ => LabelTokenKind.Other,
                };
                i++;
            }

            t.Length = i - t.Start;
        }

        return count;
    }
}
