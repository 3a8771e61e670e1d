using System.IO;
using System.Xml;

namespace Measures.Returns;

/// <summary>How every return's XML is opened: no DTD and nothing fetched (a return is data, never a reference to elsewhere), comments and layout skipped, the stream left open for its owner.</summary>
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
}
