using System.Globalization;
using System.IO;
using Measures.Internal;
using Measures.Reporting.Html;

namespace Measures.Reporting;

/// <summary>
/// Writes a <see cref="Scorecard"/> as one self-contained HTML page: no external style sheets, scripts,
/// fonts or images (the sparklines are inline SVG), readable when printed on A4 (landscape), and
/// accessible (RAG shown by a shape and a word as well as a colour, header cells with their scope).
/// </summary>
/// <remarks>
/// The markup is also well-formed XML. The table inside is the same HTML a notebook displays for a
/// scorecard. This type is stateless and thread-safe.
/// </remarks>
internal static class ScorecardHtmlWriter
{
    /// <summary>Writes <paramref name="scorecard"/> as an HTML page.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="writer">Where to write; left open. Write it out as UTF-8, which the page declares.</param>
    public static void Write(Scorecard scorecard, TextWriter writer)
    {
        Preconditions.CheckNotNull(scorecard);
        Preconditions.CheckNotNull(writer);

        // Written in full before anything reaches the writer, so a failure leaves no half page.
        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        var html = new HtmlWriter(buffer);
        HtmlPage.Start(html, scorecard.Title + " \u2013 " + scorecard.PeriodLabel);
        ScorecardHtml.WriteScorecard(html, scorecard);
        HtmlPage.End(html);
        writer.Write(buffer.ToString());
    }

    /// <summary>The HTML page of <paramref name="scorecard"/>, as text.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The page.</returns>
    public static string ToHtml(Scorecard scorecard)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(scorecard, writer);
        return writer.ToString();
    }
}
