using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Measures.Indicators;
using Measures.Observations;
using Measures.Returns.Ssda903;
using Measures.Time;

namespace Measures.Cli.Commands;

/// <summary><c>measures indicators --ssda903 FOLDER</c>: the national indicators of a return, as observations.</summary>
internal static class IndicatorsCommand
{
    public static Command Create(ToolContext context)
    {
        var ssda903 = ReturnFiles.Ssda903Option(required: true);
        var lenient = ReturnFiles.LenientOption();
        var population = PopulationOption();
        var period = PeriodOption("The period the indicators are for: \"2023/24\", \"2023/24 Q4\", \"Mar 2024\", \"rolling 12 months to 2024-03\"… By default the financial year ending on the last 31 March the return reaches.");
        var format = new Option<string?>("--format")
        {
            Description = "csv (the observations format, by default) or json.",
            HelpName = "csv|json",
        };
        var output = new Option<string?>("--output")
        {
            Description = "Write to this file (whole or not at all) instead of standard output; its extension sets the format when --format is not given.",
            HelpName = "FILE",
        };
        var measures = new Option<string[]>("--measure")
        {
            Description = "Compute only this indicator (repeat for more): \"cla-31-march\", \"cla-3-placements\"… By default every one.",
            HelpName = "CODE",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("indicators", "Compute the national indicators of a return (SSDA903: children looked after) for a period, as observations (measure, period, numerator, denominator) that the scorecard, the aggregation core and every writer take as they are. Each figure's children: see 'measures explain'.")
        {
            ssda903, lenient, population, period, measures, format, output,
        };
        return command.WithAction(parsed => Run(
            context,
            parsed.GetValue(ssda903) ?? [],
            parsed.GetValue(lenient),
            parsed.GetValue(population),
            parsed.GetValue(period),
            parsed.GetValue(measures) ?? [],
            parsed.GetValue(format),
            parsed.GetValue(output)));
    }

    /// <summary><c>--population</c>: the children aged 0 to 17, for rates per 10,000.</summary>
    public static Option<string?> PopulationOption() => new("--population")
    {
        Description = "The children aged 0 to 17, for rates per 10,000: a CSV of mid-year estimates (area,year,age_band,count, as the ONS publishes them) or a plain number. Without it, rates are left out and the tool says why.",
        HelpName = "FILE|NUMBER",
    };

    /// <summary><c>--period</c> for a return's indicators.</summary>
    public static Option<string?> PeriodOption(string description) => new("--period")
    {
        Description = description,
        HelpName = "LABEL",
    };

    /// <summary>The population named on the command line: a number, or a file of estimates.</summary>
    public static Population? ReadPopulation(string? given, ToolContext context)
    {
        if (given is null)
        {
            return null;
        }

        if (long.TryParse(given, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long children))
        {
            return children > 0 ? Population.Of(children) : throw ToolException.Usage($"--population {given}: the number of children aged 0 to 17 must be above 0.");
        }

        using var input = InputFiles.Open(given, context);
        var read = Population.Read(input.Stream, input.Name);
        return read.TryGetValue(out var population)
            ? population
            : throw new ToolException(ExitCode.InvalidInput, $"{InputFiles.Count(read.ProblemCount, "problem")} in the population file '{given}'; nothing was read.", [.. InputFiles.Problems(input, read)]);
    }

    /// <summary>The period asked for, or the financial year ending on the last 31 March the return's episodes reach.</summary>
    public static ReportingPeriod PeriodOf(string? label, Ssda903Return read)
    {
        if (label is not null)
        {
            var parsed = ReportingPeriodPattern.RoundTrip.Parse(label);
            return parsed.Success ? parsed.Value : throw new ToolException($"--period \"{label}\" is not a period label: {Text.Reason(label, parsed.Exception)}.");
        }

        var latest = read.Episodes.Select(e => e.End ?? e.Start).DefaultIfEmpty().Max();
        if (latest == default)
        {
            throw new ToolException("the return has no episodes, so there is no year to compute; give --period.");
        }

        // The year of a return ends on 31 March: the last one on or before its latest date.
        int year = latest.Month >= 4 || (latest.Month == 3 && latest.Day == 31) ? latest.Year : latest.Year - 1;
        return ReportingPeriod.FinancialYear(year - 1);
    }

    private static int Run(ToolContext context, string[] paths, bool lenient, string? populationGiven, string? periodLabel, string[] measures, string? formatName, string? outputPath)
    {
        foreach (string code in measures)
        {
            if (!Ssda903Indicators.MeasureCodes.Contains(code.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                throw ToolException.Usage($"--measure {code}: not an SSDA903 indicator; the indicators are {string.Join(", ", Ssda903Indicators.MeasureCodes)}.");
            }
        }

        string format = (formatName ?? (Path.GetExtension(outputPath ?? "").Equals(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "csv")).ToLowerInvariant();
        if (format is not ("csv" or "json"))
        {
            throw ToolException.Usage($"--format {formatName}: the indicators are written as csv or json.");
        }

        var population = ReadPopulation(populationGiven, context);
        var read = ReturnFiles.Read(paths, lenient, context);
        var period = PeriodOf(periodLabel, read);
        var result = Ssda903Indicators.Compute(read, period, new IndicatorOptions { Population = population, Measures = measures });
        foreach (var note in result.Notes)
        {
            context.Error.WriteLine($"measures: {note}");
        }

        void Write(TextWriter writer)
        {
            if (format == "json")
            {
                writer.Write(ObservationJsonWriter.ToJson(result.Observations));
            }
            else
            {
                ObservationCsvWriter.Write(writer, result.Observations);
            }
        }

        if (outputPath is null or "-")
        {
            Write(context.Output);
            return ExitCode.Success;
        }

        OutputFile.Write(outputPath, Write);
        context.Output.WriteLine($"Wrote {InputFiles.Count(result.Observations.Count, "observation")} for {period} to {outputPath}.");
        return ExitCode.Success;
    }
}
