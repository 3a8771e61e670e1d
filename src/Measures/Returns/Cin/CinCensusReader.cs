using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using Measures.Internal;

namespace Measures.Returns.Cin;

/// <summary>
/// Reads a CIN census (children in need) as the DfE's XML specifies it: <c>Message/Header</c>, then
/// <c>Message/Children/Child</c>, each with its ChildIdentifiers, ChildCharacteristics and CINdetails (episodes with
/// their assessments, CIN plans, section 47 enquiries and child protection plans). Streamed: one Child is held at a
/// time, so memory follows the records, not the file's text.
/// </summary>
/// <remarks>
/// <para>
/// Tolerant of what councils' systems write: element names in any case and elements in any order within their group,
/// Sex or GenderCurrent, booleans as true/false or 1/0, optional elements left out, dates as yyyy-MM-dd (also with a
/// time of midnight, or as dd/MM/yyyy). Strict about what changes a figure: a date that cannot be read, a closure before
/// the referral, an assessment authorised before the referral, a plan that ends before it starts, an initial conference
/// before its enquiry, a code outside the DfE's lists, a child given twice, text where an element belongs, an element
/// the census does not have, and XML that cannot be read. Each problem names the file, line, column, element and child.
/// </para>
/// <para>
/// Read strictly (<see cref="CinReadOptions.Default"/>), any problem refuses the census: the result lists the problems.
/// Read leniently (<see cref="CinReadOptions.Lenient"/>), the census is loaded with every problem in
/// <see cref="CinCensus.Problems"/> and the children they concern in <see cref="CinCensus.AffectedChildren"/>; each record
/// is kept with what could be read (a value that cannot be read is empty). XML that breaks off keeps the children read
/// whole before the break. No content of a file throws an exception. This type is stateless and thread-safe.
/// </para>
/// <para>
/// A census of 4 MB or more from a stream that can seek is read in parts side by side, two a processor (up to eight),
/// cut at lines that begin a Child, and the parts' records and problems are joined in the file's order; a file the
/// parts cannot vouch for (a child in two parts, markup across a cut, anything left to XmlReader) is read again in one
/// pass. Each part counts its own lines, and a part that finds a problem is read again from the line it begins on, so no
/// part waits for those before it. Either way the census and its problems are the same.
/// </para>
/// <para>
/// A child written as the specification writes it (its elements named in their own case, without attributes,
/// comments or entities, its values plain ASCII that read without a problem) is read straight from the bytes into the
/// records; any other child is read through the checks that report problems. Both give the same records.
/// The records are kept as rows of a few large arrays holding no references (codes as numbers, texts as characters),
/// not as an object a record, and each child's records are made
/// the first time <see cref="CinCensus.Children"/> is asked for that child (the same object every time after);
/// <see cref="Indicators.CinIndicators.Compute"/> counts from the rows without making them.
/// </para>
/// </remarks>
public static class CinCensusReader
{
    /// <summary>Reads a census from its XML.</summary>
    /// <param name="stream">The XML; read to its end and not closed. Its encoding is as its declaration says (UTF-8 when none).</param>
    /// <param name="name">The file name problems and records are reported against.</param>
    /// <param name="options">Strict or lenient; <see langword="null"/> for <see cref="CinReadOptions.Default"/> (strict).</param>
    /// <returns>The census, or every problem found when read strictly.</returns>
    /// <exception cref="ArgumentNullException">The stream or name is null.</exception>
    /// <exception cref="IOException">The stream fails (whatever it throws is passed on; no content of the stream throws).</exception>
    /// <exception cref="NotSupportedException">The stream cannot be read.</exception>
    /// <exception cref="ObjectDisposedException">The stream is closed.</exception>
    public static LoadResult<CinCensus> Read(Stream stream, string name, CinReadOptions? options = null) => Read(stream, name, options, out _);

    /// <summary>Reads a census, saying how far the byte scanner read it before leaving the rest to XmlReader.</summary>
    /// <param name="stream">The XML.</param>
    /// <param name="name">The file name.</param>
    /// <param name="options">Strict or lenient.</param>
    /// <param name="scanned">How much of the file the scanner read.</param>
    /// <param name="parts">How many parts a large file is read in side by side (1 for one pass); 0 for two a processor, up to eight.</param>
    /// <param name="partsFrom">The least size of a file read in parts.</param>
    /// <param name="plainChildren">Whether children written plainly are read straight into rows (<see cref="CinPlainChildReader"/>); false to read every child through the builder.</param>
    internal static LoadResult<CinCensus> Read(Stream stream, string name, CinReadOptions? options, out ScannerReach scanned, int parts = 0, long partsFrom = CinCensusParts.ReadInPartsFrom, bool plainChildren = true)
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(name);
        options ??= CinReadOptions.Default;
        scanned = ScannerReach.InParts;
        parts = parts > 0 ? parts : CinCensusParts.PartsHere;
        if (parts > 1 && stream.CanSeek && stream.Length - stream.Position >= partsFrom && CinCensusParts.TryRead(stream, name, options, parts, plainChildren) is { } inParts)
        {
            return inParts;
        }

