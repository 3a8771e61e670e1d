using System.Linq;
using System.Xml.Linq;
using Measures.Calculation;
using Measures.Definitions;
using Measures.Judgements.Spc;

namespace Measures.Tests.Judgements.Spc;

/// <summary>The SVG charts are well-formed, self-contained and hold what an analyst reads off them.</summary>
public sealed class XmrChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Parse(string svg) => XDocument.Parse(svg).Root!;

    // The icon's words, wrapped over several text elements, joined back up.
    private static string Words(XElement icon) => string.Join(" ", icon.Elements(Svg + "text").Select(t => t.Value));

    private static string[] Classes(XElement root, string element) =>
        root.Descendants(Svg + element).Select(e => (string?)e.Attribute("class") ?? "").ToArray();

    [Fact]
    public void The_XmR_chart_is_well_formed_and_holds_data_mean_limits_target_points_and_icons()
    {
        var chart = XmrChart.Create(XmrChartTests.Series(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13), Polarity.HigherIsBetter, 20, SpcOptions.Default);
        var root = Parse(XmrChartSvg.Render(chart, "CSC-07 <Adoptions> & more"));
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Contains("CSC-07 <Adoptions> & more", root.Element(Svg + "title")!.Value, System.StringComparison.Ordinal);
        Assert.Single(root.Descendants(Svg + "polyline"), e => (string?)e.Attribute("class") == "data");
        var lines = Classes(root, "line");
        Assert.Contains("mean", lines);
        Assert.Contains("process-limit upper", lines);
        Assert.Contains("process-limit lower", lines);
        Assert.Contains("two-sigma upper", lines);
        Assert.Contains("target", lines);
        var points = root.Descendants(Svg + "circle").Where(c => ((string?)c.Attribute("class") ?? "").StartsWith("point", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(13, points.Count);
        Assert.Contains(points, p => (string?)p.Attribute("class") == "point improvement" && (string?)p.Attribute("fill") == "#289DE0");
        Assert.All(points, p => Assert.NotNull(p.Element(Svg + "title")));

        var variation = root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "variation-icon");
        Assert.Contains("special cause improvement (high)", Words(variation), System.StringComparison.Ordinal);
        var assurance = root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "assurance-icon");
        Assert.Contains("consistently failing the target", Words(assurance), System.StringComparison.Ordinal);
        Assert.Empty(root.Descendants(Svg + "script"));
        Assert.DoesNotContain(root.Descendants(), e => e.Attributes().Any(a => a.Name.LocalName == "href"));
    }

    [Fact]
    public void A_chart_on_trial_limits_says_so_and_one_without_a_target_has_no_assurance_icon()
    {
        var root = Parse(XmrChartSvg.Render(XmrChart.Create(XmrChartTests.Series(3, 4, 3, 5), Polarity.None)));
        Assert.Contains(root.Descendants(Svg + "text"), t => (string?)t.Attribute("class") == "trial-note");
        Assert.DoesNotContain(root.Descendants(Svg + "g"), g => (string?)g.Attribute("id") == "assurance-icon");
        Assert.DoesNotContain("target", Classes(root, "line"));
    }

    [Fact]
    public void Labels_with_control_characters_still_make_well_formed_xml()
    {
        var chart = XmrChart.Create([new SpcValue("Apr\u0001 2023", 1), new SpcValue("May \"23\"", 2)], Polarity.None);
        Assert.NotNull(Parse(XmrChartSvg.Render(chart, "a\u0007b")));
    }

    [Fact]
    public void The_funnel_plot_is_well_formed_and_marks_councils_beyond_the_limits()
    {
        // Areas from PHEindicatormethods' tests/testthat/testdata_funnel_prop_inputs.csv (commit 3352ce5d861197880cae0ccb329a0ce50424bfda).
        FunnelPoint[] points =
        [
            new("New Forest PCT", 35078.4880, 41980), new("Norwich PCT", 24803.6256, 31824), new("South Gloucestershire PCT", 50050.7443, 61921),
            new("West Norfolk PCT", 26789.2380, 33012), new("North Devon PCT", 30277.5312, 37828),
        ];
        var plot = FunnelPlot.ForProportions(points);
        Assert.Equal(100, plot.Curve.Count);
        var root = Parse(FunnelPlotSvg.Render(plot, "Share & compare"));
        var curves = Classes(root, "polyline");
        Assert.Contains("limit-95 lower", curves);
        Assert.Contains("limit-998 upper", curves);
        Assert.Contains("centre", Classes(root, "line"));
        var circles = root.Descendants(Svg + "circle").ToList();
        Assert.Equal(5, circles.Count);
        Assert.All(circles, c => Assert.NotNull(c.Element(Svg + "title")));
        Assert.Contains(circles, c => c.Value.Contains("Norwich PCT", System.StringComparison.Ordinal) && ((string?)c.Attribute("class") ?? "").EndsWith("low", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_rate_funnel_centres_on_the_benchmark_and_refuses_bad_figures()
    {
        var plot = FunnelPlot.ForRates([new FunnelPoint("A", 30, 100_000), new FunnelPoint("B", 90, 120_000)], 10_000, benchmarkRate: 5);
        Assert.Equal(5, plot.Centre);
        Assert.True(plot.IsRate);
        Assert.NotNull(Parse(FunnelPlotSvg.Render(plot)));
        Assert.Contains("'B'".Trim('\''), System.Linq.Enumerable.First(plot.Points, p => p.Position == FunnelPosition.HighAt998).Point.Label, System.StringComparison.Ordinal);
        Assert.Contains("above the denominator", Assert.Throws<System.ArgumentException>(() => FunnelPlot.ForProportions([new FunnelPoint("C", 5, 4)])).Message, System.StringComparison.Ordinal);
        Assert.Throws<System.ArgumentException>(() => FunnelPlot.ForProportions([]));
    }
}
