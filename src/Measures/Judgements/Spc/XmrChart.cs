using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Measures.Definitions;
using Measures.Internal;

namespace Measures.Judgements.Spc;

/// <summary>
/// An XmR (individuals and moving range) chart as NHS England's Making Data Count programme and the
/// NHSRplotthedots package draw it: mean, moving ranges, process limits at mean ± 2.66 × the mean moving
/// range, the special-cause rules, each point judged through the measure's polarity, and the chart's
/// variation and assurance icons.
/// </summary>
/// <remarks>
/// Rebasing splits the chart into segments, each with its own mean, limits and rules; a baseline fixes a
/// segment's mean and limits on its first points. A segment with fewer points than
/// <see cref="SpcOptions.MinimumPoints"/> (or than its baseline) has trial limits, and <see cref="Notes"/> says so.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class XmrChart
{
    /// <summary>The multiple of the mean moving range from the mean to a process limit: 2.66 (3 ÷ 1.128).</summary>
    public const double LimitFactor = 2.66;

    /// <summary>The multiple of the mean moving range from the mean to a 2-sigma line: 2 × 2.66 ÷ 3.</summary>
    public const double TwoSigmaFactor = 2 * (LimitFactor / 3);

    private XmrChart(ImmutableArray<XmrPoint> points, ImmutableArray<XmrSegment> segments, Polarity polarity, double? target, SpcOptions options, ImmutableArray<string> notes)
    {
        Points = points;
        Segments = segments;
        Polarity = polarity;
        Target = target;
        Options = options;
        Notes = notes;
        XmrPoint last = points[^1];
        Variation = IconFor(last);
        Assurance = AssuranceFor(last.Segment, polarity, target);
    }

    /// <summary>Gets the points, in order.</summary>
    public IReadOnlyList<XmrPoint> Points { get; }

    /// <summary>Gets the segments, in order: one, or one more than the number of rebases.</summary>
    public IReadOnlyList<XmrSegment> Segments { get; }

    /// <summary>Gets the polarity the points were judged through.</summary>
    public Polarity Polarity { get; }

    /// <summary>Gets the target the assurance was judged against, or <see langword="null"/>.</summary>
    public double? Target { get; }

    /// <summary>Gets the options the chart was drawn with.</summary>
    public SpcOptions Options { get; }

    /// <summary>Gets the variation icon: what the latest point says.</summary>
    public VariationIcon Variation { get; }

    /// <summary>Gets the assurance icon: whether the latest segment's limits put the target within reach.</summary>
    public AssuranceIcon Assurance { get; }

    /// <summary>Gets whether the latest segment's limits are trial limits, so the icons are provisional.</summary>
    public bool HasTrialLimits => Segments[^1].IsTrial;

    /// <summary>Gets sentences an analyst should read with the chart (trial limits, screened moving ranges).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Draws the chart with the default options and no target.</summary>
    /// <param name="values">The values in time order, at least 2.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">There are fewer than 2 values, or a value is not a finite number.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static XmrChart Create(IEnumerable<SpcValue> values, Polarity polarity) => Create(values, polarity, null, SpcOptions.Default);

    /// <summary>Draws the chart.</summary>
    /// <param name="values">The values in time order, at least 2; enumerated once.</param>
    /// <param name="polarity">Which direction is good; a measure with none (or a target range) has special causes that are neither good nor bad.</param>
    /// <param name="target">The target for the assurance icon, or <see langword="null"/>.</param>
    /// <param name="options">The options.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentException">
    /// There are fewer than 2 values; a value or the target is not a finite number; a rebase label is not on the
    /// chart or names more than one point; or a segment would have a single point.
    /// </exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static XmrChart Create(IEnumerable<SpcValue> values, Polarity polarity, double? target, SpcOptions options)
    {
        Preconditions.CheckNotNull(values);
        Preconditions.CheckNotNull(options);
        var input = ImmutableArray.CreateRange(values);
        Preconditions.CheckArgument(input.Length >= 2, nameof(values), $"An XmR chart needs at least 2 values, to have a moving range; {input.Length} were given.");
        for (int i = 0; i < input.Length; i++)
        {
            Preconditions.CheckArgument(double.IsFinite(input[i].Value), nameof(values), $"The value for '{input[i].Label}' (point {i + 1}) is {Text(input[i].Value)}; every value must be a finite number.");
        }

        Preconditions.CheckArgument(target is null || double.IsFinite(target.Value), nameof(target), "The target must be a finite number.");

        var starts = SegmentStarts(input, options.RebaseAt);
        var y = new double[input.Length];
        for (int i = 0; i < y.Length; i++)
        {
            y[i] = input[i].Value;
        }

        var points = ImmutableArray.CreateBuilder<XmrPoint>(input.Length);
        var segments = ImmutableArray.CreateBuilder<XmrSegment>(starts.Count);
        var notes = ImmutableArray.CreateBuilder<string>();
        for (int s = 0; s < starts.Count; s++)
        {
            int start = starts[s];
            int end = s + 1 < starts.Count ? starts[s + 1] : input.Length;
            int count = end - start;
            Preconditions.CheckArgument(count >= 2, nameof(options), $"The segment starting at '{input[start].Label}' has a single point; a rebase must leave at least 2 points on each side.");
            ReadOnlySpan<double> part = y.AsSpan(start, count);
            var (segment, screened) = Segment(part, start, options);
            segments.Add(segment);
            Describe(segment, input[start].Label, options, notes);

            var rules = SpecialCauseRules.Apply(part, segment, options.RunLength, options.TrendLength);
            for (int i = 0; i < count; i++)
            {
                double? movingRange = i == 0 ? null : Math.Abs(part[i] - part[i - 1]);
                var (rule, side) = rules[i];
                points.Add(new XmrPoint(input[start + i], segment, movingRange, screened[i], rule, side, Judge(rule, side, polarity)));
            }
        }

        return new XmrChart(points.MoveToImmutable(), segments.MoveToImmutable(), polarity, target, options, notes.ToImmutable());
    }

    /// <summary>The chart in a sentence: its icons and the latest point.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{SpcWording.Describe(Variation)}; {SpcWording.Describe(Assurance)}; latest {Points[^1]}";

    private static List<int> SegmentStarts(ImmutableArray<SpcValue> input, IReadOnlyList<string> rebaseAt)
    {
        var starts = new SortedSet<int> { 0 };
        foreach (string label in rebaseAt)
        {
            int found = -1;
            for (int i = 0; i < input.Length; i++)
            {
                if (string.Equals(input[i].Label, label, StringComparison.Ordinal))
                {
                    Preconditions.CheckArgument(found < 0, nameof(rebaseAt), $"The chart is to be rebased at '{label}', but more than one point has that label.");
                    found = i;
                }
            }

            Preconditions.CheckArgument(found >= 0, nameof(rebaseAt), $"The chart is to be rebased at '{label}', but no point has that label.");
            starts.Add(found);
        }

        return [.. starts];
    }

    private static (XmrSegment Segment, bool[] Screened) Segment(ReadOnlySpan<double> y, int start, SpcOptions options)
    {
        int baseline = Math.Min(options.Baseline ?? y.Length, y.Length);
        double mean = 0;
        for (int i = 0; i < baseline; i++)
        {
            mean += y[i];
        }

        mean /= baseline;

        double sum = 0;
        for (int i = 1; i < baseline; i++)
        {
            sum += Math.Abs(y[i] - y[i - 1]);
        }

        double meanMovingRange = sum / (baseline - 1);
        var screened = new bool[y.Length];
        int screenedOut = 0;

        // Screened once, as NHSRplotthedots does; with no variation at all there is nothing to screen.
        if (options.ScreenMovingRanges && meanMovingRange > 0)
        {
            double cut = SpcOptions.ScreeningFactor * meanMovingRange;
            double kept = 0;
            for (int i = 1; i < baseline; i++)
            {
                double range = Math.Abs(y[i] - y[i - 1]);
                if (range >= cut)
                {
                    screened[i] = true;
                    screenedOut++;
                }
                else
                {
                    kept += range;
                }
            }

            meanMovingRange = kept / (baseline - 1 - screenedOut);
        }

        bool trial = y.Length < options.MinimumPoints || (options.Baseline is { } fixedOn && y.Length < fixedOn);
        return (new XmrSegment(start, y.Length, baseline, mean, meanMovingRange, screenedOut, trial), screened);
    }

    private static void Describe(XmrSegment segment, string startLabel, SpcOptions options, ImmutableArray<string>.Builder notes)
    {
        string where = segment.Start == 0 ? "The chart" : $"The segment from '{startLabel}'";
        if (segment.IsTrial)
        {
            int needed = Math.Max(options.MinimumPoints, options.Baseline ?? 0);
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{where} has {segment.Count} points, fewer than the {needed} a usable baseline needs: its limits are trial limits and will move as points are added."));
        }

        if (segment.MovingRangesScreenedOut > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: {segment.MovingRangesScreenedOut} moving range(s) at or above {SpcOptions.ScreeningFactor} × the mean moving range were left out of the limits."));
        }
    }

    private static PointVariation Judge(SpecialCauseRule rule, int side, Polarity polarity)
    {
        if (rule == SpecialCauseRule.None || side == 0)
        {
            return PointVariation.CommonCause;
        }

        int good = Good(polarity);
        if (good == 0)
        {
            return side > 0 ? PointVariation.SpecialCauseNeitherHigh : PointVariation.SpecialCauseNeitherLow;
        }

        return side == good ? PointVariation.SpecialCauseImprovement : PointVariation.SpecialCauseConcern;
    }

    private static int Good(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => 1,
        Polarity.LowerIsBetter => -1,
        _ => 0,
    };

    private static VariationIcon IconFor(XmrPoint last) => (last.Variation, last.Side) switch
    {
        (PointVariation.SpecialCauseImprovement, > 0) => VariationIcon.ImprovementHigh,
        (PointVariation.SpecialCauseImprovement, _) => VariationIcon.ImprovementLow,
        (PointVariation.SpecialCauseConcern, > 0) => VariationIcon.ConcernHigh,
        (PointVariation.SpecialCauseConcern, _) => VariationIcon.ConcernLow,
        (PointVariation.SpecialCauseNeitherHigh, _) => VariationIcon.NeitherHigh,
        (PointVariation.SpecialCauseNeitherLow, _) => VariationIcon.NeitherLow,
        _ => VariationIcon.CommonCause,
    };

    private static AssuranceIcon AssuranceFor(XmrSegment segment, Polarity polarity, double? target)
    {
        int good = Good(polarity);
        if (target is not { } t || good == 0)
        {
            return AssuranceIcon.NotApplicable;
        }

        if (t > segment.UpperProcessLimit)
        {
            return good > 0 ? AssuranceIcon.ConsistentlyFail : AssuranceIcon.ConsistentlyPass;
        }

        if (t < segment.LowerProcessLimit)
        {
            return good > 0 ? AssuranceIcon.ConsistentlyPass : AssuranceIcon.ConsistentlyFail;
        }

        return AssuranceIcon.HitAndMiss;
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
