using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Measures.Cli.Commands;

namespace Measures.Cli;

/// <summary>
/// The measures tool: reads the command line, runs the command, and turns problems into messages on
/// standard error and an exit code (0 success, 1 invalid input, 2 usage error). Results go to standard output.
/// </summary>
internal static class MeasuresTool
{
    public static int Run(string[] args, TextWriter output, TextWriter error, ToolEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(environment);
        output = new SafeTextWriter(output);
        error = new SafeTextWriter(error);
        var context = new ToolContext(output, error, environment);
        // Named for the command users type (the tool's command name), not the assembly: help says "measures".
        var root = new Command(
            "measures",
            "Performance measures for children's services: scorecards from a catalogue of measures and their observations or from a statutory return, "
            + "the national indicators of the SSDA903 return and the children behind each figure, checks of catalogue, observation and return files, one measure's SPC chart, what period labels mean, and working days.")
        {
            ScorecardCommand.Create(context),
            IndicatorsCommand.Create(context),
            ExplainCommand.Create(context),
            ValidateCommand.Create(context),
            SpcCommand.Create(context),
            PeriodCommand.Create(context),
            WorkdaysCommand.Create(context),
        };
        root.Options.Add(new System.CommandLine.Help.HelpOption());
        root.Options.Add(new VersionOption());

        // "@file" is a file name like any other, not a file of arguments.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine("measures: " + parseError.Message);
            }

            string command = string.Join(" ", parsed.CommandResult.Command == root ? ["measures"] : new[] { "measures", parsed.CommandResult.Command.Name });
            error.WriteLine($"Run '{command} --help' for usage.");
            return ExitCode.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (ToolException ex)
        {
            foreach (string problem in ex.Problems)
            {
                error.WriteLine(problem);
            }

            error.WriteLine("measures: " + ex.Message);
            if (ex.ExitCode == ExitCode.Usage)
            {
                error.WriteLine($"Run 'measures {parsed.CommandResult.Command.Name} --help' for usage.");
            }

            return ex.ExitCode;
        }
        catch (IOException ex)
        {
            // Standard output or error failed (a full disk, a closed pipe): one line, if standard error still works.
            return Report(error, $"measures: cannot write the output: {OutputFile.Reason(ex)}.", ExitCode.InvalidInput);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Report(error, $"measures: an unexpected error stopped the command ({ex.GetType().Name}: {Text.Plain(ex)}). Please report it with the command that caused it.", ExitCode.Internal);
        }
        finally
        {
            Flush(output);
            Flush(error);
        }
    }

    private static int Report(TextWriter error, string message, int exitCode)
    {
        try
        {
            error.WriteLine(message);
        }
        catch (IOException)
        {
            // Nowhere left to say it; the exit code still does.
        }

        return exitCode;
    }

    private static void Flush(TextWriter writer)
    {
        try
        {
            writer.Flush();
        }
        catch (IOException)
        {
            // Reported above where it could be; a flush at exit cannot add anything.
        }
    }

    /// <summary>Adds a command's action, which returns its exit code.</summary>
    public static Command WithAction(this Command command, Func<ParseResult, int> action)
    {
        command.SetAction(action);
        return command;
    }

    /// <summary>Joins the tokens of an argument that may be typed without quotes ("Dec 2020").</summary>
    public static string Joined(this ParseResult parsed, Argument<string[]> argument) =>
        string.Join(" ", parsed.GetValue(argument) ?? []).Trim();

    /// <summary>The value of a required argument or option.</summary>
    public static T Required<T>(this ParseResult parsed, Argument<T> argument) =>
        parsed.GetValue(argument) ?? throw ToolException.Usage($"{argument.Name} is required.");

    internal static bool IsOneOf(string value, params string[] choices) => choices.Contains(value, StringComparer.OrdinalIgnoreCase);
}
