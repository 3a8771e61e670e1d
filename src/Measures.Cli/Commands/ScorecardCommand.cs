using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Judgements;
using Measures.Reporting;
using Measures.Time;
using NodaTime.Text;
using Measures.Observations;
using Measures.Samples;

namespace Measures.Cli.Commands;

/// <summary><c>measures scorecard</c>: a catalogue plus observations plus a period in, a scorecard out.</summary>
internal static class ScorecardCommand
{
    private static readonly string[] Formats = ["table", "json", "csv", "md", "html"];

    public static Command Create(ToolContext context)
    {
        var catalogue = new Option<string?>("--catalogue")
        {
            Description = "The catalogue of measures (JSON). Without it, the embedded sample council's catalogue; with it, --observations is needed too.",
            HelpName = "FILE",
        };
        var observations = new Option<string?>("--observations")
        {
            Description = "The observations: CSV (measure, period, organisational_unit, numerator, denominator, and value for a figure given without counts) or JSON. Without it, the embedded sample council's.",
            HelpName = "FILE",
        };
        var period = new Option<string?>("--period")
        {
            Description = "The scorecard's period: \"Mar 2024\", \"2023/24 Q4\", \"2023/24\"… By default the latest month of the observations, or its whole financial year when that month is March.",
            HelpName = "LABEL",
        };
        var format = new Option<string?>("--format")
        {
            Description = "table (the default), json, csv, md (Markdown) or html. With --output and no --format, taken from the file's extension.",
        };
        format.AcceptOnlyFromAmong(Formats);
        var audience = new Option<bool>("--public") { Description = "The public version: small counts suppressed by the small-number policy." };
        var output = new Option<string?>("--output") { Description = "Write the scorecard to this file instead of standard output.", HelpName = "FILE" };
        var noChange = new Option<decimal?>("--no-change-tolerance")
        {
            Description = "The largest movement called \"no change\" in a direction of travel, in each measure's units (points for a percentage); a measure's own, set in the catalogue, comes first.",
            HelpName = "N",
        };
        var similarity = new Option<decimal?>("--similarity-tolerance")
        {
            Description = "The largest difference from a benchmark called \"similar\" (in line with it); a measure's own, set in the catalogue, comes first.",
            HelpName = "N",
        };
        var ignoreUnknownColumns = ObservationFileOptions.IgnoreUnknownColumns();
        var compareWith = new Option<string[]>("--compare-with")
        {
            Description = "Also compare each measure with another earlier period; repeat for more. A period label (\"Oct 2020\", \"Q2 2020/21\", \"2018\") or \"previous\" and month, quarter, year (financial), calendar year, academic year, term or half-term: the last whole one before the measure's period. Add \"average\" to compare a count of events with that period's average per period of the measure's (\"previous quarter average\": its monthly average in a monthly scorecard).",
            HelpName = "LABEL",
        };
        var command = new Command("scorecard", "Build a scorecard: for each measure its value, target and RAG rating, direction of travel, benchmarks and recent history, with summary counts. With no options, the embedded sample council's scorecard for its latest period (2023/24).")
        {
            catalogue, observations, period, format, audience, output, noChange, similarity, ignoreUnknownColumns,
        };
        command.Options.Add(compareWith);
        return command.WithAction(parsed => Run(
            context,
            parsed.GetValue(catalogue),
            parsed.GetValue(observations),
            parsed.GetValue(period),
            parsed.GetValue(format),
            parsed.GetValue(audience),
            parsed.GetValue(output),
            parsed.GetValue(noChange),
            parsed.GetValue(similarity),
            parsed.GetValue(ignoreUnknownColumns),
            ParseComparisons(parsed.GetValue(compareWith))));
    }

    private static ScorecardComparison[] ParseComparisons(string[]? labels)
    {
        var comparisons = new ScorecardComparison[labels?.Length ?? 0];
        for (int i = 0; i < comparisons.Length; i++)
        {
            try
            {
                comparisons[i] = ScorecardComparison.Parse(labels![i]);
            }
            catch (FormatException ex)
            {
                throw ToolException.Usage("--compare-with " + ex.Message);
            }
        }

        return comparisons;
    }

