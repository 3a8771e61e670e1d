using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Measures.Definitions;
using Measures.Definitions.Serialization;
using Measures.Judgements;
using Measures.Reporting;

namespace Measures.Cli.Excel;

/// <summary>
/// A scorecard as an Excel workbook for a board pack: a summary sheet, one sheet per service area laid out for
/// reading, a data sheet with the CSV's columns for pivot tables, and the definitions with the measures the summary
/// leaves out. Values are numbers with the measure's decimals as their format (percentages as percentages), periods
/// are text, and RAG is both a word and a fill.
/// </summary>
internal static class ScorecardWorkbook
{
    /// <summary>The names of the sheets that follow the service areas' sheets.</summary>
    public const string DataSheet = "Data";

    /// <summary>The name of the sheet of definitions and exclusions.</summary>
    public const string DefinitionsSheet = "Definitions";

    /// <summary>The name of the first sheet.</summary>
    public const string SummarySheet = "Summary";

    /// <summary>
    /// Whether a column of the data sheet holds a figure in the measure's units (its value, target or an earlier
    /// value); for a percentage it holds a fraction (0.913 shown as 91.3%) where the CSV holds 91.3.
    /// </summary>
    public static bool IsInMeasureUnits(string column) =>
        column is "value" or "target" or "previous_value" or "value_last_year"
        || (column.StartsWith("comparison_", StringComparison.Ordinal) && column.EndsWith("_value", StringComparison.Ordinal));

    private static readonly Dictionary<string, int> StatisticsColumn = ScorecardCsvWriter.StatisticsColumns.Select((column, i) => (column, i)).ToDictionary(c => c.column, c => c.i, StringComparer.Ordinal);

    private static readonly ExcelStyle Bold = new() { Bold = true };
    private static readonly ExcelStyle Wrapped = new() { Wrap = true };
    private static readonly ExcelStyle Change = new() { NumberFormat = "0.0%" };

    /// <summary>Writes <paramref name="scorecard"/> as a workbook to <paramref name="output"/>.</summary>
    public static void Write(Scorecard scorecard, Stream output) => ExcelWorkbook.Write(Sheets(scorecard), output);

    /// <summary>The workbook's sheets, in order.</summary>
    public static IReadOnlyList<ExcelSheet> Sheets(Scorecard scorecard)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { SummarySheet, DataSheet, DefinitionsSheet };
        var sheets = new List<ExcelSheet> { Summary(scorecard) };
        foreach (var area in scorecard.Rows.Select(r => r.ServiceArea).Distinct(StringComparer.Ordinal))
        {
            sheets.Add(ServiceArea(scorecard, area, ExcelSheet.NameFor(area, taken)));
        }

