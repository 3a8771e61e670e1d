using System.Linq;
using Measures.Definitions;
using Measures.Internal;
using Measures.Definitions.Serialization;

namespace Measures.Reporting.Html;

/// <summary>The HTML of a <see cref="MeasureDefinition"/>: a compact card with its code and title, how it is measured, and its latest target and benchmark.</summary>
internal static class MeasureDefinitionHtml
{
    /// <summary>The class of a measure card.</summary>
    public const string CardClass = "measures-card measures-definition";

    /// <summary>Writes the card of <paramref name="measure"/>.</summary>
    public static void WriteCard(HtmlWriter html, MeasureDefinition measure)
    {
        Preconditions.CheckNotNull(html);
        Preconditions.CheckNotNull(measure);
        html.Start("div", CardClass, ("role", "group"), ("aria-label", "Measure " + measure.Code));
        html.Start("div", "measures-card-title").Element("span", measure.Code, "measures-sc-code").Text(measure.Title).End("div");
        html.Start("dl", "measures-facts");
        Fact(html, "Service area", measure.ServiceArea);
        if (measure.ParentCode is { } parent)
        {
            Fact(html, "Component of", parent);
        }

        Fact(html, "Kind", Capitalise(JsonWords.Kinds.Word(measure.Kind)));
        Fact(html, "Value", Capitalise(measure.ValueType.ToString()));
        Fact(html, "Good direction", measure.Polarity switch
        {
            Polarity.HigherIsBetter => "Higher is better",
            Polarity.LowerIsBetter => "Lower is better",
            Polarity.WithinRange => "Within the target range",
            _ => "None (activity or demand)",
        });
        string each = measure.RollingMonths is { } months
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"rolling window of {months} months")
            : Time.Text.PeriodText.Noun(measure.PeriodType);
        Fact(html, "Reported", Capitalise(JsonWords.Frequencies.Word(measure.Frequency)) + ", for each " + each);
        Fact(html, "Over time", "Numerator " + JsonWords.NumeratorRules.Word(measure.NumeratorRule)
            + (measure.DenominatorRule is { } d ? ", denominator " + JsonWords.DenominatorRules.Word(d) : string.Empty));
        if (measure.DataLag is { } lag)
        {
            Fact(html, "Data lag", NodaTime.Text.PeriodPattern.Roundtrip.Format(lag));
        }

        if (measure.Targets.Count > 0)
        {
            var target = measure.Targets[^1];
            string figure = target.UpperValue is { } upper
                ? measure.ValueType.FormatSetFigure(target.Value) + " to " + measure.ValueType.FormatSetFigure(upper)
                : measure.ValueType.FormatSetFigure(target.Value);
            Fact(html, "Target", ScorecardText.PeriodLabel(target.Period) + (target.Onwards ? " onwards" : string.Empty) + ": " + figure
                + (target.Tolerance.IsZero ? string.Empty : " (tolerance " + target.Tolerance + ")"));
        }
        else
        {
            Fact(html, "Target", "None");
        }

        if (measure.Benchmarks.Count > 0)
        {
            var benchmark = measure.Benchmarks[^1];
            Fact(html, "Benchmark", ScorecardText.PeriodLabel(benchmark.Period) + ": "
                + string.Join("; ", benchmark.Comparators.Select(c => c.Name + " " + measure.ValueType.FormatSetFigure(c.Value)))
                + (benchmark.Band is { } band ? "; band " + band : string.Empty));
        }

        html.End("dl");
        if (measure.Description.Length > 0)
        {
            html.Element("p", measure.Description, "measures-card-text");
        }

        html.End("div");
    }

    private static void Fact(HtmlWriter html, string name, string value) => html.Element("dt", name).Element("dd", value);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
