using System;
using System.Buffers;
using System.Buffers.Binary;
using System.IO;
using System.Text;
using System.Text.Unicode;

namespace Measures.Observations;

/// <summary>
/// Decodes a stream as UTF-8, or as UTF-16 or UTF-32 when a byte-order mark says so, without replacing
/// what is not text. A byte that is not UTF-8 becomes the lone surrogate U+DC00 + the byte, which no
/// valid text decodes to; a broken UTF-16 or UTF-32 unit stays or becomes a lone surrogate too. The
/// reader of the text then refuses it at its exact line and field, and can name the byte.
/// </summary>
internal sealed class ByteEscapingTextReader : TextReader
{
    // A caller's read of at least this many characters is decoded into its buffer directly.
    private const int DirectRead = 1024;
    private readonly Stream stream;
    // Borrowed from the shared pool and given back when disposed: a large file is read in many parts, each by its own
    // reader. The characters are taken only when a caller reads fewer than DirectRead at a time.
    private byte[] bytes = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private char[] chars = [];
    private int start;
    private int end;
    private bool ended;
    private bool started;
    private Unit unit = Unit.Utf8;
    private int charPosition;
    private int charLength;

    public ByteEscapingTextReader(Stream stream) => this.stream = stream;

    private enum Unit
    {
        Utf8,
        Utf16LittleEndian,
        Utf16BigEndian,
        Utf32LittleEndian,
        Utf32BigEndian,
    }

    /// <summary>Gets a value indicating whether the text is UTF-8, so that a lone U+DC80–U+DCFF is a byte that is not.</summary>
    public bool IsUtf8 => unit == Unit.Utf8;

    /// <summary>Gives the buffers back to the shared pool; the stream is left open.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            (byte[] given, bytes) = (bytes, []);
            (char[] decoded, chars) = (chars, []);
            (start, end, ended, charPosition, charLength) = (0, 0, true, 0, 0);
            if (given.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(given);
            }

            if (decoded.Length > 0)
            {
                ArrayPool<char>.Shared.Return(decoded);
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>The byte a lone surrogate stands for, when the text is UTF-8.</summary>
    public static bool TryGetByte(char c, out byte value)
    {
        value = (byte)(c - 0xDC00);
        return c is >= '\uDC80' and <= '\uDCFF';
    }

    public override int Peek() => charPosition < charLength || Fill() ? chars[charPosition] : -1;

    public override int Read() => charPosition < charLength || Fill() ? chars[charPosition++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        return Read(buffer.AsSpan(index, count));
    }

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        // A large read of UTF-8 is decoded straight into the caller's buffer: no second copy of every character.
        if (charPosition == charLength && buffer.Length >= DirectRead)
        {
            if (!started)
            {
                Start();
            }

            if (unit == Unit.Utf8)
            {
                return ReadUtf8Into(buffer);
            }
        }

        if (charPosition == charLength && !Fill())
        {
            return 0;
        }

        int n = Math.Min(buffer.Length, charLength - charPosition);
        chars.AsSpan(charPosition, n).CopyTo(buffer);
        charPosition += n;
        return n;
    }

    private bool Fill()
    {
        (charPosition, charLength) = (0, 0);
        if (!started)
        {
            Start();
        }

        while (true)
        {
            if (end > start)
            {
                Decode();
                if (charLength > 0)
                {
                    return true;
                }
            }

            if (ended)
            {
                return false;
            }

            ReadMore();
        }
    }

    private void Start()
    {
        started = true;
        while (!ended && end < 4)
        {
            ReadMore();
        }

        var head = bytes.AsSpan(0, end);
        (unit, start) =
            head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? (Unit.Utf8, 3)
            : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) ? (Unit.Utf32LittleEndian, 4)
            : head.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]) ? (Unit.Utf32BigEndian, 4)
            : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? (Unit.Utf16LittleEndian, 2)
            : head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? (Unit.Utf16BigEndian, 2)
            : (Unit.Utf8, 0);
    }

    private void ReadMore()
    {
        if (start > 0)
        {
            bytes.AsSpan(start, end - start).CopyTo(bytes);
            (end, start) = (end - start, 0);
        }

        int read = stream.Read(bytes, end, bytes.Length - end);
        if (read <= 0)
        {
            ended = true;
        }
        else
        {
            end += read;
        }
    }

    private void Decode()
    {
        if (chars.Length == 0)
        {
            chars = ArrayPool<char>.Shared.Rent(16 * 1024);
        }

        var source = bytes.AsSpan(start, end - start);
        switch (unit)
        {
            case Unit.Utf8:
                {
                    charLength = DecodeUtf8(chars);
                    break;
                }

            case Unit.Utf16LittleEndian or Unit.Utf16BigEndian:
                {
                    int units = Math.Min(source.Length / 2, chars.Length);
                    for (int k = 0; k < units; k++)
                    {
                        var pair = source.Slice(2 * k, 2);
                        chars[k] = (char)(unit == Unit.Utf16LittleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(pair) : BinaryPrimitives.ReadUInt16BigEndian(pair));
                    }

                    (start, charLength) = (start + (2 * units), units);
                    EscapeTail(2);
                    break;
                }

            default:
                {
                    int units = Math.Min(source.Length / 4, (chars.Length / 2) - 2);
                    for (int k = 0; k < units; k++)
                    {
                        var four = source.Slice(4 * k, 4);
                        uint value = unit == Unit.Utf32LittleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(four) : BinaryPrimitives.ReadUInt32BigEndian(four);
                        if (Rune.TryCreate(value, out var rune))
                        {
                            charLength += rune.EncodeToUtf16(chars.AsSpan(charLength));
                        }
                        else
                        {
                            chars[charLength++] = '\uDC00'; // not a character: refused by the reader
                        }
                    }

                    start += 4 * units;
                    EscapeTail(4);
                    break;
                }
        }
    }

    // Decodes what bytes there are into target; 0 only when more bytes are needed (or the stream has ended).
    private int DecodeUtf8(Span<char> target)
    {
        // Room is kept for the three bytes of an invalid sequence.
        var status = Utf8.ToUtf16(bytes.AsSpan(start, end - start), target[..^4], out int read, out int written, replaceInvalidSequences: false, isFinalBlock: ended);
        start += read;
        if (status == OperationStatus.InvalidData)
        {
            Rune.DecodeFromUtf8(bytes.AsSpan(start, end - start), out _, out int invalid);
            for (int k = 0; k < Math.Max(invalid, 1); k++)
            {
                target[written++] = (char)(0xDC00 + bytes[start++]);
            }
        }

        return written;
    }

    // As Fill then a copy would give, decoded into the caller's buffer.
    private int ReadUtf8Into(Span<char> target)
    {
        while (true)
        {
            if (end > start && DecodeUtf8(target) is > 0 and int written)
            {
                return written;
            }

            if (ended)
            {
                return 0;
            }

            ReadMore();
        }
    }

    // A unit cut short at the end of the stream is not text.
    private void EscapeTail(int size)
    {
        if (ended && end - start is > 0 and var left && left < size && charLength == 0)
        {
            while (start < end)
            {
                chars[charLength++] = (char)(0xDC00 + bytes[start++]);
            }
        }
    }
}
