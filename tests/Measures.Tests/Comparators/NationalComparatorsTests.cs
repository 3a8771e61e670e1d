using System.IO;
using System.Linq;
using Measures.Comparators;
using Measures.Definitions;
using Measures.Samples;
using Measures.Time;
using Xunit;

namespace Measures.Tests.Comparators;

public sealed class NationalComparatorsTests
{
    private const string Header = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,la_name,old_la_code,CLA-01\n";

    private static LoadResult<NationalComparators> Read(string text) => NationalComparators.Read(new StringReader(text), "cla.csv");

    [Theory]
    // time_period and time_identifier as the DfE's open data files give them.
    [InlineData("202324", "Financial year", "2023/24")]
    [InlineData("202324", "Academic year", "AY 2023/24")]
    [InlineData("2024", "Calendar year", "2024")]
    [InlineData("2024", "Reporting year", "2023/24")]
    public void Periods_are_read_from_time_period_and_time_identifier(string timePeriod, string identifier, string label)
    {
        var period = NationalComparators.PeriodOf(timePeriod, identifier);
        Assert.NotNull(period);
        Assert.Equal(label, global::Measures.Reporting.ScorecardText.PeriodLabel(period!.Value));
    }

    [Theory]
    [InlineData("202325", "Financial year")]
    [InlineData("2024", "Financial year")]
    [InlineData("2024", "Week")]
    [InlineData("24", "Calendar year")]
    public void Other_periods_are_not_guessed(string timePeriod, string identifier) =>
        Assert.Null(NationalComparators.PeriodOf(timePeriod, identifier));

    [Fact]
    public void A_value_that_is_not_a_number_is_reported_at_its_line_and_column()
    {
        var result = Read(Header + "202324,Financial year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000018,Rotherham,372,8O\n");
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("cla.csv", 2, 11, "CLA-01", "8O"), (problem.Source, problem.Line, problem.Column, problem.Field, problem.Value));
        Assert.Equal(DataProblemKind.InvalidValue, problem.Kind);
    }

    [Fact]
    public void An_unknown_level_a_bad_period_and_a_council_twice_are_each_reported()
    {
        var result = Read(Header
            + "202324,Financial year,Ward,E92000001,England,,,,,,1\n"
            + "2023-24,Financial year,National,E92000001,England,,,,,,1\n"
            + "202324,Financial year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000018,Rotherham,372,1\n"
            + "202324,Financial year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000018,Rotherham,372,2\n");
        Assert.Equal([(2, 3, "geographic_level"), (3, 1, "time_period"), (5, 8, "new_la_code")], result.Problems.Select(p => (p.Line, p.Column, p.Field)));
        Assert.Contains("lines 4 and 5", result.Problems[2].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_the_time_and_geography_columns_is_reported()
    {
        var result = Read("la_name,CLA-01\nRotherham,1\n");
        Assert.Equal(["time_period", "time_identifier", "geographic_level"], result.Problems.Select(p => p.Field));
        Assert.All(result.Problems, p => Assert.Equal(1, p.Line));
    }

    [Fact]
    public void An_interval_column_without_its_value_column_is_reported()
    {
        var result = Read(Header.Replace("CLA-01\n", "CLA-01,CLA-02_lower\n", System.StringComparison.Ordinal));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((1, 12, DataProblemKind.Inconsistent), (problem.Line, problem.Column, problem.Kind));
    }

    [Fact]
    public void Applying_to_a_catalogue_names_a_column_no_measure_has_and_a_council_the_file_lacks()
    {
        var tables = NationalComparators.Read(new StringReader(ComparatorTableTests.Yorkshire), "yorkshire.csv").Value;
        var result = tables.ApplyTo(SampleCouncil.Catalogue, "Leeds");
        Assert.Equal([DataProblemKind.UnknownMeasure, DataProblemKind.UnknownName], result.Problems.Select(p => p.Kind));
    }

    [Fact]
    public void The_sample_comparators_give_the_sample_council_benchmarks()
    {
        var catalogue = SampleCouncil.Comparators.ApplyTo(SampleCouncil.Catalogue, SampleCouncil.ComparatorName, SampleCouncil.Neighbours).Value;
        var benchmark = catalogue["CSC-07"].BenchmarkFor(ReportingPeriod.FinancialYear(2023))!;
        Assert.Equal([ComparatorValue.England, "Yorkshire and The Humber", ComparatorValue.StatisticalNeighbours], benchmark.Comparators.Select(c => c.Name));
        Assert.NotNull(benchmark.Rank);
        Assert.NotNull(benchmark.Band);
        // Every other measure keeps its definition.
        Assert.Equal(SampleCouncil.Catalogue["ED-01"], catalogue["ED-01"]);
    }
}
