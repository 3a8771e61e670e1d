using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Time;
using NodaTime.Text;

namespace Measures.Cli.Tests;

public sealed class PeriodCommandTests
{
    [Fact]
    public void A_quarter_is_explained()
    {
        var run = Tool.Run("period", "Q3 2020/21");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            [
                "Period:                 2020/21 Q3",
                "Type:                   financial-year quarter",
                "First day:              2020-10-01 (Thursday 1 October 2020)",
                "Last day:               2020-12-31 (Thursday 31 December 2020)",
                "Days:                   92",
                "Previous period:        2020/21 Q2",
                "Same period last year:  2019/20 Q3",
                "Divides into:           2020-10, 2020-11, 2020-12",
            ],
            Lines.Of(run.Output));
    }

    [Fact]
    public void A_label_may_be_typed_without_quotes()
    {
        var run = Tool.Run("period", "rolling", "12", "months", "to", "July", "2023");
        Assert.Contains("Period:                 rolling 12 months to 2023-07", run.Output, StringComparison.Ordinal);
        Assert.Contains("First day:              2022-08-01", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_follows_the_dfe_convention()
    {
        // Spring term runs from 1 January to Easter Sunday, 31 March in 2024.
        var run = Tool.Run("period", "Spring term 2023/24");
        Assert.Contains("Last day:               2024-03-31 (Sunday 31 March 2024)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Divides into:           Spring 1 2023/24, Spring 2 2023/24", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_label_is_invalid_input_with_the_reason()
    {
        var run = Tool.Run("period", "Dec 20");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("measures: \"Dec 20\" is not a period label: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_label_it_is_a_usage_error() => Assert.Equal(2, Tool.Run("period").ExitCode);

    // For any month, quarter or year, the tool says what the library says.
    [Property(MaxTest = 100)]
    public Property The_tool_shows_the_periods_own_dates(PositiveInt seed)
    {
        int year = 1990 + (seed.Get % 60);
        ReportingPeriod period = (seed.Get / 60 % 4) switch
        {
            0 => ReportingPeriod.Month(year, 1 + (seed.Get % 12)),
            1 => ReportingPeriod.Quarter(year, 1 + (seed.Get % 4)),
            2 => ReportingPeriod.FinancialYear(year),
            _ => ReportingPeriod.AcademicYear(year),
        };
        var run = Tool.Run("period", period.ToString());
        return (run.ExitCode == 0).Label("the tool succeeds")
            .And(run.Output.Contains("Period:                 " + period, StringComparison.Ordinal).Label("the tool shows the period's label"))
            .And(run.Output.Contains("First day:              " + LocalDatePattern.Iso.Format(period.Start), StringComparison.Ordinal).Label("the tool shows the period's first day"))
            .And(run.Output.Contains("Last day:               " + LocalDatePattern.Iso.Format(period.End), StringComparison.Ordinal).Label("the tool shows the period's last day"))
            .And(run.Output.Contains("Previous period:        " + period.Previous(), StringComparison.Ordinal).Label("the tool shows the previous period"));
    }
}
