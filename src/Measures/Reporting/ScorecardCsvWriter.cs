using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Measures.Definitions;
using Measures.Internal;
using Measures.Definitions.Serialization;

namespace Measures.Reporting;

/// <summary>
/// Writes a <see cref="Scorecard"/> as CSV (RFC 4180): a header line, then one line per measure and
/// component, lines ending CRLF, fields quoted when they hold a comma, a quote or a line break or start or end with white space.
/// </summary>
/// <remarks>
/// Statuses and categories are words ("green", "improving"), numbers are in the invariant culture without
/// thousands separators, and a figure not shown is an empty field. This type is stateless and thread-safe.
/// </remarks>
internal static class ScorecardCsvWriter
{
    /// <summary>The header line's column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "code", "title", "service_area", "kind", "component_of", "period", "period_label", "own_period", "state",
        "value", "value_text", "numerator", "denominator", "periods_present", "periods_expected",
        "target", "tolerance", "rag", "rag_explanation",
        "direction_vs_previous", "previous_period", "previous_value", "relative_change_vs_previous",
        "direction_vs_last_year", "same_period_last_year", "value_last_year", "relative_change_vs_last_year",
        "benchmark_period", "benchmarks", "quartile_band", "suppression", "in_summary",
        "rank", "significance", "summary_exclusion",
    ];

    /// <summary>
    /// The column names for the <paramref name="number"/>th comparison named in the options (from 1), which follow
    /// <see cref="Columns"/> and <see cref="StatisticsColumns"/> in the order the comparisons are named.
    /// </summary>
    public static IReadOnlyList<string> ComparisonColumns(int number)
    {
        string n = number.ToString(CultureInfo.InvariantCulture);
        return [$"comparison_{n}", $"direction_vs_comparison_{n}", $"comparison_{n}_period", $"comparison_{n}_value", $"relative_change_vs_comparison_{n}", $"share_of_comparison_{n}"];
    }

    /// <summary>The columns of each row's statistics (interval, SPC, recent trend, significance), which follow <see cref="Columns"/>, before any comparisons' columns (which vary in number).</summary>
    public static IReadOnlyList<string> StatisticsColumns { get; } =
    [
        "ci95_lower", "ci95_upper", "ci998_lower", "ci998_upper", "ci_method", "ci_note",
        "spc_points", "spc_point", "spc_variation", "spc_assurance", "spc_note",
        "recent_trend", "recent_trend_text", "benchmark_significance",
    ];

    /// <summary>The fields of <see cref="StatisticsColumns"/> for a row: words, or empty where there is nothing; "withheld" where the value is suppressed.</summary>
    public static string[] StatisticsFields(ScorecardRow row)
    {
        if (!row.Statistics.TryGetJudgement(out var s))
        {
            return [.. StatisticsColumns.Select(c => c is "ci_note" or "spc_note" or "recent_trend" or "benchmark_significance" ? StatisticsWords.Withheld : string.Empty)];
        }

        int decimals = row.Measure.ValueType.Decimals + 2;
        string Limit(double? value) => value is { } v ? StatisticsWords.Round(v, decimals) : string.Empty;
        return
        [
            Limit(s.Interval?.Lower),
            Limit(s.Interval?.Upper),
            Limit(s.OuterInterval?.Lower),
            Limit(s.OuterInterval?.Upper),
            s.Interval is { } i ? StatisticsWords.MethodWord(i.Method) : string.Empty,
            s.IntervalNote,
            s.SpcPoints.ToString(CultureInfo.InvariantCulture),
            s.LatestPoint is { } p ? StatisticsWords.PointWord(p) : string.Empty,
            s.Variation is { } v ? StatisticsWords.VariationWord(v) : string.Empty,
            s.Assurance is { } a ? StatisticsWords.AssuranceWord(a) : string.Empty,
            s.SpcNote,
            StatisticsWords.TrendWord(s.RecentTrend.Marker),
            StatisticsWords.TrendText(row),
            row.Benchmark is null ? string.Empty : StatisticsWords.SignificanceText(row),
        ];
    }

    /// <summary>Writes <paramref name="scorecard"/> as CSV.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="writer">Where to write; left open.</param>
    public static void Write(Scorecard scorecard, TextWriter writer)
    {
        Preconditions.CheckNotNull(scorecard);
        Preconditions.CheckNotNull(writer);
        int named = ScorecardWords.NamedComparisons(scorecard).Count;
        WriteLine(writer, [.. Columns, .. StatisticsColumns, .. Enumerable.Range(1, named).SelectMany(ComparisonColumns)]);
        foreach (var row in scorecard.Rows)
        {
            WriteLine(writer, [.. Fields(row), .. StatisticsFields(row), .. row.Comparisons.SelectMany(ComparisonFields)]);
        }
    }


    private static string[] Fields(ScorecardRow row)
    {
        var previous = row.VersusPreviousPeriod;
        var lastYear = row.VersusSamePeriodLastYear;
        return
        [
            row.Code,
            row.Title,
            row.ServiceArea,
            JsonWords.Kinds.Word(row.Measure.Kind),
            row.ParentCode ?? string.Empty,
            row.Period.ToString(),
            row.PeriodLabel,
            row.HasOwnPeriod ? "true" : "false",
            ScorecardWords.State(row.State),
            Number(row.RoundedValue),
            row.ValueText,
            Number(row.Numerator),
            Number(row.Denominator),
            row.Completeness is { } c ? c.PeriodsPresent.ToString(CultureInfo.InvariantCulture) : string.Empty,
            row.Completeness is { } e ? e.PeriodsExpected.ToString(CultureInfo.InvariantCulture) : string.Empty,
            row.Target is { } t ? (t.UpperValue is { } u ? Number(t.Value) + "-" + Number(u) : Number(t.Value)) : string.Empty,
            ScorecardCells.Tolerance(row) ?? string.Empty,
            ScorecardWords.Rag(row.Rag),
            ScorecardWords.Explanation(row.Rag),
            ScorecardWords.Direction(previous),
            previous.PeriodLabel,
            Number(EarlierValue(previous)),
            Relative(previous),
            ScorecardWords.Direction(lastYear),
            lastYear.PeriodLabel,
            Number(EarlierValue(lastYear)),
            Relative(lastYear),
            row.Benchmark?.PeriodLabel ?? string.Empty,
            ScorecardCells.Benchmarks(row),
            ScorecardCells.Band(row),
            ScorecardWords.Suppression(row.Suppression),
            row.SummaryExclusion is null ? "true" : "false",
            ScorecardCells.Rank(row),
            ScorecardCells.Significance(row),
            row.SummaryExclusion is { } reason ? ScorecardWords.Exclusion(reason) : string.Empty,
        ];
    }

    private static string[] ComparisonFields(ScorecardDirection direction) =>
    [
        direction.NamedComparison?.ToString() ?? string.Empty,
        ScorecardWords.Direction(direction),
        direction.PeriodLabel,
        Number(EarlierValue(direction)),
        Relative(direction),
        direction.Travel.TryGetJudgement(out var travel) && travel.Share is { } share
            ? decimal.Round(share, 4, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)
            : string.Empty,
    ];

    // As a fraction to four decimals, as in the JSON: 0.27 is an increase of 27%.
    private static string Relative(ScorecardDirection direction) =>
        direction.Travel.TryGetJudgement(out var travel) && travel.RelativeChange is { } relative
            ? decimal.Round(relative, 4, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)
            : string.Empty;

    private static decimal? EarlierValue(ScorecardDirection direction) => direction.Travel.TryGetJudgement(out var travel) ? travel.Previous : null;

    private static string Number(decimal? value) => value is { } v ? decimal.Round(v, 2, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static void WriteLine(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(CsvText.ReportField(fields[i]));
        }

        writer.Write("\r\n");
    }
}
