using System.Globalization;

namespace Measures.Judgements.Spc;

/// <summary>One point of an XmR chart with its moving range, the rule it breaks and its judgement.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class XmrPoint
{
    internal XmrPoint(SpcValue value, XmrSegment segment, double? movingRange, bool movingRangeScreenedOut, SpecialCauseRule rule, int side, PointVariation variation)
    {
        Label = value.Label;
        Value = value.Value;
        Segment = segment;
        MovingRange = movingRange;
        MovingRangeScreenedOut = movingRangeScreenedOut;
        Rule = rule;
        Side = side;
        Variation = variation;
    }

    /// <summary>Gets the period's label.</summary>
    public string Label { get; }

    /// <summary>Gets the value.</summary>
    public double Value { get; }

    /// <summary>Gets the segment the point belongs to, whose mean and limits it is judged against.</summary>
    public XmrSegment Segment { get; }

    /// <summary>Gets the moving range, |value − previous value|, or <see langword="null"/> for a segment's first point.</summary>
    public double? MovingRange { get; }

    /// <summary>Gets whether the moving range was screened out of the segment's mean moving range.</summary>
    public bool MovingRangeScreenedOut { get; }

    /// <summary>Gets the special-cause rule that marks the point, first in order of precedence, or <see cref="SpecialCauseRule.None"/>.</summary>
    public SpecialCauseRule Rule { get; }

    /// <summary>
    /// Gets which way the special cause points: 1 for high (above the limit or mean, or an increasing trend),
    /// −1 for low, 0 for common cause.
    /// </summary>
    public int Side { get; }

    /// <summary>Gets the point's judgement through the measure's polarity.</summary>
    public PointVariation Variation { get; }

    /// <summary>Gets whether the point shows special-cause variation.</summary>
    public bool IsSpecialCause => Rule != SpecialCauseRule.None;

    /// <summary>The label, value and judgement: "Apr 2023: 73.5, common cause".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Label}: {Value:G6}, {SpcWording.Describe(Variation)}");
}