        sheets.Add(Data(scorecard));
        sheets.Add(Definitions(scorecard));
        return sheets;
    }

    private static string Version(Scorecard scorecard) => scorecard.SuppressionPolicy is { } policy
        ? "Public version: small numbers are suppressed (" + policy + "), shown as [c]."
        : "Internal version: not for publication; small numbers are not suppressed.";

    private static ExcelSheet Summary(Scorecard scorecard)
    {
        var sheet = new ExcelSheet(SummarySheet) { MaxColumnWidth = 40 };
        var summary = scorecard.Summary;
        sheet.Add(ExcelCell.Of(scorecard.Title + ", " + scorecard.PeriodLabel, new ExcelStyle { Title = true }));
        sheet.Add(ExcelCell.Of(Version(scorecard)));
        string counted = Invariant($"{summary.Overall.Measures} {(summary.Overall.Measures == 1 ? "measure is" : "measures are")} counted: RAG over those with a target, direction of travel against ")
            + (summary.DirectionComparison == ComparisonPeriod.PreviousPeriod ? "the previous period" : "the same period last year") + " over those with a good direction.";
        sheet.Add(ExcelCell.Of(counted));
        if (summary.Exclusions.Count > 0)
        {
            sheet.Add(ExcelCell.Of("Left out: " + string.Join("; ", summary.Exclusions.GroupBy(e => e.Reason)
                .Select(g => ScorecardWords.ExclusionText(g.Key, g.Count()) + " (" + string.Join(", ", g.Select(e => e.MeasureCode)) + ")")) + ". See the " + DefinitionsSheet + " sheet."));
        }

        sheet.AddBlank();
        sheet.AddHeader(["Service area", "Measures", "Green", "Amber", "Red", "Blue", "No value", "No target", "Improving", "Worsening", "No change", "No direction"]);
        Counts(sheet, "All service areas", summary.Overall, Bold);
        foreach (var area in summary.ByServiceArea)
        {
            Counts(sheet, area.ServiceArea, area.Counts, default);
        }

        return sheet;
    }

    private static void Counts(ExcelSheet sheet, string name, SummaryCounts c, ExcelStyle style) => sheet.Add(
        ExcelCell.Of(name, style), ExcelCell.Of(c.Measures), ExcelCell.Of(c.Green), ExcelCell.Of(c.Amber), ExcelCell.Of(c.Red), ExcelCell.Of(c.Blue),
        ExcelCell.Of(c.NoValue), ExcelCell.Of(c.WithoutTarget), ExcelCell.Of(c.Improving), ExcelCell.Of(c.Worsening), ExcelCell.Of(c.NoChange), ExcelCell.Of(c.NoDirection));

    private static ExcelSheet ServiceArea(Scorecard scorecard, string area, string name)
    {
        var sheet = new ExcelSheet(name);
        var named = ScorecardWords.NamedComparisons(scorecard);
        sheet.Add(ExcelCell.Of(area + ": " + scorecard.Title + ", " + scorecard.PeriodLabel, new ExcelStyle { Title = true }));
        sheet.AddHeader([
            "Code", "Measure", "Period", "Value", "Numerator", "Denominator", "Data for", "Target", "Tolerance", "RAG", "Why",
            "vs previous", "Previous period", "Previous value", "Change vs previous",
            "vs last year", "Same period last year", "Value last year", "Change vs last year",
            .. named.SelectMany(c => new[] { ScorecardWords.ComparisonHeading(c), c + ": period", c + ": value" }),
            "Benchmarks", .. ComparatorHeadings, "Quartile band", "Rank", "Significance",
            "95% interval", "SPC variation", "SPC assurance", "Recent trend", "Significance against comparators"]);
        foreach (var row in scorecard.Rows.Where(r => r.ServiceArea == area))
        {
            var type = row.Measure.ValueType;
            var cells = new List<ExcelCell?>
            {
                ExcelCell.Of(row.Code),
                ExcelCell.Of((row.IsComponent ? "↳ " : string.Empty) + row.Title, Wrapped),
                ExcelCell.Of(row.PeriodLabel),
                row.RoundedValue is { } value ? Figure(type, value) : ExcelCell.Of(row.ValueText),
                Count(row.Numerator),
                Count(row.Denominator),
                ExcelCell.Of(ScorecardCells.Completeness(row)),
                TargetCell(row),
                ExcelCell.Of(Tolerance(row)),
                ExcelCell.Of(ScorecardWords.RagName(row.Rag), new ExcelStyle { Fill = Fill(row.Rag) }),
                ExcelCell.Of(ScorecardWords.Explanation(row.Rag), Wrapped),
            };
            foreach (var direction in (ScorecardDirection[])[row.VersusPreviousPeriod, row.VersusSamePeriodLastYear])
            {
                cells.Add(ExcelCell.Of(ScorecardWords.DirectionName(direction)));
                cells.Add(ExcelCell.Of(direction.PeriodLabel));
                cells.Add(EarlierValue(direction) is { } earlier ? Figure(type, earlier) : null);
                cells.Add(RelativeChange(direction));
            }

            foreach (var direction in row.Comparisons)
            {
                cells.Add(ExcelCell.Of(ScorecardWords.DirectionName(direction) + (ScorecardWords.Share(row, direction) is { Length: > 0 } share ? "; " + share : string.Empty)));
                cells.Add(ExcelCell.Of(direction.PeriodLabel));
                cells.Add(EarlierValue(direction) is { } earlier ? Figure(type, earlier) : null);
            }

            cells.Add(ExcelCell.Of(ScorecardCells.Benchmarks(row), Wrapped));
            cells.AddRange(ComparatorCells(row));
            cells.Add(ExcelCell.Of(ScorecardCells.Band(row)));

            // The same statistics and national comparisons as the data sheet, in words for reading.
            var statistics = ScorecardCsvWriter.StatisticsFields(row);
            string Statistic(string column) => statistics[StatisticsColumn[column]];
            cells.Add(ExcelCell.Of(ScorecardCells.Rank(row)));
            cells.Add(ExcelCell.Of(ScorecardCells.Significance(row)));
            cells.Add(ExcelCell.Of(Statistic("ci95_lower") is { Length: > 0 } lower ? lower + " to " + Statistic("ci95_upper") : Statistic("ci_note")));
            cells.Add(ExcelCell.Of(Statistic("spc_variation") is { Length: > 0 } variation ? variation : Statistic("spc_note")));
            cells.Add(ExcelCell.Of(Statistic("spc_assurance")));
            cells.Add(ExcelCell.Of(Statistic("recent_trend_text"), Wrapped));
            cells.Add(ExcelCell.Of(Statistic("benchmark_significance"), Wrapped));
            sheet.Add([.. cells]);
        }

        return sheet;
    }

    /// <summary>The headings of the national comparators' own columns on a service area's sheet, after the benchmarks in words.</summary>
    public static IReadOnlyList<string> ComparatorHeadings { get; } = ["Benchmark period", ComparatorValue.England, "Region", ComparatorValue.StatisticalNeighbours];

    // England, the region and the neighbours as numbers a formula can use, each as published; the region is the
    // one comparator named neither England nor statistical neighbours. Withheld with the comparisons in the public version.
    private static IEnumerable<ExcelCell?> ComparatorCells(ScorecardRow row)
    {
        if (row.Benchmark is not { } benchmark)
        {
            return [null, null, null, null];
        }

        if (!benchmark.Comparisons.TryGetJudgement(out _))
        {
            return [ExcelCell.Of(benchmark.PeriodLabel), .. Enumerable.Repeat(ExcelCell.Of(ScorecardWords.Withheld), 3)];
        }

        var comparators = benchmark.Benchmark.Comparators;
        var regions = comparators.Where(c => c.Name is not (ComparatorValue.England or ComparatorValue.StatisticalNeighbours)).ToList();
        var type = row.Measure.ValueType;
        ExcelCell? Published(ComparatorValue? value) => value is { } v ? SetFigure(type, v.Value) : null;
        return
        [
            ExcelCell.Of(benchmark.PeriodLabel),
            Published(benchmark.Benchmark.Comparator(ComparatorValue.England)),
            regions.Count == 1 ? Published(regions[0]) : null,
            Published(benchmark.Benchmark.Comparator(ComparatorValue.StatisticalNeighbours)),
        ];
    }

    /// <summary>The CSV's columns and rows, each figure a number: what a pivot table or a formula is built on.</summary>
    private static ExcelSheet Data(Scorecard scorecard)
    {
        var sheet = new ExcelSheet(DataSheet) { MaxColumnWidth = 50 };
        int named = ScorecardWords.NamedComparisons(scorecard).Count;
        sheet.AddHeader([.. ScorecardCsvWriter.Columns, .. ScorecardCsvWriter.StatisticsColumns, .. Enumerable.Range(1, named).SelectMany(ScorecardCsvWriter.ComparisonColumns)]);
        foreach (var row in scorecard.Rows)
        {
            var type = row.Measure.ValueType;
            var previous = row.VersusPreviousPeriod;
            var lastYear = row.VersusSamePeriodLastYear;
            var cells = new List<ExcelCell?>
            {
                ExcelCell.Of(row.Code),
                ExcelCell.Of(row.Title),
                ExcelCell.Of(row.ServiceArea),
                ExcelCell.Of(JsonWords.Kinds.Word(row.Measure.Kind)),
                ExcelCell.Of(row.ParentCode ?? string.Empty),
                ExcelCell.Of(row.Period.ToString()),
                ExcelCell.Of(row.PeriodLabel),
                ExcelCell.Of(row.HasOwnPeriod ? "true" : "false"),
                ExcelCell.Of(ScorecardWords.State(row.State)),
                DataFigure(type, row.RoundedValue),
                ExcelCell.Of(row.ValueText),
                Count(Round2(row.Numerator)),
                Count(Round2(row.Denominator)),
                row.Completeness is { } c ? ExcelCell.Of(c.PeriodsPresent) : null,
                row.Completeness is { } e ? ExcelCell.Of(e.PeriodsExpected) : null,
                row.Target is { } t ? (t.UpperValue is { } u ? ExcelCell.Of(Plain(t.Value) + "-" + Plain(u)) : DataFigure(type, t.Value)) : null,
                ExcelCell.Of(ScorecardCells.Tolerance(row) ?? string.Empty),
                ExcelCell.Of(ScorecardWords.Rag(row.Rag), new ExcelStyle { Fill = Fill(row.Rag) }),
                ExcelCell.Of(ScorecardWords.Explanation(row.Rag)),
            };
            foreach (var direction in (ScorecardDirection[])[previous, lastYear])
            {
                cells.Add(ExcelCell.Of(ScorecardWords.Direction(direction)));
                cells.Add(ExcelCell.Of(direction.PeriodLabel));
                cells.Add(DataFigure(type, EarlierValue(direction)));
                cells.Add(RelativeChange(direction));
            }

            cells.Add(ExcelCell.Of(row.Benchmark?.PeriodLabel ?? string.Empty));
            cells.Add(ExcelCell.Of(ScorecardCells.Benchmarks(row)));
            cells.Add(ExcelCell.Of(ScorecardCells.Band(row)));
            cells.Add(ExcelCell.Of(ScorecardWords.Suppression(row.Suppression)));
            cells.Add(ExcelCell.Of(row.SummaryExclusion is null ? "true" : "false"));
            cells.Add(ExcelCell.Of(ScorecardCells.Rank(row)));
            cells.Add(ExcelCell.Of(ScorecardCells.Significance(row)));
            cells.Add(ExcelCell.Of(row.SummaryExclusion is { } reason ? ScorecardWords.Exclusion(reason) : string.Empty));

            // The statistics, after the fixed columns as in the CSV: limits and counts as numbers, words as text.
            var statistics = ScorecardCsvWriter.StatisticsFields(row);
            for (int i = 0; i < statistics.Length; i++)
            {
                string column = ScorecardCsvWriter.StatisticsColumns[i];
                cells.Add(statistics[i].Length == 0 ? null
                    : column.StartsWith("ci9", StringComparison.Ordinal) || column == "spc_points" ? ExcelCell.Of(decimal.Parse(statistics[i], NumberStyles.Float, CultureInfo.InvariantCulture), default, statistics[i])
                    : ExcelCell.Of(statistics[i]));
            }

            foreach (var direction in row.Comparisons)
            {
                cells.Add(ExcelCell.Of(direction.NamedComparison?.ToString() ?? string.Empty));
                cells.Add(ExcelCell.Of(ScorecardWords.Direction(direction)));
                cells.Add(ExcelCell.Of(direction.PeriodLabel));
                cells.Add(DataFigure(type, EarlierValue(direction)));
                cells.Add(RelativeChange(direction));
                cells.Add(direction.Travel.TryGetJudgement(out var travel) && travel.Share is { } share
                    ? ExcelCell.Of(decimal.Round(share, 4, MidpointRounding.AwayFromZero), Change, Percent(share))
                    : null);
            }

            sheet.Add([.. cells]);
        }

        return sheet;
    }

    private static ExcelSheet Definitions(Scorecard scorecard)
    {
        var sheet = new ExcelSheet(DefinitionsSheet) { MaxColumnWidth = 70 };
        var excluded = scorecard.Summary.Exclusions.ToDictionary(e => e.MeasureCode, e => e.Reason, StringComparer.Ordinal);
        sheet.Add(ExcelCell.Of("Definitions and exclusions: " + scorecard.Title, new ExcelStyle { Title = true }));
        sheet.AddHeader([
            "Code", "Measure", "Service area", "Component of", "Description", "Value", "Good direction", "Reported", "Numerator over time", "Denominator over time",
            "Target", "Tolerance", "Source", "In the summary", "Left out of the summary because"]);
        foreach (var row in scorecard.Rows)
        {
            var measure = row.Measure;
            sheet.Add(
                ExcelCell.Of(measure.Code),
                ExcelCell.Of(measure.Title, Wrapped),
                ExcelCell.Of(measure.ServiceArea),
                ExcelCell.Of(measure.ParentCode ?? string.Empty),
                ExcelCell.Of(measure.Description, Wrapped),
                ExcelCell.Of(measure.ValueType.ToString(), Wrapped),
                ExcelCell.Of(JsonWords.Polarities.Word(measure.Polarity)),
                ExcelCell.Of(JsonWords.Frequencies.Word(measure.Frequency)),
                ExcelCell.Of(JsonWords.NumeratorRules.Word(measure.NumeratorRule)),
                ExcelCell.Of(measure.DenominatorRule is { } rule ? JsonWords.DenominatorRules.Word(rule) : string.Empty),
                ExcelCell.Of(ScorecardCells.Target(row) ?? "no target"),
                ExcelCell.Of(Tolerance(row)),
                ExcelCell.Of(measure.Source ?? string.Empty, Wrapped),
                ExcelCell.Of(excluded.ContainsKey(measure.Code) ? "no" : "yes"),
                ExcelCell.Of(excluded.TryGetValue(measure.Code, out var reason) ? Why(reason) : string.Empty, Wrapped));
        }

        return sheet;
    }

    private static string Why(SummaryExclusionReason reason) => reason switch
    {
        SummaryExclusionReason.NotInSummary => "the catalogue does not count it in summaries",
        SummaryExclusionReason.TermlyOrAcademicYear => "it is a termly or academic-year measure, reported for a period of its own",
        SummaryExclusionReason.ExcludedByOptions => "left out of this summary by the scorecard's options",
        _ => reason.ToString(),
    };

    /// <summary>The number format showing a measure's values: its decimals, a percentage as a percentage, a rate or unit after the number.</summary>
    public static string NumberFormat(MeasureValueType type) => NumberFormat(type, type.Decimals);

    /// <summary>The number format of a measure's figures at <paramref name="places"/> decimal places.</summary>
    private static string NumberFormat(MeasureValueType type, int places)
    {
        string decimals = places > 0 ? "." + new string('0', places) : string.Empty;
        string unit = type.Kind switch
        {
            ValueKind.Rate => " per " + type.RatePer.GetValueOrDefault().ToString("#,0", CultureInfo.InvariantCulture),
            ValueKind.Mean or ValueKind.Count when type.Unit.Length > 0 => " " + type.Unit,
            _ => string.Empty,
        };

        // A unit is literal text in the format; a quote or backslash in it would end or escape the literal.
        unit = unit.Replace("\"", string.Empty, StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal);
        return type.Kind == ValueKind.Percentage ? "0" + decimals + "%" : "#,##0" + decimals + (unit.Length > 0 ? "\"" + unit + "\"" : string.Empty);
    }

    // A value in the measure's units as a cell: a percentage is stored as the fraction Excel's % format shows.
    private static ExcelCell Figure(MeasureValueType type, decimal value) =>
        ExcelCell.Of(type.Kind == ValueKind.Percentage ? value / 100m : value, new ExcelStyle { NumberFormat = NumberFormat(type) }, type.Format(value));

    private static ExcelCell? DataFigure(MeasureValueType type, decimal? value) => Round2(value) is { } v ? Figure(type, v) : null;

    // A target shows as it was set ("75%", "4.5%"), at no more places than it has, up to the measure's.
    private static ExcelCell? TargetCell(ScorecardRow row)
    {
        if (row.Target is not { } target)
        {
            return ExcelCell.Of("no target");
        }

        if (target.UpperValue is not null)
        {
            return ExcelCell.Of(ScorecardCells.Target(row)!);
        }

        var type = row.Measure.ValueType;
        decimal set = target.Value / 1.000000000000000000000000000000000m; // without trailing zeros
        var style = new ExcelStyle { NumberFormat = NumberFormat(type, Math.Min(type.Decimals, set.Scale)) };
        return ExcelCell.Of(type.Kind == ValueKind.Percentage ? target.Value / 100m : target.Value, style, type.FormatSetFigure(target.Value));
    }

    // A published figure shown with the places it was published with (4.61%), as the benchmarks' words give it.
    private static ExcelCell SetFigure(MeasureValueType type, decimal value)
    {
        decimal set = value / 1.000000000000000000000000000000000m; // without trailing zeros
        var style = new ExcelStyle { NumberFormat = NumberFormat(type, Math.Min((int)set.Scale, 4)) };
        return ExcelCell.Of(type.Kind == ValueKind.Percentage ? value / 100m : value, style, type.FormatSetFigure(value));
    }

    private static string Tolerance(ScorecardRow row) =>
        (ScorecardCells.Tolerance(row) ?? string.Empty) + (row.Target?.Stretch is { } s ? ", stretch " + row.Measure.ValueType.FormatSetFigure(s) : string.Empty);

    private static ExcelCell? Count(decimal? value) => value is { } v
        ? ExcelCell.Of(v, new ExcelStyle { NumberFormat = v == decimal.Truncate(v) ? "#,##0" : "#,##0.00" }, ScorecardCells.Grouped(v))
        : null;

    private static ExcelCell? RelativeChange(ScorecardDirection direction) =>
        direction.Travel.TryGetJudgement(out var travel) && travel.RelativeChange is { } relative
            ? ExcelCell.Of(decimal.Round(relative, 4, MidpointRounding.AwayFromZero), Change, Percent(relative))
            : null;

    private static decimal? EarlierValue(ScorecardDirection direction) => direction.Travel.TryGetJudgement(out var travel) ? travel.Previous : null;

    /// <summary>The fill of a RAG rating's cell.</summary>
    internal static ExcelFill Fill(ScorecardJudgement<RagRating> rag) => !rag.TryGetJudgement(out var rating) ? ExcelFill.None : rating.Status switch
    {
        RagStatus.Red => ExcelFill.Red,
        RagStatus.Amber => ExcelFill.Amber,
        RagStatus.Green => ExcelFill.Green,
        RagStatus.Blue => ExcelFill.Blue,
        _ => ExcelFill.None,
    };

    // The data sheet holds figures as the CSV does: to two decimals at most.
    private static decimal? Round2(decimal? value) => value is { } v ? decimal.Round(v, 2, MidpointRounding.AwayFromZero) : null;

    private static string Plain(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);

    private static string Percent(decimal fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
