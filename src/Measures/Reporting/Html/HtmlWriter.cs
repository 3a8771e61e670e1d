using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Measures;
using Measures.Internal;
using NodaTime;
using NodaTime.Text;

namespace Measures.Reporting.Html;

/// <summary>
/// Writes well-formed, escaped HTML to a <see cref="TextWriter"/>: the one HTML writer of the
/// library, shared by notebook display and the report writers.
/// </summary>
/// <remarks>
/// Every text and attribute value is escaped; numbers and dates are written with the invariant
/// culture whatever the current culture is. Elements are closed in order: closing one that is
/// not the innermost open element is a programming error and throws. Not thread-safe: use one
/// instance per output.
/// </remarks>
internal sealed class HtmlWriter
{
    private static readonly LocalDatePattern DisplayDate = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);

    private readonly TextWriter _output;
    private readonly Stack<string> _open = new();

    /// <summary>Initializes a writer that appends to <paramref name="output"/>.</summary>
    public HtmlWriter(TextWriter output)
    {
        _output = Preconditions.CheckNotNull(output);
    }

    /// <summary>Gets the number of elements started and not yet ended.</summary>
    public int Depth => _open.Count;

    /// <summary>Starts <paramref name="element"/> with an optional class and attributes; attributes whose value is null are left out.</summary>
    public HtmlWriter Start(string element, string? cssClass = null, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        CheckName(element, nameof(element));
        _output.Write('<');
        _output.Write(element);
        WriteAttribute("class", cssClass);
        foreach (var (name, value) in attributes)
        {
            CheckName(name, nameof(attributes));
            WriteAttribute(name, value);
        }

        _output.Write('>');
        _open.Push(element);
        return this;
    }

    /// <summary>
    /// Writes an element that has no content and no end tag (<c>meta</c>, <c>circle</c>), closed with
    /// " /&gt;" so that the page also parses as XML.
    /// </summary>
    public HtmlWriter Void(string element, string? cssClass = null, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        CheckName(element, nameof(element));
        _output.Write('<');
        _output.Write(element);
        WriteAttribute("class", cssClass);
        foreach (var (name, value) in attributes)
        {
            CheckName(name, nameof(attributes));
            WriteAttribute(name, value);
        }

        _output.Write(" />");
        return this;
    }

    /// <summary>Writes the HTML document type declaration, <c>&lt;!DOCTYPE html&gt;</c>, which must come first in a page.</summary>
    public HtmlWriter Doctype()
    {
        Preconditions.CheckState(_open.Count == 0, "The document type is declared before any element.");
        _output.Write("<!DOCTYPE html>\n");
        return this;
    }

    /// <summary>Writes a line break in the markup itself (not in the rendered text), to keep a long page readable as source.</summary>
    public HtmlWriter Line()
    {
        _output.Write('\n');
        return this;
    }

    /// <summary>Ends the innermost open element, which must be <paramref name="element"/>.</summary>
    public HtmlWriter End(string element)
    {
        Preconditions.CheckState(_open.Count > 0, $"</{element}> has no open element to end.");
        string innermost = _open.Peek();
        Preconditions.CheckState(innermost == element, $"</{element}> cannot end <{innermost}>, which is still open.");
        _open.Pop();
        _output.Write("</");
        _output.Write(element);
        _output.Write('>');
        return this;
    }

    /// <summary>Writes <paramref name="element"/> holding <paramref name="text"/>.</summary>
    public HtmlWriter Element(string element, string text, string? cssClass = null, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Start(element, cssClass, attributes).Text(text).End(element);

    /// <summary>Writes escaped text.</summary>
    public HtmlWriter Text(string text)
    {
        _output.Write(Escape(Preconditions.CheckNotNull(text)));
        return this;
    }

    /// <summary>Writes a whole number with thousands separators, in the invariant culture ("12,345").</summary>
    public HtmlWriter Number(long value)
    {
        _output.Write(value.ToString("N0", CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Writes a date for people to read ("1 October 2020") inside a <c>time</c> element carrying its ISO form.</summary>
    public HtmlWriter Date(LocalDate date) =>
        Start("time", null, ("datetime", LocalDatePattern.Iso.Format(date))).Text(DisplayDate.Format(date)).End("time");

    /// <summary>
    /// Writes markup the library itself made (an SVG chart whose text is already escaped), never text from data;
    /// it must be well-formed, so the page still parses as XML.
    /// </summary>
    public HtmlWriter Markup(string markup)
    {
        _output.Write(Preconditions.CheckNotNull(markup));
        return this;
    }

    /// <summary>Writes a <c>style</c> element holding <paramref name="css"/>, which must come from the library, not from data.</summary>
    public HtmlWriter Style(string css)
    {
        Preconditions.CheckNotNull(css);
        Preconditions.CheckArgument(!css.Contains('<', StringComparison.Ordinal), nameof(css), "A style sheet cannot contain '<': it could end the style element early.");
        _output.Write("<style>");
        _output.Write(css);
        _output.Write("</style>");
        return this;
    }

    /// <summary>Throws unless every element started has been ended.</summary>
    public void CheckComplete()
    {
        if (_open.Count > 0)
        {
            throw new InvalidOperationException($"{_open.Count} element(s) are still open, the innermost being <{_open.Peek()}>.");
        }
    }

    /// <summary>
    /// Escapes text for use in HTML content or a quoted attribute value: &amp;, &lt;, &gt;, &quot; and &#39;, and
    /// control characters other than line breaks and tabs, which HTML does not allow, shown as "\u001B".
    /// </summary>
    public static string Escape(string text)
    {
        text = VisibleText.Escape(Preconditions.CheckNotNull(text), keepLineBreaks: true);
        int first = text.AsSpan().IndexOfAny("&<>\"'");
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#39;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    private void WriteAttribute(string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        _output.Write(' ');
        _output.Write(name);
        _output.Write("=\"");
        _output.Write(Escape(value));
        _output.Write('"');
    }

    // Element and attribute names come from the library: lower-case ASCII letters, digits and '-'.
    private static void CheckName(string name, string paramName)
    {
        Preconditions.CheckNotNull(name, paramName);
        bool valid = name.Length > 0 && name[0] is >= 'a' and <= 'z';
        foreach (char c in name)
        {
            valid &= c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-';
        }

        Preconditions.CheckArgument(valid, paramName, $"'{name}' is not a valid element or attribute name (lower-case letters, digits and '-').");
    }
}
