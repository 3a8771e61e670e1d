using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ExcelDataReader;
using Measures.Cli.Excel;

namespace Measures.Cli.Tests;

/// <summary>
/// <c>measures scorecard --format xlsx</c>: the workbook is read back with ExcelDataReader, a reader independent
/// of the Open XML SDK that writes it, and its data sheet compared cell by cell with the CSV of the same scorecard.
/// The sample's 2023/24 figures are those of Rotherham's year-end report (Improving Lives Select Commission
/// minutes, 30 July 2024, minute 18), as in <see cref="ScorecardCommandTests"/>.
/// </summary>
public sealed class ExcelOutputTests : IDisposable
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private readonly TempFolder folder = new();

    // ExcelDataReader asks for code page 1252 (for old .xls files) even when it reads an .xlsx.
    static ExcelOutputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("--public")]
    [InlineData("--period|Dec 2023|--compare-with|previous quarter average|--compare-with|Q2 2023/24")]
    [InlineData("--ssda903|sample|--public")]
    public void The_data_sheet_read_back_by_another_reader_is_the_csv_cell_by_cell(string options)
    {
        var (workbook, csv) = BothFormats(Split(options));
        var data = Read(workbook)[ScorecardWorkbook.DataSheet];
        var expected = Csv(csv);

        Assert.Equal(expected.Count, data.Count);
        Assert.Equal(expected[0], data[0].Select(c => (string?)c.Value).ToArray());
        string[] header = expected[0];
        int compared = 0;
        for (int r = 1; r < expected.Count; r++)
        {
            for (int c = 0; c < header.Length; c++)
            {
                string want = expected[r][c];
                var got = c < data[r].Length ? data[r][c] : default;
                string where = $"row {r + 1} ({expected[r][0]}), column {header[c]}";
                switch (got.Value)
                {
                    case null:
                        Assert.True(want.Length == 0, $"{where}: empty in the workbook, \"{want}\" in the CSV");
                        break;
                    case double number:
                        decimal csvNumber = decimal.Parse(want, NumberStyles.Float, CultureInfo.InvariantCulture);
                        // A figure in a percentage measure's units is a fraction shown as a percentage (91.3 is 0.913 as 91.3%).
                        bool fraction = ScorecardWorkbook.IsInMeasureUnits(header[c]) && got.Format!.EndsWith('%');
                        Assert.True(Math.Abs((decimal)number * (fraction ? 100 : 1) - csvNumber) < 0.000001m, $"{where}: {number} (format {got.Format}) in the workbook, {want} in the CSV");
                        break;
                    case string text:
                        Assert.True(text == want, $"{where}: \"{text}\" in the workbook, \"{want}\" in the CSV");
                        break;
                    default:
                        Assert.Fail($"{where}: a {got.Value.GetType().Name} in the workbook");
                        break;
                }

                compared++;
            }
        }

        Assert.True(compared > 300, $"only {compared} cells compared");
    }

    [Theory]
    [InlineData("")]
    [InlineData("--public")]
    public void Each_service_area_sheet_agrees_with_the_csv_on_every_measure(string options)
    {
        var (workbook, csv) = BothFormats(Split(options));
        var sheets = Read(workbook);
        var expected = Csv(csv);
        string[] columns = expected[0];
        string Field(string[] record, string column) => record[Array.IndexOf(columns, column)];
        int rows = 0;
        foreach (var (name, sheet) in sheets.Where(s => s.Key is not (ScorecardWorkbook.SummarySheet or ScorecardWorkbook.DataSheet or ScorecardWorkbook.DefinitionsSheet)))
        {
            string[] header = [.. sheet[1].Select(c => (string)c.Value!)];
            foreach (var row in sheet.Skip(2))
            {
                Cell At(string column) => row[Array.IndexOf(header, column)];
                var record = expected.Single(r => r[0] == (string)row[0].Value!);
                string where = $"{name}, {record[0]}";
                Assert.True(Field(record, "service_area").StartsWith(name, StringComparison.Ordinal), where);
                Assert.Equal(Field(record, "period_label"), At("Period").Value);
                string rag = Field(record, "rag");
                Assert.Equal(rag switch { "noTarget" => "No target", "noPolarity" => "Not rated", "noValue" => "No value", _ => char.ToUpperInvariant(rag[0]) + rag[1..] }, At("RAG").Value);
                if (At("Value").Value is double value)
                {
                    decimal csvValue = decimal.Parse(Field(record, "value"), CultureInfo.InvariantCulture);
                    Assert.True(Math.Abs((decimal)value * (At("Value").Format!.EndsWith('%') ? 100 : 1) - csvValue) < 0.000001m, $"{where}: {value} against {csvValue}");
                }
                else
                {
                    // No value: the symbol, as the CSV's value_text has it.
                    Assert.Equal("", Field(record, "value"));
                    Assert.Equal(Field(record, "value_text"), At("Value").Value);
                }

                rows++;
            }
        }

        Assert.Equal(expected.Count - 1, rows);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--public")]
    public void Each_service_area_sheet_has_the_csvs_comparator_and_statistics_columns_cell_by_cell(string options)
    {
        // The sample's comparator file (England, Yorkshire and The Humber, statistical neighbours, all councils)
        // gives the default scorecard its national comparisons; each area sheet repeats them beside the measure.
        var (workbook, csv) = BothFormats(Split(options));
        var expected = Csv(csv);
        string[] columns = expected[0];
        string Field(string[] record, string column) => record[Array.IndexOf(columns, column)];
        (string Sheet, string Csv)[] same =
        [
            ("Benchmarks", "benchmarks"), ("Benchmark period", "benchmark_period"), ("Quartile band", "quartile_band"), ("Rank", "rank"),
            ("Significance", "significance"), ("SPC assurance", "spc_assurance"), ("Recent trend", "recent_trend_text"),
            ("Significance against comparators", "benchmark_significance"),
        ];
        int ranked = 0, compared = 0;
        foreach (var (name, sheet) in Read(workbook).Where(s => s.Key is not (ScorecardWorkbook.SummarySheet or ScorecardWorkbook.DataSheet or ScorecardWorkbook.DefinitionsSheet)))
        {
            string[] header = [.. sheet[1].Select(c => (string)c.Value!)];
            foreach (var row in sheet.Skip(2))
            {
                Cell At(string column) => row.ElementAtOrDefault(Array.IndexOf(header, column));
                var record = expected.Single(r => r[0] == (string)row[0].Value!);
                foreach (var (column, csvColumn) in same)
                {
                    Assert.True((At(column).Value as string ?? string.Empty) == Field(record, csvColumn), $"{name}, {record[0]}, {column}: \"{At(column).Value}\" against \"{Field(record, csvColumn)}\"");
                    compared++;
                }

                string interval = Field(record, "ci95_lower") is { Length: > 0 } lower ? lower + " to " + Field(record, "ci95_upper") : Field(record, "ci_note");
                Assert.Equal(interval, At("95% interval").Value as string ?? string.Empty);
                string variation = Field(record, "spc_variation") is { Length: > 0 } v ? v : Field(record, "spc_note");
                Assert.Equal(variation, At("SPC variation").Value as string ?? string.Empty);

                // England, the region and the neighbours as numbers: the figures the benchmarks' words give.
                string words = Field(record, "benchmarks");
                foreach (var (column, comparator) in new[] { ("England", "England "), ("Region", "Yorkshire and The Humber "), ("Statistical neighbours", "Statistical neighbours ") })
                {
                    string? part = words.Split("; ").FirstOrDefault(p => p.StartsWith(comparator, StringComparison.Ordinal));
                    if (part is null || words == "suppressed")
                    {
                        Assert.True(At(column).Value is null or "suppressed", $"{record[0]} {column}: {At(column).Value}");
                        continue;
                    }

                    string figure = new([.. part[comparator.Length..].TakeWhile(c => char.IsDigit(c) || c is '.' or ',')]);
                    decimal published = decimal.Parse(figure.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
                    var cell = At(column);
                    Assert.True(cell.Value is double, $"{record[0]} {column}: {cell.Value} is not a number");
                    Assert.True(Math.Abs((decimal)(double)cell.Value! * (cell.Format!.EndsWith('%') ? 100 : 1) - published) < 0.000001m, $"{record[0]} {column}: {cell.Value} against {part}");
                }

                ranked += Field(record, "rank").Length > 0 ? 1 : 0;
            }
        }

        Assert.True(compared > 200, $"only {compared} cells compared");
        Assert.True(options.Length > 0 || ranked > 5, $"only {ranked} measures ranked");
    }

    [Fact]
    public void Every_figure_of_the_csv_is_a_number_in_the_workbook_never_text()
    {
        var (workbook, csv) = BothFormats([]);
        var data = Read(workbook)[ScorecardWorkbook.DataSheet];
        var expected = Csv(csv);
        string[] numeric = ["value", "numerator", "denominator", "periods_present", "periods_expected", "previous_value", "relative_change_vs_previous", "value_last_year", "relative_change_vs_last_year"];
        foreach (string column in numeric)
        {
            int c = Array.IndexOf(expected[0], column);
            for (int r = 1; r < expected.Count; r++)
            {
                if (expected[r][c].Length > 0)
                {
                    Assert.True(data[r][c].Value is double, $"{expected[r][0]} {column}: {data[r][c].Value} is not a number");
                }
            }
        }
    }

    [Fact]
    public void A_service_area_sheet_shows_values_as_formatted_numbers_periods_as_text_and_rag_in_words()
    {
        var (workbook, _) = BothFormats([]);
        var sheets = Read(workbook);
        Assert.Equal(
            [ScorecardWorkbook.SummarySheet, "Early Help and Family", "Children's Social Care", "Education", "Inclusion", ScorecardWorkbook.DataSheet, ScorecardWorkbook.DefinitionsSheet],
            sheets.Keys);
        var area = sheets["Early Help and Family"];
        string[] header = [.. area[1].Select(c => (string)c.Value!)];
        var eh01 = area.Single(r => r[0].Value as string == "EH-01");
        Cell At(string column) => eh01[Array.IndexOf(header, column)];

        // Line 56: 91.3% of families contacted within three working days (2,801 of 3,068), above the target of 75%.
        Assert.Equal(0.913, (double)At("Value").Value!, 9);
        Assert.Equal("0.0%", At("Value").Format);
        Assert.Equal(2801d, At("Numerator").Value);
        Assert.Equal(3068d, At("Denominator").Value);
        Assert.Equal(0.75, (double)At("Target").Value!, 9);
        Assert.Equal("0%", At("Target").Format); // as set: 75%, not 75.0%
        Assert.Equal("Green", At("RAG").Value);
        Assert.Equal("2023/24", At("Period").Value);
        Assert.Equal("2022/23", At("Previous period").Value);

        // Line 65: youth reoffending 16.1 per 100,000, for its own period; a rate keeps its unit in the format.
        var eh09 = area.Single(r => r[0].Value as string == "EH-09");
        Assert.Equal(16.1, (double)eh09[Array.IndexOf(header, "Value")].Value!, 9);
        Assert.Equal("#,##0.0\" per 100,000\"", eh09[Array.IndexOf(header, "Value")].Format);
        Assert.Equal("rolling 12 months to Mar 2023", eh09[Array.IndexOf(header, "Period")].Value);

        // Line 98: ICPCs within 15 working days 84.8%, below the target of 90%: red.
        var csc13 = sheets["Children's Social Care"].Single(r => r[0].Value as string == "CSC-13");
        Assert.Equal("Red", csc13[Array.IndexOf(header, "RAG")].Value);
    }

    [Fact]
    public void The_summary_and_definitions_sheets_name_the_measures_left_out()
    {
        var (workbook, _) = BothFormats([]);
        var sheets = Read(workbook);
        var summary = sheets[ScorecardWorkbook.SummarySheet];
        Assert.Contains(summary, r => r[0].Value is string s && s.StartsWith("Left out: 12 measures not counted in summaries (ED-01,", StringComparison.Ordinal));
        var all = summary.Single(r => r[0].Value as string == "All service areas");
        Assert.Equal(30d, all[1].Value);

        var definitions = sheets[ScorecardWorkbook.DefinitionsSheet];
        string[] header = [.. definitions[1].Select(c => (string)c.Value!)];
        var ed01 = definitions.Single(r => r[0].Value as string == "ED-01");
        Assert.Equal("no", ed01[Array.IndexOf(header, "In the summary")].Value);
        Assert.Equal("the catalogue does not count it in summaries", ed01[Array.IndexOf(header, "Left out of the summary because")].Value);
        Assert.Equal(2 + 42, definitions.Count); // the title, the header and the 42 measures
    }

    [Fact]
    public void Every_table_has_its_header_frozen_a_filter_and_fitted_widths_and_rag_is_a_fill()
    {
        var (workbook, _) = BothFormats([]);
        using var zip = ZipFile.OpenRead(workbook);
        var book = XDocument.Load(zip.GetEntry("xl/workbook.xml")!.Open());
        int sheetCount = book.Descendants(Main + "sheet").Count();
        Assert.Equal(7, sheetCount);
        var printTitles = book.Descendants(Main + "definedName").Where(n => (string?)n.Attribute("name") == "_xlnm.Print_Titles").ToList();
        Assert.Equal(sheetCount, printTitles.Count);
        for (int i = 1; i <= sheetCount; i++)
        {
            var sheet = XDocument.Load(zip.GetEntry($"xl/worksheets/sheet{i}.xml")!.Open());
            var pane = sheet.Descendants(Main + "pane").Single();
            Assert.Equal("frozen", (string?)pane.Attribute("state"));
            int frozen = (int)pane.Attribute("ySplit")!;
            Assert.Equal($"A{frozen + 1}", (string?)pane.Attribute("topLeftCell"));
            string filter = (string)sheet.Descendants(Main + "autoFilter").Single().Attribute("ref")!;
            Assert.StartsWith($"A{frozen}:", filter, StringComparison.Ordinal);
            Assert.EndsWith($"!$1:${frozen}", printTitles[i - 1].Value, StringComparison.Ordinal);
            Assert.Equal("landscape", (string?)sheet.Descendants(Main + "pageSetup").Single().Attribute("orientation"));
            var widths = sheet.Descendants(Main + "col").Select(c => double.Parse((string)c.Attribute("width")!, CultureInfo.InvariantCulture)).ToList();
            Assert.NotEmpty(widths);
            Assert.All(widths, w => Assert.InRange(w, 8, 72));
        }

        // The RAG word's cell is filled: green with Excel's "Good" colours.
        var styles = XDocument.Load(zip.GetEntry("xl/styles.xml")!.Open());
        var fills = styles.Descendants(Main + "fill").ToList();
        var formats = styles.Descendants(Main + "cellXfs").Single().Elements(Main + "xf").ToList();
        var strings = XDocument.Load(zip.GetEntry("xl/sharedStrings.xml")!.Open()).Descendants(Main + "si").Select(si => si.Value).ToList();
        var area = XDocument.Load(zip.GetEntry("xl/worksheets/sheet2.xml")!.Open());
        var green = area.Descendants(Main + "c").First(c => (string?)c.Attribute("t") == "s" && strings[(int)c.Element(Main + "v")!] == "Green");
        var format = formats[(int)green.Attribute("s")!];
        Assert.Equal("FFC6EFCE", (string?)fills[(int)format.Attribute("fillId")!].Descendants(Main + "fgColor").Single().Attribute("rgb"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("--public|--period|Dec 2023|--compare-with|previous quarter average")]
    [InlineData("--ssda903|sample")]
    public void The_workbook_is_valid_office_open_xml(string options)
    {
        var (workbook, _) = BothFormats(Split(options));
        using var document = SpreadsheetDocument.Open(workbook, isEditable: false);
        var errors = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Text_that_xml_cannot_hold_is_replaced_not_fatal()
    {
        var sheet = new ExcelSheet("Odd");
        sheet.AddHeader(["text"]);
        sheet.Add(ExcelCell.Of("bell\u0007 and half a pair \ud800 end"));
        using var stream = new MemoryStream();
        ExcelWorkbook.Write([sheet], stream);
        stream.Position = 0;
        using var reader = ExcelReaderFactory.CreateReader(stream);
        Assert.True(reader.Read() && reader.Read());
        Assert.Equal("bell\uFFFD and half a pair \uFFFD end", reader.GetString(0));
    }

    [Theory]
    [InlineData("scorecard.xls", ".xls")]
    [InlineData("scorecard.pdf", ".pdf")]
    [InlineData("scorecard.XLSM", ".XLSM")]
    public void An_extension_the_tool_does_not_write_is_a_usage_error_and_writes_nothing(string name, string extension)
    {
        string path = folder.PathOf(name);
        var run = Tool.Run("scorecard", "--output", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"the extension '{extension}' names no format", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void A_format_named_with_an_unknown_extension_is_written_as_named()
    {
        string path = folder.PathOf("scorecard.report");
        var run = Tool.Run("scorecard", "--format", "xlsx", "--output", path);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(path)[..2]);
    }

    [Theory]
    [InlineData("--format|xlsx")]
    [InlineData("--format|xlsx|--output|-")]
    public void A_workbook_needs_a_file(string options)
    {
        var run = Tool.Run(["scorecard", .. Split(options)]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("an Excel workbook is a file, not text", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_csv_file_starts_with_a_byte_order_mark_unless_asked_not_to_and_standard_output_never_does()
    {
        string with = folder.PathOf("with.csv");
        string without = folder.PathOf("without.csv");
        Assert.Equal(0, Tool.Run("scorecard", "--output", with).ExitCode);
        Assert.Equal(0, Tool.Run("scorecard", "--output", without, "--no-byte-order-mark").ExitCode);
        byte[] marked = File.ReadAllBytes(with);
        byte[] plain = File.ReadAllBytes(without);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, marked[..3]);
        Assert.Equal("code,"u8.ToArray(), plain[..5]);
        Assert.Equal(plain, marked[3..]);
        Assert.StartsWith("code,", Tool.Run("scorecard", "--format", "csv").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_that_fails_half_way_leaves_the_previous_file_as_it_was()
    {
        string path = folder.Write("scorecard.xlsx", "the previous workbook");
        var thrown = Assert.Throws<ToolException>(() => OutputFile.WriteBytes(
            path,
            stream => ScorecardWorkbook.Write(new Reporting.ScorecardBuilder(Samples.SampleCouncil.Catalogue).Build(Samples.SampleCouncil.Observations, Time.ReportingPeriod.FinancialYear(2023)), stream),
            stream => new FullDiskStream(stream, 4096)));
        Assert.StartsWith($"cannot write '{path}': No space left on device", thrown.Message, StringComparison.Ordinal);
        Assert.Equal("the previous workbook", File.ReadAllText(path));
        Assert.Equal(["scorecard.xlsx"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    // Options given to a theory as one string, separated by "|".
    private static string[] Split(string options) => options.Split('|', StringSplitOptions.RemoveEmptyEntries);

    private (string Workbook, string Csv) BothFormats(string[] options)
    {
        string workbook = folder.PathOf("scorecard-" + Guid.NewGuid().ToString("N")[..8] + ".xlsx");
        string csv = Path.ChangeExtension(workbook, ".csv");
        var run = Tool.Run(["scorecard", .. options, "--output", workbook]);
        Assert.True(run.ExitCode == 0, run.ToString());
        run = Tool.Run(["scorecard", .. options, "--output", csv]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return (workbook, File.ReadAllText(csv, Encoding.UTF8));
    }

    /// <summary>A cell as ExcelDataReader reads it: its value (null, double or string) and number format.</summary>
    internal readonly record struct Cell(object? Value, string? Format);

    internal static Dictionary<string, List<Cell[]>> Read(string path)
    {
        var sheets = new Dictionary<string, List<Cell[]>>(StringComparer.Ordinal);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        do
        {
            var rows = new List<Cell[]>();
            while (reader.Read())
            {
                var cells = new Cell[reader.FieldCount];
                for (int i = 0; i < cells.Length; i++)
                {
                    cells[i] = new Cell(reader.GetValue(i), reader.GetNumberFormatString(i));
                }

                rows.Add(cells);
            }

            sheets.Add(reader.Name, rows);
        }
        while (reader.NextResult());
        return sheets;
    }

    /// <summary>RFC 4180 records; a report field neutralised with a leading apostrophe is read back without it.</summary>
    internal static List<string[]> Csv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}
