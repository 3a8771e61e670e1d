using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Measures.Cli.Excel;

/// <summary>
/// Writes sheets as an Excel workbook (.xlsx, Office Open XML) with Microsoft's Open XML SDK: text in the shared
/// string table, numbers as numbers, each header row frozen with an autofilter, and column widths fitted to the cells.
/// </summary>
internal static class ExcelWorkbook
{
    // Excel's limit on the characters of one cell.
    private const int MaxCellText = 32_767;

    /// <summary>Writes <paramref name="sheets"/> to <paramref name="output"/> as one workbook, in order.</summary>
    public static void Write(IReadOnlyList<ExcelSheet> sheets, Stream output)
    {
        // The package is put together in memory (it needs to seek) and copied out in one piece.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var styles = new ExcelStyles();
            var strings = new SharedStrings();
            var sheetList = new Sheets();
            var definedNames = new DefinedNames();
            for (int i = 0; i < sheets.Count; i++)
            {
                var sheet = sheets[i];
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = WorksheetOf(sheet, styles, strings, out string? filtered);
                sheetList.Append(new Sheet { Name = sheet.Name, SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(part) });
                if (filtered is not null)
                {
                    string quoted = "'" + sheet.Name.Replace("'", "''", StringComparison.Ordinal) + "'!";

                    // Excel records an autofilter's range under this hidden name too.
                    definedNames.Append(new DefinedName(quoted + filtered) { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });

                    // Printed, every page repeats the rows down to the header.
                    string header = sheet.HeaderRow.ToString(CultureInfo.InvariantCulture);
                    definedNames.Append(new DefinedName(quoted + "$1:$" + header) { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
                }
            }

            var workbook = new Workbook(new BookViews(new WorkbookView()), sheetList);
            if (definedNames.HasChildren)
            {
                workbook.Append(definedNames);
            }

            workbookPart.Workbook = workbook;
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.ToStylesheet();
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.ToTable();
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Worksheet WorksheetOf(ExcelSheet sheet, ExcelStyles styles, SharedStrings strings, out string? filtered)
    {
        int columns = sheet.Rows.Count == 0 ? 1 : Math.Max(1, sheet.Rows.Max(r => r.Length));
        // Printed for a board pack: landscape, as wide as one page, as many pages long as it takes.
        var worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        var view = new SheetView { WorkbookViewId = 0 };
        if (sheet.HeaderRow > 0)
        {
            // The rows down to the header stay in view while the table scrolls (the SDK's VerticalSplit is ySplit).
            string topLeft = "A" + (sheet.HeaderRow + 1).ToString(CultureInfo.InvariantCulture);
            view.Append(
                new Pane { VerticalSplit = sheet.HeaderRow, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        worksheet.Append(new SheetViews(view));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = 15 });
        worksheet.Append(ColumnsOf(sheet, columns));

        var data = new SheetData();
        for (int r = 0; r < sheet.Rows.Count; r++)
        {
            uint number = (uint)(r + 1);
            var row = new Row { RowIndex = number };
            var cells = sheet.Rows[r];
            for (int c = 0; c < cells.Length; c++)
            {
                // An empty text is no cell at all, as a filter's "(Blanks)" expects.
                if (cells[c] is not { } cell || cell.Text is { Length: 0 })
                {
                    continue;
                }

                var written = new Cell { CellReference = Reference(c, r + 1), StyleIndex = styles.IndexOf(cell.Style) is var s and > 0 ? s : null };
                if (cell.Number is { } n)
                {
                    written.CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    written.DataType = CellValues.SharedString;
                    written.CellValue = new CellValue(strings.IndexOf(Clean(cell.Text ?? string.Empty)).ToString(CultureInfo.InvariantCulture));
                }

                row.Append(written);
            }

            data.Append(row);
        }

        worksheet.Append(data);
        filtered = null;
        if (sheet.HeaderRow > 0)
        {
            int headerColumns = sheet.Rows[sheet.HeaderRow - 1].Length;
            int last = Math.Max(sheet.HeaderRow, sheet.Rows.Count);
            string range = Reference(0, sheet.HeaderRow) + ":" + Reference(headerColumns - 1, last);
            worksheet.Append(new AutoFilter { Reference = range });
            filtered = Absolute(0, sheet.HeaderRow) + ":" + Absolute(headerColumns - 1, last);
        }

        worksheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        return worksheet;
    }

    // Each column as wide as its widest cell (the title row aside), within limits; wrapped cells cap it.
    private static Columns ColumnsOf(ExcelSheet sheet, int count)
    {
        var widths = new double[count];
        for (int r = 0; r < sheet.Rows.Count; r++)
        {
            var cells = sheet.Rows[r];
            bool alone = cells.Count(c => c is not null) == 1 && r < Math.Max(sheet.HeaderRow - 1, 0);
            for (int c = 0; c < cells.Length; c++)
            {
                if (cells[c] is not { } cell || alone)
                {
                    continue;
                }

                int length = Longest(cell.Shown);
                double width = cell.Style.Wrap ? Math.Min(length, r + 1 == sheet.HeaderRow ? 18 : sheet.MaxColumnWidth) : length;
                widths[c] = Math.Max(widths[c], (width * (cell.Style.Bold ? 1.15 : 1.05)) + 2);
            }
        }

        var columns = new Columns();
        for (int c = 0; c < count; c++)
        {
            double width = Math.Round(Math.Clamp(widths[c], 8, sheet.MaxColumnWidth + 2), 1);
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true });
        }

        return columns;
    }

    private static int Longest(string text)
    {
        int longest = 0;
        foreach (var line in text.Split('\n'))
        {
            longest = Math.Max(longest, line.Length);
        }

        return longest;
    }

    /// <summary>"A1"-style reference of column <paramref name="column"/> (from 0) and row <paramref name="row"/> (from 1).</summary>
    internal static string Reference(int column, int row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    private static string Absolute(int column, int row) => "$" + ColumnName(column) + "$" + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The letters of column <paramref name="column"/> (from 0): A … Z, AA ….</summary>
    internal static string ColumnName(int column)
    {
        var name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return name.ToString();
    }

    // XML 1.0 cannot hold most control characters, and Excel holds at most 32,767 characters in a cell.
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || (c < ' ' && c is not '\t' and not '\n' and not '\r') || c is '\uFFFE' or '\uFFFF')
            {
                clean.Append('\uFFFD');
            }
            else
            {
                clean.Append(c);
            }
        }

        return clean.Length <= MaxCellText ? clean.ToString() : clean.ToString(0, MaxCellText - 1) + "…";
    }

    /// <summary>The workbook's shared strings: each distinct text once.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
        private readonly List<string> texts = [];

        public int IndexOf(string text)
        {
            if (!indexes.TryGetValue(text, out int index))
            {
                index = texts.Count;
                texts.Add(text);
                indexes[text] = index;
            }

            return index;
        }

        public SharedStringTable ToTable()
        {
            var table = new SharedStringTable { Count = (uint)texts.Count, UniqueCount = (uint)texts.Count };
            foreach (string text in texts)
            {
                // Leading or trailing spaces are kept only when the text says so.
                var t = new DocumentFormat.OpenXml.Spreadsheet.Text(text);
                if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
                {
                    t.Space = SpaceProcessingModeValues.Preserve;
                }

                table.Append(new SharedStringItem(t));
            }

            return table;
        }
    }
}
