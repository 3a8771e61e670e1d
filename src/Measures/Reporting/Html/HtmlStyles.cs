namespace Measures.Reporting.Html;

/// <summary>The style sheet shared by every piece of HTML the library writes, scoped under the <c>measures</c> class.</summary>
internal static class HtmlStyles
{
    /// <summary>The class of the element that holds library HTML: a notebook output or a report's body.</summary>
    public const string RootClass = "measures";

    /// <summary>
    /// The style sheet. Colours are translucent greys over the host's own text colour, so that the
    /// cards read in light and dark notebook themes alike.
    /// </summary>
    public const string Sheet = """
        .measures{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:14px;line-height:1.4}
        .measures-card{display:inline-block;min-width:16em;border:1px solid rgba(127,127,127,.5);border-radius:6px;padding:.6em .9em;margin:.2em 0}
        .measures-card-title{font-weight:600;font-size:1.1em;margin:0 0 .4em 0}
        .measures-facts{display:grid;grid-template-columns:max-content auto;column-gap:1.2em;row-gap:.15em;margin:0}
        .measures-facts dt{opacity:.7;margin:0;font-weight:normal}
        .measures-facts dd{margin:0;font-variant-numeric:tabular-nums}
        """;
}
