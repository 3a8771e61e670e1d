using System.Collections.Generic;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Measures.Cli.Excel;

/// <summary>
/// The workbook's style sheet, built as cells ask for styles: each distinct <see cref="ExcelStyle"/> becomes one
/// cell format, each distinct number format one entry. Not thread-safe: one per workbook being written.
/// </summary>
internal sealed class ExcelStyles
{
    // Excel's built-in number formats need no declaration; any other gets an id from 164 up.
    private static readonly Dictionary<string, uint> BuiltIn = new(System.StringComparer.Ordinal)
    {
        ["0"] = 1, ["0.00"] = 2, ["#,##0"] = 3, ["#,##0.00"] = 4, ["0%"] = 9, ["0.00%"] = 10, ["@"] = 49,
    };

    // Fonts: 0 normal, 1 bold, 2 title, then the text colour of each RAG fill (Excel's Bad, Neutral, Good, and a blue).
    private static readonly string?[] FontColours = [null, null, null, "FF9C0006", "FF9C5700", "FF006100", "FF1F4E78"];

    // Fills: 0 and 1 are the two Excel requires (none, gray125); then header grey and the RAG backgrounds.
    private static readonly string[] FillColours = ["FFD9D9D9", "FFFFC7CE", "FFFFEB9C", "FFC6EFCE", "FFDDEBF7"];

    private readonly Dictionary<ExcelStyle, uint> indexes = [];
    private readonly List<ExcelStyle> styles = [default];
    private readonly Dictionary<string, uint> customFormats = new(System.StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="ExcelStyles"/> class, holding the default style at index 0.</summary>
    public ExcelStyles() => indexes[default] = 0;

    /// <summary>The index of <paramref name="style"/> among the cell formats, adding it when new.</summary>
    public uint IndexOf(ExcelStyle style)
    {
        if (!indexes.TryGetValue(style, out uint index))
        {
            index = (uint)styles.Count;
            styles.Add(style);
            indexes[style] = index;
            if (FormatCode(style) is { } code && !BuiltIn.ContainsKey(code) && !customFormats.ContainsKey(code))
            {
                customFormats[code] = 164 + (uint)customFormats.Count;
            }
        }

        return index;
    }

    /// <summary>The style sheet holding every style asked for.</summary>
    public Stylesheet ToStylesheet()
    {
        var numberingFormats = new NumberingFormats();
        foreach (var (code, id) in customFormats)
        {
            numberingFormats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = code });
        }

        numberingFormats.Count = (uint)customFormats.Count;

        var fonts = new Fonts();
        for (int i = 0; i < FontColours.Length; i++)
        {
            var font = new Font();
            if (i is 1 or 2)
            {
                font.Append(new Bold());
            }

            font.Append(new FontSize { Val = i == 2 ? 14 : 11 });
            if (FontColours[i] is { } colour)
            {
                font.Append(new Color { Rgb = colour });
            }

            font.Append(new FontName { Val = "Calibri" });
            font.Append(new FontFamilyNumbering { Val = 2 });
            fonts.Append(font);
        }

        fonts.Count = (uint)FontColours.Length;

        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        foreach (string colour in FillColours)
        {
            fills.Append(new Fill(new PatternFill(new ForegroundColor { Rgb = colour }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }));
        }

        fills.Count = (uint)(FillColours.Length + 2);

        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 };
        var styleFormats = new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 };
        var cellFormats = new CellFormats();
        foreach (var style in styles)
        {
            cellFormats.Append(CellFormatOf(style));
        }

        cellFormats.Count = (uint)styles.Count;
        var cellStyles = new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 };

        var stylesheet = new Stylesheet();
        if (customFormats.Count > 0)
        {
            stylesheet.Append(numberingFormats);
        }

        stylesheet.Append(fonts, fills, borders, styleFormats, cellFormats, cellStyles);
        return stylesheet;
    }

    private CellFormat CellFormatOf(ExcelStyle style)
    {
        uint numberFormat = FormatCode(style) is { } code ? BuiltIn.TryGetValue(code, out uint builtIn) ? builtIn : customFormats[code] : 0;
        uint font = style.Title ? 2u : style.Fill >= ExcelFill.Red ? (uint)style.Fill + 1 : style.Bold ? 1u : 0u;
        uint fill = style.Fill == ExcelFill.None ? 0u : (uint)style.Fill + 1;
        var format = new CellFormat
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = fill,
            BorderId = 0,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != 0,
            ApplyFont = font != 0,
            ApplyFill = fill != 0,
        };
        if (style.Wrap)
        {
            format.ApplyAlignment = true;
            format.Append(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top });
        }

        return format;
    }

    private static string? FormatCode(ExcelStyle style) => style.NumberFormat ?? (style.IsText ? "@" : null);
}
