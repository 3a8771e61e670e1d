using System;
using System.IO;
using System.Linq;
using Measures.Definitions;
using Measures.Time;
using Measures.Samples;

using Measures.Tests.Definitions;

namespace Measures.Tests.Samples;

public sealed class SampleCouncilTests
{
    private static readonly MeasureCatalogue Sample = SampleCouncil.Catalogue;

    [Fact]
    public void Has_at_least_thirty_measures_across_the_four_service_areas()
    {
        Assert.True(Sample.Measures.Count >= 30, $"{Sample.Measures.Count} measures");
        Assert.Equal(
            ["Children's Social Care", "Early Help and Family Engagement", "Education", "Inclusion"],
            Sample.Measures.Select(m => m.ServiceArea).Distinct().Order(StringComparer.Ordinal));
        Assert.All(Enum.GetValues<MeasureKind>().Where(k => k != MeasureKind.Local), kind => Assert.Contains(Sample.Measures, m => m.Kind == kind));
    }

    [Fact]
    public void Is_labelled_as_an_illustrative_sample()
    {
        Assert.Contains("illustrative", Sample.Name, StringComparison.Ordinal);
        Assert.StartsWith("An illustrative sample, not any council's own catalogue.", Sample.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Neet_and_not_known_are_components_of_combined_neet_nk()
    {
        // NEET (line 62), Not Known (line 63) and combined NEET/NK (line 64): Rotherham ILSC minutes, 30 July 2024, minute 18.
        Assert.Equal(["EH-07", "EH-08"], Sample.ComponentsOf("EH-06").Select(m => m.Code));
        Assert.All(Sample.ComponentsOf("EH-06").Append(Sample["EH-06"]), m =>
        {
            Assert.Equal(Polarity.LowerIsBetter, m.Polarity);
            Assert.Equal(TemporalRule.Mean, m.NumeratorRule);
            Assert.Equal(TemporalRule.Mean, m.DenominatorRule);
        });
    }

    // Every published 2023/24 target in the minutes (Rotherham ILSC, 30 July 2024, minute 18), by line.
    [Theory]
    [InlineData("EH-01", 75, Polarity.HigherIsBetter, 56)]
    [InlineData("EH-07", 4.5, Polarity.LowerIsBetter, 62)]
    [InlineData("EH-06", 6, Polarity.LowerIsBetter, 64)]
    [InlineData("CSC-07", 22, Polarity.LowerIsBetter, 83)]
    [InlineData("CSC-09", 95, Polarity.HigherIsBetter, 87)]
    [InlineData("CSC-13", 90, Polarity.HigherIsBetter, 98)]
    [InlineData("CSC-14", 70, Polarity.HigherIsBetter, 103)]
    [InlineData("ED-01", 85, Polarity.HigherIsBetter, 107)]
    [InlineData("ED-09", 95, Polarity.HigherIsBetter, 113)]
    [InlineData("INC-01", 58, Polarity.HigherIsBetter, 125)]
    [InlineData("INC-02", 70, Polarity.HigherIsBetter, 126)]
    [InlineData("INC-03", 70, Polarity.HigherIsBetter, 126)]
    [InlineData("CSC-16", 95, Polarity.HigherIsBetter, 149)]
    public void Carries_the_published_target_and_polarity_with_its_line(string code, double target, Polarity polarity, int line)
    {
        var measure = Sample[code];
        var t = Assert.Single(measure.Targets);
        Assert.Equal((decimal)target, t.Value);
        Assert.Equal(polarity, measure.Polarity);
        Assert.Contains($"line {line}", t.Source, StringComparison.Ordinal);
        Assert.Contains("tolerance is illustrative", t.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_published_targets_are_set()
    {
        Assert.Equal(13, Sample.Measures.Count(m => m.Targets.Count > 0));
    }

    [Fact]
    public void The_ehcp_target_is_for_the_calendar_year()
    {
        // "The Education, Health and Care Plan target was measured across the calendar year from January to December" (line 125).
        var measure = Sample["INC-01"];
        Assert.Equal(ReportingPeriod.CalendarYear(2023), measure.Targets[0].Period);
        Assert.Equal(PeriodType.CalendarYear, measure.PeriodType);
    }

    [Fact]
    public void Every_measure_cites_the_minutes_and_every_cited_line_exists()
    {
        Assert.All(Sample.Measures, m =>
        {
            Assert.StartsWith("Rotherham ILSC minutes, 30 July 2024, minute 18", m.Source, StringComparison.Ordinal);
            Assert.Matches(@"line \d+", m.Source!);
        });
    }

    [Fact]
    public void Education_measures_are_termly_or_annual_and_out_of_summaries()
    {
        // Line 50: "18 for Education; all of which were either termly or annual academic year and therefore not included in any summary statistics."
        Assert.All(Sample.Measures.Where(m => m.Kind == MeasureKind.Education), m =>
        {
            Assert.False(m.CountsInSummary);
            Assert.Contains(m.Frequency, new[] { ReportingFrequency.Termly, ReportingFrequency.Annually });
        });
        Assert.All(Sample.Measures.Where(m => m.Kind != MeasureKind.Education), m => Assert.True(m.CountsInSummary));
    }

    [Fact]
    public void A_rate_of_a_flow_sums_its_numerator_but_not_its_population()
    {
        var s47 = Sample["CSC-08"];
        Assert.Equal(TemporalRule.Sum, s47.NumeratorRule);
        Assert.Equal(TemporalRule.Last, s47.DenominatorRule);
        Assert.Equal(10_000, s47.ValueType.RatePer);
    }

    [Fact]
    public void Saving_the_sample_gives_back_the_embedded_document_exactly()
    {
        using var stream = SampleCouncil.OpenCatalogueJson();
        using var reader = new StreamReader(stream);
        string embedded = reader.ReadToEnd();
        Assert.Equal(embedded, Sample.ToJson());
        Assert.Equal(embedded, RepositoryFile.ReadAllText("src/Measures/Samples/Data/sample-catalogue.json"));
    }

    [Fact]
    public void Is_the_same_instance_on_every_call()
    {
        Assert.Same(SampleCouncil.Catalogue, SampleCouncil.Catalogue);
        Assert.Equal(ReportingPeriod.FinancialYear(2023), SampleCouncil.ReportingYear);
    }

    [Fact]
    public void Every_published_outturn_belongs_to_a_sample_measure_and_has_a_readable_period()
    {
        Assert.All(PublishedOutturns.All, o =>
        {
            Assert.True(Sample.TryGetMeasure(o.Code, out _), o.Code);
            ReportingPeriod.Parse(o.Period);
            if (o.PreviousPeriod is { } previous)
            {
                ReportingPeriod.Parse(previous);
            }
        });
        Assert.All(Sample.Measures, m => Assert.Contains(PublishedOutturns.All, o => o.Code == m.Code));
    }

    [Fact]
    public void Every_published_outturn_quote_names_its_value()
    {
        Assert.All(PublishedOutturns.All.Where(o => o.Value is not null), o =>
            Assert.Contains(o.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), o.Quote, StringComparison.Ordinal));
    }
}
