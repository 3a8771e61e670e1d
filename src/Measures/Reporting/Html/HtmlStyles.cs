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
        .measures-card-text{margin:.5em 0 0 0;max-width:40em;opacity:.85}
        .measures-sc-title{font-size:1.35em;font-weight:600;margin:0 0 .2em 0}
        .measures-sc-meta{margin:0 0 .8em 0;opacity:.8}
        .measures table{border-collapse:collapse}
        .measures caption{text-align:left;font-weight:600;padding:.3em 0}
        .measures-sc-summary{margin:0 0 1.2em 0}
        .measures-sc-summary th,.measures-sc-summary td{border:1px solid rgba(127,127,127,.4);padding:.2em .5em}
        .measures-sc-summary td{text-align:right;font-variant-numeric:tabular-nums}
        .measures-sc-summary th{text-align:left;font-weight:600}
        .measures-sc-summary thead th{text-align:right;vertical-align:bottom}
        .measures-sc-summary thead th:first-child{text-align:left}
        .measures-sc-table{width:100%}
        .measures-sc-table th,.measures-sc-table td{border-bottom:1px solid rgba(127,127,127,.35);padding:.3em .45em;vertical-align:top;text-align:left}
        .measures-sc-table thead th{border-bottom:2px solid rgba(127,127,127,.7);white-space:nowrap}
        .measures-sc-area th{font-size:1.05em;padding-top:.9em;border-bottom:2px solid rgba(127,127,127,.6)}
        .measures-sc-measure{font-weight:normal;min-width:15em;max-width:24em}
        .measures-sc-code{font-weight:600;white-space:nowrap;margin-right:.35em}
        .measures-sc-component{padding-left:1.4em}
        .measures-sc-num{text-align:right;font-variant-numeric:tabular-nums;max-width:9em}
        .measures-sub{display:block;font-size:.82em;opacity:.75;font-weight:normal}
        .measures-sc-why{display:block;font-size:.82em;opacity:.8;max-width:16em}
        .measures-rag{display:inline-block;padding:0 .45em;border:1px solid;border-radius:3px;font-weight:600;white-space:nowrap;-webkit-print-color-adjust:exact;print-color-adjust:exact}
        .measures-rag-red{background:#f9d6d5;color:#7a1410;border-color:#c62828}
        .measures-rag-amber{background:#ffedbf;color:#5c3d00;border-color:#b7791f}
        .measures-rag-green{background:#d7efdd;color:#0b4d1f;border-color:#2e7d32}
        .measures-rag-blue{background:#d6e6fa;color:#0d3a73;border-color:#1e5aa8}
        .measures-rag-none{border-color:rgba(127,127,127,.6);font-weight:normal}
        .measures-dot{white-space:nowrap}
        .measures-dot-improving .measures-icon{color:#2e7d32}
        .measures-dot-worsening .measures-icon{color:#c62828}
        .measures-icon{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        .measures-spark{display:block;overflow:visible}
        .measures-sc-trend{width:104px}
        .measures-spark-line{fill:none;stroke:currentColor;stroke-width:1.5}
        .measures-spark-point{fill:currentColor}
        .measures-spark-target{stroke:#b7791f;stroke-width:1;stroke-dasharray:2 2}
        @media print{.measures{font-size:8pt}.measures-sc-table thead{display:table-header-group}.measures-sc-table tr{break-inside:avoid}.measures-sc-area{break-after:avoid}}
        """;

    /// <summary>
    /// The style sheet of a whole page (a report saved as a file): A4 landscape when printed, and a plain
    /// white page on screen. Kept apart from <see cref="Sheet"/>, which must not change the host page.
    /// </summary>
    public const string Page = """
        @page{size:A4 landscape;margin:10mm}
        html{background:#fff;color:#1b1b1b}
        body{margin:1.2em 1.5em}
        @media print{body{margin:0}}
        """;
}
