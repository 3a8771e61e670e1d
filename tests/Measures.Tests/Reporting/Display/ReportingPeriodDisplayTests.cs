using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Reporting.Display;

public sealed class ReportingPeriodDisplayTests
{
    [Fact]
    public void The_kernel_finds_one_formatter_source_on_ReportingPeriod_by_name()
    {
        var attribute = Assert.Single(NotebookKernel.FormatterSourceAttributes(typeof(ReportingPeriod)));
        Assert.Equal("TypeFormatterSourceAttribute", attribute.GetType().Name);
        Assert.NotEqual("Microsoft.DotNet.Interactive.Formatting", attribute.GetType().Namespace);
    }

    [Fact]
    public void No_empty_list_of_preferred_MIME_types_is_declared()
    {
        // The kernel applies the list as given, and an empty one makes display throw.
        string[]? preferred = NotebookKernel.PreferredMimeTypes(typeof(ReportingPeriod));
        Assert.True(preferred is null || preferred.Length > 0);
    }

    [Fact]
    public void The_kernel_registers_an_HTML_formatter_for_ReportingPeriod()
    {
        var formatter = Assert.Single(NotebookKernel.FormattersFor(typeof(ReportingPeriod)));
        Assert.Equal("text/html", formatter.MimeType);
        Assert.Equal(typeof(ReportingPeriod), formatter.Type);
    }

    [Fact]
    public void The_formatter_declines_a_value_of_another_type_and_writes_nothing()
    {
        var formatter = Assert.Single(NotebookKernel.FormattersFor(typeof(ReportingPeriod)));
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Assert.False(formatter.Format("Q3 2020/21", writer));
        Assert.Equal("", writer.ToString());
    }

    [Fact]
    public void Quarter_three_of_2020_21_displays_as_a_card_with_its_type_days_and_first_and_last_day()
    {
        var q3 = ReportingPeriod.Quarter(2020, 3);
        XElement card = Card(Html(q3));

        Assert.Equal(
            [("Type", "Quarter"), ("First day", "1 October 2020"), ("Last day", "31 December 2020"), ("Days", "92")],
            Facts(card));
        Assert.Equal(
            ["2020-10-01", "2020-12-31"],
            card.Element("dl")!.Descendants("time").Select(t => (string)t.Attribute("datetime")!));
    }

    [Fact]
    public void The_card_title_is_the_period_label_or_else_its_dates()
    {
        var q3 = ReportingPeriod.Quarter(2020, 3);
        string text = q3.ToString()!;
        string expected = text == typeof(ReportingPeriod).ToString() ? "1 October 2020 to 31 December 2020" : text;
        XElement title = Card(Html(q3)).Elements("div").Single(e => (string?)e.Attribute("class") == "measures-card-title");
        Assert.Equal(expected, title.Value);
    }

    [Fact]
    public void Long_periods_show_their_days_with_a_thousands_separator()
    {
        // 2020 (leap year), 2021 and 2022: 366 + 365 + 365 days.
        var threeYears = ReportingPeriod.DateRange(new LocalDate(2020, 1, 1), new LocalDate(2022, 12, 31));
        var facts = Facts(Card(Html(threeYears)));
        Assert.Contains(("Type", "Date range"), facts);
        Assert.Contains(("Days", "1,096"), facts);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    public void The_card_is_the_same_whatever_the_current_culture(string culture)
    {
        var fy = ReportingPeriod.FinancialYear(2023);
        string invariant = WithCulture(CultureInfo.InvariantCulture, () => Html(fy));
        Assert.Equal(invariant, WithCulture(CultureInfo.GetCultureInfo(culture), () => Html(fy)));
        Assert.Contains("1 April 2023", invariant, StringComparison.Ordinal);
    }

    [Fact]
    public void The_display_is_one_self_contained_element_with_the_style_sheet()
    {
        string html = Html(ReportingPeriod.Month(2024, 2));
        XElement root = XElement.Parse(html);
        Assert.Equal("div", root.Name.LocalName);
        Assert.Equal("measures", (string?)root.Attribute("class"));
        XElement style = Assert.Single(root.Elements("style"));
        Assert.Contains(".measures-card{", style.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(root.Descendants(), e => e.Name.LocalName is "link" or "script" or "img");
        Assert.Contains(("Days", "29"), Facts(Card(html)));
    }

    private static string Html(ReportingPeriod period) =>
        NotebookKernel.Display(period, "text/html") ?? throw new InvalidOperationException("No HTML formatter took the period.");

    private static XElement Card(string html) =>
        XElement.Parse(html).Elements("div").Single(e => ((string?)e.Attribute("class"))?.Contains("measures-period", StringComparison.Ordinal) == true);

    private static (string Term, string Value)[] Facts(XElement card)
    {
        var items = card.Element("dl")!.Elements().ToArray();
        Assert.Equal(items.Length, items.Count(e => e.Name.LocalName is "dt" or "dd"));
        return items.Chunk(2).Select(pair => (pair[0].Value, pair[1].Value)).ToArray();
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