    private static int Run(ToolContext context, string? cataloguePath, string? observationsPath, string? periodLabel, string? formatName, bool isPublic, string? outputPath, decimal? noChangeTolerance, decimal? similarityTolerance, bool ignoreUnknownColumns, ScorecardComparison[] comparisons)
    {
        if (noChangeTolerance < 0 || similarityTolerance < 0)
        {
            throw ToolException.Usage("a tolerance cannot be negative; use 0 for none.");
        }

        if (ignoreUnknownColumns && observationsPath is null)
        {
            throw ToolException.Usage(ObservationFileOptions.IgnoreUnknownColumnsName + " needs --observations: it is for reading your own observations file.");
        }

        if (cataloguePath is not null && observationsPath is null)
        {
            throw ToolException.Usage("--catalogue needs --observations: the sample observations are for the sample catalogue only.");
        }

        CheckOutputIsNotAnInput(outputPath, cataloguePath, observationsPath);
        if (cataloguePath == InputFiles.StandardInput && observationsPath == InputFiles.StandardInput)
        {
            throw ToolException.Usage("only one input can come from standard input (\"-\").");
        }

        var format = FormatOf(formatName, outputPath);
        ReportingPeriod? asked = periodLabel is null ? null : ParsePeriod(periodLabel);
        var catalogue = cataloguePath is null ? SampleCouncil.Catalogue : InputFiles.LoadCatalogue(cataloguePath, context);
        // A file is read straight into the store, so that millions of rows are held once; the sample is a list.
        var stored = observationsPath is null ? null : InputFiles.LoadIntoStore(observationsPath, catalogue, context, ignoreUnknownColumns);
        long count = stored?.Count ?? SampleCouncil.Observations.Count;
        if (count == 0)
        {
            throw new ToolException($"'{observationsPath}' holds no observations, so there is nothing to put in a scorecard.");
        }

        var period = asked ?? (stored is null ? LatestPeriod(SampleCouncil.Observations) : LatestPeriod(stored.LatestMonth ?? stored.LatestEnd!.Value));
        var options = new ScorecardOptions
        {
            Audience = isPublic ? ScorecardAudience.Public : ScorecardAudience.Internal,
            Judgements = new JudgementOptions
            {
                NoChangeTolerance = noChangeTolerance ?? JudgementOptions.Default.NoChangeTolerance,
                SimilarityTolerance = similarityTolerance ?? JudgementOptions.Default.SimilarityTolerance,
            },
            Comparisons = comparisons,
            Progress = context.Environment.ErrorIsTerminal && count >= 1_000_000 ? new BuildProgress(context.Error) : null,
        };

        Scorecard scorecard;
        try
        {
            var builder = new ScorecardBuilder(catalogue, options);
            scorecard = stored is null ? builder.Build(SampleCouncil.Observations, period) : builder.Build(stored.Store!, period);
        }
        catch (DataProblemException ex)
        {
            string name = observationsPath is null ? SampleCouncil.ObservationsFileName : Path.GetFileName(observationsPath);
            throw new ToolException(
                ExitCode.InvalidInput,
                $"{InputFiles.Count(ex.ProblemCount, "problem")} in the observations '{observationsPath ?? name}'; no scorecard was built.",
                [.. ex.Problems.Select(p => $"{name}: {p}")]);
        }
        catch (ArgumentException ex)
        {
            throw new ToolException("no scorecard was built: " + Text.Plain(ex) + ".");
        }

        if (outputPath is null or "-")
        {
            scorecard.Write(context.Output, format);
            return ExitCode.Success;
        }

        OutputFile.Write(outputPath, file => scorecard.Write(file, format));

        context.Output.WriteLine($"Wrote the {(isPublic ? "public" : "internal")} scorecard for {scorecard.PeriodLabel} ({InputFiles.Count(scorecard.Rows.Count, "measure")}) to {outputPath}.");
        return ExitCode.Success;
    }

    /// <summary>Writing over an input would lose it: the output must be another file.</summary>
    private static void CheckOutputIsNotAnInput(string? outputPath, params string?[] inputs)
    {
        if (outputPath is null or "-")
        {
            return;
        }

        string output = Resolved(outputPath);
        foreach (string? input in inputs)
        {
            if (input is not null and not "-" && string.Equals(Resolved(input), output, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                throw ToolException.Usage($"--output '{outputPath}' is the input '{input}'; writing the scorecard there would lose it. Choose another file.");
            }
        }
    }

    private static string Resolved(string path)
    {
        string full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    private static ScorecardFormat FormatOf(string? name, string? outputPath)
    {
        name ??= Path.GetExtension(outputPath ?? "").ToLowerInvariant() switch
        {
            ".json" => "json",
            ".csv" => "csv",
            ".md" or ".markdown" => "md",
            ".html" or ".htm" => "html",
            _ => "table",
        };
        return name.ToLowerInvariant() switch
        {
            "json" => ScorecardFormat.Json,
            "csv" => ScorecardFormat.Csv,
            "md" => ScorecardFormat.Markdown,
            "html" => ScorecardFormat.Html,
            _ => ScorecardFormat.Table,
        };
    }

    private static ReportingPeriod ParsePeriod(string label)
    {
        var result = ReportingPeriodPattern.RoundTrip.Parse(label);
        return result.Success
            ? result.Value
            : throw new ToolException($"--period \"{label}\" is not a period label: {Text.Reason(label, result.Exception)}.");
    }

    // The latest month with monthly figures (termly and yearly figures run ahead, to the end of their term
    // or year); at the end of a financial year, the year itself, as the year-end report.
    private static ReportingPeriod LatestPeriod(IReadOnlyList<Observation> observations)
    {
        var monthly = observations.Where(o => o.Period.Type == PeriodType.Month).ToList();
        return LatestPeriod(monthly.Count > 0 ? monthly.Max(o => o.Period.EndMonth) : observations.Max(o => o.Period.EndMonth));
    }

    // The latest month of the observations, or its whole financial year when that month is March.
    private static ReportingPeriod LatestPeriod(NodaTime.YearMonth month) =>
        month.Month == 3 ? ReportingPeriod.FinancialYear(month.Year - 1) : ReportingPeriod.Month(month);

    /// <summary>Shows the scorecard's progress on a large set of observations, on one line of standard error.</summary>
    private sealed class BuildProgress(TextWriter error) : IProgress<ScorecardProgress>
    {
        public void Report(ScorecardProgress value)
        {
            error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{value.Stage}: {value.Completed:N0} of {value.Total:N0}   "));
            if (value.Completed >= value.Total)
            {
                error.WriteLine();
            }
        }
    }
}
