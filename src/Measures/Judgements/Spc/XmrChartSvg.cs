using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Measures.Internal;

namespace Measures.Judgements.Spc;

/// <summary>
/// Draws an <see cref="XmrChart"/> as a self-contained SVG image: the values joined by a line, each segment's
/// mean, process limits and 2-sigma lines, the target, points coloured by their judgement (Making Data Count's
/// grey, blue, orange and purple), and the variation and assurance icons as labelled symbols.
/// </summary>
/// <remarks>
/// Every point carries a tooltip with its label, value and judgement, and every colour is backed by words, so
/// the chart reads without colour. The image has no scripts, fonts or links. This type is stateless and thread-safe.
/// </remarks>
public static class XmrChartSvg
{
    private const double Width = 760, Height = 380, Left = 64, Right = 200, Top = 40, Bottom = 60;

    /// <summary>The colour of a point's judgement, as Making Data Count draws it.</summary>
    /// <param name="variation">The judgement.</param>
    /// <returns>The colour as #RRGGBB.</returns>
    public static string ColourOf(PointVariation variation) => variation switch
    {
        PointVariation.SpecialCauseImprovement => "#289DE0",
        PointVariation.SpecialCauseConcern => "#FAB428",
        PointVariation.SpecialCauseNeitherHigh or PointVariation.SpecialCauseNeitherLow => "#361475",
        _ => "#7B7D7D",
    };

    /// <summary>Draws the chart.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="title">The title (the measure's code and name); null or empty for none.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentNullException">The chart is null.</exception>
    public static string Render(XmrChart chart, string? title = null)
    {
        Preconditions.CheckNotNull(chart);
        var values = chart.Points.Select(p => p.Value)
            .Concat(chart.Segments.SelectMany(s => new[] { s.LowerProcessLimit, s.UpperProcessLimit }))
            .Concat(chart.Target is { } t ? [t] : []).ToArray();
        double min = values.Min(), max = values.Max();
        if (max - min < 1e-9)
        {
            min -= 1;
            max += 1;
        }

        double pad = (max - min) * 0.08;
        min -= pad;
        max += pad;
        int n = chart.Points.Count;
        double plotWidth = Width - Left - Right, plotHeight = Height - Top - Bottom;
        double X(int i) => Left + (n == 1 ? plotWidth / 2 : plotWidth * i / (n - 1));
        double Y(double v) => Top + (plotHeight * (max - v) / (max - min));

        var svg = new StringBuilder();
        string heading = string.IsNullOrEmpty(title) ? "XmR chart" : title;
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"spc-title\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"spc-title\">{Escape(heading)}: {Escape(SpcWording.Describe(chart.Variation))}; {Escape(SpcWording.Describe(chart.Assurance))}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"22\" font-size=\"14\" font-weight=\"bold\">{Escape(heading)}</text>\n");

