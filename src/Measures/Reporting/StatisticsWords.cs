using System.Globalization;
using System.Linq;
using Measures.Calculation;
using Measures.Judgements.Spc;

namespace Measures.Reporting;

/// <summary>The words and short forms every scorecard writer uses for a row's <see cref="ScorecardStatistics"/>.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal static class StatisticsWords
{
    /// <summary>The word for a withheld part, as for other judgements.</summary>
    public const string Withheld = "withheld";

    public static string PointWord(PointVariation variation) => variation switch
    {
        PointVariation.SpecialCauseImprovement => "specialCauseImprovement",
        PointVariation.SpecialCauseConcern => "specialCauseConcern",
        PointVariation.SpecialCauseNeitherHigh => "specialCauseNeitherHigh",
        PointVariation.SpecialCauseNeitherLow => "specialCauseNeitherLow",
        _ => "commonCause",
    };

    public static string VariationWord(VariationIcon icon) => icon switch
    {
        VariationIcon.ImprovementHigh => "improvementHigh",
        VariationIcon.ImprovementLow => "improvementLow",
        VariationIcon.ConcernHigh => "concernHigh",
        VariationIcon.ConcernLow => "concernLow",
        VariationIcon.NeitherHigh => "neitherHigh",
        VariationIcon.NeitherLow => "neitherLow",
        _ => "commonCause",
    };

    public static string AssuranceWord(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.ConsistentlyPass => "consistentlyPass",
        AssuranceIcon.ConsistentlyFail => "consistentlyFail",
        AssuranceIcon.HitAndMiss => "hitAndMiss",
        _ => "notApplicable",
    };

    public static string TrendWord(RecentTrendMarker marker) => marker switch
    {
        RecentTrendMarker.NoSignificantChange => "noSignificantChange",
        RecentTrendMarker.Increasing => "increasing",
        RecentTrendMarker.Decreasing => "decreasing",
        _ => "cannotBeCalculated",
    };

    public static string MethodWord(ConfidenceIntervalMethod method) => method switch
    {
        ConfidenceIntervalMethod.WilsonScore => "wilsonScore",
        ConfidenceIntervalMethod.Byar => "byar",
        ConfidenceIntervalMethod.ExactPoisson => "exactPoisson",
        ConfidenceIntervalMethod.StudentT => "studentT",
        _ => "published",
    };

    /// <summary>The significance word: "better", "worse", "similar", "above", "below"; with "99.8" appended in the outer band ("better99.8").</summary>
    public static string SignificanceWord(IntervalComparison comparison) =>
        ScorecardWords.Position(comparison.Position) + (comparison.IsInOuterBand ? "99.8" : string.Empty);

    /// <summary>An interval as a report shows it, at the measure's decimals: "88.1 to 93.6".</summary>
    public static string Interval(ScorecardRow row, ConfidenceInterval interval)
    {
        int decimals = row.Measure.ValueType.Decimals;
        return Round(interval.Lower, decimals) + " to " + Round(interval.Upper, decimals);
    }

    /// <summary>A limit at the measure's decimals, invariant.</summary>
    public static string Round(double value, int decimals) =>
        ((decimal)System.Math.Round(value, decimals, System.MidpointRounding.AwayFromZero)).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The interval in a cell: "95% CI 88.1 to 93.6", or why there is none.</summary>
    public static string IntervalText(ScorecardRow row) => !row.Statistics.TryGetJudgement(out var s) ? Withheld
        : s.Interval is { } i ? "95% CI " + Interval(row, i) : s.IntervalNote;

    /// <summary>The SPC judgement in words: "common cause variation; hit and miss: …", or why there is none.</summary>
    public static string SpcText(ScorecardRow row) => !row.Statistics.TryGetJudgement(out var s) ? Withheld
        : s.Variation is { } v ? SpcWording.Describe(v) + (s.Assurance is { } a and not AssuranceIcon.NotApplicable ? "; " + SpcWording.Describe(a) : string.Empty)
        : s.SpcNote;

    /// <summary>The SPC judgement in short: "CC", "I↑ P", "C↓ ?", or "too few" (with the count) when there are too few points.</summary>
    public static string SpcShort(ScorecardRow row) => !row.Statistics.TryGetJudgement(out var s) ? "[c]"
        : s.Variation is { } v ? (SpcWording.Abbreviate(v) + " " + (s.Assurance is { } a ? SpcWording.Abbreviate(a) : string.Empty)).TrimEnd()
        : s.HasEnoughSpcPoints ? "-" : string.Create(CultureInfo.InvariantCulture, $"{s.SpcPoints}/{s.SpcPointsNeeded} pts");

    /// <summary>The recent trend in words, through the measure's polarity.</summary>
    public static string TrendText(ScorecardRow row) => !row.Statistics.TryGetJudgement(out var s) ? Withheld : s.RecentTrend.Describe(row.Measure.Polarity);

    /// <summary>The recent trend in short: "↑", "↓", "→", "-".</summary>
    public static string TrendShort(ScorecardRow row) => !row.Statistics.TryGetJudgement(out var s) ? "[c]" : s.RecentTrend.Marker switch
    {
        RecentTrendMarker.Increasing => "\u2191",
        RecentTrendMarker.Decreasing => "\u2193",
        RecentTrendMarker.NoSignificantChange => "\u2192",
        _ => "-",
    };

    /// <summary>Each comparator's significance: "England: better (99.8%); Statistical neighbours: similar", or why there is none.</summary>
    public static string SignificanceText(ScorecardRow row)
    {
        if (!row.Statistics.TryGetJudgement(out var s))
        {
            return Withheld;
        }

        if (s.BenchmarkSignificance.Count == 0 || row.Benchmark is not { } b)
        {
            return row.Benchmark is null ? string.Empty : s.BenchmarkSignificanceNote;
        }

        return string.Join("; ", b.Benchmark.Comparators.Zip(s.BenchmarkSignificance, (c, x) =>
            c.Name + ": " + ScorecardWords.Position(x.Position) + (x.SignificantAt is { } level ? " (" + level + ")" : string.Empty)));
    }

    /// <summary>Each comparator's significance in short, in the benchmark's order: "B! S" (B better, W worse, S similar, A above, L below; ! significant at 99.8%).</summary>
    public static string SignificanceShort(ScorecardRow row)
    {
        if (!row.Statistics.TryGetJudgement(out var s))
        {
            return "[c]";
        }

        return s.BenchmarkSignificance.Count == 0 ? "-" : string.Join(" ", s.BenchmarkSignificance.Select(x => x.Position switch
        {
            Judgements.BenchmarkPosition.Better => "B",
            Judgements.BenchmarkPosition.Worse => "W",
            Judgements.BenchmarkPosition.Similar => "S",
            Judgements.BenchmarkPosition.Above => "A",
            Judgements.BenchmarkPosition.Below => "L",
            _ => "-",
        } + (x.IsInOuterBand ? "!" : string.Empty)));
    }
}
