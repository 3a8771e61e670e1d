using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Xml.Linq;
using Measures.Reporting.Html;
using NodaTime;

namespace Measures.Tests.Reporting.Html;

public sealed class HtmlWriterTests
{
    [Fact]
    public void Escape_replaces_the_five_characters_HTML_treats_specially()
    {
        Assert.Equal(
            "&lt;b&gt;Tom &amp; Jerry&#39;s &quot;show&quot;&lt;/b&gt;",
            HtmlWriter.Escape("<b>Tom & Jerry's \"show\"</b>"));
    }

    [Fact]
    public void Escape_returns_text_without_special_characters_unchanged()
    {
        const string text = "Children looked after — rate per 10,000 (£, é)";
        Assert.Same(text, HtmlWriter.Escape(text));
    }

    [Fact]
    public void Text_and_attribute_values_are_escaped_and_null_attributes_left_out()
    {
        string html = Write(h => h.Start("td", "rag red", ("title", "Target \"95%\" <missed>"), ("data-note", null)).Text("50 < 93 & rising").End("td"));
        Assert.Equal("<td class=\"rag red\" title=\"Target &quot;95%&quot; &lt;missed&gt;\">50 &lt; 93 &amp; rising</td>", html);
    }

    [Fact]
    public void Element_writes_a_start_tag_its_text_and_an_end_tag()
    {
        Assert.Equal("<th scope=\"col\">Measure</th>", Write(h => h.Element("th", "Measure", null, ("scope", "col"))));
    }

    [Fact]
    public void Ending_an_element_that_is_not_the_innermost_open_one_throws_naming_both()
    {
        var html = new HtmlWriter(new StringWriter(CultureInfo.InvariantCulture));
        html.Start("table").Start("tr");
        var ex = Assert.Throws<InvalidOperationException>(() => html.End("table"));
        Assert.Contains("</table>", ex.Message, StringComparison.Ordinal);
        Assert.Contains("<tr>", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ending_with_nothing_open_throws()
    {
        var html = new HtmlWriter(new StringWriter(CultureInfo.InvariantCulture));
        Assert.Throws<InvalidOperationException>(() => html.End("div"));
    }

    [Fact]
    public void CheckComplete_throws_while_an_element_is_open_and_passes_once_all_are_ended()
    {
        var html = new HtmlWriter(new StringWriter(CultureInfo.InvariantCulture));
        html.Start("div").Start("span");
        var ex = Assert.Throws<InvalidOperationException>(html.CheckComplete);
        Assert.Contains("2 element(s)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("<span>", ex.Message, StringComparison.Ordinal);
        html.End("span").End("div").CheckComplete();
        Assert.Equal(0, html.Depth);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Div")]
    [InlineData("1a")]
    [InlineData("td onclick")]
    [InlineData("a\"b")]
    public void Names_other_than_lower_case_letters_digits_and_hyphens_are_rejected(string name)
    {
        var html = new HtmlWriter(new StringWriter(CultureInfo.InvariantCulture));
        Assert.Throws<ArgumentException>(() => html.Start(name));
        Assert.Throws<ArgumentException>(() => html.Start("td", null, (name, "x")));
    }

    [Fact]
    public void A_style_sheet_cannot_contain_a_less_than_sign()
    {
        var html = new HtmlWriter(new StringWriter(CultureInfo.InvariantCulture));
        var ex = Assert.Throws<ArgumentException>(() => html.Style("p{}</style><script>x()</script>"));
        Assert.Equal("css", ex.ParamName);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("hi-IN")]
    public void Numbers_and_dates_are_written_in_the_invariant_culture(string culture)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal("1,234,567", Write(h => h.Number(1_234_567)));
            Assert.Equal("-12", Write(h => h.Number(-12)));
            Assert.Equal("<time datetime=\"2020-10-01\">1 October 2020</time>", Write(h => h.Date(new LocalDate(2020, 10, 1))));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(HtmlArbitraries)])]
    public bool Escaped_text_decodes_back_to_the_original(string text) =>
        WebUtility.HtmlDecode(HtmlWriter.Escape(text)) == text;

    [FsCheck.Xunit.Property(Arbitrary = [typeof(HtmlArbitraries)])]
    public bool Escaped_text_holds_no_markup_character_and_every_ampersand_starts_an_entity(string text)
    {
        string escaped = HtmlWriter.Escape(text);
        if (escaped.AsSpan().IndexOfAny("<>\"'") >= 0)
        {
            return false;
        }

        for (int i = escaped.IndexOf('&', StringComparison.Ordinal); i >= 0; i = escaped.IndexOf('&', i + 1))
        {
            string rest = escaped[i..];
            if (!(rest.StartsWith("&amp;", StringComparison.Ordinal) || rest.StartsWith("&lt;", StringComparison.Ordinal)
                || rest.StartsWith("&gt;", StringComparison.Ordinal) || rest.StartsWith("&quot;", StringComparison.Ordinal)
                || rest.StartsWith("&#39;", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(HtmlArbitraries)])]
    public bool Text_and_attributes_read_back_unchanged_from_the_written_markup(string text)
    {
        XElement cell = XElement.Parse(Write(h => h.Element("td", text, null, ("title", text))), LoadOptions.PreserveWhitespace);
        // XML normalises whitespace in attribute values; the written value itself is exact.
        return cell.Value == text && (string)cell.Attribute("title")! == NormaliseAttribute(text);
    }

    private static string NormaliseAttribute(string text) => text.Replace('\n', ' ').Replace('\t', ' ');

    private static string Write(Action<HtmlWriter> write)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var html = new HtmlWriter(output);
        write(html);
        html.CheckComplete();
        return output.ToString();
    }
}
