using System;
using System.IO;
using System.Xml;
using Measures.Internal;
using Measures.Returns.Cin;

namespace Measures.Returns.Sen2;

/// <summary>
/// Reads a SEN2 return (education, health and care plans) from its XML: <c>Message/Header</c>, then
/// <c>Message/Persons/Person</c>, each with its Requests, the Assessment that followed and the plans (NamedPlan) issued.
/// Streamed: one Person is held at a time, so memory follows the records, not the file's text.
/// </summary>
/// <remarks>
/// <para>
/// Laid out after the DfE's "SEN2 person level 2023: technical specification", version 1.1 (<see cref="Sen2Spec"/>);
/// the element names the figures use (Week20, TransferLA) checked against a supplier's published item list, as
/// docs/concepts/sen2.md sets out.
/// </para>
/// <para>
/// Tolerant of what councils' systems write: element names in any case and in any order within their group, booleans as
/// true/false or 1/0, optional elements left out, Request elements inside Requests or directly under Person, dates as
/// yyyy-MM-dd (also with a time of midnight, or dd/MM/yyyy). Strict about what changes a figure: a date that cannot be
/// read, a plan issued before its request, an assessment decided before its request, a code outside the lists, text
/// where an element belongs, an element where text belongs. Each problem names the file, line, column, element and person.
/// </para>
/// <para>
/// Read strictly (<see cref="Sen2ReadOptions.Default"/>), any problem refuses the return. Read leniently, the return is
/// loaded with every problem in <see cref="Sen2Return.Problems"/>, and the indicators leave the person out of exactly the
/// figures that use the part the problem is in (<see cref="Sen2Part"/>). No content of a file throws. This type is
/// stateless and thread-safe.
/// </para>
/// </remarks>
public static class Sen2Reader
{
    /// <summary>Reads a SEN2 return from its XML.</summary>
    /// <param name="stream">The XML; read to its end and not closed.</param>
    /// <param name="name">The file name problems and records are reported against.</param>
    /// <param name="options">Strict or lenient; <see langword="null"/> for <see cref="Sen2ReadOptions.Default"/> (strict).</param>
    /// <returns>The return, or every problem found when read strictly.</returns>
    /// <exception cref="ArgumentNullException">The stream or name is null.</exception>
    /// <exception cref="IOException">The stream fails (no content of the stream throws).</exception>
    public static LoadResult<Sen2Return> Read(Stream stream, string name, Sen2ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(name);
        var builder = new Sen2ReturnBuilder(name, options ?? Sen2ReadOptions.Default);
        using var xml = ReturnXml.Open(stream);
        var info = (IXmlLineInfo)xml;
        try
        {
            if (xml.MoveToContent() != XmlNodeType.Element)
            {
                builder.Problem(DataProblemKind.Missing, Sen2Part.Header, 0, 0, "Message", null, null, "The file holds no XML element; a SEN2 return is a Message element holding a Header and Persons.");
            }
            else
            {
                if (!xml.LocalName.Equals("Message", StringComparison.OrdinalIgnoreCase))
                {
                    builder.Problem(DataProblemKind.UnknownName, Sen2Part.Header, info.LineNumber, info.LinePosition, xml.LocalName, null, null, $"The file's outer element is {xml.LocalName}; a SEN2 return's is Message. Its Header and Person elements are read all the same.");
                }

                if (!xml.IsEmptyElement)
                {
                    ReadGroup(xml, info, builder, 1);
                }
            }
        }
        catch (XmlException ex)
        {
            builder.Problem(DataProblemKind.Unreadable, Sen2Part.Header, Math.Max(ex.LineNumber, 0), Math.Max(ex.LinePosition, 0), "", null, null, $"The XML cannot be read here: {ex.Message.TrimEnd('.')}. Nothing after this point is read.");
        }

        return builder.Finish();
    }

    // Reads the elements within Message (depth 1) or Persons (depth 2): the Header, and each Person as it comes.
    private static void ReadGroup(XmlReader xml, IXmlLineInfo info, Sen2ReturnBuilder builder, int depth)
    {
        string parent = xml.LocalName;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.EndElement:
                    return;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    if (xml.Value.Trim() is { Length: > 0 } stray)
                    {
                        builder.Problem(DataProblemKind.InvalidValue, Sen2Part.Header, info.LineNumber, info.LinePosition, parent, stray, null, $"This text stands between the elements of {parent}, where only elements belong; it is not read.");
                    }

                    break;
                case XmlNodeType.Element:
                    string name = xml.LocalName;
                    if (name.Equals("Person", StringComparison.OrdinalIgnoreCase))
                    {
                        builder.AddPerson(CinXmlNode.Read(xml, info));
                    }
                    else if (depth == 1 && name.Equals("Persons", StringComparison.OrdinalIgnoreCase))
                    {
                        if (!xml.IsEmptyElement)
                        {
                            ReadGroup(xml, info, builder, 2);
                        }
                    }
                    else if (depth == 1 && name.Equals("Header", StringComparison.OrdinalIgnoreCase))
                    {
                        builder.AddHeader(CinXmlNode.Read(xml, info));
                    }
                    else
                    {
                        var unknown = CinXmlNode.Read(xml, info);
                        builder.Problem(DataProblemKind.UnknownName, Sen2Part.Header, unknown.Line, unknown.Column, unknown.Name, unknown.Text, null, $"{unknown.Name} is not an element of {parent} in a SEN2 return (which holds {(depth == 1 ? "Header and Persons" : "Person elements")}); it is not read.");
                    }

                    break;
            }
        }
    }
}
