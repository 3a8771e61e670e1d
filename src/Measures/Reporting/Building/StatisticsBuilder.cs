using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Measures.Calculation;
using Measures.Definitions;
using Measures.Judgements.Spc;

namespace Measures.Reporting.Building;

/// <summary>Works out a row's <see cref="ScorecardStatistics"/> from its history, shown values only.</summary>
internal static class StatisticsBuilder
{
    public static ScorecardStatistics Build(MeasureDefinition measure, PointValue[] history, Target? target, Benchmark? benchmark, SpcOptions spc, bool countsRounded)
    {
        var current = history[^1];
        var (interval, outer, intervalNote) = countsRounded && current.State == ScorecardValueState.Value && current.Aggregate is not null
            ? (null, null, "Not shown: an interval worked out from the exact counts would undo the rounding of the counts shown.")
            : Intervals(measure, current);
        var (chart, points, latest, spcNote) = Spc(measure, history, target, spc);
        var trend = Trend(measure, history);

        IReadOnlyList<IntervalComparison> significance = [];
        string significanceNote = string.Empty;
        if (benchmark is null || benchmark.Comparators.Count == 0)
        {
            significanceNote = "No benchmark for the period.";
        }
        else if (interval is null || outer is null)
        {
            significanceNote = "No interval around the value: " + intervalNote;
        }
        else
        {
            // The comparators are published without intervals, so each is tested against the value's two intervals, as Fingertips does for England.
            significance = [.. benchmark.Comparators.Select(c => IntervalComparison.TwoLevels(interval, outer, (double)c.Value, measure.Polarity))];
        }

        return new ScorecardStatistics(interval, outer, intervalNote, chart, points, spc.MinimumPoints, latest, spcNote, trend, significance, significanceNote);
    }

    private static (ConfidenceInterval? Inner, ConfidenceInterval? Outer, string Note) Intervals(MeasureDefinition measure, PointValue current)
    {
        if (current.State != ScorecardValueState.Value)
        {
            return (null, null, "No value for the period.");
        }

        if (current.Aggregate is null)
        {
            return (null, null, "No counts: the value was given without them.");
        }

        var inner = ConfidenceInterval.ForValue(current.Value, ConfidenceLevel.NinetyFivePercent);
        var outer = ConfidenceInterval.ForValue(current.Value, ConfidenceLevel.NinetyNinePointEightPercent);
        if (inner is null || outer is null)
        {
            string kind = measure.ValueType.Kind switch
            {
                ValueKind.Mean => "a mean needs the spread of its values",
                ValueKind.Count => "a count that is an average of snapshots is not a count of events",
                _ => "there is no standard interval for this kind of value",
            };
            return (null, null, "No standard interval: " + kind + ".");
        }

        return (inner, outer, string.Empty);
    }

    private static (XmrChart? Chart, int Points, PointVariation? Latest, string Note) Spc(MeasureDefinition measure, PointValue[] history, Target? target, SpcOptions options)
    {
        // The values as shown, so the chart and its judgements can be checked against the report's own figures.
        var values = history.Where(p => p.Rounded is not null).Select(p => new SpcValue(p.Slot.Label, (double)p.Rounded!.Value)).ToList();
        int needed = options.MinimumPoints;
        if (values.Count < 2)
        {
            return (null, values.Count, null, Invariant($"Too few points for an SPC chart: {values.Count} of the {needed} needed."));
        }

        // A rebase label not in this row's history would not apply to it.
        var rebase = options.RebaseAt.Where(l => values.Skip(2).SkipLast(1).Any(v => v.Label == l)).ToArray();
        var rowOptions = rebase.Length == options.RebaseAt.Count ? options : CopyWith(options, rebase);
        double? targetValue = target is { UpperValue: null } t ? (double)t.Value : null;
        XmrChart chart;
        try
        {
            chart = XmrChart.Create(values, measure.Polarity, targetValue, rowOptions);
        }
        catch (System.ArgumentException ex)
        {
            return (null, values.Count, null, "No SPC chart: " + ex.Message);
        }

        if (values.Count < needed)
        {
            return (chart, values.Count, null, Invariant($"Too few points for SPC judgements: {values.Count} of the {needed} needed; the chart's limits are trial limits."));
        }

        if (history[^1].Rounded is null)
        {
            return (chart, values.Count, null, "The row's own period has no value to judge.");
        }

        return (chart, values.Count, chart.Points[^1].Variation, string.Empty);
    }

    private static SpcOptions CopyWith(SpcOptions options, string[] rebase) => new()
    {
        Baseline = options.Baseline,
        ScreenMovingRanges = options.ScreenMovingRanges,
        RunLength = options.RunLength,
        TrendLength = options.TrendLength,
        MinimumPoints = options.MinimumPoints,
        RebaseAt = rebase,
    };

    private static RecentTrend Trend(MeasureDefinition measure, PointValue[] history)
    {
        if (history.Length < RecentTrend.PointsUsed)
        {
            return RecentTrend.NotCalculated(Invariant($"The test needs {RecentTrend.PointsUsed} points; the row keeps {history.Length}."));
        }

        var last = history[^RecentTrend.PointsUsed..];
        int gap = System.Array.FindIndex(last, p => p.State != ScorecardValueState.Value || p.Aggregate is null);
        if (gap >= 0)
        {
            string why = last[gap].State == ScorecardValueState.Value ? "its value was given without counts" : "it has no value shown";
            return RecentTrend.NotCalculated($"The test needs counts for each of the last {RecentTrend.PointsUsed} periods; {last[gap].Slot.Label} has none: {why}.");
        }

        if (measure.ValueType.Kind == ValueKind.Percentage)
        {
            return RecentTrend.ForProportions(last.Select(p => (p.Value.Numerator, p.Value.Denominator.GetValueOrDefault())));
        }

        var intervals = last.Select(p => ConfidenceInterval.ForValue(p.Value, ConfidenceLevel.NinetyFivePercent)).ToArray();
        return intervals.All(i => i is not null)
            ? RecentTrend.ForIntervals(intervals!)
            : RecentTrend.NotCalculated("The test needs a standard interval for each value, and this kind of value has none.");
    }

    private static string Invariant(System.FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
