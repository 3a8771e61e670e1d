using System;
using System.Globalization;
using System.CommandLine;
using System.Linq;
using Measures.Time;
using NodaTime.Text;

namespace Measures.Cli.Commands;

/// <summary><c>measures period LABEL</c>: what a period label means.</summary>
internal static class PeriodCommand
{
    public static Command Create(ToolContext context)
    {
        var label = new Argument<string[]>("LABEL")
        {
            Description = "A period label as people type it: \"Dec 2020\", \"Q3 2020/21\", \"2023/24\", \"AY 2023/24\", \"2019\", \"Autumn term 2023/24\", \"rolling 12 months to July 2023\", \"year to date to July 2015\", \"Jan to Sep 2019\". Quotes are optional.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("period", "Show what a period label means: its type, first and last day, the previous period, the same period last year, and the periods it divides into.")
        {
            label,
        };
        return command.WithAction(parsed =>
        {
            string? option = parsed.GetValue(label)?.FirstOrDefault(t => t.StartsWith('-') && t.Length > 1);
            return option is null ? Run(context, parsed.Joined(label)) : throw ToolException.Usage($"Unrecognized command or argument '{option}'.");
        });
    }

    private static int Run(ToolContext context, string label)
    {
        var result = ReportingPeriodPattern.RoundTrip.Parse(label);
        if (!result.Success)
        {
            throw new ToolException($"\"{label}\" is not a period label: {Text.Reason(label, result.Exception)}.");
        }

        var period = result.Value;
        var output = context.Output;
        output.WriteLine($"Period:                 {period}");
        output.WriteLine($"Type:                   {Text.Noun(period.Type)}");
        output.WriteLine($"First day:              {Text.Date(period.Start)}");
        output.WriteLine($"Last day:               {Text.Date(period.End)}");
        output.WriteLine($"Days:                   {Text.Grouped(period.Days)}");
        output.WriteLine($"Previous period:        {Neighbour(() => period.Previous())}");
        output.WriteLine($"Same period last year:  {Neighbour(() => period.SamePeriodLastYear())}");
        var children = period.Children();
        output.WriteLine($"Divides into:           {(children.Count == 0 ? "nothing smaller" : string.Join(", ", children.Select(c => c.ToString())))}");
        return ExitCode.Success;
    }

    /// <summary>A neighbouring period, or why there is none (before year 1, after 9999).</summary>
    private static string Neighbour(Func<ReportingPeriod> find)
    {
        try
        {
            return find().ToString();
        }
        catch (OverflowException)
        {
            return string.Create(CultureInfo.InvariantCulture, $"none (periods run from {ReportingPeriod.MinYear:D4} to {ReportingPeriod.MaxYear:D4})");
        }
    }
}
