using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Observations;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Observations;

/// <summary>A date written in the period column gets advice in the file's terms: the labels to write instead.</summary>
public sealed partial class DateInPeriodColumnTests
{
    [GeneratedRegex("\"(?<label>[^\"]+)\"")]
    private static partial Regex Quoted();

    private static string PeriodMessage(string period, ObservationReadOptions? options = null)
    {
        var read = ObservationCsvReader.Read(new StringReader($"measure,period,numerator\nCSC-04,\"{period}\",502\n"), "export.csv", options);
        var problem = Assert.Single(read.Problems);
        Assert.Equal((2, 2, DataProblemKind.InvalidValue), (problem.Line, problem.Column, problem.Kind));
        return problem.Message;
    }

    // 000_585cee76407646f5.txt line 151: reviews "due by 31 March 2021", the last day of 2020/21.
    [Theory]
    [InlineData("31/03/2021")]
    [InlineData("2021-03-31")]
    [InlineData("31-03-2021")]
    [InlineData("31.03.2021")]
    [InlineData("31 March 2021")]
    [InlineData("31st Mar 2021")]
    [InlineData("31-Mar-2021")]
    [InlineData("March 31, 2021")]
    [InlineData("03/31/2021")]
    [InlineData("2021/03/31")]
    [InlineData("31/03/2021 00:00")]
    [InlineData("2021-03-31T00:00:00")]
    [InlineData("as at 31 March 2021")]
    public void A_year_end_date_gets_the_month_quarter_and_year_it_ends(string period)
    {
        string message = PeriodMessage(period);
        Assert.StartsWith("This is not a period label but a date (31 March 2021):", message, StringComparison.Ordinal);
        Assert.Contains("\"2021-03\" or \"Mar 2021\" for the month", message, StringComparison.Ordinal);
        Assert.Contains("\"2020/21 Q4\" for the quarter that ends then", message, StringComparison.Ordinal);
        Assert.Contains("\"2020/21\" for the financial year that ends then", message, StringComparison.Ordinal);
        Assert.Contains("as at 31 March 2021 is written \"2021-03\"", message, StringComparison.Ordinal);
        AssertSpeaksInTheFilesTerms(message);
    }

    // 001_dad77fe1dd8e5754.txt line 7: looked after children "as at 31 st July 2015", a snapshot for July 2015.
    [Theory]
    [InlineData("31/07/2015")]
    [InlineData("31/7/15")]
    [InlineData("2015-07-31")]
    [InlineData("31 July 2015")]
    public void A_month_end_snapshot_date_gets_its_month(string period)
    {
        string message = PeriodMessage(period);
        Assert.Contains("\"2015-07\" or \"Jul 2015\" for the month", message, StringComparison.Ordinal);
        Assert.DoesNotContain("quarter that ends", message, StringComparison.Ordinal);
        Assert.Contains("a snapshot, such as children in care on 31 March", message, StringComparison.Ordinal);
        Assert.Contains("as at 31 July 2015 is written \"2015-07\"", message, StringComparison.Ordinal);
    }

    // 000_585cee76407646f5.txt line 73: children on a plan "as of December" 2020; the last day of a calendar year.
    [Fact]
    public void The_last_day_of_december_gets_its_quarter_and_calendar_year()
    {
        string message = PeriodMessage("31/12/2020");
        Assert.Contains("\"2020-12\" or \"Dec 2020\" for the month, \"2020/21 Q3\" for the quarter that ends then or \"2020\" for the calendar year", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_of_a_month_gets_its_month_only()
    {
        string message = PeriodMessage("01/03/2024");
        Assert.StartsWith("This is not a period label but a date (1 March 2024): write the period the figures are for instead, such as \"2024-03\" or \"Mar 2024\" for the month.", message, StringComparison.Ordinal);
        Assert.Contains("the month or year ending on that date", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_two_digit_year_is_read_with_its_century_said()
    {
        string message = PeriodMessage("1/3/24");
        Assert.StartsWith("This is not a period label but a date (1 March 2024, taking \"24\" as 2024):", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_one_period_type_is_told_only_labels_of_that_type()
    {
        string message = PeriodMessage("31/03/2021", new ObservationReadOptions { PeriodPattern = ReportingPeriodPattern.RoundTrip.WithExpectedType(PeriodType.Quarter) });
        Assert.Contains("such as \"2020/21 Q4\" for the quarter", message, StringComparison.Ordinal);
        Assert.DoesNotContain("for the month", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("32/03/2024")]
    [InlineData("29/02/2023")]
    [InlineData("Q5 2023/24")]
    [InlineData("2023/24/25")]
    [InlineData("31 Marchly 2024")]
    [InlineData("1/2/3/4")]
    public void Text_that_is_not_a_date_keeps_the_reason_the_label_could_not_be_read(string period)
    {
        string message = PeriodMessage(period);
        Assert.StartsWith("This is not a period label: ", message, StringComparison.Ordinal);
    }

    // Every label the advice suggests reads back as a period holding the date; no shape of date is told about two-digit years.
    [Property(MaxTest = 300)]
    public Property Every_suggested_label_is_a_period_holding_the_date(int days, int shape)
    {
        var date = new LocalDate(2000, 1, 1).PlusDays(Math.Abs(days % 20_000));
        string[] shapes = ["dd/MM/uuuu", "d/M/uuuu", "uuuu-MM-dd", "dd-MM-uuuu", "d MMMM uuuu", "dd.MM.uuuu"];
        string written = date.ToString(shapes[Math.Abs(shape % shapes.Length)], System.Globalization.CultureInfo.InvariantCulture);
        string message = DateInPeriodColumn.Advice(written, null) ?? "";
        var labels = Quoted().Matches(message).Select(m => m.Groups["label"].Value).ToList();
        var periods = labels.Select(l => ReportingPeriodPattern.RoundTrip.Parse(l)).ToList();
        return (message.Length > 0).Label("the date is recognised: " + written)
            .And(periods.All(p => p.Success && p.Value.Start <= date && date <= p.Value.End).Label("each label holds the date: " + message))
            .And(labels.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}")).Label("the month is suggested"))
            .And((!message.Contains("two-digit", StringComparison.Ordinal)).Label("no two-digit-year advice"));
    }

    private static void AssertSpeaksInTheFilesTerms(string message)
    {
        foreach (string word in (string[])["two-digit", "SnapshotDate", "Parse", "C#", "method"])
        {
            Assert.DoesNotContain(word, message, StringComparison.Ordinal);
        }
    }
}
