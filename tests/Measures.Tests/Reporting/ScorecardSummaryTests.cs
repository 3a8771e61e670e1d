using System.Linq;
using Measures.Definitions;
using Measures.Reporting;
using Measures.Time;
using Measures.Samples;

namespace Measures.Tests.Reporting;

public sealed class ScorecardSummaryTests
{
    [Fact]
    public void The_published_outturns_summarise_as_the_rows_judge_them()
    {
        var summary = PublishedOutturnScorecardTests.Scorecard.Summary;

        // Green: EH-01, EH-06, EH-07, CSC-07, CSC-09, INC-01, INC-02, INC-03; amber CSC-14; red CSC-13; no value CSC-16.
        // Improving: EH-02, EH-03, EH-04, EH-05, EH-09, CSC-09, CSC-10, CSC-11; worsening: EH-10, CSC-12, CSC-15;
        // no change: CSC-14; the other ten with a good direction have no previous figure in the report.
        Assert.Equal(new SummaryCounts
        {
            Measures = 30, Green = 8, Amber = 1, Red = 1, Blue = 0, NoValue = 1, WithoutTarget = 19,
            Improving = 8, Worsening = 3, NoChange = 1, NoDirection = 10, WithoutGoodDirection = 8,
        }, summary.Overall);
        Assert.Equal(["Early Help and Family Engagement", "Children's Social Care", "Inclusion"], summary.ByServiceArea.Select(a => a.ServiceArea));
        Assert.Equal(ComparisonPeriod.PreviousPeriod, summary.DirectionComparison);
    }

    [Fact]
    public void Education_measures_are_left_out_of_any_summary_statistics()
    {
        // Line 50 of the 2023/24 report: "18 for Education; all of which were either termly or annual academic
        // year and therefore not included in any summary statistics". The sample has 12 of them.
        var exclusions = PublishedOutturnScorecardTests.Scorecard.Summary.Exclusions;
        Assert.Equal(SampleCouncil.Catalogue.Measures.Where(m => m.Kind == MeasureKind.Education).Select(m => m.Code), exclusions.Select(e => e.MeasureCode));
        Assert.All(exclusions, e => Assert.Equal(SummaryExclusionReason.NotInSummary, e.Reason));
    }

    [Fact]
    public void A_monthly_summary_leaves_out_termly_and_academic_year_measures_and_a_yearly_one_keeps_those_that_count()
    {
        var observations = PublishedOutturns.Observations;
        var monthly = new ScorecardBuilder(SampleCouncil.Catalogue).Build(observations, ReportingPeriod.Month(2024, 3));
        Assert.Equal(SummaryExclusionReason.TermlyOrAcademicYear, monthly["INC-02"].SummaryExclusion);
        Assert.Equal(SummaryExclusionReason.TermlyOrAcademicYear, monthly["ED-01"].SummaryExclusion);
        Assert.Null(monthly["INC-01"].SummaryExclusion);
        Assert.Null(PublishedOutturnScorecardTests.Scorecard["INC-02"].SummaryExclusion);

        var forced = new ScorecardBuilder(SampleCouncil.Catalogue, new ScorecardOptions { ExcludeTermlyAndAcademicYearMeasuresFromSummary = true }).Build(observations, PublishedOutturns.Year);
        Assert.Equal(SummaryExclusionReason.TermlyOrAcademicYear, forced["INC-03"].SummaryExclusion);
        Assert.Equal(28, forced.Summary.Overall.Measures);
        Assert.Equal(6, forced.Summary.Overall.Green);

        var kept = new ScorecardBuilder(SampleCouncil.Catalogue, new ScorecardOptions { ExcludeTermlyAndAcademicYearMeasuresFromSummary = false }).Build(observations, ReportingPeriod.Month(2024, 3));
        Assert.Null(kept["INC-02"].SummaryExclusion);
        Assert.Equal(SummaryExclusionReason.NotInSummary, kept["ED-01"].SummaryExclusion);
    }

    [Fact]
    public void Named_measures_can_be_left_out()
    {
        var options = new ScorecardOptions { SummaryExclusions = ["CSC-13", "CSC-14"] };
        var scorecard = new ScorecardBuilder(SampleCouncil.Catalogue, options).Build(PublishedOutturns.Observations, PublishedOutturns.Year);
        Assert.Equal(28, scorecard.Summary.Overall.Measures);
        Assert.Equal(0, scorecard.Summary.Overall.Red);
        Assert.Equal(0, scorecard.Summary.Overall.Amber);
        Assert.Equal(SummaryExclusionReason.ExcludedByOptions, scorecard["CSC-13"].SummaryExclusion);
        Assert.Contains(new SummaryExclusion("CSC-14", SummaryExclusionReason.ExcludedByOptions), scorecard.Summary.Exclusions);
    }

    [Fact]
    public void Directions_can_be_counted_against_the_same_period_last_year()
    {
        var options = new ScorecardOptions { SummaryDirection = ComparisonPeriod.SamePeriodLastYear };
        var observations = ScorecardTestMeasures.Months("FLOW", 2022, [.. Enumerable.Repeat(90L, 12)], [.. Enumerable.Repeat(100L, 12)])
            .Concat(ScorecardTestMeasures.Months("FLOW", 2023, [.. Enumerable.Repeat(80L, 11), 95], [.. Enumerable.Repeat(100L, 12)]));
        var catalogue = ScorecardTestMeasures.Catalogue(ScorecardTestMeasures.Flow());
        var march = ReportingPeriod.Month(2024, 3);
        var againstLastYear = new ScorecardBuilder(catalogue, options).Build(observations, march).Summary.Overall;
        var againstLastMonth = new ScorecardBuilder(catalogue).Build(observations, march).Summary.Overall;
        Assert.Equal((1, 0), (againstLastYear.Improving, againstLastYear.Worsening));
        Assert.Equal((1, 0), (againstLastMonth.Improving, againstLastMonth.Worsening));
        var february = ReportingPeriod.Month(2024, 2);
        Assert.Equal(1, new ScorecardBuilder(catalogue, options).Build(observations, february).Summary.Overall.Worsening);
        Assert.Equal(1, new ScorecardBuilder(catalogue).Build(observations, february).Summary.Overall.NoChange);
    }

    [Fact]
    public void Counts_describe_themselves()
    {
        Assert.Equal(
            "30 measures: 8 green, 1 amber, 1 red, 1 without a value; 8 improving, 3 worsening, 1 no change",
            PublishedOutturnScorecardTests.Scorecard.Summary.ToString());
        var counts = PublishedOutturnScorecardTests.Scorecard.Summary.Overall;
        Assert.Equal((10, 11, 22), (counts.Rated, counts.WithTarget, counts.WithGoodDirection));
    }
}
