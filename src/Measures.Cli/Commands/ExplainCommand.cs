using System;
using System.CommandLine;
using System.Linq;
using Measures.Indicators;

namespace Measures.Cli.Commands;

/// <summary><c>measures explain ssda903 FOLDER</c> or <c>measures explain cin FILE</c>, <c>--measure CODE --period LABEL</c>: the children behind one figure.</summary>
internal static class ExplainCommand
{
    public static Command Create(ToolContext context)
    {
        var paths = new Argument<string[]>("FOLDER|FILE")
        {
            Description = "The SSDA903 return: a folder holding its files, the files themselves, or \"sample\" for the embedded sample council's.",
            Arity = ArgumentArity.OneOrMore,
        };
        var measure = new Option<string>("--measure")
        {
            Description = "The indicator's code: " + string.Join(", ", Ssda903Indicators.MeasureCodes) + ".",
            HelpName = "CODE",
            Required = true,
        };
        var period = IndicatorsCommand.PeriodOption("The period of the figure: \"2023/24\", \"2023/24 Q4\", \"Mar 2024\"… By default the financial year ending on the last 31 March the return reaches.");
        var population = IndicatorsCommand.PopulationOption();
        var lenient = ReturnFiles.LenientOption();
        var breakdown = new Option<string?>("--breakdown")
        {
            Description = "Explain the figure of one breakdown value instead of the whole: sex=1, age=10-15, legal-status=C2, placement=U1 (for children looked after on the last day, started or ceased).",
            HelpName = "DIMENSION=VALUE",
        };
        var ssda903 = new Command("ssda903", "Explain one figure of an SSDA903 indicator: the children in its numerator and denominator, each with the records behind them (file and line), and every child left out, with the reason.")
        {
            paths, measure, period, population, lenient, breakdown,
        };
        ssda903.SetAction(parsed => Run(
            context,
            parsed.GetValue(paths) ?? [],
            parsed.GetValue(measure)!,
            parsed.GetValue(period),
            parsed.GetValue(population),
            parsed.GetValue(lenient),
            parsed.GetValue(breakdown)));
        return new Command("explain", "Explain a figure computed from a statutory return: which children make it, and which are left out and why.")
        {
            ssda903, CinCommand(context), Sen2Command(context),
        };
    }

    private static Command CinCommand(ToolContext context)
    {
        var path = new Argument<string>("FILE") { Description = "The CIN census XML file." };
        var measure = new Option<string>("--measure")
        {
            Description = "The indicator's code: " + string.Join(", ", CinIndicators.MeasureCodes) + ".",
            HelpName = "CODE",
            Required = true,
        };
        var period = IndicatorsCommand.PeriodOption("The period of the figure: \"2023/24\", \"2023/24 Q4\", \"Mar 2024\"… By default the financial year ending on the census's reference date.");
        var population = IndicatorsCommand.PopulationOption();
        var lenient = ReturnFiles.LenientOption();
        var breakdown = new Option<string?>("--breakdown")
        {
            Description = "Explain the figure of one breakdown value instead of the whole: sex=F, age=10-15, primary-need=N1, category-of-abuse=NEG (for plans).",
            HelpName = "DIMENSION=VALUE",
        };
        var command = new Command("cin", "Explain one figure of a CIN census indicator: the records (referrals, assessments, conferences, plans) of each child in its numerator and denominator, with file and line, and every child left out, with the reason.")
        {
            path, measure, period, population, lenient, breakdown,
        };
        command.SetAction(parsed => RunCin(
            context,
            parsed.GetValue(path)!,
            parsed.GetValue(measure)!,
            parsed.GetValue(period),
            parsed.GetValue(population),
            parsed.GetValue(lenient),
            parsed.GetValue(breakdown)));
        return command;
    }

