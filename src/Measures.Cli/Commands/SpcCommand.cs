using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Measures.Definitions;
using Measures.Internal;
using Measures.Judgements.Spc;
using Measures.Observations;
using Measures.Samples;
using Measures.Time;

namespace Measures.Cli.Commands;

/// <summary><c>measures spc</c>: one measure's XmR chart and judgements, as SVG, JSON or CSV.</summary>
internal static class SpcCommand
{
    private static readonly string[] Formats = ["svg", "json", "csv"];

    public static Command Create(ToolContext context)
    {
        var catalogue = new Option<string?>("--catalogue")
        {
            Description = "The catalogue of measures (JSON), for the measure's polarity and target. Without it, the embedded sample council's.",
            HelpName = "FILE",
        };
        var observations = new Option<string?>("--observations")
        {
            Description = "The observations (CSV or JSON). Without it, the embedded sample council's.",
            HelpName = "FILE",
        };
        var measure = new Option<string>("--measure") { Description = "The code of the measure to chart (\"EH-01\").", HelpName = "CODE", Required = true };
        var baseline = new Option<int?>("--baseline") { Description = "Fix the mean and limits on the first N points of each segment (at least 2).", HelpName = "N" };
        var rebase = new Option<string[]>("--rebase")
        {
            Description = "Start a new segment, with its own mean, limits and rules, at this period (\"Apr 2023\"); repeat for more.",
            HelpName = "LABEL",
            AllowMultipleArgumentsPerToken = true,
        };
        var runLength = new Option<int?>("--run-length") { Description = "Points in a run or trend: 7 (the default) or 6.", HelpName = "N" };
        var noScreening = new Option<bool>("--no-screening") { Description = "Keep every moving range in the limits (by default, ranges at or above 3.267 × the mean are left out)." };
        var format = new Option<string?>("--format") { Description = "svg, json or csv. With --output and no --format, taken from the file's extension; otherwise json." };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var command = new Command("spc", "Draw one measure's XmR chart as Making Data Count does: mean, process limits, special-cause points judged through the measure's polarity, and the variation and assurance icons. Uses the whole council's figures in time order.")
        {
            catalogue, observations, measure, baseline, rebase, runLength, noScreening, format, output,
        };
        return command.WithAction(parsed => Run(
            context,
            parsed.GetValue(catalogue),
            parsed.GetValue(observations),
            parsed.GetValue(measure)!,
            parsed.GetValue(baseline),
            parsed.GetValue(rebase) ?? [],
            parsed.GetValue(runLength),
            parsed.GetValue(noScreening),
            parsed.GetValue(format),
            parsed.GetValue(output)));
    }

    private static int Run(ToolContext context, string? cataloguePath, string? observationsPath, string code, int? baseline, string[] rebase, int? runLength, bool noScreening, string? formatName, string? outputPath)
    {
        if (cataloguePath is not null && observationsPath is null)
        {
            throw ToolException.Usage("--catalogue needs --observations: the sample observations are for the sample catalogue only.");
        }

        if (baseline is < 2)
        {
            throw ToolException.Usage($"--baseline {baseline} is too small: limits need at least 2 points.");
        }

        if (runLength is not (null or 6 or 7))
        {
            throw ToolException.Usage($"--run-length {runLength} is not allowed: a run or trend is 7 points (Making Data Count's default) or 6.");
        }

        string format = formatName ?? FormatFromExtension(outputPath) ?? "json";
        var catalogue = cataloguePath is null ? SampleCouncil.Catalogue : InputFiles.LoadCatalogue(cataloguePath, context);
        if (!catalogue.TryGetMeasure(code, out var definition))
        {
            throw ToolException.Usage($"--measure \"{code}\" is not in the catalogue.");
        }

        var all = observationsPath is null ? SampleCouncil.Observations : Read(observationsPath, catalogue, context);
        var series = Series(definition, all, observationsPath ?? SampleCouncil.ObservationsFileName, context);
        var labels = rebase.Select(label => ParsePeriod(label).ToString()).ToArray();
        var target = definition.TargetFor(series[^1].Period) is { IsRange: false } t ? (double?)(double)t.Value : null;
        var options = new SpcOptions
        {
            Baseline = baseline,
            RebaseAt = labels,
            RunLength = runLength ?? 7,
            TrendLength = runLength ?? 7,
            ScreenMovingRanges = !noScreening,
        };

        XmrChart chart;
        try
        {
            chart = XmrChart.Create(series.Select(s => new SpcValue(s.Period.ToString(), s.Value)), definition.Polarity, target, options);
        }
        catch (ArgumentException ex)
        {
            throw new ToolException("no chart was drawn: " + Text.Plain(ex) + ".");
        }

        foreach (string note in chart.Notes)
        {
            context.Error.WriteLine($"measures spc: {note}");
        }

        string title = $"{definition.Code} {definition.Title}";
        void Write(TextWriter writer)
        {
            switch (format)
            {
                case "svg":
                    writer.Write(XmrChartSvg.Render(chart, title));
                    break;
                case "csv":
                    WriteCsv(writer, chart);
                    break;
                default:
                    WriteJson(writer, definition, chart);
                    break;
            }
        }

        if (outputPath is null or "-")
        {
            Write(context.Output);
            return ExitCode.Success;
        }

        OutputFile.Write(outputPath, Write);
        context.Output.WriteLine($"Wrote the XmR chart of {definition.Code} ({InputFiles.Count(chart.Points.Count, "point")}) to {outputPath}.");
        return ExitCode.Success;
    }

