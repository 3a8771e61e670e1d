using Measures.Internal;
using Measures.Time;

namespace Measures.Reporting.Html;

/// <summary>The HTML of a <see cref="ReportingPeriod"/>: a card with its label, type, first and last day and length.</summary>
internal static class ReportingPeriodHtml
{
    /// <summary>The class of a period card.</summary>
    public const string CardClass = "measures-card measures-period";

    /// <summary>Writes the card of <paramref name="period"/>.</summary>
    public static void WriteCard(HtmlWriter html, ReportingPeriod period)
    {
        Preconditions.CheckNotNull(html);
        html.Start("div", CardClass, ("role", "group"), ("aria-label", "Reporting period"));
        html.Start("div", "measures-card-title");
        if (Label(period) is { } label)
        {
            html.Text(label);
        }
        else
        {
            html.Date(period.Start).Text(" to ").Date(period.End);
        }

        html.End("div");
        html.Start("dl", "measures-facts");
        html.Element("dt", "Type").Element("dd", TypeName(period.Type));
        html.Element("dt", "First day").Start("dd").Date(period.Start).End("dd");
        html.Element("dt", "Last day").Start("dd").Date(period.End).End("dd");
        html.Element("dt", "Days").Start("dd").Number(period.Days).End("dd");
        html.End("dl");
        html.End("div");
    }

    /// <summary>The name of a period type as a council analyst writes it ("Financial year").</summary>
    public static string TypeName(PeriodType type) => type switch
    {
        PeriodType.Month => "Month",
        PeriodType.Quarter => "Quarter",
        PeriodType.FinancialYear => "Financial year",
        PeriodType.CalendarYear => "Calendar year",
        PeriodType.AcademicYear => "Academic year",
        PeriodType.Term => "Term",
        PeriodType.HalfTerm => "Half-term",
        PeriodType.RollingMonths => "Rolling months",
        PeriodType.FinancialYearToDate => "Financial year to date",
        PeriodType.AcademicYearToDate => "Academic year to date",
        PeriodType.CalendarYearToDate => "Calendar year to date",
        PeriodType.DateRange => "Date range",
        _ => type.ToString(),
    };

    // The label is the period's text form ("Q3 2020/21"); a period whose type gives it no text
    // form of its own (ToString is then the type's name) gets its dates as a title instead.
    private static string? Label(ReportingPeriod period)
    {
        string text = period.ToString()!;
        return text == typeof(ReportingPeriod).ToString() ? null : text;
    }
}
