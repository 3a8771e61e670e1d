using System.Globalization;

namespace Measures.Cli.Excel;

/// <summary>
/// One cell of a worksheet: text, or a number stored as a number (so that it sums, sorts and filters) shown
/// through its style's number format. <see cref="Shown"/> is roughly what Excel displays, for fitting column widths.
/// </summary>
internal readonly record struct ExcelCell(string? Text, decimal? Number, ExcelStyle Style, string Shown)
{
    /// <summary>A text cell.</summary>
    public static ExcelCell Of(string text, ExcelStyle style = default) => new(text, null, style with { IsText = true }, text);

    /// <summary>A number cell; <paramref name="shown"/> is its text as displayed.</summary>
    public static ExcelCell Of(decimal number, ExcelStyle style, string shown) => new(null, number, style, shown);

    /// <summary>A whole number with thousands separators.</summary>
    public static ExcelCell Of(long number) =>
        new(null, number, new ExcelStyle { NumberFormat = "#,##0" }, number.ToString("#,0", CultureInfo.InvariantCulture));

    /// <summary>A number when there is one, else an empty cell.</summary>
    public static ExcelCell? OfOptional(decimal? number, ExcelStyle style, string shown) => number is { } n ? Of(n, style, shown) : null;
}
