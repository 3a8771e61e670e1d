using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Definitions;
using Measures.Judgements;
using Measures.Observations;
using Measures.Reporting;
using Measures.Time;
using NodaTime;
using static Measures.Tests.Reporting.ScorecardTestMeasures;

namespace Measures.Tests.Reporting;

/// <summary>
/// Values given without counts, as the health partner's figures in seed 004 (Kirklees Corporate Parenting Board,
/// children's performance highlights) are: shown as given, rated and compared, never added up or suppressed.
/// </summary>
public sealed class ValueOnlyScorecardTests
{
    private static readonly YearMonth November2019 = new(2019, 11);

    // Initial health assessments within the statutory timescale, a rolling 12-month percentage from the health partner.
    private static MeasureDefinition HealthAssessments(string code = "IHA") => new(
        code, "Initial health assessments in timescale", "Children in Care", MeasureKind.Activity, MeasureValueType.Percentage(1), Polarity.HigherIsBetter,
        ReportingFrequency.Monthly, PeriodType.RollingMonths, TemporalRule.Sum, TemporalRule.Sum,
        targets: [new Target(ReportingPeriod.FinancialYear(2019), 90m, ToleranceBand.Points(5))]);

    private static ScorecardRow Row(MeasureDefinition measure, IEnumerable<Observation> observations, ReportingPeriod period, ScorecardOptions? options = null) =>
        new ScorecardBuilder(Catalogue(measure), options).Build(observations, period)[measure.Code];

    [Fact]
    public void A_partners_rolling_figure_is_shown_rated_and_has_no_counts()
    {
        // Seed 004 line 98: "LA rolling 12-month data shows that 76.8% were completed in the statutory timescale."
        var window = ReportingPeriod.RollingMonths(12, November2019);
        var row = Row(HealthAssessments(), [Observation.ValueOnly("IHA", window, 76.8m)], ReportingPeriod.Month(2019, 11));
        Assert.Equal(window, row.Period);
        Assert.Equal(ScorecardValueState.Value, row.State);
        Assert.Equal("76.8%", row.ValueText);
        Assert.Equal(76.8m, row.Value);
        Assert.Null(row.Numerator);
        Assert.Null(row.Denominator);
        Assert.Null(row.Completeness);
        Assert.Equal(RagStatus.Red, row.Rag.Judgement.Status); // 76.8 is more than 5 points under the 90% target
    }

    [Fact]
    public void A_value_keeps_the_decimals_it_was_given()
    {
        // Seed 004 line 102: "86.9% and 91% of the 'Developmental' ... and 'Annual' assessments"; the measure shows one decimal.
        var window = ReportingPeriod.RollingMonths(12, November2019);
        Assert.Equal("91%", Row(HealthAssessments(), [Observation.ValueOnly("IHA", window, 91m)], ReportingPeriod.Month(2019, 11)).ValueText);
        Assert.Equal("86.9%", Row(HealthAssessments(), [Observation.ValueOnly("IHA", window, 86.9m)], ReportingPeriod.Month(2019, 11)).ValueText);
        Assert.Equal("91.0%", Row(HealthAssessments(), [Observation.ValueOnly("IHA", window, 91.0m)], ReportingPeriod.Month(2019, 11)).ValueText);
        Assert.Equal("76.9%", Row(HealthAssessments(), [Observation.ValueOnly("IHA", window, 76.85m)], ReportingPeriod.Month(2019, 11)).ValueText);
    }

    [Fact]
    public void The_public_version_shows_a_value_without_counts_as_it_was_published()
    {
        // A "9%" held as an invented 1 of 11 was suppressed as a small count; with no counts there is nothing to protect.
        var row = Row(Flow(), [Observation.ValueOnly("FLOW", ReportingPeriod.Month(2023, 4), 9m)], ReportingPeriod.Month(2023, 4), new ScorecardOptions { Audience = ScorecardAudience.Public });
        Assert.Equal(ScorecardValueState.Value, row.State);
        Assert.Equal("9%", row.ValueText);
        Assert.Equal(Measures.Calculation.SuppressionReason.None, row.Suppression);
    }

