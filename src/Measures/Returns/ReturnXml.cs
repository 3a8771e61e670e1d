using System;
using System.IO;
using System.Text;
using System.Xml;
using NodaTime;
using NodaTime.Text;
using Measures.Internal;

namespace Measures.Returns;

/// <summary>How every return's XML is opened and written: no DTD and nothing fetched (a return is data, never a reference to elsewhere), comments and layout skipped, UTF-8 without a byte order mark, indented, dates as yyyy-MM-dd, the stream left open for its owner.</summary>
internal static class ReturnXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    // Enough to pass a byte-order mark, an indent and blank lines: XML's first character past them is '<'.
    private const int Peek = 256;

    /// <summary>
    /// Whether <paramref name="stream"/> holds XML rather than CSV: its first character, past a byte-order mark and white
    /// space, is '&lt;' (which no header row of a CSV file starts with). The stream is given back in
    /// <paramref name="whole"/> from where it was, the bytes looked at included; a seekable stream is moved back, any
    /// other is read through a stream that replays them and leaves the stream open.
    /// </summary>
    public static bool IsXml(Stream stream, out Stream whole)
    {
        byte[] start = new byte[Peek];
        long at = stream.CanSeek ? stream.Position : 0;
        int filled = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        if (stream.CanSeek)
        {
            stream.Position = at;
            whole = stream;
        }
        else
        {
            whole = new PrefixedStream(start, filled, stream, leaveOpen: true);
        }

        return StartsXml(start.AsSpan(0, filled));
    }

    /// <summary>Whether <paramref name="start"/>, a file's first bytes, is the start of XML: '&lt;' first, past a byte-order mark (UTF-8, UTF-16 or UTF-32) and white space.</summary>
    public static bool StartsXml(ReadOnlySpan<byte> start)
    {
        var (encoding, skip) = start switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, 0, 0, ..] => (Encoding.UTF32, 4),
            [0, 0, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => (Encoding.UTF8, 0),
        };
        string text = encoding.GetString(start[skip..]);
        return text.AsSpan().TrimStart(" \t\r\n").StartsWith('<');
    }

    /// <summary>A reader over <paramref name="stream"/>, with line information.</summary>
    public static XmlReader Open(Stream stream) => XmlReader.Create(stream, Settings);

    /// <summary>A writer to <paramref name="stream"/>: UTF-8, indented, the stream left open.</summary>
    public static XmlWriter Create(Stream stream) =>
        XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false });

    /// <summary>Writes an element holding <paramref name="value"/>; nothing when it is absent, as for an optional element.</summary>
    public static void Leaf(XmlWriter xml, string name, string? value)
    {
        if (value is not null)
        {
            xml.WriteElementString(name, value);
        }
    }

    /// <summary>Writes an element holding <paramref name="value"/> as yyyy-MM-dd; nothing when it is absent.</summary>
    public static void Leaf(XmlWriter xml, string name, LocalDate? value)
    {
        if (value is { } date)
        {
            xml.WriteElementString(name, LocalDatePattern.Iso.Format(date));
        }
    }
}
