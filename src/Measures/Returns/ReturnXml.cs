using System.IO;
using System.Text;
using System.Xml;
using NodaTime;
using NodaTime.Text;

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
