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
        var context = new ToolContext(output, error, environment);
        var root = new RootCommand(
            "Performance measures for children's services: scorecards from a catalogue of measures and their observations, "
            + "checks of catalogue and observation files, what period labels mean, and working days.")
        {
            ScorecardCommand.Create(context),
            ValidateCommand.Create(context),
            PeriodCommand.Create(context),
            WorkdaysCommand.Create(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine("measures: " + parseError.Message);
            }

            string command = string.Join(" ", parsed.CommandResult.Command is RootCommand ? ["measures"] : new[] { "measures", parsed.CommandResult.Command.Name });
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
        finally
        {
            output.Flush();
            error.Flush();
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
