using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Reporting;
using Measures.Returns.Ssda903;
using Measures.Observations;
using Measures.Samples;

namespace Measures.Cli.Commands;

/// <summary><c>measures validate FILE</c>: checks a catalogue or an observations file and lists every problem.</summary>
internal static class ValidateCommand
{
    public static Command Create(ToolContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A catalogue (JSON with \"measures\"), observations (CSV, or JSON with \"observations\"), an SSDA903 return (a folder of its files, \"sample\" for the embedded sample council's, or one of its CSV files or its XML), or a CIN census or SEN2 XML file; \"-\" for standard input. Which it is is told from what is there." };
        var catalogue = new Option<string?>("--catalogue")
        {
            Description = "The catalogue observations are checked against (measure codes, denominators, percentages); the embedded sample catalogue by default.",
            HelpName = "FILE",
        };
        var ignoreUnknownColumns = ObservationFileOptions.IgnoreUnknownColumns();
        var command = new Command("validate", "Check a catalogue, an observations file or a statutory return and list every problem. Exits with 1 when anything is wrong.")
        {
            file, catalogue, ignoreUnknownColumns,
        };
        return command.WithAction(parsed => Run(context, parsed.Required(file), parsed.GetValue(catalogue), parsed.GetValue(ignoreUnknownColumns)));
    }

    private static int Run(ToolContext context, string path, string? cataloguePath, bool ignoreUnknownColumns)
    {
        if (path == InputFiles.StandardInput && cataloguePath == InputFiles.StandardInput)
        {
            throw ToolException.Usage("only one input can come from standard input (\"-\").");
        }

        if (ReturnFiles.IsReturn(path))
        {
            return ValidateReturn(context, path, cataloguePath, ignoreUnknownColumns, null);
        }

        // One file, or standard input: a statutory return's file is told by its first bytes, which are then read again.
        using var whole = InputFiles.OpenTelling(path, context, out var statutory);
        switch (statutory)
        {
            case StatutoryReturn.Ssda903:
                return ValidateReturn(context, path, cataloguePath, ignoreUnknownColumns, whole);
            case StatutoryReturn.CinCensus:
                return ValidateCinCensus(context, path, cataloguePath, ignoreUnknownColumns, whole);
            case StatutoryReturn.Sen2:
                return ValidateSen2(context, path, cataloguePath, ignoreUnknownColumns, whole);
            case StatutoryReturn.OtherXml:
                return Fail(context, path, [$"{Shown(path)}: this is XML, but neither a CIN census (a Message whose Header names the CIN collection, or Children holding CINdetails), a SEN2 return (its Header names the SEN2 collection), nor an SSDA903 return's XML (CHILD elements holding CHILDID and EPISODEs), so it is not read."], 1);
        }

        using var input = InputFiles.Open(path, whole);
        if (input.Kind == InputKind.Catalogue)
        {
            if (cataloguePath is not null)
            {
                throw ToolException.Usage($"'{path}' is a catalogue; --catalogue is for checking observations.");
            }

            if (ignoreUnknownColumns)
            {
                throw ToolException.Usage($"'{path}' is a catalogue; {ObservationFileOptions.IgnoreUnknownColumnsName} is for observations.");
            }

            var result = InputFiles.ReadCatalogue(input);
            if (!result.Success)
            {
                return Fail(context, path, [.. InputFiles.Problems(input, result)], result.ProblemCount);
            }

            context.Output.WriteLine($"{Shown(path)}: a catalogue of {InputFiles.Count(result.Value.Measures.Count, "measure")}; no problems found.");
            return ExitCode.Success;
        }

        var catalogue = cataloguePath is null ? SampleCouncil.Catalogue : InputFiles.LoadCatalogue(cataloguePath, context);
        // Read straight into the store the scorecard would build, so that what it would refuse is refused here too.
        var stored = InputFiles.ReadIntoStore(input, catalogue, context, ignoreUnknownColumns);
        if (stored.Store is null)
        {
            return Fail(context, path, [.. stored.Lines(input.Name)], stored.ProblemCount);
        }

        var problems = ValueProblems(catalogue, stored.Store, input.Name);
        if (problems.Count > 0)
        {
            return Fail(context, path, problems, problems.Count);
        }

        string against = cataloguePath is null ? "the sample catalogue" : $"the catalogue '{cataloguePath}'";
        context.Output.WriteLine($"{Shown(path)}: {InputFiles.Count(stored.Count, "observation")} of {InputFiles.Count(stored.Store.MeasureCodes.Count, "measure")}, checked against {against}; no problems found.");
        return ExitCode.Success;
    }

    /// <summary>A folder of a return's files, or one of them (<paramref name="opened"/>): read strictly, so that every problem is listed.</summary>
    private static int ValidateReturn(ToolContext context, string path, string? cataloguePath, bool ignoreUnknownColumns, Stream? opened) =>
        ValidateStatutory(context, path, "an SSDA903 return", cataloguePath, ignoreUnknownColumns, () => ReturnFiles.Read([path], lenient: false, context, opened), read =>
            $"{(read.Children.Count == 1 ? "1 child" : InputFiles.Count(read.Children.Count, "child")[..^1] + "ren")} and {InputFiles.Count(read.Episodes.Count, "episode")}, from {FilesRead(read)}");

