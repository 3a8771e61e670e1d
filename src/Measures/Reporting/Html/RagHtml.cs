using Measures.Judgements;

namespace Measures.Reporting.Html;

/// <summary>
/// The HTML of RAG statuses and directions of travel: a badge with a shape and a word as well as a
/// colour, so that neither a colour-blind reader nor a black-and-white print loses the judgement.
/// </summary>
internal static class RagHtml
{
    /// <summary>The shape shown beside a RAG word: a circle for green, a triangle for amber, a square for red, a star for blue.</summary>
    public static string Icon(RagStatus status) => status switch
    {
        RagStatus.Green => "\u25CF",
        RagStatus.Amber => "\u25B2",
        RagStatus.Red => "\u25A0",
        RagStatus.Blue => "\u2605",
        _ => "\u2013",
    };

    /// <summary>Writes the badge of <paramref name="status"/>: "● Green".</summary>
    public static void WriteBadge(HtmlWriter html, RagStatus status)
    {
        string colour = status switch
        {
            RagStatus.Red => "red",
            RagStatus.Amber => "amber",
            RagStatus.Green => "green",
            RagStatus.Blue => "blue",
            _ => "none",
        };
        html.Start("span", "measures-rag measures-rag-" + colour);
        html.Element("span", Icon(status), "measures-icon", ("aria-hidden", "true")).Text(" " + ScorecardWords.RagName(status));
        html.End("span");
    }

    /// <summary>Writes the badge of a rating as shown, or "– Suppressed" when it is withheld.</summary>
    public static void WriteBadge(HtmlWriter html, ScorecardJudgement<RagRating> rag)
    {
        if (rag.TryGetJudgement(out var rating))
        {
            WriteBadge(html, rating.Status);
            return;
        }

        html.Start("span", "measures-rag measures-rag-none");
        html.Element("span", "\u2013", "measures-icon", ("aria-hidden", "true")).Text(" " + ScorecardWords.WithheldName);
        html.End("span");
    }

    /// <summary>Writes a rating as its badge followed by its explanation: the notebook display of <see cref="RagRating"/>.</summary>
    public static void WriteRating(HtmlWriter html, RagRating rating)
    {
        html.Start("div", "measures-card measures-rating", ("role", "group"), ("aria-label", "RAG rating"));
        WriteBadge(html, rating.Status);
        html.Element("span", rating.Explanation, "measures-sc-why");
        html.End("div");
    }

    /// <summary>Writes a direction of travel: an arrow for the movement of the value and the judgement in words ("▼ Improving").</summary>
    public static void WriteDirection(HtmlWriter html, ScorecardDirection direction)
    {
        string word = ScorecardWords.Direction(direction);
        string arrow = (direction.Travel.TryGetJudgement(out var travel) ? travel.Change : null) switch
        {
            > 0 => "\u25B2",
            < 0 => "\u25BC",
            0 => "\u25B6",
            _ => "\u2013",
        };
        html.Start("span", "measures-dot measures-dot-" + word, ("title", ScorecardWords.Explanation(direction)));
        html.Element("span", arrow, "measures-icon", ("aria-hidden", "true")).Text(" " + ScorecardWords.DirectionName(direction));
        html.End("span");
    }
}
