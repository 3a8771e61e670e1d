using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Time;
using NodaTime;
using Measures.Observations;
using Measures.Samples;

namespace Measures.Tests.Samples;

/// <summary>
/// The embedded sample observations: made by <see cref="SampleObservationsGenerator"/>, complete for every
/// measure, and rolled up by each measure's rules through the aggregation core they give the outturns of
/// Rotherham's 2023/24 year-end report (Improving Lives Select Commission minutes, 30 July 2024, minute 18;
/// seed 002; line numbers are those of the plain-text minutes).
/// </summary>
public sealed class SampleObservationsTests
{
    /// <summary>Set to 1 to rewrite src/Measures/Samples/Data/sample-observations.csv from the generator.</summary>
    private const string RegenerateVariable = "MEASURES_REGENERATE_SAMPLE";

    private static readonly Lazy<ObservationStore> Store = new(() =>
        ObservationStore.Create(
            SampleCouncil.Catalogue.Measures.ToDictionary(m => m.Code, RuleOf),
            SampleCouncil.Observations).Value);

    public static TheoryData<string, string, string, string, int> PublishedOutturns => new()
    {
        // measure, period, roll-up, published figure, line of seed 002
        { "EH-01", "FY 2023/24", "sum", "91.3", 56 },
        { "EH-02", "FY 2023/24", "sum", "90.1", 58 },
        { "EH-02", "FY 2022/23", "sum", "87.6", 58 }, // "2.5% more than last year"
        { "EH-03", "FY 2023/24", "sum", "27.5", 59 },
        { "EH-03", "FY 2022/23", "sum", "25.6", 59 }, // "an increase of 1.9%"
        { "EH-04", "FY 2023/24", "sum", "94.5", 60 },
        { "EH-04", "FY 2022/23", "sum", "92.0", 60 },
        { "EH-05", "FY 2023/24", "sum", "80.6", 61 },
        { "EH-05", "FY 2022/23", "sum", "78.0", 61 },
        { "EH-07", "rolling 3 months to 2024-02", "window", "4.3", 62 }, // mean of December to February
        { "EH-08", "rolling 3 months to 2024-02", "window", "0.64", 63 },
        { "EH-06", "rolling 3 months to 2024-02", "window", "4.95", 64 },
        { "EH-09", "rolling 12 months to 2023-03", "window", "16.1", 65 },
        { "EH-09", "rolling 12 months to 2022-03", "window", "19.8", 65 },
        { "EH-10", "rolling 12 months to 2023-09", "window", "186", 74 }, // the latest data, six months behind
        { "EH-10", "rolling 12 months to 2023-06", "window", "170", 74 }, // "170 in the previous period"
        { "CSC-01", "FY 2023/24", "sum", "316.8", 78 },
        { "CSC-01", "FY 2022/23", "sum", "378.6", 78 },
        { "CSC-02", "FY 2023/24", "sum", "45.6", 79 },
        { "CSC-02", "FY 2022/23", "sum", "70.4", 79 },
        { "CSC-03", "FY 2023/24", "sum", "88.4", 80 },
        { "CSC-03", "FY 2022/23", "sum", "96.7", 80 },
        { "CSC-04", "FY 2023/24", "sum", "502", 81 },
        { "CSC-05", "FY 2023/24", "sum", "39", 81 },
        { "CSC-06", "FY 2023/24", "sum", "348", 82 },
        { "CSC-06", "FY 2022/23", "sum", "319", 82 },
        { "CSC-07", "FY 2023/24", "sum", "17.3", 83 },
        { "CSC-07", "FY 2022/23", "sum", "17.3", 83 }, // "in-line with the previous year (17.3%)"
        { "CSC-08", "FY 2023/24", "sum", "194.8", 84 },
        { "CSC-08", "FY 2022/23", "sum", "278.2", 84 },
        { "CSC-09", "FY 2023/24", "sum", "95.0", 85 },
        { "CSC-09", "FY 2022/23", "sum", "88.7", 87 },
        { "CSC-10", "FY 2023/24", "sum", "387.2", 90 },
        { "CSC-10", "FY 2022/23", "sum", "492.5", 90 },
        { "CSC-11", "FY 2023/24", "sum", "182.6", 91 },
        { "CSC-11", "FY 2022/23", "sum", "197.4", 91 },
        { "CSC-12", "FY 2023/24", "sum", "69.3", 97 },
        { "CSC-12", "FY 2022/23", "sum", "72.1", 97 },
        { "CSC-13", "FY 2023/24", "sum", "84.8", 98 },
        { "CSC-14", "FY 2023/24", "sum", "65.2", 103 },
        { "CSC-14", "FY 2022/23", "sum", "65.2", 103 },
        { "CSC-15", "FY 2023/24", "sum", "75.3", 105 },
        { "CSC-15", "FY 2022/23", "sum", "77.0", 105 },
        { "ED-01", "Spring term 2023/24", "as reported", "90.9", 107 },
        { "ED-01", "Spring term 2022/23", "as reported", "90.0", 107 },
        { "ED-02", "AY 2023/24", "as reported", "99.2", 108 },
        { "ED-03", "AY 2023/24", "as reported", "97.4", 109 },
        { "ED-03", "AY 2022/23", "as reported", "96.0", 109 },
        { "ED-04", "AY 2022/23", "as reported", "67.3", 110 },
        { "ED-04", "AY 2021/22", "as reported", "64.5", 110 },
        { "ED-05", "AY 2022/23", "as reported", "79", 111 },
        { "ED-05", "AY 2021/22", "as reported", "75", 111 },
        { "ED-06", "AY 2022/23", "as reported", "55", 112 },
        { "ED-06", "AY 2021/22", "as reported", "54", 112 }, // "a pleasing 1% improvement"
        { "ED-07", "AY 2022/23", "as reported", "5", 112 },
        { "ED-08", "AY 2022/23", "as reported", "38.7", 122 },
        { "ED-08", "AY 2021/22", "as reported", "44.7", 122 },
        { "ED-09", "Spring term 2023/24", "as reported", "99.7", 113 },
        { "ED-10", "Spring term 2023/24", "as reported", "523", 120 },
        { "ED-10", "Spring term 2022/23", "as reported", "435", 120 },
        { "ED-11", "AY 2023/24", "autumn and spring", "11", 121 },
        { "ED-11", "AY 2022/23", "autumn and spring", "6", 121 },
        { "ED-12", "AY 2023/24", "autumn and spring", "73", 121 },
        { "ED-12", "AY 2022/23", "autumn and spring", "60", 121 },
        { "INC-01", "2023", "sum", "59.9", 125 },
        { "INC-02", "AY 2023/24", "as reported", "95.8", 126 },
        { "INC-03", "AY 2023/24", "as reported", "79.1", 126 },
        { "INC-04", "FY 2023/24", "sum", "3360", 131 },
        { "INC-04", "FY 2022/23", "sum", "3056", 131 },
    };