    // Which of the return's files were read: all of them, a few by name, or how many (the XML form holds ten).
    private static string FilesRead(Ssda903Return read)
    {
        int all = Ssda903Layout.AllFiles.Length;
        var names = Ssda903Layout.AllFiles.Where(read.Has).Select(Ssda903Layout.NameOf).ToList();
        return names.Count switch
        {
            _ when names.Count == all => $"all {all} of its files",
            1 => $"its {names[0]} file",
            <= 3 => $"its {string.Join(", ", names[..^1])} and {names[^1]} files",
            _ => $"{names.Count} of its {all} files",
        };
    }

    /// <summary>A CIN census's XML file: read strictly, so that every problem is listed.</summary>
    private static int ValidateCinCensus(ToolContext context, string path, string? cataloguePath, bool ignoreUnknownColumns, Stream opened) =>
        ValidateStatutory(context, path, "a CIN census", cataloguePath, ignoreUnknownColumns, () => CensusFiles.ReadCin(path, lenient: false, context, opened), census =>
            $"{(census.Children.Count == 1 ? "1 child" : InputFiles.Count(census.Children.Count, "child")[..^1] + "ren")} and {InputFiles.Count(census.Children.Sum(c => c.Episodes.Count), "episode")}");

    /// <summary>A SEN2 return's XML file: read strictly, so that every problem is listed.</summary>
    private static int ValidateSen2(ToolContext context, string path, string? cataloguePath, bool ignoreUnknownColumns, Stream opened) =>
        ValidateStatutory(context, path, "a SEN2 return", cataloguePath, ignoreUnknownColumns, () => CensusFiles.ReadSen2(path, lenient: false, context, opened), sen2 =>
            $"{InputFiles.Count(sen2.Persons.Count, "person")} and {InputFiles.Count(sen2.Persons.Sum(p => p.Requests.Count), "request")}");

    // A statutory return read strictly: its problems listed and exit 1, or what it holds and "no problems found".
    private static int ValidateStatutory<T>(ToolContext context, string path, string what, string? cataloguePath, bool ignoreUnknownColumns, Func<T> read, Func<T, string> holds)
    {
        if (cataloguePath is not null || ignoreUnknownColumns)
        {
            throw ToolException.Usage($"'{path}' is {what}; --catalogue and {ObservationFileOptions.IgnoreUnknownColumnsName} are for observations.");
        }

        T loaded;
        try
        {
            loaded = read();
        }
        catch (ToolException ex) when (ex.ExitCode == ExitCode.InvalidInput && ex.Problems.Count > 0)
        {
            return Fail(context, path, [.. ex.Problems], ex.Problems.Count);
        }

        context.Output.WriteLine($"{Shown(path)}: {what} of {holds(loaded)}; no problems found.");
        return ExitCode.Success;
    }

    /// <summary>
    /// The values a scorecard would work out, for the whole council, over every period it may roll up to: a
    /// percentage whose summed numerator passes a denominator taken at the period's end, a value too large to work out.
    /// </summary>
    private static List<string> ValueProblems(MeasureCatalogue catalogue, ObservationStore store, string name)
    {
        var problems = new List<string>();
        var seen = new HashSet<(string, DataProblemKind)>();
        PeriodRollUp[] rollUps =
        [
            PeriodRollUp.AsReported, PeriodRollUp.Quarters, PeriodRollUp.FinancialYears, PeriodRollUp.CalendarYears,
            PeriodRollUp.AcademicYears, PeriodRollUp.FinancialYearToDate, PeriodRollUp.AcademicYearToDate, PeriodRollUp.CalendarYearToDate,
            PeriodRollUp.RollingMonths(12),
        ];
        foreach (string code in store.MeasureCodes)
        {
            if (!catalogue.TryGetMeasure(code, out var measure))
            {
                continue;
            }

            // A measure over its own length of rolling window is checked over that window too.
            PeriodRollUp[] own = measure.RollingMonths is { } months and not 12 ? [.. rollUps, PeriodRollUp.RollingMonths(months)] : rollUps;
            foreach (var aggregate in own.SelectMany(rollUp => RolledUp(store, code, rollUp)))
            {

                try
                {
                    aggregate.ValueOf(measure.ValueType);
                }
                catch (DataProblemException ex)
                {
                    // One problem of each kind per measure says what is wrong; the same over every period would bury it.
                    foreach (var problem in ex.Problems.Where(p => seen.Add((aggregate.MeasureCode, p.Kind))))
                    {
                        problems.Add($"{name}: {problem}");
                    }
                }
            }
        }

        return problems;
    }

    // A measure rolls up only to periods its own are part of (a termly measure has no quarters); the rest are not asked for.
    private static AggregationResult RolledUp(ObservationStore store, string code, PeriodRollUp rollUp)
    {
        try
        {
            return store.Aggregate(new AggregationQuery { Measures = [code], Periods = rollUp, Units = UnitRollUp.AllUnits });
        }
        catch (DataProblemException ex) when (ex.Problems.All(p => p.Kind == DataProblemKind.PeriodDoesNotFitFrequency))
        {
            return AggregationResult.Empty;
        }
    }

    private static string Shown(string path) => path == InputFiles.StandardInput ? "standard input" : path;

    private static int Fail(ToolContext context, string path, List<string> problems, long count)
    {
        foreach (string problem in problems)
        {
            context.Error.WriteLine(problem);
        }

        context.Error.WriteLine($"measures: {InputFiles.Count(count, "problem")} in {(path == InputFiles.StandardInput ? "standard input" : "'" + path + "'")}.");
        return ExitCode.InvalidInput;
    }
}
