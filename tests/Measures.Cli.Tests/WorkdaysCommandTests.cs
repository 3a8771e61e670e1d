using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace Measures.Cli.Tests;

/// <summary>
/// <c>measures workdays</c>. Bank holidays are GOV.UK's (gov.uk/bank-holidays): Christmas Day and Boxing
/// Day 2023 on Monday 25 and Tuesday 26 December; 2 January 2024 in Scotland only; St Patrick's Day
/// 2024 in Northern Ireland on Monday 18 March (the substitute for Sunday 17 March).
/// </summary>
public sealed class WorkdaysCommandTests
{
    [Fact]
    public void Counts_working_days_after_the_first_date_up_to_and_including_the_second()
    {
        // Friday 1 March 2024 to Wednesday 6 March 2024: Monday, Tuesday, Wednesday.
        var run = Tool.Run("workdays", "2024-03-01", "2024-03-06");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("3 working days after Friday 1 March 2024 up to and including Wednesday 6 March 2024 (England and Wales).", run.Output.TrimEnd());
    }

    [Fact]
    public void Adds_working_days_skipping_christmas()
    {
        var run = Tool.Run("workdays", "2023-12-22", "--add", "3");
        Assert.Equal("2023-12-29 (Friday 29 December 2023) is 3 working days after Friday 22 December 2023 (England and Wales).", run.Output.TrimEnd());
    }

    [Theory]
    [InlineData("england-and-wales", 2)]
    [InlineData("scotland", 1)]
    public void The_region_decides_the_bank_holidays_at_new_year(string region, int expected)
    {
        // After Friday 29 December 2023 up to Wednesday 3 January 2024: 1 January is a holiday everywhere,
        // 2 January in Scotland only.
        var run = Tool.Run("workdays", "2023-12-29", "2024-01-03", "--region", region);
        Assert.StartsWith(expected.ToString(CultureInfo.InvariantCulture) + " working day", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Northern_ireland_keeps_st_patricks_day()
    {
        // Friday 15 March to Monday 18 March 2024: the Monday is a holiday in Northern Ireland only.
        Assert.StartsWith("0 working days after", Tool.Run("workdays", "2024-03-15", "2024-03-18", "--region", "northern-ireland").Output, StringComparison.Ordinal);
        Assert.StartsWith("1 working day after", Tool.Run("workdays", "2024-03-15", "2024-03-18").Output, StringComparison.Ordinal);
        Assert.StartsWith("1 working day after", Tool.Run("workdays", "2024-03-17", "2024-03-19", "--region", "northern-ireland").Output, StringComparison.Ordinal);
        Assert.StartsWith("2 working days after", Tool.Run("workdays", "2024-03-17", "2024-03-19").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "workdays", "2024-03-01" }, "give either TO or --add N")]
    [InlineData(new[] { "workdays", "2024-03-01", "2024-03-06", "--add", "3" }, "not both")]
    [InlineData(new[] { "workdays", "2024-03-01", "2024-03-06", "--region", "wales" }, "wales")]
    [InlineData(new[] { "workdays", "2024-03-01", "--add", "three" }, "three")]
    public void Wrong_arguments_are_usage_errors(string[] args, string message)
    {
        var run = Tool.Run(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1/3/2024", "is not a date; write it as yyyy-mm-dd")]
    [InlineData("1900-01-01", "outside the dates the calendar covers")]
    public void Wrong_dates_are_invalid_input(string date, string message)
    {
        var run = Tool.Run("workdays", date, "2024-03-06");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    // Adding N working days and counting back agree, in every region.
    [Property(MaxTest = 60)]
    public Property Adding_then_counting_gives_the_same_number(PositiveInt offset, PositiveInt days, PositiveInt region)
    {
        string[] regions = ["england-and-wales", "scotland", "northern-ireland"];
        string name = regions[region.Get % 3];
        var from = new LocalDate(2015, 1, 1).PlusDays(offset.Get % 5000);
        int n = days.Get % 400;
        var added = Tool.Run("workdays", LocalDatePattern.Iso.Format(from), "--add", n.ToString(CultureInfo.InvariantCulture), "--region", name);
        string due = added.Output[..10];
        var counted = Tool.Run("workdays", LocalDatePattern.Iso.Format(from), due, "--region", name);
        return (added.ExitCode == 0).Label("adding succeeds")
            .And((counted.ExitCode == 0).Label("counting succeeds"))
            .And(counted.Output.StartsWith(n.ToString(CultureInfo.InvariantCulture) + (n == 1 ? " working day " : " working days "), StringComparison.Ordinal)
                .Label("counting to the date added gives back the number added"));
    }
}