    [Theory]
    [MemberData(nameof(PublishedOutturns))]
    public void Published_outturn_comes_out_of_the_sample(string code, string label, string rollUp, string published, int seedLine)
    {
        decimal expected = decimal.Parse(published, CultureInfo.InvariantCulture);
        decimal actual = Outturn(code, ReportingPeriod.Parse(label), rollUp);
        Assert.True(expected == actual, $"{code} {label}: seed 002 line {seedLine} publishes {published}; the sample gives {actual}.");
    }

    [Fact]
    public void Published_directions_of_travel_come_out_of_the_sample()
    {
        // Line 56: contacts within three working days, "an improvement on last year".
        Assert.True(Outturn("EH-01", ReportingPeriod.FinancialYear(2023), "sum") > Outturn("EH-01", ReportingPeriod.FinancialYear(2022), "sum"));

        // Lines 62–64: NEET, not known and combined NEET/NK all improved (lower) on the previous year.
        foreach (string code in (string[])["EH-06", "EH-07", "EH-08"])
        {
            Assert.True(
                Outturn(code, ReportingPeriod.Parse("rolling 3 months to 2024-02"), "window") < Outturn(code, ReportingPeriod.Parse("rolling 3 months to 2023-02"), "window"),
                code + " should have improved on 2022/23.");
        }

        // Line 74: the first-time entrant rate "had increased" in the latest year.
        Assert.True(Outturn("EH-10", ReportingPeriod.Parse("rolling 12 months to 2023-09"), "window") > Outturn("EH-10", ReportingPeriod.Parse("rolling 12 months to 2022-09"), "window"));

        // Line 125: EHCPs within 20 weeks in 2023 were "an increase on the previous year".
        Assert.True(Outturn("INC-01", ReportingPeriod.CalendarYear(2023), "sum") > Outturn("INC-01", ReportingPeriod.CalendarYear(2022), "sum"));

        // Line 108: primary preferences in 2024 "slightly higher than in 2023".
        Assert.True(Outturn("ED-02", ReportingPeriod.AcademicYear(2023), "as reported") > Outturn("ED-02", ReportingPeriod.AcademicYear(2022), "as reported"));

        // Line 149: dental checks "well below the 95% target": beyond its 5-point tolerance.
        Assert.True(Outturn("CSC-16", ReportingPeriod.FinancialYear(2023), "sum") < 90m);
    }

