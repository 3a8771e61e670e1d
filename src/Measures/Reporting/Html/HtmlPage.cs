namespace Measures.Reporting.Html;

/// <summary>The frame of every page the library writes: its head with the styles inline (nothing fetched from elsewhere), and the main element the content goes in.</summary>
internal static class HtmlPage
{
    /// <summary>Writes the doctype, the head titled <paramref name="title"/>, and opens body and main.</summary>
    public static void Start(HtmlWriter html, string title)
    {
        html.Doctype();
        html.Start("html", null, ("lang", "en-GB")).Line();
        html.Start("head").Line();
        html.Void("meta", null, ("charset", "utf-8")).Line();
        html.Void("meta", null, ("name", "viewport"), ("content", "width=device-width, initial-scale=1")).Line();
        html.Element("title", title).Line();
        html.Style(HtmlStyles.Page).Line();
        html.Style(HtmlStyles.Sheet).Line();
        html.End("head").Line();
        html.Start("body").Line();
        html.Start("main", HtmlStyles.RootClass).Line();
    }

    /// <summary>Closes main, body and html, and checks that every element opened was closed.</summary>
    public static void End(HtmlWriter html)
    {
        html.End("main").Line();
        html.End("body").Line();
        html.End("html").Line();
        html.CheckComplete();
    }
}