    private static string? FormatFromExtension(string? path) => Path.GetExtension(path ?? "").ToLowerInvariant() switch
    {
        ".svg" => "svg",
        ".csv" => "csv",
        ".json" => "json",
        _ => null,
    };

    private static IReadOnlyList<Observation> Read(string path, MeasureCatalogue catalogue, ToolContext context)
    {
        using var input = InputFiles.Open(path, context);
        if (input.Kind == InputKind.Catalogue)
        {
            throw new ToolException($"'{path}' is a catalogue (it has \"measures\"), not observations; give it with --catalogue.");
        }

        var options = new ObservationReadOptions { Catalogue = catalogue };
        var read = input.Kind == InputKind.ObservationsJson
            ? ObservationJsonReader.Read(input.Stream, input.Name, options)
            : ObservationCsvReader.Read(input.Stream, input.Name, options);
        return read.Success
            ? read.Value
            : throw new ToolException(ExitCode.InvalidInput, InputFiles.Count(read.ProblemCount, "problem") + $" in the observations '{path}'; no chart was drawn.", [.. InputFiles.Lines(input.Name, read.Problems, read.ProblemCount)]);
    }

    // The whole council's value in each period of the measure's commonest period type: council rows where given,
    // otherwise the organisational units' counts added up.
    private static List<(ReportingPeriod Period, double Value)> Series(MeasureDefinition measure, IReadOnlyList<Observation> all, string source, ToolContext context)
    {
        var mine = all.Where(o => string.Equals(o.MeasureCode, measure.Code, StringComparison.Ordinal)).ToList();
        if (mine.Count == 0)
        {
            throw new ToolException($"'{source}' has no observations of {measure.Code}, so there is nothing to chart.");
        }

        var type = mine.GroupBy(o => o.Period.Type).OrderByDescending(g => g.Count()).First().Key;
        int other = mine.Count(o => o.Period.Type != type);
        if (other > 0)
        {
            context.Error.WriteLine($"measures spc: charted the {InputFiles.Count(mine.Count - other, "observation")} of {measure.Code} by {Name(type)}; {InputFiles.Count(other, "observation")} for other kinds of period were left out.");
        }

        var series = new List<(ReportingPeriod, double)>();
        foreach (var period in mine.Where(o => o.Period.Type == type).GroupBy(o => o.Period).OrderBy(g => g.Key.EndMonth))
        {
            var council = period.Where(o => o.OrganisationalUnit == Observation.WholeCouncil).ToList();
            var rows = council.Count > 0 ? council : [.. period];
            decimal? value;
            if (rows.Count == 1 && rows[0].Value is { } given)
            {
                value = given;
            }
            else if (rows.Any(r => r.Value is not null))
            {
                throw new ToolException($"{measure.Code} in {period.Key}: the units' figures are values without counts, which cannot be added up for the whole council.");
            }
            else
            {
                long numerator = rows.Sum(r => r.Numerator);
                long? denominator = rows.All(r => r.Denominator is null) ? null : rows.Sum(r => r.Denominator ?? 0);
                value = measure.ValueType.Calculate(numerator, denominator).Exact;
            }

            if (value is { } v)
            {
                series.Add((period.Key, (double)v));
            }
        }

        return series.Count >= 2
            ? series
            : throw new ToolException($"{measure.Code} has {InputFiles.Count(series.Count, "period")} with a value; an XmR chart needs at least 2.");
    }

