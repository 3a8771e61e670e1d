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
        var ssda903 = ReturnFiles.Ssda903Option();
        var cin = CensusFiles.CinOption();
        var sen2 = CensusFiles.Sen2Option();
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
            Description = "Compute only this indicator (repeat for more): \"cla-31-march\", \"cin-re-referrals\"… By default every one of the returns given.",
            HelpName = "CODE",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("indicators", "Compute the national indicators of the statutory returns given (SSDA903: children looked after; CIN census: children in need and child protection) for a period, as observations (measure, period, numerator, denominator) that the scorecard, the aggregation core and every writer take as they are. Each figure's children: see 'measures explain'.")
        {
            ssda903, cin, sen2, lenient, population, period, measures, format, output,
        };
        return command.WithAction(parsed => Run(
            context,
            parsed.GetValue(ssda903) ?? [],
            parsed.GetValue(cin),
            parsed.GetValue(sen2),
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

        var latest = read.EpisodeRows.Select(e => e.End ?? e.Start).DefaultIfEmpty().Max();
        if (latest == default)
        {
            throw new ToolException("the return has no episodes, so there is no year to compute; give --period.");
        }

        // The year of a return ends on 31 March: the last one on or before its latest date.
        int year = latest.Month >= 4 || (latest.Month == 3 && latest.Day == 31) ? latest.Year : latest.Year - 1;
        return ReportingPeriod.FinancialYear(year - 1);
    }

    /// <summary>The period asked for, or the financial year ending on the census's reference date (31 March).</summary>
    public static ReportingPeriod PeriodOf(string? label, Returns.Cin.CinCensus census)
    {
        if (label is not null)
        {
            var parsed = ReportingPeriodPattern.RoundTrip.Parse(label);
            return parsed.Success ? parsed.Value : throw new ToolException($"--period \"{label}\" is not a period label: {Text.Reason(label, parsed.Exception)}.");
        }

        NodaTime.LocalDate? latest = census.Header.ReferenceDate;
        if (latest is null)
        {
            foreach (var episode in census.Children.SelectMany(c => c.Episodes))
            {
                var last = episode.ClosureDate ?? episode.ReferralDate;
                latest = last is { } day && (latest is null || day > latest) ? day : latest;
            }
        }

        if (latest is not { } end)
        {
            throw new ToolException("the CIN census has no reference date and no episodes, so there is no year to compute; give --period.");
        }

        int year = end.Month >= 4 || (end.Month == 3 && end.Day == 31) ? end.Year : end.Year - 1;
        return ReportingPeriod.FinancialYear(year - 1);
    }

    /// <summary>The period asked for, or the calendar year before the SEN2 collection's reference date (the year it reports).</summary>
    public static ReportingPeriod PeriodOf(string? label, Returns.Sen2.Sen2Return sen2)
    {
        if (label is not null)
        {
            var parsed = ReportingPeriodPattern.RoundTrip.Parse(label);
            return parsed.Success ? parsed.Value : throw new ToolException($"--period \"{label}\" is not a period label: {Text.Reason(label, parsed.Exception)}.");
        }

        if (sen2.Header.ReferenceDate is { } reference)
        {
            return ReportingPeriod.CalendarYear(reference.Year - 1);
        }

        var issued = sen2.Persons.SelectMany(p => p.Requests).SelectMany(r => r.Assessments).SelectMany(a => a.Plans).Select(p => p.StartDate).OfType<NodaTime.LocalDate>().DefaultIfEmpty().Max();
        return issued != default
            ? ReportingPeriod.CalendarYear(issued.Year)
            : throw new ToolException("the SEN2 return has no reference date and no plans, so there is no year to compute; give --period.");
    }

    // The codes asked for among one return's, or null when codes were asked for and none is that return's.
    private static string[]? Asked(string[] measures, System.Collections.Generic.IReadOnlyList<string> codes)
    {
        if (measures.Length == 0)
        {
            return [];
        }

        string[] own = [.. measures.Select(m => m.Trim()).Where(m => codes.Contains(m, StringComparer.OrdinalIgnoreCase))];
        return own.Length == 0 ? null : own;
    }

    private static int Run(ToolContext context, string[] paths, string? cinPath, string? sen2Path, bool lenient, string? populationGiven, string? periodLabel, string[] measures, string? formatName, string? outputPath)
    {
        if (paths.Length == 0 && cinPath is null && sen2Path is null)
        {
            throw ToolException.Usage("give a return: --ssda903 FOLDER, --cin FILE, --sen2 FILE, or any of them together.");
        }

        string[] known = [.. paths.Length > 0 ? Ssda903Indicators.MeasureCodes : [], .. cinPath is not null ? CinIndicators.MeasureCodes : [], .. sen2Path is not null ? Sen2Indicators.MeasureCodes : []];
        foreach (string code in measures)
        {
            if (!known.Contains(code.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                throw ToolException.Usage($"--measure {code}: not an indicator of the returns given; their indicators are {string.Join(", ", known)}.");
            }
        }

        string format = (formatName ?? (Path.GetExtension(outputPath ?? "").Equals(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "csv")).ToLowerInvariant();
        if (format is not ("csv" or "json"))
        {
            throw ToolException.Usage($"--format {formatName}: the indicators are written as csv or json.");
        }

        var population = ReadPopulation(populationGiven, context);
        var results = new System.Collections.Generic.List<IndicatorResult>();
        ReportingPeriod? period = null;
        if (paths.Length > 0 && Asked(measures, Ssda903Indicators.MeasureCodes) is { } ssda903Codes)
        {
            var read = ReturnFiles.Read(paths, lenient, context);
            period = PeriodOf(periodLabel, read);
            results.Add(Ssda903Indicators.Compute(read, period.Value, new IndicatorOptions { Population = population, Measures = ssda903Codes }));
        }

        if (cinPath is not null && Asked(measures, CinIndicators.MeasureCodes) is { } cinCodes)
        {
            var census = CensusFiles.ReadCin(cinPath, lenient, context);
            var cinPeriod = PeriodOf(periodLabel, census);
            period ??= cinPeriod;
            results.Add(CinIndicators.Compute(census, cinPeriod, new IndicatorOptions { Population = population, Measures = cinCodes }));
        }

        if (sen2Path is not null && Asked(measures, Sen2Indicators.MeasureCodes) is { } sen2Codes)
        {
            var sen2 = CensusFiles.ReadSen2(sen2Path, lenient, context);
            var sen2Period = PeriodOf(periodLabel, sen2);
            period ??= sen2Period;
            results.Add(Sen2Indicators.Compute(sen2, sen2Period, new IndicatorOptions { Measures = sen2Codes }));
        }

        foreach (var note in results.SelectMany(r => r.Notes))
        {
            context.Error.WriteLine($"measures: {note}");
        }

        var observations = results.SelectMany(r => r.Observations).ToList();

        void Write(TextWriter writer)
        {
            if (format == "json")
            {
                writer.Write(ObservationJsonWriter.ToJson(observations));
            }
            else
            {
                ObservationCsvWriter.Write(writer, observations);
            }
        }

        if (outputPath is null or "-")
        {
            Write(context.Output);
            return ExitCode.Success;
        }

        OutputFile.Write(outputPath, Write);
        context.Output.WriteLine($"Wrote {InputFiles.Count(observations.Count, "observation")} for {period} to {outputPath}.");
        return ExitCode.Success;
    }
}