    private static Command Sen2Command(ToolContext context)
    {
        var path = new Argument<string>("FILE") { Description = "The SEN2 return's XML file, or \"sample\" for the embedded sample council's." };
        var measure = new Option<string>("--measure")
        {
            Description = "The indicator's code: " + string.Join(", ", Sen2Indicators.MeasureCodes) + ".",
            HelpName = "CODE",
            Required = true,
        };
        var period = IndicatorsCommand.PeriodOption("The period of the figure: \"2023\" (a calendar year, as the DfE publishes it), \"2023/24\", \"Mar 2024\"… By default the calendar year the return reports.");
        var lenient = ReturnFiles.LenientOption();
        var breakdown = new Option<string?>("--breakdown")
        {
            Description = "Explain the figure of one breakdown value instead of the whole: sex=F, age=11-15.",
            HelpName = "DIMENSION=VALUE",
        };
        var command = new Command("sen2", "Explain one figure of a SEN2 indicator: each EHC plan in its numerator and denominator, with file and line, and every plan or person left out, with the reason.")
        {
            path, measure, period, lenient, breakdown,
        };
        command.SetAction(parsed =>
        {
            string code = parsed.GetValue(measure)!;
            string? given = parsed.GetValue(breakdown);
            var dimension = given is null ? IndicatorBreakdowns.None : given.Split('=')[0].Trim().ToLowerInvariant() switch
            {
                "sex" => IndicatorBreakdowns.Sex,
                "age" => IndicatorBreakdowns.AgeBand,
                _ => throw ToolException.Usage($"--breakdown {given}: give a dimension and a value, such as sex=F or age=11-15."),
            };
            if (!Sen2Indicators.MeasureCodes.Contains(code, StringComparer.Ordinal))
            {
                throw ToolException.Usage($"--measure {code}: not a SEN2 indicator; the indicators are {string.Join(", ", Sen2Indicators.MeasureCodes)}.");
            }

            var sen2 = CensusFiles.ReadSen2(parsed.GetValue(path)!, parsed.GetValue(lenient), context);
            var of = IndicatorsCommand.PeriodOf(parsed.GetValue(period), sen2);
            return Print(context, Sen2Indicators.Compute(sen2, of, new IndicatorOptions { Breakdowns = dimension }), code, given);
        });
        return command;
    }

    private static int RunCin(ToolContext context, string path, string code, string? periodLabel, string? populationGiven, bool lenient, string? breakdown)
    {
        var dimension = breakdown is null ? IndicatorBreakdowns.None : breakdown.Split('=')[0].Trim().ToLowerInvariant() switch
        {
            "sex" => IndicatorBreakdowns.Sex,
            "age" => IndicatorBreakdowns.AgeBand,
            "primary-need" => IndicatorBreakdowns.PrimaryNeed,
            "category-of-abuse" => IndicatorBreakdowns.CategoryOfAbuse,
            _ => throw ToolException.Usage($"--breakdown {breakdown}: give a dimension and a value, such as sex=F, age=10-15, primary-need=N1 or category-of-abuse=NEG."),
        };

        if (!CinIndicators.MeasureCodes.Contains(code, StringComparer.Ordinal))
        {
            throw ToolException.Usage($"--measure {code}: not a CIN census indicator; the indicators are {string.Join(", ", CinIndicators.MeasureCodes)}.");
        }

        var population = IndicatorsCommand.ReadPopulation(populationGiven, context);
        var census = CensusFiles.ReadCin(path, lenient, context);
        var period = IndicatorsCommand.PeriodOf(periodLabel, census);
        var result = CinIndicators.Compute(census, period, new IndicatorOptions { Population = population, Breakdowns = dimension });
        return Print(context, result, code, breakdown);
    }

    private static int Print(ToolContext context, IndicatorResult result, string code, string? breakdown)
    {
        IndicatorExplanation explanation;
        try
        {
            explanation = breakdown is null ? result.Explain(code) : result.Explain(code, breakdown);
        }
        catch (ArgumentException ex)
        {
            throw new ToolException(Text.Plain(ex) + ".");
        }

        context.Output.Write(explanation.ToString());
        if (!explanation.ToString().EndsWith('\n'))
        {
            context.Output.WriteLine();
        }

        return ExitCode.Success;
    }

    private static int Run(ToolContext context, string[] paths, string code, string? periodLabel, string? populationGiven, bool lenient, string? breakdown)
    {
        var dimension = breakdown is null ? IndicatorBreakdowns.None : breakdown.Split('=')[0].Trim().ToLowerInvariant() switch
        {
            "sex" => IndicatorBreakdowns.Sex,
            "age" => IndicatorBreakdowns.AgeBand,
            "legal-status" => IndicatorBreakdowns.LegalStatus,
            "placement" => IndicatorBreakdowns.PlacementType,
            _ => throw ToolException.Usage($"--breakdown {breakdown}: give a dimension and a value, such as sex=2, age=10-15, legal-status=C2 or placement=U1."),
        };

        if (!Ssda903Indicators.MeasureCodes.Contains(code, StringComparer.Ordinal))
        {
            throw ToolException.Usage($"--measure {code}: not an SSDA903 indicator; the indicators are {string.Join(", ", Ssda903Indicators.MeasureCodes)}.");
        }

        var population = IndicatorsCommand.ReadPopulation(populationGiven, context);
        var read = ReturnFiles.Read(paths, lenient, context);
        var period = IndicatorsCommand.PeriodOf(periodLabel, read);
        var result = Ssda903Indicators.Compute(read, period, new IndicatorOptions { Population = population, Breakdowns = dimension });
        return Print(context, result, code, breakdown);
    }
}
