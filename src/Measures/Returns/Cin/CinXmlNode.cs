using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;

namespace Measures.Returns.Cin;

/// <summary>
/// One element as read, with its place in the file: a leaf's text, or a group's elements. The census is read one
/// Child at a time into these, so memory follows one child's records, never the whole file's text.
/// </summary>
/// <remarks>
/// The byte scanner (<see cref="ReturnXmlScanner"/>) reuses its nodes from one child to the next and keeps a leaf's
/// text as characters until a string is asked for; whatever is kept beyond the child must be copied out.
/// </remarks>
internal sealed class CinXmlNode(string name, int line, int column)
{
    // Most elements are values: their lists are made only when an element or stray text is found.
    private static readonly List<CinXmlNode> NoElements = [];
    private static readonly List<(string Text, int Line, int Column)> NoText = [];

    private string? text;
    private char[]? chars;
    private int start;
    private int length;
    private ReturnXmlScanner.Strings? strings;

    public string Name { get; private set; } = name;

    public int Line { get; private set; } = line;

    public int Column { get; private set; } = column;

    /// <summary>Gets the text of an element holding no element, trimmed; <see langword="null"/> when empty.</summary>
    public string? Text => text ??= chars is null ? null : strings!.Get(chars.AsSpan(start, length));

    /// <summary>Gets whether the element holds text (<see cref="Text"/> is not null).</summary>
    public bool HasText => text is not null || chars is not null;

    /// <summary>Gets the text as characters, without making a string; empty when there is none.</summary>
    public ReadOnlySpan<char> TextSpan => text is not null ? text.AsSpan() : chars is null ? default : chars.AsSpan(start, length);

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

    /// <summary>Makes a reused node stand for a new element.</summary>
    internal void Reset(string name, int line, int column)
    {
        Name = name;
        Line = line;
        Column = column;
        text = null;
        chars = null;
        strings = null;
        if (Elements.Count > 0)
        {
            Elements.Clear();
        }

        if (StrayText.Count > 0)
        {
            StrayText.Clear();
        }
    }

    internal void AddElement(CinXmlNode element)
    {
        if (Elements == NoElements)
        {
            Elements = [];
        }

        Elements.Add(element);
    }

    /// <summary>Sets a leaf's text, already trimmed and not empty, as characters held by the scanner.</summary>
    internal void SetText(char[] buffer, int from, int count, ReturnXmlScanner.Strings pool)
    {
        chars = buffer;
        start = from;
        length = count;
        strings = pool;
    }

    internal void AddStrayText(string stray, int line, int column)
    {
        if (StrayText == NoText)
        {
            StrayText = [];
        }

        StrayText.Add((stray, line, column));
    }

    private void Finish((string Text, int Line, int Column) first, List<(string Text, int Line, int Column)>? more)
    {
        if (Elements.Count == 0)
        {
            string joined = more is null ? first.Text : first.Text + string.Concat(more.Select(p => p.Text));
            string trimmed = joined.Trim();
            text = trimmed.Length == 0 ? null : trimmed;
            return;
        }

        StrayText = [];
        List<(string Text, int Line, int Column)> pieces = [first, .. more ?? NoText];
        foreach (var (piece, line, column) in pieces)
        {
            string trimmed = piece.Trim();
            if (trimmed.Length > 0)
            {
                StrayText.Add((trimmed, line, column));
            }
        }
    }
}
