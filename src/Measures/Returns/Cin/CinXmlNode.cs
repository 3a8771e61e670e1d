using System.Collections.Generic;
using System.Linq;
using System.Xml;

namespace Measures.Returns.Cin;

/// <summary>
/// One element as read, with its place in the file: a leaf's text, or a group's elements. The census is read one
/// Child at a time into these, so memory follows one child's records, never the whole file's text.
/// </summary>
internal sealed class CinXmlNode(string name, int line, int column)
{
    public string Name { get; } = name;

    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>Gets the text of an element holding no element, trimmed; <see langword="null"/> when empty.</summary>
    public string? Text { get; private set; }

    // Most elements are values: their lists are made only when an element or stray text is found.
    private static readonly List<CinXmlNode> NoElements = [];
    private static readonly List<(string Text, int Line, int Column)> NoText = [];

    public List<CinXmlNode> Elements { get; private set; } = NoElements;

    /// <summary>Gets text found between the elements of a group, where only elements belong.</summary>
    public List<(string Text, int Line, int Column)> StrayText { get; private set; } = NoText;

    /// <summary>Reads the element the reader is on, and everything in it; the reader is left on its end.</summary>
    public static CinXmlNode Read(XmlReader xml, IXmlLineInfo info)
    {
        var node = new CinXmlNode(xml.LocalName, info.LineNumber, info.LinePosition);
        if (xml.IsEmptyElement)
        {
            return node;
        }

        // A value is almost always one piece of text; more pieces (text around a comment or CDATA) are kept in a list.
        (string Text, int Line, int Column)? first = null;
        List<(string Text, int Line, int Column)>? more = null;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    if (node.Elements == NoElements)
                    {
                        node.Elements = [];
                    }

                    node.Elements.Add(Read(xml, info));
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    var piece = (xml.Value, info.LineNumber, info.LinePosition);
                    if (first is null)
                    {
                        first = piece;
                    }
                    else
                    {
                        (more ??= []).Add(piece);
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (first is { } one)
                    {
                        node.Finish(one, more);
                    }

                    return node;
            }
        }

        return node;
    }

    private void Finish((string Text, int Line, int Column) first, List<(string Text, int Line, int Column)>? more)
    {
        if (Elements.Count == 0)
        {
            string joined = more is null ? first.Text : first.Text + string.Concat(more.Select(p => p.Text));
            string trimmed = joined.Trim();
            Text = trimmed.Length == 0 ? null : trimmed;
            return;
        }

        StrayText = [];
        List<(string Text, int Line, int Column)> pieces = [first, .. more ?? NoText];
        foreach (var (text, line, column) in pieces)
        {
            string trimmed = text.Trim();
            if (trimmed.Length > 0)
            {
                StrayText.Add((trimmed, line, column));
            }
        }
    }
}
