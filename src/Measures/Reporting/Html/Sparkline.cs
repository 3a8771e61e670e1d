using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Measures.Internal;

namespace Measures.Reporting.Html;

/// <summary>
/// An inline SVG sparkline of a row's history: a line through the periods with a value (broken where
/// one is missing), a larger dot on the latest, and the target as a dashed line. Its accessible name lists
/// the values, so that the trend is not told by the picture alone.
/// </summary>
internal static class Sparkline
{
    public const int Width = 100;
    public const int Height = 26;
    private const double Pad = 3;

    public static void Write(HtmlWriter html, IReadOnlyList<ScorecardPoint> history, decimal? target)
    {
        Preconditions.CheckNotNull(html);

        // The line starts at the first period with a value, so that a short history still spans the sparkline.
        int first = 0;
        while (first < history.Count - 1 && history[first].Value is null)
        {
            first++;
        }

        var points = history.Skip(first).ToList();
        var shown = points.Where(p => p.Value is not null).ToList();
        if (shown.Count == 0)
        {
            html.Element("span", "no history", "measures-sub");
            return;
        }

        decimal min = shown.Min(p => p.Value!.Value);
        decimal max = shown.Max(p => p.Value!.Value);
        if (target is { } t)
        {
            min = Math.Min(min, t);
            max = Math.Max(max, t);
        }

        if (max == min)
        {
            min -= 1;
            max += 1;
        }

        string label = "Trend, " + points[0].PeriodLabel + " to " + points[^1].PeriodLabel + ": "
            + string.Join(", ", shown.Select(p => p.PeriodLabel + " " + p.ValueText))
            + (shown.Count < points.Count ? "; no value for the other periods" : string.Empty);

        double X(int i) => points.Count == 1 ? Width / 2.0 : Pad + (i * (Width - (2 * Pad)) / (points.Count - 1));
        double Y(decimal v) => Pad + ((double)((max - v) / (max - min)) * (Height - (2 * Pad)));

        // "viewbox" in lower case: the HTML parser gives SVG its camel-cased name, and the writer takes lower-case names only.
        html.Start("svg", "measures-spark", ("width", Number(Width)), ("height", Number(Height)), ("viewbox", $"0 0 {Number(Width)} {Number(Height)}"), ("role", "img"), ("aria-label", label));
        html.Element("title", label);
        if (target is { } line)
        {
            html.Void("line", "measures-spark-target", ("x1", Number(Pad)), ("y1", Number(Y(line))), ("x2", Number(Width - Pad)), ("y2", Number(Y(line))));
        }

        // Runs of consecutive periods with a value are joined; a lone value is a dot.
        int start = 0;
        while (start < points.Count)
        {
            if (points[start].Value is null)
            {
                start++;
                continue;
            }

            int end = start;
            while (end + 1 < points.Count && points[end + 1].Value is not null)
            {
                end++;
            }

            if (end > start)
            {
                var xy = Enumerable.Range(start, end - start + 1).Select(i => Number(X(i)) + "," + Number(Y(points[i].Value!.Value)));
                html.Void("polyline", "measures-spark-line", ("points", string.Join(" ", xy)));
            }
            else
            {
                html.Void("circle", "measures-spark-point", ("cx", Number(X(start))), ("cy", Number(Y(points[start].Value!.Value))), ("r", "1.5"));
            }

            start = end + 1;
        }

        int last = points.Count - 1;
        if (points[last].Value is { } latest)
        {
            html.Void("circle", "measures-spark-point", ("cx", Number(X(last))), ("cy", Number(Y(latest))), ("r", "2.5"));
        }

        html.End("svg");
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