        // Axes and value labels at the bottom, middle and top.
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"axes\" stroke=\"#333\"><line x1=\"{F(Left)}\" y1=\"{F(Top)}\" x2=\"{F(Left)}\" y2=\"{F(Top + plotHeight)}\"/><line x1=\"{F(Left)}\" y1=\"{F(Top + plotHeight)}\" x2=\"{F(Left + plotWidth)}\" y2=\"{F(Top + plotHeight)}\"/></g>\n");
        foreach (double tick in new[] { min + pad, (min + max) / 2, max - pad })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"y-label\" x=\"{F(Left - 6)}\" y=\"{F(Y(tick) + 4)}\" text-anchor=\"end\">{Escape(N(tick))}</text>\n");
        }

        int step = Math.Max(1, (int)Math.Ceiling(n / 12.0));
        for (int i = 0; i < n; i += step)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"x-label\" x=\"{F(X(i))}\" y=\"{F(Top + plotHeight + 16)}\" text-anchor=\"middle\">{Escape(chart.Points[i].Label)}</text>\n");
        }

        foreach (var segment in chart.Segments)
        {
            double x1 = X(segment.Start), x2 = X(segment.Start + segment.Count - 1);
            Line(svg, "mean", x1, x2, Y(segment.Mean), "#000", null, $"Mean {N(segment.Mean)}");
            Line(svg, "process-limit upper", x1, x2, Y(segment.UpperProcessLimit), "#7B7D7D", "6 3", $"Upper process limit {N(segment.UpperProcessLimit)}{(segment.IsTrial ? " (trial)" : "")}");
            Line(svg, "process-limit lower", x1, x2, Y(segment.LowerProcessLimit), "#7B7D7D", "6 3", $"Lower process limit {N(segment.LowerProcessLimit)}{(segment.IsTrial ? " (trial)" : "")}");
            Line(svg, "two-sigma upper", x1, x2, Y(segment.UpperTwoSigma), "#C8C8C8", "2 3", $"Upper 2-sigma line {N(segment.UpperTwoSigma)}");
            Line(svg, "two-sigma lower", x1, x2, Y(segment.LowerTwoSigma), "#C8C8C8", "2 3", $"Lower 2-sigma line {N(segment.LowerTwoSigma)}");
        }

        if (chart.Target is { } target)
        {
            Line(svg, "target", X(0), X(n - 1), Y(target), "#DE1B1B", "8 4", $"Target {N(target)}");
        }

        svg.Append("<polyline class=\"data\" fill=\"none\" stroke=\"#7B7D7D\" stroke-width=\"1.5\" points=\"");
        svg.Append(string.Join(" ", chart.Points.Select((p, i) => $"{F(X(i))},{F(Y(p.Value))}")));
        svg.Append("\"/>\n");
        for (int i = 0; i < n; i++)
        {
            var p = chart.Points[i];
            string kind = p.Variation switch
            {
                PointVariation.SpecialCauseImprovement => "improvement",
                PointVariation.SpecialCauseConcern => "concern",
                PointVariation.SpecialCauseNeitherHigh or PointVariation.SpecialCauseNeitherLow => "neither",
                _ => "common-cause",
            };
            string rule = p.IsSpecialCause ? $" ({SpcWording.Describe(p.Rule)})" : "";
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"point {kind}\" cx=\"{F(X(i))}\" cy=\"{F(Y(p.Value))}\" r=\"4\" fill=\"{ColourOf(p.Variation)}\"><title>{Escape($"{p.Label}: {N(p.Value)}, {SpcWording.Describe(p.Variation)}{rule}")}</title></circle>\n");
        }

        // The icons, as Making Data Count's circles with their letters, and the words beside them.
        double iconX = Width - Right + 30;
        Icon(svg, "variation-icon", iconX, Top + 20, VariationColour(chart.Variation), SpcWording.Abbreviate(chart.Variation), "Variation", SpcWording.Describe(chart.Variation));
        if (chart.Assurance != AssuranceIcon.NotApplicable)
        {
            Icon(svg, "assurance-icon", iconX, Top + 110, AssuranceColour(chart.Assurance), SpcWording.Abbreviate(chart.Assurance), "Assurance", SpcWording.Describe(chart.Assurance));
        }

        if (chart.HasTrialLimits)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"trial-note\" x=\"{F(Left)}\" y=\"{F(Height - 12)}\" fill=\"#DE1B1B\">Trial limits: too few points for a usable baseline; the limits will move as points are added.</text>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string VariationColour(VariationIcon icon) => icon switch
    {
        VariationIcon.ImprovementHigh or VariationIcon.ImprovementLow => "#289DE0",
        VariationIcon.ConcernHigh or VariationIcon.ConcernLow => "#FAB428",
        VariationIcon.NeitherHigh or VariationIcon.NeitherLow => "#361475",
        _ => "#7B7D7D",
    };

    private static string AssuranceColour(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.ConsistentlyPass => "#289DE0",
        AssuranceIcon.ConsistentlyFail => "#FAB428",
        _ => "#7B7D7D",
    };

    private static void Icon(StringBuilder svg, string id, double x, double y, string colour, string letters, string heading, string words) =>
        svg.Append(CultureInfo.InvariantCulture,
            $"<g id=\"{id}\" class=\"icon\"><circle cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"18\" fill=\"#FFF\" stroke=\"{colour}\" stroke-width=\"4\"/><text x=\"{F(x)}\" y=\"{F(y + 5)}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"{colour}\">{Escape(letters)}</text><text x=\"{F(x - 18)}\" y=\"{F(y + 34)}\" font-weight=\"bold\">{Escape(heading)}</text>{Wrapped(words, x - 18, y + 48)}</g>\n");

    // The icon's words in lines of at most 28 characters, so that they stay inside the image.
    private static string Wrapped(string words, double x, double y)
    {
        var lines = new System.Collections.Generic.List<string> { "" };
        foreach (string word in words.Split(' '))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + 1 + word.Length > 28)
            {
                lines.Add("");
            }

            lines[^1] = lines[^1].Length == 0 ? word : lines[^1] + " " + word;
        }

        var text = new StringBuilder();
        for (int i = 0; i < lines.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{F(y + (13 * i))}\">{Escape(lines[i])}</text>");
        }

        return text.ToString();
    }

    private static void Line(StringBuilder svg, string kind, double x1, double x2, double y, string colour, string? dash, string label)
    {
        string dashes = dash is null ? "" : $" stroke-dasharray=\"{dash}\"";
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"{kind}\" x1=\"{F(x1)}\" y1=\"{F(y)}\" x2=\"{F(x2)}\" y2=\"{F(y)}\" stroke=\"{colour}\"{dashes}><title>{Escape(label)}</title></line>\n");
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                '\'' => sb.Append("&apos;"),
                _ when char.IsControl(c) && c is not ('\n' or '\t') => sb.Append(' '),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }
}
