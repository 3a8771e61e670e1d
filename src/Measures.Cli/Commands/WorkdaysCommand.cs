using System;
using System.CommandLine;
using System.Globalization;
using Measures.Time;
using NodaTime;
using NodaTime.Text;

namespace Measures.Cli.Commands;

/// <summary><c>measures workdays FROM TO</c> and <c>measures workdays FROM --add N</c>.</summary>
internal static class WorkdaysCommand
{
    private static readonly string[] Regions = ["england-and-wales", "scotland", "northern-ireland"];

    public static Command Create(ToolContext context)
    {
        var from = new Argument<string>("FROM") { Description = "Day 0, as yyyy-mm-dd: the day of referral, say; it is never counted." };
        var to = new Argument<string?>("TO") { Description = "The later date, as yyyy-mm-dd: count the working days after FROM up to and including TO.", Arity = ArgumentArity.ZeroOrOne };
        var add = new Option<int?>("--add") { Description = "Instead of TO: the date N working days after FROM (before it when N is negative).", HelpName = "N" };
        var region = new Option<string>("--region")
        {
            Description = "Whose bank holidays to skip.",
            DefaultValueFactory = _ => Regions[0],
        };
        region.AcceptOnlyFromAmong(Regions);
        var command = new Command("workdays", "Count the working days between two dates, or find the date a number of working days after one. Working days skip weekends and bank holidays.")
        {
            from, to, add, region,
        };
        return command.WithAction(parsed => Run(context, parsed.Required(from), parsed.GetValue(to), parsed.GetValue(add), parsed.GetValue(region)!));
    }

    private static int Run(ToolContext context, string fromText, string? toText, int? add, string regionName)
    {
        if ((toText is null) == (add is null))
        {
            throw ToolException.Usage(toText is null ? "give either TO or --add N." : "give TO or --add N, not both.");
        }

        var region = regionName.ToLowerInvariant() switch
        {
            "scotland" => BankHolidayRegion.Scotland,
            "northern-ireland" => BankHolidayRegion.NorthernIreland,
            _ => BankHolidayRegion.EnglandAndWales,
        };
        var calendar = WorkingDayCalendar.For(region);
        LocalDate from = ParseDate("FROM", fromText, calendar);
        string where = Text.Region(region);
        if (add is { } days)
        {
            LocalDate due;
            try
            {
                due = calendar.AddWorkingDays(from, days);
            }
            catch (ArgumentOutOfRangeException)
            {
                throw new ToolException($"{Text.Grouped(days)} working days from {LocalDatePattern.Iso.Format(from)} falls outside the dates the calendar covers ({LocalDatePattern.Iso.Format(calendar.FirstDate)} to {LocalDatePattern.Iso.Format(calendar.LastDate)}).");
            }

            string direction = days < 0 ? "before" : "after";
            context.Output.WriteLine($"{Text.Date(due)} is {Plural(Math.Abs(days))} {direction} {Text.LongForm(from)} ({where}).");
            return ExitCode.Success;
        }

        LocalDate to = ParseDate("TO", toText!, calendar);
        int count = calendar.WorkingDaysBetween(from, to);
        context.Output.WriteLine(count >= 0
            ? $"{Plural(count)} after {Text.LongForm(from)} up to and including {Text.LongForm(to)} ({where})."
            : $"{Plural(count)}: {Text.LongForm(to)} is {Plural(-count)} before {Text.LongForm(from)} ({where}).");
        return ExitCode.Success;
    }

    private static string Plural(int days) => days.ToString(CultureInfo.InvariantCulture) + (Math.Abs(days) == 1 ? " working day" : " working days");

    private static LocalDate ParseDate(string name, string text, WorkingDayCalendar calendar)
    {
        var result = LocalDatePattern.Iso.Parse(text.Trim());
        if (!result.Success)
        {
            throw new ToolException($"{name} \"{text}\" is not a date; write it as yyyy-mm-dd, for example 2024-03-01.");
        }

        if (result.Value < calendar.FirstDate || result.Value > calendar.LastDate)
        {
            throw new ToolException($"{name} {text} is outside the dates the calendar covers ({LocalDatePattern.Iso.Format(calendar.FirstDate)} to {LocalDatePattern.Iso.Format(calendar.LastDate)}).");
        }

        return result.Value;
    }
}
