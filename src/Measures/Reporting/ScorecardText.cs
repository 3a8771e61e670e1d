using System.Globalization;
using Measures.Time;

namespace Measures.Reporting;

/// <summary>Period labels and figures as a scorecard's reader reads them, in the invariant culture.</summary>
internal static class ScorecardText
{
    /// <summary>
    /// A period as a report names it (<see cref="ReportingPeriodPattern.Report"/>): "Dec 2023", "Q3 2023/24",
    /// "2023/24", "2023", "AY 2022/23", "Spring term 2023/24", "rolling 12 months to Mar 2024", "year to date to Dec 2023".
    /// </summary>
    public static string PeriodLabel(ReportingPeriod period) => ReportingPeriodPattern.Report.Format(period);

    /// <summary>The cumulative period from the start of an academic year to the end of a term: "AY 2023/24 to end of Spring term".</summary>
    public static string ToEndOfTermLabel(ReportingPeriod term)
    {
        // The term's own report label without its year: "Spring term", "Autumn 1" (+ " half-term").
        string label = PeriodLabel(term);
        string name = label[..label.LastIndexOf(' ')] + (term.Type == PeriodType.HalfTerm ? " half-term" : string.Empty);
        return "AY " + YearPair(term.Year) + " to end of " + name;
    }

    /// <summary>"2023/24" for the year starting in 2023.</summary>
    public static string YearPair(int startYear) => Number(startYear) + "/" + ((startYear + 1) % 100).ToString("00", CultureInfo.InvariantCulture);

    /// <summary>A whole number in the invariant culture, without separators.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A figure in the invariant culture without trailing zeros or exponent: 4.50 → "4.5", 250.333… → "250.33" (to <paramref name="maxDecimals"/>).</summary>
    public static string Figure(decimal value, int maxDecimals = 2) =>
        decimal.Round(value, maxDecimals, System.MidpointRounding.AwayFromZero).ToString("0.##########", CultureInfo.InvariantCulture);
}
