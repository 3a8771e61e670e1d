using System.Globalization;
using System.IO;
using Measures.Reporting;

namespace Measures.Cli.Excel;

/// <summary>Every team on one measure as a one-sheet workbook: the whole council's line, then a line per unit, figures as numbers.</summary>
internal static class UnitComparisonWorkbook
{
    /// <summary>Writes <paramref name="comparison"/> as a workbook to <paramref name="output"/>.</summary>
    public static void Write(UnitComparison comparison, Stream output)
    {
        var sheet = new ExcelSheet(ExcelSheet.NameFor(comparison.Measure.Code, new System.Collections.Generic.HashSet<string>()));
        sheet.Add(ExcelCell.Of(comparison.Measure.Code + " " + comparison.Measure.Title + ", " + comparison.PeriodLabel, new ExcelStyle { Title = true }));
        sheet.AddHeader(["Unit", "Value", "Numerator", "Denominator", "Data for", "Target", "RAG", "Why", "vs previous", "Rank"]);
        void Line(string unit, ScorecardRow row, int? rank, bool isTotal) => sheet.Add(
            ExcelCell.Of(unit, new ExcelStyle { Bold = isTotal }),
            row.RoundedValue is { } value ? ExcelCell.Of(value, default, value.ToString(CultureInfo.InvariantCulture)) : ExcelCell.Of(row.ValueText),
            row.Numerator is { } n ? ExcelCell.Of(n, default, n.ToString(CultureInfo.InvariantCulture)) : null,
            row.Denominator is { } d ? ExcelCell.Of(d, default, d.ToString(CultureInfo.InvariantCulture)) : null,
            ExcelCell.Of(ScorecardCells.Completeness(row)),
            ExcelCell.Of(ScorecardCells.Target(row) ?? string.Empty),
            ExcelCell.Of(ScorecardWords.RagName(row.Rag), new ExcelStyle { Fill = ScorecardWorkbook.Fill(row.Rag) }),
            ExcelCell.Of(ScorecardWords.Explanation(row.Rag)),
            ExcelCell.Of(ScorecardWords.DirectionName(row.VersusPreviousPeriod)),
            rank is { } r ? ExcelCell.Of(r) : null);
        Line(comparison.TotalName, comparison.Total, null, true);
        foreach (var unit in comparison.Units)
        {
            Line(unit.Unit, unit.Row, unit.Rank, false);
        }

        ExcelWorkbook.Write([sheet], output);
    }
}
