using System.Collections.Generic;
using System.Text;
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

    public List<CinXmlNode> Elements { get; } = [];

    /// <summary>Gets text found between the elements of a group, where only elements belong.</summary>
    public List<(string Text, int Line, int Column)> StrayText { get; } = [];

    /// <summary>Reads the element the reader is on, and everything in it; the reader is left on its end.</summary>
    public static CinXmlNode Read(XmlReader xml, IXmlLineInfo info)
    {
        var node = new CinXmlNode(xml.LocalName, info.LineNumber, info.LinePosition);
        if (xml.IsEmptyElement)
        {
            return node;
        }

        List<(string Text, int Line, int Column)>? pieces = null;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    node.Elements.Add(Read(xml, info));
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    (pieces ??= []).Add((xml.Value, info.LineNumber, info.LinePosition));
                    break;
                case XmlNodeType.EndElement:
                    node.Finish(pieces);
                    return node;
            }
        }

        return node;
    }

    private void Finish(List<(string Text, int Line, int Column)>? pieces)
    {
        if (pieces is null)
        {
            return;
        }

        if (Elements.Count == 0)
        {
            var text = new StringBuilder();
            foreach (var piece in pieces)
            {
                text.Append(piece.Text);
            }

            string trimmed = text.ToString().Trim();
            Text = trimmed.Length == 0 ? null : trimmed;
            return;
        }

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