    [Fact]
    public void Values_month_on_month_give_a_direction_of_travel()
    {
        // Seed 004 line 105–106: "Locala monthly data showed that 54% of under 5-year-olds ... This showed a continuing downward trend."
        Observation[] months = [Observation.ValueOnly("FLOW", ReportingPeriod.Month(2019, 10), 58m), Observation.ValueOnly("FLOW", ReportingPeriod.Month(2019, 11), 54m)];
        var row = Row(Flow(), months, ReportingPeriod.Month(2019, 11));
        var travel = row.VersusPreviousPeriod.Travel.Judgement;
        Assert.Equal(Direction.Worsening, travel.Direction);
        Assert.Equal(-4m, travel.Change);
        Assert.Equal("54%", row.History[^1].ValueText);
        Assert.Equal("58%", row.History[^2].ValueText);
    }

    [Fact]
    public void A_quarter_that_would_add_up_values_says_it_needs_counts()
    {
        Observation[] months =
        [
            new("FLOW", ReportingPeriod.Month(2023, 4), 40, 50),
            Observation.ValueOnly("FLOW", ReportingPeriod.Month(2023, 5), 82m),
            new("FLOW", ReportingPeriod.Month(2023, 6), 45, 50),
        ];
        var quarter = ReportingPeriod.Quarter(2023, 1);
        var row = Row(Flow(), months, quarter);
        Assert.Equal(ScorecardValueState.NeedsCounts, row.State);
        Assert.Equal("needs counts", row.ValueText);
        Assert.Null(row.Value);
        Assert.Null(row.Numerator);
        Assert.False(row.Rag.Judgement.IsRated);
        Assert.Contains("\"state\": \"needsCounts\"", new ScorecardBuilder(Catalogue(Flow())).Build(months, quarter).ToString(ScorecardFormat.Json), StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_whose_latest_part_is_a_value_shows_that_value()
    {
        // Plans up to date at the quarter's end are the last month's: a value for June stands for the quarter.
        Observation[] months = [new("SNAP", ReportingPeriod.Month(2023, 4), 90, 100), Observation.ValueOnly("SNAP", ReportingPeriod.Month(2023, 6), 97.4m)];
        var row = Row(Snapshot(), months, ReportingPeriod.Quarter(2023, 1));
        Assert.Equal("97.4%", row.ValueText);

        // A counted latest month wins over an earlier value, as the latest part always does.
        Observation[] later = [Observation.ValueOnly("SNAP", ReportingPeriod.Month(2023, 4), 97.4m), new("SNAP", ReportingPeriod.Month(2023, 6), 90, 100)];
        Assert.Equal("90.0%", Row(Snapshot(), later, ReportingPeriod.Quarter(2023, 1)).ValueText);
    }

    [Fact]
    public void Values_for_several_units_cannot_make_the_councils_figure()
    {
        // Seed 004 line 99: Locala's figure is one provider's; the council's cannot be made from providers' percentages.
        Observation[] providers = [Observation.ValueOnly("FLOW", ReportingPeriod.Month(2019, 11), 100m, "Locala"), Observation.ValueOnly("FLOW", ReportingPeriod.Month(2019, 11), 54m, "Other provider")];
        var row = Row(Flow(), providers, ReportingPeriod.Month(2019, 11));
        Assert.Equal(ScorecardValueState.NeedsCounts, row.State);

        // One unit's value alone is the figure shown.
        Assert.Equal("100%", Row(Flow(), providers[..1], ReportingPeriod.Month(2019, 11)).ValueText);
    }

    [Theory]
    [InlineData(ScorecardFormat.Markdown)]
    [InlineData(ScorecardFormat.Html)]
    [InlineData(ScorecardFormat.Table)]
    [InlineData(ScorecardFormat.Csv)]
    public void No_writer_shows_counts_for_a_value_given_without_them(ScorecardFormat format)
    {
        var scorecard = new ScorecardBuilder(Catalogue(HealthAssessments())).Build([Observation.ValueOnly("IHA", ReportingPeriod.RollingMonths(12, November2019), 76.8m)], ReportingPeriod.Month(2019, 11));
        string text = scorecard.ToString(format);
        Assert.Contains("76.8", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" of 0", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0 of ", text, StringComparison.Ordinal);
    }
}
