using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Measures.Definitions;
using Measures.Observations;
using Measures.Samples;
using Measures.Time;

namespace Measures.Tests.Observations;

/// <summary>
/// A value given without counts, as partners send it: seed 004 (Kirklees Corporate Parenting Board,
/// children's performance highlights), line 98: "LA rolling 12-month data shows that 76.8% were completed in
/// the statutory timescale"; line 102: "86.9% and 91% of the ... assessments".
/// </summary>
public sealed class ValueColumnTests
{
    private static readonly ObservationReadOptions WithSample = new() { Catalogue = SampleCouncil.Catalogue };

    private static readonly ReportingPeriod Rolling12ToNov2019 = ReportingPeriod.RollingMonths(12, new NodaTime.YearMonth(2019, 11));

    private static LoadResult<IReadOnlyList<Observation>> Read(string csv, ObservationReadOptions? options = null) =>
        ObservationCsvReader.Read(new StringReader(csv), "partner.csv", options ?? ObservationReadOptions.Default);

    private static DataProblem Single(LoadResult<IReadOnlyList<Observation>> result)
    {
        Assert.False(result.Success);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void A_file_of_values_needs_no_numerator_column_and_keeps_each_values_decimals()
    {
        var result = Read("measure,period,value\nIHA,rolling 12 months to 2019-11,76.8\nRHA,rolling 12 months to 2019-11,91\n");
        Assert.True(result.Success, result.ToString());
        Assert.Equal(
            [Observation.ValueOnly("IHA", Rolling12ToNov2019, 76.8m), Observation.ValueOnly("RHA", Rolling12ToNov2019, 91m)],
            result.Value);
        Assert.Equal(0, result.Value[1].Value!.Value.Scale); // "91" stays 91, not 91.0
        Assert.False(result.Value[0].HasCounts);
        Assert.Null(result.Value[0].Denominator);
    }

    [Fact]
    public void Counts_and_values_can_share_a_file_and_a_percent_sign_is_read_for_a_percentage()
    {
        var result = Read("measure,period,numerator,denominator,value\nEH-01,2023-04,250,270,\nEH-01,2023-05,,,92.5%\n", WithSample);
        Assert.True(result.Success, result.ToString());
        Assert.Equal(
            [new Observation("EH-01", ReportingPeriod.Month(2023, 4), 250, 270), Observation.ValueOnly("EH-01", ReportingPeriod.Month(2023, 5), 92.5m)],
            result.Value);
    }

    [Fact]
    public void Json_takes_a_value_in_place_of_the_counts()
    {
        const string Json = """{ "observations": [ { "measure": "IHA", "period": "rolling 12 months to 2019-11", "value": 76.80 } ] }""";
        var result = ObservationJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Json)), "partner.json");
        Assert.True(result.Success, result.ToString());
        var read = Assert.Single(result.Value);
        Assert.Equal(Observation.ValueOnly("IHA", Rolling12ToNov2019, 76.80m), read);
        Assert.Equal(2, read.Value!.Value.Scale);
        Assert.Contains("\"value\": 76.80", ObservationJsonWriter.ToJson(result.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_both_counts_and_a_value_is_refused_at_the_value()
    {
        var problem = Single(Read("measure,period,numerator,denominator,value\nEH-01,2023-04,250,270,92.6\n", WithSample));
        Assert.Equal(DataProblemKind.Inconsistent, problem.Kind);
        Assert.Equal((2, 5, "value", "92.6"), (problem.Line, problem.Column, problem.Field, problem.Value));
        Assert.Contains("gives both counts and a value", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EH-01", "-3", DataProblemKind.ImpossibleFigure, "negative")]
    [InlineData("EH-01", "76,8", DataProblemKind.InvalidValue, "point for decimals")]
    [InlineData("EH-01", "about 80", DataProblemKind.InvalidValue, "not a number")]
    [InlineData("EH-01", "100.1", DataProblemKind.Inconsistent, "percentage above 100")]
    [InlineData("CSC-01", "316.8%", DataProblemKind.InvalidValue, "CSC-01 is not a percentage")]
    public void A_value_that_cannot_be_a_figure_is_refused_saying_why(string code, string value, DataProblemKind kind, string why)
    {
        var problem = Single(Read($"measure,period,value\n{code},2023-04,\"{value}\"\n", WithSample));
        Assert.Equal(kind, problem.Kind);
        Assert.Equal((2, 3, "value"), (problem.Line, problem.Column, problem.Field));
        Assert.Contains(why, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_neither_counts_nor_a_value_asks_for_the_numerator()
    {
        var problem = Single(Read("measure,period,numerator,value\nEH-01,2023-04,,\n", WithSample));
        Assert.Equal(DataProblemKind.Missing, problem.Kind);
        Assert.Equal("numerator", problem.Field);
    }

    [Fact]
    public void Written_and_read_back_a_value_is_unchanged_to_its_last_decimal()
    {
        Observation[] given = [Observation.ValueOnly("RHA", Rolling12ToNov2019, 91m), Observation.ValueOnly("RHA", ReportingPeriod.Month(2019, 11), 54.0m, "Locala")];
        string csv = ObservationCsvWriter.ToCsv(given);
        Assert.Contains("RHA,2019-11,Locala,,,54.0\r\n", csv, StringComparison.Ordinal);
        var back = Read(csv).Value;
        Assert.Equal(given, back);
        Assert.Equal([0, 1], [back[0].Value!.Value.Scale, back[1].Value!.Value.Scale]);
    }

    [Fact]
    public void A_value_alone_is_checked_when_it_is_made_in_code()
    {
        Assert.Throws<ArgumentException>(() => Observation.ValueOnly("IHA", Rolling12ToNov2019, -0.1m));
        Assert.Throws<ArgumentException>(() => Observation.ValueOnly("IHA", Rolling12ToNov2019, FigureRules.MaxSetFigure + 1));
        Assert.Throws<ArgumentException>(() => Observation.ValueOnly(" ", Rolling12ToNov2019, 1m));
        Assert.Throws<ArgumentNullException>(() => Observation.ValueOnly(null!, Rolling12ToNov2019, 1m));
    }
}
