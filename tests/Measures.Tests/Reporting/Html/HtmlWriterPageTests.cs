using System;
using System.Globalization;
using System.IO;
using Measures.Reporting.Html;

namespace Measures.Tests.Reporting.Html;

/// <summary>The parts of <see cref="HtmlWriter"/> a whole page needs: the document type, empty elements and line breaks in the markup.</summary>
public sealed class HtmlWriterPageTests
{
    [Fact]
    public void An_empty_element_closes_itself_so_that_the_markup_is_also_XML()
    {
        Assert.Equal("<meta charset=\"utf-8\" />", Write(h => h.Void("meta", null, ("charset", "utf-8"))));
        Assert.Equal("<circle class=\"dot\" r=\"1.5\" />", Write(h => h.Void("circle", "dot", ("r", "1.5"), ("title", null))));
        Assert.Equal("<line x1=\"&quot;\" />", Write(h => h.Void("line", null, ("x1", "\""))));
    }

    [Fact]
    public void An_empty_element_checks_its_names()
    {
        var html = new HtmlWriter(new StringWriter(CultureInfo.InvariantCulture));
        Assert.Throws<ArgumentException>(() => html.Void("Meta"));
        Assert.Throws<ArgumentException>(() => html.Void("meta", null, ("viewBox", "0 0 1 1")));
    }

    [Fact]
    public void The_document_type_comes_before_any_element()
    {
        Assert.Equal("<!DOCTYPE html>\n<html></html>\n", Write(h => h.Doctype().Start("html").End("html").Line()));
        var html = new HtmlWriter(new StringWriter(CultureInfo.InvariantCulture));
        html.Start("html");
        Assert.Throws<InvalidOperationException>(() => html.Doctype());
    }

    private static string Write(Action<HtmlWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var html = new HtmlWriter(writer);
        write(html);
        html.CheckComplete();
        return writer.ToString();
    }
}