    [Fact]
    public void Cross_measure_figures_agree()
    {
        var byKey = SampleCouncil.Observations.ToDictionary(o => (o.MeasureCode, o.Period));
        foreach (var o in SampleCouncil.Observations.Where(o => o.MeasureCode == "CSC-04"))
        {
            // Children in care are the numerator of the rate and the denominator of family-based settings.
            Assert.Equal(o.Numerator, byKey[("CSC-03", o.Period)].Numerator);
            Assert.Equal(o.Numerator, byKey[("CSC-15", o.Period)].Denominator);
            Assert.True(byKey[("CSC-05", o.Period)].Numerator <= o.Numerator);
        }

        foreach (var o in SampleCouncil.Observations.Where(o => o.MeasureCode == "EH-06"))
        {
            // Combined NEET/NK is NEET plus not known, of the same cohort.
            Assert.Equal(o.Numerator, byKey[("EH-07", o.Period)].Numerator + byKey[("EH-08", o.Period)].Numerator);
            Assert.Equal(o.Denominator, byKey[("EH-07", o.Period)].Denominator);
        }

        foreach (var o in SampleCouncil.Observations.Where(o => o.MeasureCode == "CSC-09"))
        {
            Assert.Equal(byKey[("CSC-02", o.Period)].Numerator, o.Denominator);
        }
    }

    [Fact]
    public void Every_measure_has_figures_from_April_2021_to_its_last_available_period()
    {
        var months = SampleCouncil.Observations.Where(o => o.Period.Type == PeriodType.Month).ToList();
        Assert.Equal(new YearMonth(2021, 4), months.Min(o => o.Period.StartMonth));
        Assert.Equal(new YearMonth(2024, 3), months.Max(o => o.Period.EndMonth));
        foreach (var measure in SampleCouncil.Catalogue.Measures)
        {
            var own = SampleCouncil.Observations.Where(o => o.MeasureCode == measure.Code).ToList();
            Assert.NotEmpty(own);
            Assert.All(own, o => Assert.Equal(FrequencyOf(measure), o.Period.Type));
            if (measure.Code is "EH-06" or "EH-07" or "EH-08")
            {
                // NEET: the statutory snapshots of December, January and February only.
                Assert.All(own, o => Assert.Contains(o.Period.Start.Month, (int[])[12, 1, 2]));
                Assert.Equal(9, own.Count);
            }
            else if (FrequencyOf(measure) == PeriodType.Month)
            {
                // Monthly without gaps, up to the month the data lag allows at the end of March 2024.
                var expectedLast = new YearMonth(2024, 3).PlusMonths(-(measure.DataLag?.Months ?? 0));
                Assert.Equal(Enumerable.Range(0, 36 - (measure.DataLag?.Months ?? 0)).Select(i => new YearMonth(2021, 4).PlusMonths(i)), own.Select(o => o.Period.StartMonth));
                Assert.Equal(expectedLast, own[^1].Period.EndMonth);
            }
        }
    }

