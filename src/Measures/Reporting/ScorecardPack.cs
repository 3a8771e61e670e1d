using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Measures.Internal;
using Measures.Reporting.Html;

namespace Measures.Reporting;

/// <summary>
/// A council's scorecard with its units' scorecards (localities, teams) as one self-contained HTML page for a board
/// pack: a contents list links the council's scorecard to each unit's, each unit's links back, and nothing is fetched
/// from elsewhere, so the file opens offline and can be sent as it is.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ScorecardPack
{
    /// <summary>The id of the council's section, which each unit's "back" link points to.</summary>
    public const string CouncilAnchor = "council";

    /// <summary>Writes <paramref name="council"/> and then each of <paramref name="units"/> as one HTML page.</summary>
    /// <param name="writer">Where to write; left open. Written whole or not at all.</param>
    /// <param name="council">The whole council's scorecard.</param>
    /// <param name="units">The units' scorecards (from <see cref="ScorecardBuilder.BuildForUnit"/>), in the order to show them.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null, or <paramref name="units"/> holds a null.</exception>
    /// <exception cref="System.ArgumentException">A unit's scorecard does not name its unit, or two name the same unit.</exception>
    public static void WriteHtml(TextWriter writer, Scorecard council, IEnumerable<Scorecard> units)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(council);
        Preconditions.CheckNotNull(units);
        var list = units.ToList();
        var anchors = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var unit in list)
        {
            Preconditions.CheckArgument(unit is not null, nameof(units), "A unit's scorecard is null.");
            Preconditions.CheckArgument(unit!.Unit is not null, nameof(units), $"The scorecard \"{unit.Title}\" is not a unit's: build it with ScorecardBuilder.BuildForUnit.");
            Preconditions.CheckArgument(!anchors.ContainsKey(unit.Unit!), nameof(units), $"Two scorecards are for the unit \"{unit.Unit}\".");
            anchors[unit.Unit!] = Anchor(unit.Unit!, anchors.Count);
        }

        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        var html = new HtmlWriter(buffer);
        HtmlPage.Start(html, council.Title + " \u2013 " + council.PeriodLabel + " with its units");
        html.Start("nav", null, ("aria-label", "Contents")).Line();
        html.Element("h2", "Contents").Line();
        html.Start("ul").Line();
        html.Start("li").Element("a", council.Title, null, ("href", "#" + CouncilAnchor)).End("li").Line();
        foreach (var unit in list)
        {
            html.Start("li").Element("a", unit.Unit!, null, ("href", "#" + anchors[unit.Unit!])).End("li").Line();
        }

        html.End("ul").Line();
        html.End("nav").Line();
        html.Start("div", null, ("id", CouncilAnchor)).Line();
        ScorecardHtml.WriteScorecard(html, council);
        html.End("div").Line();
        foreach (var unit in list)
        {
            html.Start("div", null, ("id", anchors[unit.Unit!])).Line();
            html.Start("p").Element("a", "Back to " + council.Title, null, ("href", "#" + CouncilAnchor)).End("p").Line();
            ScorecardHtml.WriteScorecard(html, unit);
            html.End("div").Line();
        }

        HtmlPage.End(html);
        writer.Write(buffer.ToString());
    }

    /// <summary>The page as text.</summary>
    /// <param name="council">The whole council's scorecard.</param>
    /// <param name="units">The units' scorecards.</param>
    /// <returns>The HTML page.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException">As for <see cref="WriteHtml"/>.</exception>
    public static string ToHtml(Scorecard council, IEnumerable<Scorecard> units)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteHtml(writer, council, units);
        return writer.ToString();
    }

    // An id from the unit's letters and digits, numbered so that "Team 1" and "team-1" stay apart.
    private static string Anchor(string unit, int number)
    {
        var id = new StringBuilder("unit-").Append(number.ToString(CultureInfo.InvariantCulture)).Append('-');
        foreach (char c in unit)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return id.ToString();
    }
}