    private static string Name(PeriodType type) => type.ToString().ToLowerInvariant();

    private static ReportingPeriod ParsePeriod(string label)
    {
        var result = ReportingPeriodPattern.RoundTrip.Parse(label);
        return result.Success
            ? result.Value
            : throw ToolException.Usage($"--rebase \"{label}\" is not a period label: {Text.Reason(label, result.Exception)}.");
    }

    private static void WriteCsv(TextWriter writer, XmrChart chart)
    {
        writer.Write("period,value,moving_range,moving_range_screened_out,mean,lower_process_limit,upper_process_limit,lower_2_sigma,upper_2_sigma,trial_limits,rule,judgement\n");
        foreach (var p in chart.Points)
        {
            var s = p.Segment;
            writer.Write(string.Join(",",
                CsvText.ReportField(p.Label), N(p.Value), p.MovingRange is { } mr ? N(mr) : "", p.MovingRangeScreenedOut ? "yes" : "no",
                N(s.Mean), N(s.LowerProcessLimit), N(s.UpperProcessLimit), N(s.LowerTwoSigma), N(s.UpperTwoSigma), s.IsTrial ? "yes" : "no",
                CsvText.Field(SpcWording.Describe(p.Rule)), CsvText.Field(SpcWording.Describe(p.Variation))));
            writer.Write('\n');
        }
    }

    private static void WriteJson(TextWriter writer, MeasureDefinition measure, XmrChart chart)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("measure", measure.Code);
            json.WriteString("title", measure.Title);
            json.WriteString("polarity", measure.Polarity.ToString());
            if (chart.Target is { } target)
            {
                json.WriteNumber("target", target);
            }

            json.WriteString("variation", SpcWording.Describe(chart.Variation));
            json.WriteString("variationIcon", chart.Variation.ToString());
            json.WriteString("assurance", SpcWording.Describe(chart.Assurance));
            json.WriteString("assuranceIcon", chart.Assurance.ToString());
            json.WriteBoolean("trialLimits", chart.HasTrialLimits);
            json.WriteStartArray("notes");
            foreach (string note in chart.Notes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
            json.WriteStartArray("segments");
            foreach (var s in chart.Segments)
            {
                json.WriteStartObject();
                json.WriteString("from", chart.Points[s.Start].Label);
                json.WriteNumber("points", s.Count);
                json.WriteNumber("baselinePoints", s.BaselinePoints);
                json.WriteNumber("mean", s.Mean);
                json.WriteNumber("meanMovingRange", s.MeanMovingRange);
                json.WriteNumber("movingRangesScreenedOut", s.MovingRangesScreenedOut);
                json.WriteNumber("lowerProcessLimit", s.LowerProcessLimit);
                json.WriteNumber("upperProcessLimit", s.UpperProcessLimit);
                json.WriteNumber("lower2Sigma", s.LowerTwoSigma);
                json.WriteNumber("upper2Sigma", s.UpperTwoSigma);
                json.WriteBoolean("trialLimits", s.IsTrial);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("points");
            foreach (var p in chart.Points)
            {
                json.WriteStartObject();
                json.WriteString("period", p.Label);
                json.WriteNumber("value", p.Value);
                if (p.MovingRange is { } mr)
                {
                    json.WriteNumber("movingRange", mr);
                }

                json.WriteString("rule", p.Rule.ToString());
                json.WriteString("judgement", SpcWording.Describe(p.Variation));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        writer.Write('\n');
    }

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
