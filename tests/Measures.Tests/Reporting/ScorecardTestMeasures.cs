using System.Collections.Generic;
using Measures.Definitions;
using Measures.Time;
using NodaTime;
using Measures.Observations;

namespace Measures.Tests.Reporting;

/// <summary>Small measure definitions, one for each way a value behaves over time, for the scorecard's examples and properties.</summary>
internal static class ScorecardTestMeasures
{
    public static readonly ReportingPeriod Year = ReportingPeriod.FinancialYear(2023);

    /// <summary>A flow percentage (assessments within timescale): numerator and denominator summed; target 80%, 5 points of tolerance.</summary>
    public static MeasureDefinition Flow(string code = "FLOW", string title = "Assessments within 45 days", string area = "Early Help") => new(
        code, title, area, MeasureKind.Activity, MeasureValueType.Percentage(1), Polarity.HigherIsBetter,
        ReportingFrequency.Monthly, PeriodType.Month, TemporalRule.Sum, TemporalRule.Sum,
        targets: [new Target(Year, 80m, ToleranceBand.Points(5))]);

    /// <summary>A snapshot percentage (plans up to date at the period's end): the last month counts.</summary>
    public static MeasureDefinition Snapshot(string code = "SNAP") => new(
        code, "Plans up to date", "Children's Social Care", MeasureKind.Activity, MeasureValueType.Percentage(1), Polarity.HigherIsBetter,
        ReportingFrequency.Monthly, PeriodType.Month, TemporalRule.Last, TemporalRule.Last,
        targets: [new Target(Year, 95m, ToleranceBand.Points(5))]);

    /// <summary>An average of snapshots (NEET), lower is better: numerator and denominator are means of the months.</summary>
    public static MeasureDefinition Averaged(string code = "NEET") => new(
        code, "Young people NEET", "Early Help", MeasureKind.Benchmark, MeasureValueType.Percentage(1), Polarity.LowerIsBetter,
        ReportingFrequency.Monthly, PeriodType.Month, TemporalRule.Mean, TemporalRule.Mean,
        targets: [new Target(Year, 4.5m, ToleranceBand.FractionOfTarget(0.1m))]);

    /// <summary>A rate of a flow per 10,000 (section 47s): numerator summed, population as at the end; no good direction.</summary>
    public static MeasureDefinition RateOfFlow(string code = "S47") => new(
        code, "Section 47 enquiries, rate per 10,000", "Children's Social Care", MeasureKind.Benchmark, MeasureValueType.Rate(10_000, "children aged under 18"), Polarity.None,
        ReportingFrequency.Monthly, PeriodType.Month, TemporalRule.Sum, TemporalRule.Last,
        benchmarks: [new Benchmark(Year, [new ComparatorValue("England", 191.6m)])]);

    /// <summary>A snapshot count (children in care).</summary>
    public static MeasureDefinition Count(string code = "CIC") => new(
        code, "Children in care", "Children's Social Care", MeasureKind.Activity, MeasureValueType.Count("children"), Polarity.None,
        ReportingFrequency.Monthly, PeriodType.Month, TemporalRule.Last);

    /// <summary>A mean of days over children (days to adoption), lower is better, reported quarterly as a year to date.</summary>
    public static MeasureDefinition MeanDays(string code = "ADOPT") => new(
        code, "Average days from care to adoption", "Children's Social Care", MeasureKind.Benchmark, MeasureValueType.Mean("days"), Polarity.LowerIsBetter,
        ReportingFrequency.Quarterly, PeriodType.FinancialYearToDate, TemporalRule.Sum, TemporalRule.Sum,
        benchmarks: [new Benchmark(Year, [new ComparatorValue("England", 450m)], new QuartileBoundaries(380m, 420m, 480m))]);

    /// <summary>A termly snapshot percentage (personal education plans).</summary>
    public static MeasureDefinition Termly(string code = "PEP") => new(
        code, "Up-to-date personal education plans", "Education", MeasureKind.Education, MeasureValueType.Percentage(1), Polarity.HigherIsBetter,
        ReportingFrequency.Termly, PeriodType.Term, TemporalRule.Last, TemporalRule.Last,
        targets: [new Target(Year, 95m, ToleranceBand.Points(5))]);

    /// <summary>Exclusions counted from the start of the academic year to the end of each term.</summary>
    public static MeasureDefinition Exclusions(string code = "EXCL") => new(
        code, "Permanent exclusions", "Education", MeasureKind.Education, MeasureValueType.Count("exclusions"), Polarity.LowerIsBetter,
        ReportingFrequency.Termly, PeriodType.AcademicYearToDate, TemporalRule.Sum);

    /// <summary>A calendar-year flow percentage from monthly figures (EHCPs within 20 weeks), counted in the summary.</summary>
    public static MeasureDefinition CalendarYear(string code = "EHCP") => new(
        code, "New EHCPs within 20 weeks", "Inclusion", MeasureKind.Benchmark, MeasureValueType.Percentage(1), Polarity.HigherIsBetter,
        ReportingFrequency.Monthly, PeriodType.CalendarYear, TemporalRule.Sum, TemporalRule.Sum,
        targets: [new Target(ReportingPeriod.CalendarYear(2023), 58m, ToleranceBand.Points(5))]);

    /// <summary>A rolling 12-month rate reported quarterly with figures six months late (reoffending).</summary>
    public static MeasureDefinition Lagged(string code = "REOFF") => new(
        code, "Reoffending, rate per 100,000", "Early Help", MeasureKind.Benchmark, MeasureValueType.Rate(100_000, "young people aged 10–17"), Polarity.LowerIsBetter,
        ReportingFrequency.Quarterly, PeriodType.RollingMonths, TemporalRule.Sum, TemporalRule.Last, dataLag: Period.FromMonths(6));

    public static MeasureCatalogue Catalogue(params MeasureDefinition[] measures) => new(measures, "Test council scorecard");

    /// <summary>Twelve monthly observations for the 2023/24 financial year, April first.</summary>
    public static IEnumerable<Observation> Months(string code, int startYear, long[] numerators, long[]? denominators)
    {
        for (int i = 0; i < numerators.Length; i++)
        {
            int month = ((i + 3) % 12) + 1;
            int year = startYear + ((i + 3) / 12);
            yield return new Observation(code, ReportingPeriod.Month(year, month), numerators[i], denominators?[i]);
        }
    }
}
