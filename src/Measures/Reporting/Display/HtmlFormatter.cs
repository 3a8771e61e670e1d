using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using Measures.Internal;
using Measures.Reporting.Html;

namespace Measures.Reporting.Display;

/// <summary>
/// A notebook formatter, matched by the kernel by the names of its members: it writes a
/// <typeparamref name="T"/> as a self-contained HTML fragment (the library's style sheet and
/// the value's HTML inside an element of class <c>measures</c>).
/// </summary>
/// <typeparam name="T">The type displayed.</typeparam>
internal sealed class HtmlFormatter<T>
{
    private readonly Action<HtmlWriter, T> _write;

    /// <summary>Initializes a formatter that writes values with <paramref name="write"/>.</summary>
    public HtmlFormatter(Action<HtmlWriter, T> write)
    {
        _write = Preconditions.CheckNotNull(write);
    }

    /// <summary>Gets the MIME type written: <c>text/html</c>.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The kernel reads instance members by name.")]
    public string MimeType => "text/html";

    /// <summary>Gets the type displayed.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The kernel reads instance members by name.")]
    public Type Type => typeof(T);

    /// <summary>Writes <paramref name="instance"/> when it is a <typeparamref name="T"/>.</summary>
    /// <returns><see langword="false"/>, writing nothing, when <paramref name="instance"/> is not a <typeparamref name="T"/>, so the kernel tries another formatter.</returns>
    public bool Format(object instance, TextWriter writer)
    {
        Preconditions.CheckNotNull(writer);
        if (instance is not T value)
        {
            return false;
        }

        // Written in full before anything reaches the kernel's writer, so a failure leaves no half fragment.
        using var buffer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var html = new HtmlWriter(buffer);
        html.Start("div", HtmlStyles.RootClass).Style(HtmlStyles.Sheet);
        _write(html, value);
        html.End("div").CheckComplete();
        writer.Write(buffer.ToString());
        return true;
    }
}
