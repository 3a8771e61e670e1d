using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Measures;

/// <summary>
/// Finds what cannot be read as text (bytes that are not UTF-8, halves of surrogate pairs) and says why,
/// so that readers refuse such a file with the place of the fault rather than load altered text.
/// </summary>
internal static class TextEncoding
{
    // Windows-1252's characters for 0x80–0x9F ('\0' where it has none); from 0xA0 it agrees with Latin-1.
    private const string Windows1252High = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    /// <summary>Why byte <paramref name="value"/> is refused, and how to save the file (<c>"UTF-8"</c>, <c>"CSV UTF-8"</c>).</summary>
    public static string NotUtf8(byte value, string saveAs)
    {
        char meant = value >= 0xA0 ? (char)value : value >= 0x80 ? Windows1252High[value - 0x80] : '\0';
        string guess = meant != '\0'
            ? string.Create(CultureInfo.InvariantCulture, $" (in Windows-1252 or Latin-1, 0x{value:X2} is \"{meant}\")")
            : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"The file is not UTF-8: byte 0x{value:X2} here is not UTF-8 text, so the file was probably saved in another encoding{guess}. Save it as {saveAs} and read it again; nothing was loaded rather than altered text.");
    }

    /// <summary>Why a half of a surrogate pair in text given as a string is refused.</summary>
    public static string BrokenSurrogate(char half) =>
        string.Create(CultureInfo.InvariantCulture, $"The text holds U+{(int)half:X4}, half of a surrogate pair without its other half: it is not a character, so the text cannot be read as written.");

    /// <summary>Where each sequence of bytes that is not UTF-8 starts, with its first byte; none for valid UTF-8.</summary>
    public static IEnumerable<(int Offset, byte Value)> InvalidUtf8(ReadOnlyMemory<byte> bytes)
    {
        if (Utf8.IsValid(bytes.Span))
        {
            yield break;
        }

        int offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes.Span[offset..], out _, out int consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                yield return (offset, bytes.Span[offset]);
            }

            offset += Math.Max(consumed, 1);
        }
    }

    /// <summary>Why a JSON escape for half of a surrogate pair is refused.</summary>
    public static string BrokenSurrogateEscape(int half) =>
        string.Create(CultureInfo.InvariantCulture, $"This text has the escape \\u{half:X4}, half of a surrogate pair without its other half: it is not a character. Write the character itself, or both halves of the pair (\\uD83D\\uDE42 for 🙂).");

    /// <summary>
    /// Where each JSON string (or property name) holding an escape for half of a surrogate pair starts,
    /// with that half; the bytes must be UTF-8. Scanning stops quietly where the JSON is malformed,
    /// which the JSON reader reports itself.
    /// </summary>
    public static List<(int Offset, int Half)> BrokenSurrogateEscapes(ReadOnlyMemory<byte> utf8Json)
    {
        var found = new List<(int, int)>();
        var reader = new Utf8JsonReader(utf8Json.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped && BrokenEscape(reader.ValueSpan) is int half and >= 0)
                {
                    found.Add(((int)reader.TokenStartIndex, half));
                }
            }
        }
        catch (JsonException)
        {
            // Malformed from here on: the JSON reader that follows reports it with its place.
        }

        return found;
    }

    // The first \uXXXX escape in a raw JSON string that is half of a surrogate pair, or -1.
    private static int BrokenEscape(ReadOnlySpan<byte> raw)
    {
        int pendingHigh = -1;
        int i = 0;
        while (i < raw.Length)
        {
            int unit = -1;
            int step = 1;
            if (raw[i] == (byte)'\\' && i + 1 < raw.Length)
            {
                step = 2;
                if (raw[i + 1] == (byte)'u' && i + 6 <= raw.Length && int.TryParse(raw.Slice(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int parsed))
                {
                    (unit, step) = (parsed, 6);
                }
            }

            if (pendingHigh >= 0 && unit is < 0xDC00 or > 0xDFFF)
            {
                return pendingHigh;
            }

            if (pendingHigh >= 0)
            {
                pendingHigh = -1;
            }
            else if (unit is >= 0xD800 and <= 0xDBFF)
            {
                pendingHigh = unit;
            }
            else if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return unit;
            }

            i += step;
        }

        return pendingHigh;
    }

    /// <summary>Each half of a surrogate pair without its other half, with its 1-based line and column.</summary>
    public static IEnumerable<(int Line, int Column, char Half)> BrokenSurrogates(string text)
    {
        int line = 1, column = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                yield return (line, column, c);
            }
            else if (c == '\n')
            {
                (line, column) = (line + 1, 0);
            }

            column++;
        }
    }
}