    [Fact]
    public void Embedded_sample_is_what_the_generator_makes()
    {
        string made = ObservationCsvWriter.ToCsv(SampleObservationsGenerator.Generate());
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            File.WriteAllText(Path.Combine(RepositoryFile.Root(), "src", "Measures", "Samples", "Data", "sample-observations.csv"), made);
            return;
        }

        using var reader = new StreamReader(SampleCouncil.OpenObservationsCsv());
        Assert.True(
            made.ReplaceLineEndings("\n") == reader.ReadToEnd().ReplaceLineEndings("\n"),
            $"The embedded sample differs from what the generator makes; run the tests with {RegenerateVariable}=1 to rewrite it, then rebuild.");
    }

    [Fact]
    public void Sample_reads_back_to_what_the_generator_made()
    {
        Assert.Equal(SampleObservationsGenerator.Generate(), SampleCouncil.Observations);
    }

    // The period type observations of a measure come in: monthly for monthly and quarterly measures
    // (quarters and rolling windows are rolled up from months), termly, or yearly.
    internal static PeriodType FrequencyOf(MeasureDefinition measure) => measure.Frequency switch
    {
        ReportingFrequency.Termly => PeriodType.Term,
        ReportingFrequency.Annually => measure.PeriodType,
        _ => PeriodType.Month,
    };

    private static AggregationRule RuleOf(MeasureDefinition measure) =>
        new(measure.NumeratorRule, measure.DenominatorRule, FrequencyOf(measure), numeratorAtMostDenominator: measure.ValueType.Kind == ValueKind.Percentage);

    private static decimal Outturn(string code, ReportingPeriod period, string rollUp)
    {
        var valueType = SampleCouncil.Catalogue[code].ValueType;
        if (rollUp == "autumn and spring")
        {
            // Exclusions "by the end of term 2": the academic year's autumn and spring terms together.
            var terms = period.Children().Take(2).ToHashSet();
            return SampleCouncil.Observations.Where(o => o.MeasureCode == code && terms.Contains(o.Period)).Sum(o => o.Numerator);
        }

        var periods = rollUp switch
        {
            "as reported" => PeriodRollUp.AsReported,
            "window" => PeriodRollUp.RollingMonths(period.Children().Count),
            _ => period.Type switch
            {
                PeriodType.FinancialYear => PeriodRollUp.FinancialYears,
                PeriodType.CalendarYear => PeriodRollUp.CalendarYears,
                _ => throw new ArgumentException("No roll-up for " + period),
            },
        };
        var result = Store.Value.Aggregate(new AggregationQuery { Periods = periods, Measures = [code] });
        // Rolling windows come out of the aggregation core as the date ranges they cover, so match by dates.
        var found = result.Where(a => a.MeasureCode == code && a.OrganisationalUnit.Length == 0 && a.Period.Start == period.Start && a.Period.End == period.End).ToList();
        Assert.True(found.Count == 1, $"{code} has no figure for {period}.");
        var aggregate = found[0];
        return valueType.Calculate(aggregate.HeldNumerator, valueType.HasDenominator ? aggregate.HeldDenominator : null).Rounded
            ?? throw new InvalidOperationException($"{code} has a zero denominator for {period}.");
    }
}
