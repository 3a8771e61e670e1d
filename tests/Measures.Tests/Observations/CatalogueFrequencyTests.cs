using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Observations;
using Measures.Reporting;
using Measures.Samples;
using Measures.Time;

namespace Measures.Tests.Observations;

/// <summary>
/// The catalogue's frequency is the rule for the kind of period a measure's rows are for. In the sample catalogue
/// EH-09 (reoffending, as seed 002 line 65 reports it) is reported quarterly and ED-01 (seed 002 line 107) termly.
/// </summary>
public sealed class CatalogueFrequencyTests
{
    private static readonly ObservationReadOptions WithSample = new() { Catalogue = SampleCouncil.Catalogue };

    private static LoadResult<IReadOnlyList<Observation>> Read(string csv) =>
        ObservationCsvReader.Read(new StringReader(csv), "export.csv", WithSample);

    [Fact]
    public void A_term_for_a_quarterly_measure_is_refused_at_its_own_line_naming_the_catalogues_frequency()
    {
        // The agreeing row comes first: the problem must be the term's, not the quarter's.
        var result = Read("measure,period,numerator,denominator\nEH-09,2023/24 Q3,4,25000\nEH-09,Autumn term 2023/24,3,25000\n");
        var problem = Assert.Single(result.Problems);
        Assert.Equal(DataProblemKind.PeriodDoesNotFitFrequency, problem.Kind);
        Assert.Equal((3, 2, "Autumn term 2023/24"), (problem.Line, problem.Column, problem.Value));
        Assert.Equal(
            "EH-09 is reported quarterly in the catalogue, so its figures are for quarters such as \"2023/24 Q3\", the months that make them up, "
            + "financial years or calendar years made up of them, or for a window (rolling months, a year to date); \"Autumn term 2023/24\" is a term. "
            + "Correct the period, or the measure's frequency in the catalogue.",
            problem.Message);
    }

    [Fact]
    public void A_quarter_for_a_termly_measure_is_refused_too()
    {
        var problem = Assert.Single(Read("measure,period,numerator,denominator\nED-01,2023/24 Q3,10,11\n").Problems);
        Assert.StartsWith("ED-01 is reported termly in the catalogue, so its figures are for terms such as", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("\"2023/24 Q3\" is a quarter. Correct the period, or the measure's frequency in the catalogue.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Periods_that_nest_with_the_catalogues_are_taken_months_for_a_quarterly_measure_and_a_year_for_a_monthly_one()
    {
        Assert.True(Read("measure,period,numerator,denominator\nEH-09,2023-10,1,25000\nEH-09,2023-11,2,25000\n").Success);
        Assert.True(Read("measure,period,numerator,denominator\nEH-01,FY 2023/24,250,270\n").Success);
    }

    [Fact]
    public void A_measures_counts_are_for_one_kind_of_period_and_the_row_of_another_kind_is_blamed_at_its_line()
    {
        var problem = Assert.Single(Read("measure,period,numerator,denominator\nEH-09,2023-10,1,25000\nEH-09,2023-11,2,25000\nEH-09,2023/24 Q3,4,25000\n").Problems);
        Assert.Equal((4, DataProblemKind.PeriodDoesNotFitFrequency), (problem.Line, problem.Kind));
        Assert.StartsWith("EH-09's figures in this file are for months (from line 2), and \"2023/24 Q3\" is a quarter", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_or_a_value_alone_may_sit_beside_the_series()
    {
        var result = Read("measure,period,numerator,denominator,value\nEH-09,2023-10,1,25000,\nEH-09,rolling 12 months to 2023-10,40,25000,\nEH-09,2023/24 Q3,,,16.1\n");
        Assert.True(result.Success, result.ToString());
    }

    [Fact]
    public void The_library_refuses_what_does_not_fit_whichever_comes_first()
    {
        // A monthly measure given an autumn term: the rule is the catalogue's, not the first observation's.
        var catalogue = SampleCouncil.Catalogue;
        var term = new Observation("EH-01", ReportingPeriod.Term(2023, SchoolTerm.Autumn), 200, 220);
        var month = new Observation("EH-01", ReportingPeriod.Month(2023, 9), 50, 55);
        foreach (var order in new[] { new[] { term, month }, new[] { month, term } })
        {
            var rules = CatalogueRules.For(catalogue, order);
            Assert.Equal(PeriodType.Month, rules["EH-01"].Frequency);
            var refused = ObservationStore.Create(rules, order);
            var problem = Assert.Single(refused.Problems);
            Assert.Equal("EH-01 for Autumn term 2023/24, the whole council: the measure's observations are for months; this one is for a term.", problem.ToString());
        }
    }

    [Theory]
    [InlineData(ReportingFrequency.Monthly, PeriodType.Month, PeriodType.Month)]
    [InlineData(ReportingFrequency.Quarterly, PeriodType.RollingMonths, PeriodType.Quarter)]
    [InlineData(ReportingFrequency.Termly, PeriodType.AcademicYearToDate, PeriodType.Term)]
    [InlineData(ReportingFrequency.Termly, PeriodType.HalfTerm, PeriodType.HalfTerm)]
    [InlineData(ReportingFrequency.Annually, PeriodType.AcademicYear, PeriodType.AcademicYear)]
    [InlineData(ReportingFrequency.Annually, PeriodType.CalendarYear, PeriodType.CalendarYear)]
    [InlineData(ReportingFrequency.Annually, PeriodType.FinancialYearToDate, PeriodType.FinancialYear)]
    public void The_catalogue_entry_gives_the_kind_of_period_of_its_observations(ReportingFrequency frequency, PeriodType periodType, PeriodType expected)
    {
        var measure = new MeasureDefinition("M", "A measure", "Area", MeasureKind.Activity, MeasureValueType.Count("children"), Polarity.None, frequency, periodType, TemporalRule.Sum);
        Assert.Equal(expected, CatalogueRules.ObservationPeriodType(measure));
        Assert.Equal(expected, CatalogueRules.For(measure).Frequency);
    }

    [Fact]
    public void A_measure_with_only_figures_kept_apart_has_its_catalogue_entrys_rule()
    {
        var window = Observation.ValueOnly("EH-09", ReportingPeriod.RollingMonths(12, new NodaTime.YearMonth(2024, 3)), 16.1m);
        var rules = CatalogueRules.For(SampleCouncil.Catalogue, [window]);
        Assert.Equal(PeriodType.Quarter, rules["EH-09"].Frequency);
        var store = ObservationStore.Create(rules, [window]).Value;
        Assert.Equal([window], store.ReportedFigures);
        Assert.Equal(0, store.Count);
        var row = new ScorecardBuilder(SampleCouncil.Catalogue).Build([window], ReportingPeriod.FinancialYear(2023))["EH-09"];
        Assert.Equal("16.1 per 100,000", row.ValueText);
    }
}
