using System;
using System.IO;
using Measures.Reporting;

namespace Measures.Cli;

/// <summary>
/// The format <c>measures scorecard</c> writes: one of the library's text formats, or an Excel workbook, which
/// the tool writes itself (the library stays free of any file-format dependency).
/// </summary>
/// <param name="Text">The text format, or null for a workbook.</param>
internal readonly record struct ScorecardOutput(ScorecardFormat? Text)
{
    /// <summary>An Excel workbook (.xlsx).</summary>
    public static ScorecardOutput Workbook => new(null);

    /// <summary>Gets a value indicating whether this is an Excel workbook.</summary>
    public bool IsWorkbook => Text is null;

    /// <summary>
    /// The format named by <c>--format</c>, else by the extension of <c>--output</c>; a usage error for an extension
    /// the tool does not know (rather than a table under a name that promises something else) and for a workbook
    /// without a file to write it to.
    /// </summary>
    public static ScorecardOutput FormatOf(string? name, string? outputPath)
    {
        bool toFile = outputPath is not null and not "-";
        if (name is null && toFile)
        {
            string extension = Path.GetExtension(outputPath!);
            name = extension.ToLowerInvariant() switch
            {
                ".json" => "json",
                ".csv" => "csv",
                ".md" or ".markdown" => "md",
                ".html" or ".htm" => "html",
                ".xlsx" => "xlsx",
                ".txt" or "" => "table",
                _ => throw ToolException.Usage(
                    $"--output '{outputPath}': the extension '{extension}' names no format the tool writes (.txt, .json, .csv, .md, .html or .xlsx); give one of those, or --format."),
            };
        }

        var format = (name ?? "table").ToLowerInvariant() switch
        {
            "json" => new ScorecardOutput(ScorecardFormat.Json),
            "csv" => new ScorecardOutput(ScorecardFormat.Csv),
            "md" => new ScorecardOutput(ScorecardFormat.Markdown),
            "html" => new ScorecardOutput(ScorecardFormat.Html),
            "xlsx" => Workbook,
            _ => new ScorecardOutput(ScorecardFormat.Table),
        };
        if (format.IsWorkbook && !toFile)
        {
            throw ToolException.Usage("an Excel workbook is a file, not text: give --output with a file name ending .xlsx.");
        }

        return format;
    }
}
