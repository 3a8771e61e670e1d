using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Measures.Aggregation;
using Measures.Comparators;
using Measures.Definitions;
using Measures.Indicators;
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
    private static readonly string[] Formats = ["table", "json", "csv", "md", "html", "xlsx"];

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
            Description = "table (the default), json, csv, md (Markdown), html or xlsx (an Excel workbook, written to --output only). With --output and no --format, taken from the file's extension (.txt or none: table).",
        };
        format.AcceptOnlyFromAmong(Formats);
        var audience = new Option<bool>("--public") { Description = "The public version: small counts suppressed by the small-number policy." };
        var output = new Option<string?>("--output") { Description = "Write the scorecard to this file instead of standard output.", HelpName = "FILE" };
        var noByteOrderMark = new Option<bool>("--no-byte-order-mark")
        {
            Description = "Write a CSV file without the UTF-8 byte order mark that a CSV file written with --output starts with by default (it lets Excel on Windows read accents and symbols right).",
        };
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
        var comparators = new Option<string?>("--comparators")
        {
            Description = "A DfE all-councils CSV file (time_period, time_identifier, geographic_level, region_name, new_la_code, la_name, old_la_code, then a column per measure code): England, region and statistical-neighbour averages, rank and quartile band on each row. Without it, the sample council's illustrative file for the sample.",
            HelpName = "FILE",
        };
        var neighbours = new Option<string?>("--neighbours")
        {
            Description = "Statistical-neighbour lists (la_code, neighbour_1 … neighbour_10) to average each council's ten neighbours, where the comparator file gives no average.",
            HelpName = "FILE",
        };
        var council = new Option<string?>("--council")
        {
            Description = "The council the scorecard is for, as the comparator file names it (new_la_code, old_la_code or la_name); needed with --comparators.",
            HelpName = "CODE",
        };
        var unit = new Option<string?>("--unit")
        {
            Description = "The scorecard of one organisational unit (a locality, a team) instead of the whole council: the observations whose organisational_unit is NAME. Needs --observations.",
            HelpName = "NAME",
        };
        var byUnit = new Option<string?>("--by-unit")
        {
            Description = "Every team on one measure: the organisational units of the observations side by side for the measure CODE (value, numerator, denominator, completeness, RAG, direction, rank among the units), under the whole council's line. Needs --observations.",
            HelpName = "CODE",
        };
        var hierarchy = HierarchyOption();
        var withUnits = new Option<bool>("--with-units")
        {
            Description = "With --format html: the whole council's scorecard and then each unit's, in one self-contained page whose contents list links them. Needs --observations. With --hierarchy, the units come in its order (each unit followed by those under it) and each adds in the units below it; with --unit NAME too, the page starts at that unit.",
        };
        var ssda903 = ReturnFiles.Ssda903Option();
        var cin = CensusFiles.CinOption();
        var sen2 = CensusFiles.Sen2Option();
        var lenient = ReturnFiles.LenientOption();
        var population = IndicatorsCommand.PopulationOption();
        var command = new Command("scorecard", "Build a scorecard: for each measure its value, target and RAG rating, direction of travel, benchmarks and recent history, with summary counts. With no options, the embedded sample council's scorecard for its latest period (2023/24). With --ssda903, --cin and --sen2 (any of them), the national indicators computed from the returns, with the standard catalogue (or --catalogue).")
        {
            catalogue, observations, period, format, audience, output, noChange, similarity, ignoreUnknownColumns,
        };
        command.Options.Add(compareWith);
        command.Options.Add(ssda903);
        command.Options.Add(cin);
        command.Options.Add(sen2);
        command.Options.Add(lenient);
        command.Options.Add(population);
        command.Options.Add(noByteOrderMark);
        command.Options.Add(comparators);
        command.Options.Add(neighbours);
        command.Options.Add(council);
        command.Options.Add(unit);
        command.Options.Add(byUnit);
        command.Options.Add(withUnits);
        command.Options.Add(hierarchy);
        return command.WithAction(parsed => Run(
            context,
            parsed.GetValue(catalogue),
            parsed.GetValue(observations),
            parsed.GetValue(period),
            parsed.GetValue(format),
            parsed.GetValue(audience),
            new OutputOptions(parsed.GetValue(output), !parsed.GetValue(noByteOrderMark)),
            parsed.GetValue(noChange),
            parsed.GetValue(similarity),
            parsed.GetValue(ignoreUnknownColumns),
            ParseComparisons(parsed.GetValue(compareWith)),
            new ReturnInput(parsed.GetValue(ssda903) ?? [], parsed.GetValue(cin), parsed.GetValue(sen2), parsed.GetValue(lenient), parsed.GetValue(population)),
            new ComparatorInput(parsed.GetValue(comparators), parsed.GetValue(neighbours), parsed.GetValue(council)),
            parsed.GetValue(unit),
            new UnitViews(parsed.GetValue(byUnit), parsed.GetValue(withUnits), parsed.GetValue(hierarchy))));
    }

    /// <summary>The views of the units asked for: every unit on one measure, or every unit's scorecard after the council's.</summary>
    private sealed record UnitViews(string? ByUnit, bool WithUnits, string? Hierarchy = null);

    /// <summary>A statutory return to compute the scorecard's observations from, as the command line gives it.</summary>
    private sealed record ReturnInput(string[] Ssda903, string? Cin, string? Sen2, bool Lenient, string? Population)
    {
        public bool IsGiven => Ssda903.Length > 0 || Cin is not null || Sen2 is not null;

        /// <summary>The standard catalogue of the returns given, in the order SSDA903, CIN census, SEN2.</summary>
        public MeasureCatalogue Standard
        {
            get
            {
                MeasureCatalogue[] given =
                [
                    .. Ssda903.Length > 0 ? [StandardCatalogue.Ssda903] : Array.Empty<MeasureCatalogue>(),
                    .. Cin is not null ? [StandardCatalogue.Cin] : Array.Empty<MeasureCatalogue>(),
                    .. Sen2 is not null ? [StandardCatalogue.Sen2] : Array.Empty<MeasureCatalogue>(),
                ];
                return given.Length == 1 ? given[0] : new MeasureCatalogue(given.SelectMany(c => c.Measures), StandardCatalogue.All.Name);
            }
        }
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

    /// <summary>National comparator files and the council they are read for, as the command line gives them.</summary>
    private sealed record ComparatorInput(string? Comparators, string? Neighbours, string? Council);

    /// <summary>Where the scorecard goes, and whether a CSV file starts with a byte order mark.</summary>
    private sealed record OutputOptions(string? Path, bool ByteOrderMark);

    private static int Run(ToolContext context, string? cataloguePath, string? observationsPath, string? periodLabel, string? formatName, bool isPublic, OutputOptions output, decimal? noChangeTolerance, decimal? similarityTolerance, bool ignoreUnknownColumns, ScorecardComparison[] comparisons, ReturnInput fromReturn, ComparatorInput national, string? unit, UnitViews views)
    {
        if ((views.ByUnit is not null || views.WithUnits) && observationsPath is null)
        {
            throw ToolException.Usage((views.ByUnit is not null ? "--by-unit" : "--with-units") + " needs --observations: the units are those its rows name.");
        }

        CheckHierarchyUse(unit, views);
        if (views.ByUnit is not null && (views.WithUnits || (unit is not null && views.Hierarchy is null)))
        {
            throw ToolException.Usage("--by-unit is a table of its own: give it without --with-units, and with --unit only to compare the units under it, which needs --hierarchy.");
        }

        if (unit is not null && observationsPath is null)
        {
            throw ToolException.Usage("--unit needs --observations: the sample's observations and a return's indicators are the whole council's.");
        }

        if (national.Comparators is null && (national.Neighbours is not null || national.Council is not null))
        {
            throw ToolException.Usage("--neighbours and --council are for a comparator file: give --comparators too.");
        }

        if (national.Comparators is not null && national.Council is null)
        {
            throw ToolException.Usage("--comparators needs --council: the code or name of the council the scorecard is for, as the comparator file has it.");
        }

        if (fromReturn.IsGiven && observationsPath is not null)
        {
            throw ToolException.Usage("give --observations or returns (--ssda903, --cin, --sen2), not both: a scorecard is built from one or the other.");
        }

        if (!fromReturn.IsGiven && (fromReturn.Lenient || fromReturn.Population is not null))
        {
            throw ToolException.Usage("--lenient and --population are for a return: give --ssda903, --cin or --sen2 too.");
        }

        if (noChangeTolerance < 0 || similarityTolerance < 0)
        {
            throw ToolException.Usage("a tolerance cannot be negative; use 0 for none.");
        }

        if (ignoreUnknownColumns && observationsPath is null)
        {
            throw ToolException.Usage(ObservationFileOptions.IgnoreUnknownColumnsName + " needs --observations: it is for reading your own observations file.");
        }

        if (cataloguePath is not null && observationsPath is null && !fromReturn.IsGiven)
        {
            throw ToolException.Usage("--catalogue needs --observations: the sample observations are for the sample catalogue only.");
        }

        string? outputPath = output.Path;
        CheckOutputIsNotAnInput(outputPath, cataloguePath, observationsPath);
        if (cataloguePath == InputFiles.StandardInput && observationsPath == InputFiles.StandardInput)
        {
            throw ToolException.Usage("only one input can come from standard input (\"-\").");
        }

        var format = ScorecardOutput.FormatOf(formatName, outputPath);
        ReportingPeriod? asked = periodLabel is null ? null : ParsePeriod(periodLabel);
        if (fromReturn.IsGiven)
        {
            var standard = WithComparators(cataloguePath is null ? fromReturn.Standard : InputFiles.LoadCatalogue(cataloguePath, context), national, context, isSample: false);
            var (fromIndicators, year) = IndicatorObservations(fromReturn, periodLabel, context);
            return Write(context, Build(context, standard, fromIndicators, asked ?? year, Options(isPublic, noChangeTolerance, similarityTolerance, comparisons, null), "the return"), format, output, isPublic);
        }

        var catalogue = WithComparators(cataloguePath is null ? SampleCouncil.Catalogue : InputFiles.LoadCatalogue(cataloguePath, context), national, context, isSample: cataloguePath is null);
        if (views.ByUnit is not null)
        {
            return UnitsSideBySide(context, catalogue, ReadObservations(observationsPath!, context, ignoreUnknownColumns), asked, views.ByUnit, Options(isPublic, noChangeTolerance, similarityTolerance, comparisons, null), format, output, observationsPath!, (unit, ReadHierarchy(views.Hierarchy, context)));
        }

        if (views.WithUnits)
        {
            if (format.Text != ScorecardFormat.Html)
            {
                throw ToolException.Usage("--with-units writes one HTML page: give --format html or an --output ending .html.");
            }

            return CouncilWithUnits(context, catalogue, ReadObservations(observationsPath!, context, ignoreUnknownColumns), asked, Options(isPublic, noChangeTolerance, similarityTolerance, comparisons, null), output, observationsPath!, unit, ReadHierarchy(views.Hierarchy, context));
        }

        if (unit is not null)
        {
            var list = ReadObservations(observationsPath!, context, ignoreUnknownColumns);
            var unitOptions = Options(isPublic, noChangeTolerance, similarityTolerance, comparisons, null);
            Scorecard unitScorecard;
            try
            {
                unitScorecard = new ScorecardBuilder(catalogue, unitOptions).BuildForUnit(list, asked ?? LatestPeriod(list), unit, ReadHierarchy(views.Hierarchy, context));
            }
            catch (DataProblemException ex)
            {
                throw new ToolException(ExitCode.InvalidInput, $"{InputFiles.Count(ex.ProblemCount, "problem")} in the observations '{observationsPath}'; no scorecard was built.", [.. ex.Problems.Select(p => p.ToString())]);
            }
            catch (ArgumentException ex)
            {
                throw new ToolException("no scorecard was built: " + Text.Plain(ex) + ".");
            }

            return Write(context, unitScorecard, format, output, isPublic);
        }

        // A file is read straight into the store, so that millions of rows are held once; the sample is a list.
        var stored = observationsPath is null ? null : InputFiles.LoadIntoStore(observationsPath, catalogue, context, ignoreUnknownColumns);
        long count = stored?.Count ?? SampleCouncil.Observations.Count;
        if (count == 0)
        {
            throw new ToolException($"'{observationsPath}' holds no observations, so there is nothing to put in a scorecard.");
        }

        var period = asked ?? (stored is null ? LatestPeriod(SampleCouncil.Observations) : LatestPeriod(stored.LatestMonth ?? stored.LatestEnd!.Value));
        var options = Options(isPublic, noChangeTolerance, similarityTolerance, comparisons, context.Environment.ErrorIsTerminal && count >= 1_000_000 ? new ScorecardProgressLine(context.Error) : null);
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

        return Write(context, scorecard, format, output, isPublic);
    }

    /// <summary>Every unit the observations name, side by side on one measure.</summary>
    private static int UnitsSideBySide(ToolContext context, MeasureCatalogue catalogue, IReadOnlyList<Observation> list, ReportingPeriod? asked, string code, ScorecardOptions options, ScorecardOutput format, OutputOptions output, string observationsPath, (string? Parent, OrganisationalHierarchy? Hierarchy) under = default)
    {
        if (!catalogue.TryGetMeasure(code, out _))
        {
            throw ToolException.Usage($"--by-unit {code}: the catalogue has no measure with that code.");
        }

        if (list.Count == 0)
        {
            throw new ToolException($"'{observationsPath}' holds no observations, so there are no units to compare.");
        }

        UnitComparison comparison;
        try
        {
            comparison = new ScorecardBuilder(catalogue, options).CompareUnits(list, asked ?? LatestPeriod(list), code, under.Parent, under.Hierarchy);
        }
        catch (DataProblemException ex)
        {
            throw new ToolException(ExitCode.InvalidInput, $"{InputFiles.Count(ex.ProblemCount, "problem")} in the observations '{observationsPath}'; no table was built.", [.. ex.Problems.Select(p => p.ToString())]);
        }
        catch (ArgumentException ex)
        {
            throw new ToolException("no table was built: " + Text.Plain(ex) + ".");
        }

        if (output.Path is null or "-")
        {
            comparison.Write(context.Output, format.Text!.Value);
            return ExitCode.Success;
        }

        if (format.IsWorkbook)
        {
            OutputFile.WriteBytes(output.Path, file => Excel.UnitComparisonWorkbook.Write(comparison, file));
        }
        else
        {
            OutputFile.Write(output.Path, file => comparison.Write(file, format.Text!.Value), byteOrderMark: format.Text == ScorecardFormat.Csv && output.ByteOrderMark);
        }

        context.Output.WriteLine($"Wrote {code} for {InputFiles.Count(comparison.Units.Count, "unit")}, {comparison.PeriodLabel}, to {output.Path}.");
        return ExitCode.Success;
    }

    /// <summary>
    /// The whole council's scorecard (or <paramref name="top"/>'s) and each unit's, as one HTML page: without a
    /// hierarchy every unit the rows name in order of name; with one, the units in its order, each adding in those below it.
    /// </summary>
    private static int CouncilWithUnits(ToolContext context, MeasureCatalogue catalogue, IReadOnlyList<Observation> list, ReportingPeriod? asked, ScorecardOptions options, OutputOptions output, string observationsPath, string? top, OrganisationalHierarchy? hierarchy)
    {
        if (list.Count == 0)
        {
            throw new ToolException($"'{observationsPath}' holds no observations, so there is nothing to put in a scorecard.");
        }

        var period = asked ?? LatestPeriod(list);
        var builder = new ScorecardBuilder(catalogue, options);
        string page;
        int units;
        try
        {
            var first = top is null ? builder.Build(list, period) : builder.BuildForUnit(list, period, top, hierarchy);
            var unitScorecards = UnitsInPageOrder(list, top, hierarchy).Select(u => builder.BuildForUnit(list, period, u, hierarchy)).ToList();
            units = unitScorecards.Count;
            page = ScorecardPack.ToHtml(first, unitScorecards);
        }
        catch (DataProblemException ex)
        {
            throw new ToolException(ExitCode.InvalidInput, $"{InputFiles.Count(ex.ProblemCount, "problem")} in the observations '{observationsPath}'; no scorecard was built.", [.. ex.Problems.Select(p => p.ToString())]);
        }
        catch (ArgumentException ex)
        {
            throw new ToolException("no scorecard was built: " + Text.Plain(ex) + ".");
        }

        if (output.Path is null or "-")
        {
            context.Output.Write(page);
            return ExitCode.Success;
        }

        OutputFile.Write(output.Path, file => file.Write(page));
        context.Output.WriteLine($"Wrote the scorecard for {ScorecardText(period)} and the scorecards of {InputFiles.Count(units, "unit")} to {output.Path}.");
        return ExitCode.Success;
    }

    /// <summary>
    /// The units of a page, in order: without a hierarchy, those the rows name, by name; with one, depth first from its
    /// top units (or from <paramref name="top"/>'s children), children by name, leaving out units with no rows at or
    /// below them; units the rows name that the hierarchy lacks come last (none when the page starts at a unit).
    /// </summary>
    private static List<string> UnitsInPageOrder(IReadOnlyList<Observation> list, string? top, OrganisationalHierarchy? hierarchy)
    {
        var named = list.Select(o => o.OrganisationalUnit).Where(u => u.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (hierarchy is null)
        {
            return [.. named.Order(StringComparer.Ordinal)];
        }

        var children = hierarchy.Units.Where(u => hierarchy.ParentOf(u) is not null)
            .GroupBy(u => hierarchy.ParentOf(u)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var ordered = new List<string>();
        IEnumerable<string> starts = top is null ? hierarchy.Units.Where(u => hierarchy.ParentOf(u) is null).Order(StringComparer.Ordinal) : children.GetValueOrDefault(top) ?? [];
        foreach (string start in starts)
        {
            Visit(start);
        }

        if (top is null)
        {
            ordered.AddRange(named.Where(u => !hierarchy.Contains(u)).Order(StringComparer.Ordinal));
        }

        return ordered;

        bool Visit(string unit)
        {
            int at = ordered.Count;
            ordered.Add(unit);
            bool any = named.Contains(unit);
            foreach (string child in children.GetValueOrDefault(unit) ?? [])
            {
                any |= Visit(child);
            }

            if (!any)
            {
                ordered.RemoveAt(at);
            }

            return any;
        }
    }

    private static string ScorecardText(ReportingPeriod period) => ReportingPeriodPattern.Report.Format(period);

    /// <summary>The catalogue with benchmarks from the comparator files: the sample's own for the sample, when none is given.</summary>
    private static MeasureCatalogue WithComparators(MeasureCatalogue catalogue, ComparatorInput national, ToolContext context, bool isSample)
    {
        if (national.Comparators is null)
        {
            return isSample ? SampleCouncil.Comparators.ApplyTo(catalogue, SampleCouncil.ComparatorName, SampleCouncil.Neighbours).Value : catalogue;
        }

        var tables = ReadComparatorFile(national.Comparators, context, "comparator file", NationalComparators.Read);
        var lists = national.Neighbours is null ? null : ReadComparatorFile(national.Neighbours, context, "neighbour file", StatisticalNeighbours.Read);
        var result = tables.ApplyTo(catalogue, national.Council!, lists);
        return result.Success
            ? result.Value
            : throw new ToolException(ExitCode.InvalidInput, InputFiles.Count(result.ProblemCount, "problem") + $" with the comparator file '{national.Comparators}'; no scorecard was built.", [.. InputFiles.Lines(Path.GetFileName(national.Comparators), result.Problems, result.ProblemCount)]);
    }

    /// <summary>Observations as a list, keeping each row's unit (the store the whole-council scorecard reads adds units together).</summary>
    private static IReadOnlyList<Observation> ReadObservations(string path, ToolContext context, bool ignoreUnknownColumns)
    {
        using var input = InputFiles.Open(path, context);
        var options = new ObservationReadOptions { IgnoreUnknownColumns = ignoreUnknownColumns };
        string name = path == InputFiles.StandardInput ? "standard input" : Path.GetFileName(path);
        var result = input.Kind == InputKind.ObservationsJson ? ObservationJsonReader.Read(input.Stream, name, options) : ObservationCsvReader.Read(input.Stream, name, options);
        return result.Success
            ? result.Value
            : throw new ToolException(ExitCode.InvalidInput, InputFiles.Count(result.ProblemCount, "problem") + $" in the observations '{path}'; no scorecard was built.", [.. InputFiles.Problems(input, result)]);
    }

    private static Option<string?> HierarchyOption() => new("--hierarchy")
    {
        Description = "Which unit is part of which: a CSV file with the columns unit and parent (parent empty at the top). With --unit NAME, the unit's scorecard adds in the units below it; with --by-unit CODE and --unit NAME, the units directly under NAME are compared, each with the units below it.",
        HelpName = "FILE",
    };

    private static void CheckHierarchyUse(string? unit, UnitViews views)
    {
        if (views.Hierarchy is not null && unit is null && !views.WithUnits)
        {
            throw ToolException.Usage("--hierarchy says which units make up --unit NAME: give --unit too (or --with-units, for every unit's scorecard in its order).");
        }

        if (views.WithUnits && unit is not null && views.Hierarchy is null)
        {
            throw ToolException.Usage("--with-units with --unit NAME starts the page at that unit and needs --hierarchy to know the units under it.");
        }
    }

    /// <summary>The organisational hierarchy of a CSV file of unit and parent, or null without a file.</summary>
    private static OrganisationalHierarchy? ReadHierarchy(string? path, ToolContext context)
    {
        if (path is null)
        {
            return null;
        }

        using var input = InputFiles.Open(path, context);
        using var reader = new StreamReader(input.Stream, leaveOpen: true);
        var problems = new List<string>();
        string[] header = [.. CsvFields(reader.ReadLine() ?? string.Empty).Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant())];
        int unitColumn = Array.IndexOf(header, "unit"), parentColumn = Array.IndexOf(header, "parent");
        if (unitColumn < 0 || parentColumn < 0)
        {
            throw new ToolException(ExitCode.InvalidInput, $"the hierarchy '{path}' needs the columns unit and parent on its first line; it has {(header.Length == 0 ? "none" : string.Join(", ", header))}.");
        }

        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        int line = 1;
        for (string? text = reader.ReadLine(); text is not null; text = reader.ReadLine())
        {
            line++;
            if (text.Trim().Length == 0)
            {
                continue;
            }

            string[] fields = CsvFields(text);
            string child = unitColumn < fields.Length ? fields[unitColumn].Trim() : string.Empty;
            string parent = parentColumn < fields.Length ? fields[parentColumn].Trim() : string.Empty;
            if (child.Length == 0)
            {
                problems.Add($"line {line}: unit is empty.");
            }
            else if (seen.TryGetValue(child, out string? earlier))
            {
                problems.Add($"line {line}: unit \"{child}\" is given twice (first with parent \"{earlier}\").");
            }
            else if (parent == child)
            {
                problems.Add($"line {line}: unit \"{child}\" is its own parent.");
            }
            else
            {
                seen[child] = parent;
                if (parent.Length > 0)
                {
                    parents[child] = parent;
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new ToolException(ExitCode.InvalidInput, InputFiles.Count(problems.Count, "problem") + $" in the hierarchy '{path}'; nothing was built.", problems);
        }

        try
        {
            return new OrganisationalHierarchy(parents);
        }
        catch (ArgumentException ex)
        {
            throw new ToolException(ExitCode.InvalidInput, $"the hierarchy '{path}' cannot be used: " + Text.Plain(ex) + ".");
        }
    }

    // One CSV line's fields (RFC 4180 quoting within the line).
    private static string[] CsvFields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    private static T ReadComparatorFile<T>(string path, ToolContext context, string what, Func<TextReader, string, LoadResult<T>> read)
        where T : notnull
    {
        using var input = InputFiles.Open(path, context);
        using var reader = new StreamReader(input.Stream, leaveOpen: true);
        string name = path == InputFiles.StandardInput ? "standard input" : Path.GetFileName(path);
        var result = read(reader, name);
        return result.Success
            ? result.Value
            : throw new ToolException(ExitCode.InvalidInput, InputFiles.Count(result.ProblemCount, "problem") + $" in the {what} '{path}'; no scorecard was built.", [.. InputFiles.Problems(input, result)]);
    }

    private static ScorecardOptions Options(bool isPublic, decimal? noChangeTolerance, decimal? similarityTolerance, ScorecardComparison[] comparisons, IProgress<ScorecardProgress>? progress) => new()
    {
        Audience = isPublic ? ScorecardAudience.Public : ScorecardAudience.Internal,
        Judgements = new JudgementOptions
        {
            NoChangeTolerance = noChangeTolerance ?? JudgementOptions.Default.NoChangeTolerance,
            SimilarityTolerance = similarityTolerance ?? JudgementOptions.Default.SimilarityTolerance,
        },
        Comparisons = comparisons,
        Progress = progress,
    };

    private static Scorecard Build(ToolContext context, MeasureCatalogue catalogue, IReadOnlyList<Observation> observations, ReportingPeriod period, ScorecardOptions options, string source)
    {
        try
        {
            return new ScorecardBuilder(catalogue, options).Build(observations, period);
        }
        catch (DataProblemException ex)
        {
            throw new ToolException(ExitCode.InvalidInput, $"{InputFiles.Count(ex.ProblemCount, "problem")} in the figures of {source}; no scorecard was built.", [.. ex.Problems.Select(p => p.ToString())]);
        }
        catch (ArgumentException ex)
        {
            throw new ToolException("no scorecard was built: " + Text.Plain(ex) + ".");
        }
    }

    private static int Write(ToolContext context, Scorecard scorecard, ScorecardOutput format, OutputOptions output, bool isPublic)
    {
        string? outputPath = output.Path;
        if (outputPath is null or "-")
        {
            scorecard.Write(context.Output, format.Text!.Value);
            return ExitCode.Success;
        }

        if (format.IsWorkbook)
        {
            OutputFile.WriteBytes(outputPath, file => Excel.ScorecardWorkbook.Write(scorecard, file));
        }
        else
        {
            OutputFile.Write(outputPath, file => scorecard.Write(file, format.Text!.Value), byteOrderMark: format.Text == ScorecardFormat.Csv && output.ByteOrderMark);
        }

        context.Output.WriteLine($"Wrote the {(isPublic ? "public" : "internal")} scorecard for {scorecard.PeriodLabel} ({InputFiles.Count(scorecard.Rows.Count, "measure")}) to {outputPath}.");
        return ExitCode.Success;
    }

    /// <summary>
    /// The earliest financial year the return covers whole, back from <paramref name="lastYear"/>. A year's return
    /// holds the children looked after at some time in that year, with their earlier episodes, so a child whose
    /// care ended in an earlier year is there only by chance (a later re-entry) unless that year's files were given
    /// too. A year counts as covered when at least half as many children left care for good in it as in the last
    /// year, as happens when its own files are there.
    /// </summary>
    private static ReportingPeriod CoveredFrom(Returns.Ssda903.Ssda903Return read, ReportingPeriod lastYear)
    {
        var exits = read.EpisodeRows
            .GroupBy(e => e.ChildId, StringComparer.Ordinal)
            .Select(child => child.MaxBy(e => e.Start)!)
            .Where(last => last.End is not null && last.ReasonEpisodeCeased is not "X1")
            .GroupBy(last => ReportingPeriod.Containing(PeriodType.FinancialYear, last.End!.Value))
            .ToDictionary(year => year.Key, year => year.Count());
        int inLastYear = exits.GetValueOrDefault(lastYear);
        var first = lastYear;
        while (inLastYear > 0 && exits.GetValueOrDefault(first.Previous()) * 2 >= inLastYear)
        {
            first = first.Previous();
        }

        return first;
    }

    /// <summary>
    /// The return's indicators for each financial year it covers, up to the one asked for (the indicators are each
    /// computed for their own year, children counted once a year, never added up from shorter periods).
    /// </summary>
    private static (IReadOnlyList<Observation> Observations, ReportingPeriod Year) IndicatorObservations(ReturnInput given, string? periodLabel, ToolContext context)
    {
        var population = IndicatorsCommand.ReadPopulation(given.Population, context);
        var fromCensus = new List<Observation>();
        ReportingPeriod? censusPeriod = null;
        if (given.Cin is not null)
        {
            // A census holds the children in need during its year, with their history: its own year's figures only.
            var census = CensusFiles.ReadCin(given.Cin, given.Lenient, context);
            censusPeriod = IndicatorsCommand.PeriodOf(periodLabel, census);
            var result = CinIndicators.Compute(census, censusPeriod.Value, new IndicatorOptions { Population = population });
            fromCensus.AddRange(result.Observations);
            foreach (var note in result.Notes)
            {
                context.Error.WriteLine($"measures: {note}");
            }

        }

        if (given.Sen2 is not null)
        {
            // SEN2 figures are for a calendar year: the one the return reports, or the one ending in the period asked for.
            var sen2 = CensusFiles.ReadSen2(given.Sen2, given.Lenient, context);
            var year = periodLabel is null ? IndicatorsCommand.PeriodOf(null, sen2) : ReportingPeriod.CalendarYear(IndicatorsCommand.PeriodOf(periodLabel, sen2).End.Year);
            var result = Sen2Indicators.Compute(sen2, year, IndicatorOptions.Default);
            fromCensus.AddRange(result.Observations);
            censusPeriod ??= periodLabel is null ? year : IndicatorsCommand.PeriodOf(periodLabel, sen2);
            foreach (var note in result.Notes)
            {
                context.Error.WriteLine($"measures: {note}");
            }
        }

        if (given.Ssda903.Length == 0)
        {
            return (fromCensus, censusPeriod!.Value);
        }

        var read = ReturnFiles.Read(given.Ssda903, given.Lenient, context);
        var latest = IndicatorsCommand.PeriodOf(null, read);
        var asked = periodLabel is null ? latest : IndicatorsCommand.PeriodOf(periodLabel, read);
        var lastYear = ReportingPeriod.Containing(PeriodType.FinancialYear, asked.End);
        var first = CoveredFrom(read, lastYear);

        // A scorecard looks back twelve years at most (its history); earlier years are not needed.
        int from = Math.Max(first.Year, lastYear.Year - 12);
        var observations = new List<Observation>();
        var options = new IndicatorOptions { Population = population };
        for (int year = from; year <= lastYear.Year; year++)
        {
            var result = Ssda903Indicators.Compute(read, ReportingPeriod.FinancialYear(year), options);
            observations.AddRange(result.Observations);
            if (year == lastYear.Year)
            {
                foreach (var note in result.Notes)
                {
                    context.Error.WriteLine($"measures: {note}");
                }
            }
        }

        observations.AddRange(fromCensus);
        return (observations, periodLabel is null ? latest : asked);
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
}
