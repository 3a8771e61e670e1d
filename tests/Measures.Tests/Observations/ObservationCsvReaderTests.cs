using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Measures.Definitions;
using Measures.Time;
using Measures.Observations;
using Measures.Samples;

namespace Measures.Tests.Observations;

public sealed class ObservationCsvReaderTests
{
    private static readonly ObservationReadOptions WithSample = new() { Catalogue = SampleCouncil.Catalogue };

    private static LoadResult<IReadOnlyList<Observation>> Read(string csv, ObservationReadOptions? options = null) =>
        ObservationCsvReader.Read(new StringReader(csv), "export.csv", options ?? ObservationReadOptions.Default);

    private static DataProblem Single(LoadResult<IReadOnlyList<Observation>> result)
    {
        Assert.False(result.Success);
        Assert.Throws<DataProblemException>(() => result.Value);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void Reads_a_file_in_any_column_order_with_the_forms_analysts_type()
    {
        var result = Read("Period,Measure Code,Numerator,Denominator,Organisational Unit\r\nDec 2023,EH-01,250,270,North\n2023/24 Q4,CSC-04,502,,\n");
        Assert.True(result.Success, result.ToString());
        Assert.Equal(
            [
                new Observation("EH-01", ReportingPeriod.Month(2023, 12), 250, 270, "North"),
                new Observation("CSC-04", ReportingPeriod.Quarter(2023, 4), 502, null),
            ],
            result.Value);
    }

    [Fact]
    public void A_period_label_repeated_on_many_lines_is_read_alike_each_time_and_a_bad_one_is_refused_at_each_line()
    {
        var result = Read("measure,period,organisational_unit,numerator\nCSC-04,Apr 2024,A,1\nCSC-04,2024-13,A,2\nCSC-04,Apr 2024,B,3\nCSC-04,2024-13,B,4\n");
        Assert.False(result.Success);
        Assert.Equal([3, 5], result.Problems.Select(p => p.Line));
        var good = Read("measure,period,organisational_unit,numerator\nCSC-04,Apr 2024,A,1\nCSC-04, Apr 2024 ,B,3\n");
        Assert.Equal([ReportingPeriod.Month(2024, 4), ReportingPeriod.Month(2024, 4)], good.Value.Select(o => o.Period));
    }

    [Fact]
    public void Unit_and_denominator_columns_may_be_left_out()
    {
        var result = Read("measure,period,numerator\nCSC-04,2024-03,502\n");
        Assert.Equal([new Observation("CSC-04", ReportingPeriod.Month(2024, 3), 502, null)], result.Value);
    }

    [Fact]
    public void Quoted_fields_hold_commas_quotes_and_line_breaks_and_lines_are_still_counted()
    {
        var result = Read("measure,period,organisational_unit,numerator,denominator\n\"EH-01\",2023-04,\"Team A, \"\"east\"\"\nannex\",5,9\nEH-01,Sept 2023,,x,9\n");
        var error = Single(result);
        Assert.Equal(4, error.Line); // the quoted unit spans lines 2 and 3
        Assert.Equal(4, error.Column);
        Assert.Equal("x", error.Value);
    }

    [Fact]
    public void A_quoted_field_keeps_its_text_exactly()
    {
        var result = Read("measure,period,organisational_unit,numerator,denominator\nEH-01,2023-04,\"Team A, \"\"east\"\"\nannex\",5,9\n");
        Assert.Equal("Team A, \"east\"\nannex", Assert.Single(result.Value).OrganisationalUnit);
    }

    [Fact]
    public void An_unknown_period_label_gives_the_parsers_reason()
    {
        var error = Single(Read("measure,period,numerator,denominator\nEH-01,Dec 23,5,9\n"));
        Assert.Equal((2, 2, "period", "Dec 23"), (error.Line, error.Column, error.Field, error.Value));
        Assert.StartsWith("This is not a period label: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("two-digit", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("export.csv, line 2, column 2 (period), \"Dec 23\": This is not a period label", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-3", "negative")]
    [InlineData("3.5", "whole number")]
    [InlineData("1,234", "thousands separator")]
    [InlineData("n/a", "not a number")]
    [InlineData("", "empty")]
    public void A_numerator_must_be_a_whole_number_of_zero_or_more(string numerator, string why)
    {
        var error = Single(Read($"measure,period,numerator,denominator\nEH-01,2023-04,\"{numerator}\",9\n"));
        Assert.Equal((2, 3, "numerator", numerator), (error.Line, error.Column, error.Field, error.Value));
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_number_written_with_a_decimal_point_is_read()
    {
        Assert.Equal(12, Assert.Single(Read("measure,period,numerator,denominator\nEH-01,2023-04,12.0,20\n").Value).Numerator);
    }

    [Fact]
    public void With_a_catalogue_an_unknown_measure_code_is_an_error_with_a_suggestion()
    {
        var error = Single(Read("measure,period,numerator,denominator\nCSC07,2023-04,5,9\n", WithSample));
        Assert.Equal((1, "measure", "CSC07"), (error.Column, error.Field, error.Value));
        Assert.Contains("Did you mean \"CSC-07\"?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_catalogue_any_measure_code_is_read()
    {
        Assert.True(Read("measure,period,numerator,denominator\nCSC07,2023-04,5,9\n").Success);
    }

    [Fact]
    public void With_a_catalogue_a_percentage_numerator_above_its_denominator_is_an_error()
    {
        var error = Single(Read("measure,period,numerator,denominator\nEH-01,2023-04,10,9\n", WithSample));
        Assert.Equal((2, 3, "numerator", "10"), (error.Line, error.Column, error.Field, error.Value));
        Assert.Contains("above the denominator 9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_catalogue_a_rate_numerator_may_exceed_its_denominator()
    {
        // Rates per 10,000 and means of days are not parts of their denominators.
        Assert.True(Read("measure,period,numerator,denominator\nCSC-10,2023-04,800,2\n", WithSample).Success);
    }

    [Fact]
    public void With_a_catalogue_denominators_must_match_the_value_type()
    {
        var result = Read("measure,period,numerator,denominator\nEH-01,2023-04,5,\nCSC-04,2023-04,502,56000\n", WithSample);
        Assert.Equal(2, result.Problems.Count);
        Assert.Contains("is a percentage, so it needs a denominator", result.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("is a count, which has no denominator", result.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_measure_period_and_unit_twice_is_an_error_naming_the_first_line()
    {
        var error = Single(Read("measure,period,numerator,denominator\nEH-01,2023-04,5,9\nEH-01,Apr 2023,6,9\n"));
        Assert.Equal(3, error.Line);
        Assert.Contains("already given on line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_and_nothing_is_loaded()
    {
        var result = Read(
            "measure,period,numerator,denominator\nEH-01,2023-04,5,9\nNOPE,2023-04,5,9\nEH-01,2023-13,5,9\nEH-01,2023-05,-1,9\nEH-01,2023-06,10,9\n",
            WithSample);
        Assert.Throws<DataProblemException>(() => result.Value);
        Assert.Equal([3, 4, 5, 6], result.Problems.Select(e => e.Line));
        var exception = Assert.Throws<DataProblemException>(() => result.Value);
        Assert.Equal(result.Problems, exception.Problems);
        Assert.StartsWith("export.csv has 4 problems; nothing was loaded:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_with_the_wrong_number_of_fields_is_an_error()
    {
        var error = Single(Read("measure,period,numerator,denominator\nEH-01,2023-04,5,9,extra\n"));
        Assert.Equal((2, 0), (error.Line, error.Column));
        Assert.Contains("5 fields but the header has 4", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("a field holding a comma must be in double quotes.", error.Message, StringComparison.Ordinal);

        // Too few is a line cut short, not a comma out of quotes; one field is "1 field".
        var cut = Single(Read("measure,period,numerator,denominator\nEH-01\n"));
        Assert.Equal("This line has 1 field but the header has 4 (measure,period,numerator,denominator): the line may be cut short, or commas between fields lost.", cut.Message);
    }

    [Fact]
    public void An_unclosed_quote_is_an_error_at_the_line_where_it_opens()
    {
        var error = Single(Read("measure,period,numerator,denominator\nEH-01,\"2023-04,5,9\nEH-01,2023-05,5,9\n"));
        Assert.Equal((2, 2), (error.Line, error.Column));
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_an_error()
    {
        var error = Single(Read("measure,period,organisational_unit,numerator,denominator\nEH-01,2023-04,Team \"A\",5,9\n"));
        Assert.Equal((2, 3, "organisational_unit"), (error.Line, error.Column, error.Field));
    }

    [Theory]
    [InlineData("", "The file is empty")]
    [InlineData("measure;period;numerator;denominator\nEH-01;2023-04;5;9\n", "separated by semicolons")]
    [InlineData("measure,period,numerater,denominator\n", "not a column")]
    [InlineData("measure,period,denominator\n", "no numerator column")]
    [InlineData("measure,period,period,numerator\n", "already given in column 2")]
    public void A_bad_header_is_reported(string csv, string why)
    {
        var result = Read(csv);
        Assert.False(result.Success);
        Assert.Contains(result.Problems, e => e.Message.Contains(why, StringComparison.Ordinal));
    }

    [Fact]
    public void Blank_lines_and_a_byte_order_mark_are_ignored()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("measure,period,numerator\r\n\r\nCSC-04,2024-03,502\r\n\r\n")];
        Assert.Single(ObservationCsvReader.Read(new MemoryStream(bytes), "bom.csv").Value);
    }

    [Fact]
    public void Progress_is_reported_on_a_large_file()
    {
        var reports = new List<long>();
        var csv = new StringBuilder("measure,period,numerator\n");
        for (int i = 0; i < 120_000; i++)
        {
            csv.Append('M').Append(i % 100).Append(',').Append(ReportingPeriod.Month(2000 + (i / 1200), 1 + (i / 100 % 12))).Append(",1\n");
        }

        var result = Read(csv.ToString(), new ObservationReadOptions { Progress = new SyncProgress(reports.Add) });
        Assert.Equal(120_000, result.Value.Count);
        Assert.Equal([50_000, 100_000, 120_000], reports);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => ObservationCsvReader.Read((TextReader)null!, "x"));
        Assert.Throws<ArgumentNullException>(() => ObservationCsvReader.Read(new StringReader(""), null!));
        Assert.True(ObservationCsvReader.Read(new StringReader("measure,period,numerator\n"), "x", null).Success);
        Assert.Throws<ArgumentNullException>(() => ObservationCsvWriter.Write((TextWriter)null!, []));
    }

    [Fact]
    public void The_writer_enumerates_its_input_once()
    {
        int enumerations = 0;
        IEnumerable<Observation> Once()
        {
            enumerations++;
            yield return new Observation("CSC-04", ReportingPeriod.Month(2024, 3), 502, null);
        }

        Assert.Equal("measure,period,organisational_unit,numerator,denominator,value\r\nCSC-04,2024-03,,502,,\r\n", ObservationCsvWriter.ToCsv(Once()));
        Assert.Equal(1, enumerations);
    }

    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
