using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Measures.Internal;

namespace Measures.Calculation;

/// <summary>
/// Draws a <see cref="FunnelPlot"/> as a self-contained SVG image: each council a point against its denominator,
/// the centre line and the 95% and 99.8% funnels, points beyond them marked and named in their tooltips.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class FunnelPlotSvg
{
    private const double Width = 760, Height = 420, Left = 64, Right = 24, Top = 40, Bottom = 56;

    /// <summary>Draws the plot.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="title">The title; null or empty for none.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentNullException">The plot is null.</exception>
    public static string Render(FunnelPlot plot, string? title = null)
    {
        Preconditions.CheckNotNull(plot);
        double xMax = Math.Max(plot.Curve[^1].Outer.Denominator, plot.Points.Max(p => p.Point.Denominator)) * 1.05;
        var ys = plot.Points.Select(p => p.Value).Concat(plot.Curve.SelectMany(c => new[] { c.Outer.Lower, c.Outer.Upper })).Append(plot.Centre).ToArray();
        double yMin = ys.Min(), yMax = ys.Max();
        if (yMax - yMin < 1e-9)
        {
            yMax = yMin + 1;
        }

        double plotWidth = Width - Left - Right, plotHeight = Height - Top - Bottom;
        double X(double n) => Left + (plotWidth * n / xMax);
        double Y(double v) => Top + (plotHeight * (yMax - v) / (yMax - yMin));
        string heading = string.IsNullOrEmpty(title) ? "Funnel plot" : title;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"funnel-title\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"funnel-title\">{Escape(heading)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"22\" font-size=\"14\" font-weight=\"bold\">{Escape(heading)}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"axes\" stroke=\"#333\"><line x1=\"{F(Left)}\" y1=\"{F(Top)}\" x2=\"{F(Left)}\" y2=\"{F(Top + plotHeight)}\"/><line x1=\"{F(Left)}\" y1=\"{F(Top + plotHeight)}\" x2=\"{F(Left + plotWidth)}\" y2=\"{F(Top + plotHeight)}\"/></g>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"x-title\" x=\"{F(Left + (plotWidth / 2))}\" y=\"{F(Height - 14)}\" text-anchor=\"middle\">Denominator</text>\n");
        foreach (double v in new[] { yMin, (yMin + yMax) / 2, yMax })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"y-label\" x=\"{F(Left - 6)}\" y=\"{F(Y(v) + 4)}\" text-anchor=\"end\">{N(v)}</text>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"centre\" x1=\"{F(Left)}\" y1=\"{F(Y(plot.Centre))}\" x2=\"{F(Left + plotWidth)}\" y2=\"{F(Y(plot.Centre))}\" stroke=\"#000\"><title>Average {N(plot.Centre)}</title></line>\n");
        Curve(svg, "limit-95 lower", plot.Curve.Select(c => c.Inner).Select(l => (X(l.Denominator), Y(l.Lower))), "#7B7D7D", "6 3", "95% lower limit");
        Curve(svg, "limit-95 upper", plot.Curve.Select(c => c.Inner).Select(l => (X(l.Denominator), Y(l.Upper))), "#7B7D7D", "6 3", "95% upper limit");
        Curve(svg, "limit-998 lower", plot.Curve.Select(c => c.Outer).Select(l => (X(l.Denominator), Y(l.Lower))), "#333", null, "99.8% lower limit");
        Curve(svg, "limit-998 upper", plot.Curve.Select(c => c.Outer).Select(l => (X(l.Denominator), Y(l.Upper))), "#333", null, "99.8% upper limit");

        foreach (var (point, value, position) in plot.Points)
        {
            string kind = position switch
            {
                FunnelPosition.HighAt998 or FunnelPosition.HighAt95 => "high",
                FunnelPosition.LowAt998 or FunnelPosition.LowAt95 => "low",
                _ => "within",
            };
            string colour = kind == "within" ? "#7B7D7D" : "#361475";
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"point {kind}\" cx=\"{F(X(point.Denominator))}\" cy=\"{F(Y(value))}\" r=\"4\" fill=\"{colour}\"><title>{Escape($"{point.Label}: {N(value)} ({N(point.Numerator)} of {N(point.Denominator)}), {Describe(position)}")}</title></circle>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>A position in words, as PHEindicatormethods labels it: "High (0.001)", "Not significant".</summary>
    /// <param name="position">The position.</param>
    /// <returns>The words.</returns>
    public static string Describe(FunnelPosition position) => position switch
    {
        FunnelPosition.HighAt998 => "High (0.001)",
        FunnelPosition.HighAt95 => "High (0.025)",
        FunnelPosition.LowAt998 => "Low (0.001)",
        FunnelPosition.LowAt95 => "Low (0.025)",
        _ => "Not significant",
    };

    private static void Curve(StringBuilder svg, string kind, System.Collections.Generic.IEnumerable<(double X, double Y)> points, string colour, string? dash, string label)
    {
        string dashes = dash is null ? "" : $" stroke-dasharray=\"{dash}\"";
        svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"{kind}\" fill=\"none\" stroke=\"{colour}\"{dashes} points=\"{string.Join(" ", points.Select(p => $"{F(p.X)},{F(p.Y)}"))}\"><title>{label}</title></polyline>\n");
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    // One escaping for every SVG the library writes, control characters included.
    private static string Escape(string text) => Judgements.Spc.XmrChartSvg.Escape(text);
}