        scanned = ScannerReach.None;
        var builder = new CinCensusBuilder(name, options);
        var scanner = new ReturnXmlScanner(stream);
        scanner.Know(CinCensusBuilder.ElementNames);
        if (scanner.Start() is not { } message)
        {
            // Not the subset the scanner reads (another encoding, a DOCTYPE, no element): XmlReader reads it all.
            Reference(scanner.Rest(), builder, 0, null);
            return builder.Finish();
        }

        if (!message.Name.Equals("Message", StringComparison.OrdinalIgnoreCase))
        {
            builder.Problem(DataProblemKind.UnknownName, CinModule.Header, message.Line, message.Column, message.Name, null, null, OuterElement(message.Name));
        }

        scanned = ScannerReach.Part;
        if (message.Empty)
        {
            scanned = ScannerReach.All;
            return builder.Finish();
        }

        string[] children = ["Children"];
        var stray = new List<(string Group, string Text, int Line, int Column)>();
        var plain = plainChildren ? new CinPlainChildReader(builder) : null;
        while (true)
        {
            PlainChildren(scanner, plain);
            var step = scanner.Next(out var node, stray, scanner.Depth == 1 ? children : []);
            Strays(stray, builder);
            switch (step)
            {
                case ReturnXmlScanner.Step.Element:
                    Element(node!, scanner.Depth, scanner.GroupName, builder);
                    break;
                case ReturnXmlScanner.Step.End:
                    scanner.Leave();
                    if (scanner.Depth == 0)
                    {
                        scanned = ScannerReach.All;
                        return builder.Finish();
                    }

                    break;
                case ReturnXmlScanner.Step.Stop:
                    // What the scanner does not read, from here on XmlReader reads, within the groups open here.
                    int depth = scanner.Depth;
                    Reference(scanner.Rest(), builder, depth, depth == 2 ? scanner.GroupName : null);
                    return builder.Finish();
            }
        }
    }

    /// <summary>Reads the children written plainly that come next within Children straight into rows, up to one that is not.</summary>
    internal static void PlainChildren(ReturnXmlScanner scanner, CinPlainChildReader? plain)
    {
        if (plain is null || scanner.Depth != 2)
        {
            return;
        }

        while (scanner.TryWhole("<Child>"u8, "</Child>"u8, plain))
        {
        }
    }

    /// <summary>Reads a census with <see cref="XmlReader"/> alone: the reference the byte scanner is held to.</summary>
    internal static LoadResult<CinCensus> ReadWithXmlReader(Stream stream, string name, CinReadOptions? options = null)
    {
        var builder = new CinCensusBuilder(name, options ?? CinReadOptions.Default);
        Reference(stream, builder, 0, null);
        return builder.Finish();
    }

    /// <summary>How much of a file the byte scanner read.</summary>
    internal enum ScannerReach
    {
        /// <summary>None: XmlReader read the whole file.</summary>
        None,

        /// <summary>The start: XmlReader read on from where the scanner stopped.</summary>
        Part,

        /// <summary>All of it.</summary>
        All,

        /// <summary>All of it, in parts side by side.</summary>
        InParts,
    }

    private static string OuterElement(string name) => $"The file's outer element is {name}; a CIN census's is Message. Its Header and Child elements are read all the same.";

    private static string StrayText(string group) => $"This text stands between the elements of {group}, where only elements belong; it is not read.";

    private static string Unknown(string name, string parent, int depth) => $"{name} is not an element of {parent} in the CIN census (which holds {(depth == 1 ? "Header and Children" : "Child elements")}); it is not read.";

    /// <summary>Lists the text found between the elements of Message or Children, where only elements belong, and empties the list.</summary>
    internal static void Strays(List<(string Group, string Text, int Line, int Column)> stray, CinCensusBuilder builder)
    {
        foreach (var (group, text, line, column) in stray)
        {
            builder.Problem(DataProblemKind.InvalidValue, CinModule.Header, line, column, group, text, null, StrayText(group));
        }

        stray.Clear();
    }

    /// <summary>Takes in an element of Message or Children: a Child, the Header, or something the census does not have.</summary>
    internal static void Element(CinXmlNode node, int depth, string parent, CinCensusBuilder builder)
    {
        if (node.Name.Equals("Child", StringComparison.OrdinalIgnoreCase))
        {
            builder.AddChild(node);
        }
        else if (depth == 1 && node.Name.Equals("Header", StringComparison.OrdinalIgnoreCase))
        {
            builder.AddHeader(node);
        }
        else
        {
            builder.Problem(DataProblemKind.UnknownName, CinModule.Header, node.Line, node.Column, node.Name, node.Text, null, Unknown(node.Name, parent, depth));
        }
    }

    // Reads with XmlReader: the whole file (depth 0), or the rest of one after the scanner, within the groups open.
    private static void Reference(Stream stream, CinCensusBuilder builder, int depth, string? children)
    {
        using var xml = ReturnXml.Open(stream);
        var info = (IXmlLineInfo)xml;
        int childLine = 0;
        try
        {
            if (depth == 0)
            {
                ReadMessage(xml, info, builder, ref childLine);
            }
            else
            {
                xml.MoveToContent();
                string message = xml.LocalName;
                if (depth == 2)
                {
                    while (xml.Read() && xml.NodeType != XmlNodeType.Element)
                    {
                    }

                    ReadGroup(xml, info, builder, 2, children!, ref childLine);
                }

                ReadGroup(xml, info, builder, 1, message, ref childLine);
            }
        }
        catch (XmlException ex)
        {
            string lost = childLine > 0 ? $", nor the child that begins on line {childLine}" : "";
            builder.Problem(
                DataProblemKind.Unreadable,
                CinModule.Header,
                Math.Max(ex.LineNumber, 0),
                Math.Max(ex.LinePosition, 0),
                "",
                null,
                null,
                $"The XML cannot be read here: {ex.Message.TrimEnd('.')}. Nothing after this point is read{lost}.");
        }
    }

    private static void ReadMessage(XmlReader xml, IXmlLineInfo info, CinCensusBuilder builder, ref int childLine)
    {
        if (xml.MoveToContent() != XmlNodeType.Element)
        {
            builder.Problem(DataProblemKind.Missing, CinModule.Header, 0, 0, "Message", null, null, "The file holds no XML element; a CIN census is a Message element holding a Header and Children.");
            return;
        }

        if (!xml.LocalName.Equals("Message", StringComparison.OrdinalIgnoreCase))
        {
            builder.Problem(DataProblemKind.UnknownName, CinModule.Header, info.LineNumber, info.LinePosition, xml.LocalName, null, null, OuterElement(xml.LocalName));
        }

        if (xml.IsEmptyElement)
        {
            return;
        }

        ReadGroup(xml, info, builder, 1, xml.LocalName, ref childLine);
    }

    // Reads the elements within Message (depth 1) or Children (depth 2): the Header, and each Child as it comes.
    private static void ReadGroup(XmlReader xml, IXmlLineInfo info, CinCensusBuilder builder, int depth, string parent, ref int childLine)
    {
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.EndElement:
                    return;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    if (xml.Value.Trim() is { Length: > 0 } stray)
                    {
                        builder.Problem(DataProblemKind.InvalidValue, CinModule.Header, info.LineNumber, info.LinePosition, parent, stray, null, StrayText(parent));
                    }

                    break;
                case XmlNodeType.Element:
                    {
                        string name = xml.LocalName;
                        if (name.Equals("Child", StringComparison.OrdinalIgnoreCase))
                        {
                            childLine = info.LineNumber;
                            var child = CinXmlNode.Read(xml, info);
                            childLine = 0;
                            builder.AddChild(child);
                        }
                        else if (depth == 1 && name.Equals("Children", StringComparison.OrdinalIgnoreCase))
                        {
                            if (!xml.IsEmptyElement)
                            {
                                ReadGroup(xml, info, builder, 2, name, ref childLine);
                            }
                        }
                        else if (depth == 1 && name.Equals("Header", StringComparison.OrdinalIgnoreCase))
                        {
                            builder.AddHeader(CinXmlNode.Read(xml, info));
                        }
                        else
                        {
                            var unknown = CinXmlNode.Read(xml, info);
                            builder.Problem(DataProblemKind.UnknownName, CinModule.Header, unknown.Line, unknown.Column, unknown.Name, unknown.Text, null, Unknown(unknown.Name, parent, depth));
                        }

                        break;
                    }
            }
        }
    }
}
