using System.Globalization;
using System.Linq;
using Measures.Definitions;
using Measures.Definitions.Serialization;

namespace Measures.Reporting;

/// <summary>The text of a scorecard row's cells, shared by the CSV, Markdown, console and HTML writers.</summary>
internal static class ScorecardCells
{
    /// <summary>The target as set: "75%", "10% to 15%"; null when there is none.</summary>
    public static string? Target(ScorecardRow row)
    {
        if (row.Target is not { } target)
        {
            return null;
        }

        var type = row.Measure.ValueType;
        return target.UpperValue is { } upper ? type.FormatSetFigure(target.Value) + " to " + type.FormatSetFigure(upper) : type.FormatSetFigure(target.Value);
    }

    /// <summary>The tolerance: "5 points", "10% of the target", "none"; null when there is no target.</summary>
    public static string? Tolerance(ScorecardRow row) => row.Target is not { } target ? null : target.Tolerance.IsZero ? "none" : target.Tolerance.ToString();

    /// <summary>The target with its tolerance: "75% (tolerance 5 points)", or "no target".</summary>
    public static string TargetWithTolerance(ScorecardRow row) => Target(row) is { } target
        ? target + (row.Target!.Tolerance.IsZero ? string.Empty : " (tolerance " + Tolerance(row) + ")") + (row.Target.Stretch is { } s ? ", stretch " + row.Measure.ValueType.FormatSetFigure(s) : string.Empty)
        : "no target";

    /// <summary>The numerator and denominator behind the value: "50 of 93" for a percentage, "3,872 / 10" otherwise; null for a count or when there are none.</summary>
    public static string? Figures(ScorecardRow row)
    {
        if (row.Numerator is not { } n || row.Denominator is not { } d)
        {
            return null;
        }

        return row.Measure.ValueType.Kind == ValueKind.Percentage ? Grouped(n) + " of " + Grouped(d) : Grouped(n) + " / " + Grouped(d);
    }

    /// <summary>A figure with thousands separators and at most two decimals: "3,872", "250.33".</summary>
    public static string Grouped(decimal value) => decimal.Round(value, 2, System.MidpointRounding.AwayFromZero).ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>The comparisons with each comparator: "England 32.1 per 100,000: better".</summary>
    public static string Benchmarks(ScorecardRow row)
    {
        if (row.Benchmark is not { } b)
        {
            return string.Empty;
        }

        if (!b.Comparisons.TryGetJudgement(out var comparisons))
        {
            return ScorecardWords.Withheld;
        }

        var type = row.Measure.ValueType;
        return string.Join("; ", comparisons.Select(c => c.Comparator.Name + " " + type.FormatSetFigure(c.Comparator.Value) + ": " + PositionText(c.Position)));
    }

    /// <summary>A benchmark position as a reader reads it: "better", "not available".</summary>
    public static string PositionText(Judgements.BenchmarkPosition position) => position == Judgements.BenchmarkPosition.NotAvailable ? "not available" : ScorecardWords.Position(position);

    /// <summary>The quartile band letter, or empty.</summary>
    public static string Band(ScorecardRow row) =>
        row.Benchmark is { } b && b.QuartileBand.TryGetJudgement(out var band) && band is { } shown ? JsonWords.QuartileBands.Word(shown) : string.Empty;

    /// <summary>The council's published rank among all councils, "12= of 153", or empty; withheld with the band.</summary>
    public static string Rank(ScorecardRow row) =>
        row.Benchmark is { Benchmark.Rank: { } rank } b && b.QuartileBand.TryGetJudgement(out _) ? rank.ToString() : string.Empty;

    /// <summary>Whether the council's published interval is wholly above or below England's: "significantly higher", or empty.</summary>
    public static string Significance(ScorecardRow row) => row.Benchmark is { } b && b.QuartileBand.TryGetJudgement(out _)
        ? b.Benchmark.Significance switch
        {
            Definitions.IntervalSignificance.SignificantlyHigher => "significantly higher than England",
            Definitions.IntervalSignificance.SignificantlyLower => "significantly lower than England",
            Definitions.IntervalSignificance.NotSignificant => "not significantly different from England",
            _ => string.Empty,
        }
        : string.Empty;

    /// <summary>The band, rank and significance after the comparisons: "; quartile band A; rank 3 of 153", or empty.</summary>
    public static string BandAndRank(ScorecardRow row) =>
        (Band(row) is { Length: > 0 } band ? "; quartile band " + band : string.Empty)
        + (Rank(row) is { Length: > 0 } rank ? "; rank " + rank : string.Empty)
        + (Significance(row) is { Length: > 0 } significance ? "; " + significance : string.Empty);

    /// <summary>
    /// The completeness when some of the measure's own periods are missing: "1 of 12 months", "2 of 4 quarters";
    /// empty when complete or without data.
    /// </summary>
    public static string Completeness(ScorecardRow row) =>
        row.Completeness is { } c && !c.IsComplete
            ? c.PeriodsPresent.ToString(CultureInfo.InvariantCulture) + " of " + c.PeriodsExpected.ToString(CultureInfo.InvariantCulture) + " " + PeriodWord(row.Measure.Frequency, c.PeriodsExpected)
            : string.Empty;

    // The measure's reporting periods are what a partial period is counted in.
    private static string PeriodWord(ReportingFrequency frequency, int count) => (frequency, count == 1) switch
    {
        (ReportingFrequency.Monthly, false) => "months",
        (ReportingFrequency.Monthly, true) => "month",
        (ReportingFrequency.Quarterly, false) => "quarters",
        (ReportingFrequency.Quarterly, true) => "quarter",
        (ReportingFrequency.Termly, false) => "terms",
        (ReportingFrequency.Termly, true) => "term",
        (ReportingFrequency.Annually, false) => "years",
        (ReportingFrequency.Annually, true) => "year",
        (_, false) => "periods",
        (_, true) => "period",
    };
}
