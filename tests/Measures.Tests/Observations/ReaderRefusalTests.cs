using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Measures.Definitions;
using Measures.Internal;
using Measures.Observations;
using Measures.Samples;
using Measures.Tests.Definitions;
using Measures.Time;

namespace Measures.Tests.Observations;

/// <summary>What the observation readers do with input that is broken in the ways real files are.</summary>
public sealed class ReaderRefusalTests
{
    private const string Header = "measure,period,organisational_unit,numerator,denominator\n";

    private static LoadResult<IReadOnlyList<Observation>> Csv(byte[] bytes, ObservationReadOptions? options = null) =>
        ObservationCsvReader.Read(new MemoryStream(bytes), "export.csv", options);

    private static LoadResult<IReadOnlyList<Observation>> Csv(string text, ObservationReadOptions? options = null) =>
        ObservationCsvReader.Read(new StringReader(text), "export.csv", options);

    private static LoadResult<IReadOnlyList<Observation>> Json(byte[] bytes) =>
        ObservationJsonReader.Read(new MemoryStream(bytes), "observations.json");

    private static LoadResult<IReadOnlyList<Observation>> Json(string text) =>
        ObservationJsonReader.Read(new StringReader(text), "observations.json");

    private static byte[] Bytes(params object[] parts) =>
        [.. parts.SelectMany(p => p is string s ? Encoding.UTF8.GetBytes(s) : p is byte b ? [b] : (byte[])p)];

    [Fact]
    public void A_latin1_byte_in_a_csv_file_is_refused_at_its_line_and_field_not_replaced()
    {
        var result = Csv(Bytes(Header, "EH-01,2023-04,North,5,9\n", "EH-01,2023-05,Caf", (byte)0xE9, ",5,9\n", "EH-01,2023-06,", (byte)0xA3, "North,5,9\n"));
        Assert.False(result.Success);
        Assert.Equal(2, result.ProblemCount);
        var first = result.Problems[0];
        Assert.Equal((DataProblemKind.Unreadable, 3, 3, "organisational_unit"), (first.Kind, first.Line, first.Column, first.Field));
        Assert.Contains("not UTF-8", first.Message, StringComparison.Ordinal);
        Assert.Contains("0xE9", first.Message, StringComparison.Ordinal);
        Assert.Contains("\"é\"", first.Message, StringComparison.Ordinal);
        Assert.Contains("CSV UTF-8", first.Message, StringComparison.Ordinal);
        Assert.Equal((4, 3), (result.Problems[1].Line, result.Problems[1].Column));
        Assert.Contains("\"£\"", result.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_that_is_not_utf8_in_the_header_or_a_quoted_field_is_refused_too()
    {
        var header = Csv(Bytes("measure,period,", (byte)0x96, "numerator\nEH-01,2023-04,5\n"));
        Assert.Equal((DataProblemKind.Unreadable, 1, 3), (header.Problems[0].Kind, header.Problems[0].Line, header.Problems[0].Column));
        Assert.Contains("\"–\"", header.Problems[0].Message, StringComparison.Ordinal);

        var quoted = Csv(Bytes(Header, "EH-01,2023-04,\"Team A,\nannex ", (byte)0xFF, "\",5,9\n"));
        var problem = Assert.Single(quoted.Problems);
        Assert.Equal((3, 3, "organisational_unit"), (problem.Line, problem.Column, problem.Field));
    }

    [Fact]
    public void Utf8_with_or_without_a_byte_order_mark_and_utf16_with_one_are_still_read()
    {
        string text = Header + "EH-01,2023-04,Café 🙂,5,9\n";
        var expected = new Observation("EH-01", ReportingPeriod.Month(2023, 4), 5, 9, "Café 🙂");
        Assert.Equal([expected], Csv(Encoding.UTF8.GetBytes(text)).Value);
        Assert.Equal([expected], Csv([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]).Value);
        Assert.Equal([expected], Csv([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]).Value);
        Assert.Equal([expected], Csv([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)]).Value);
        Assert.Equal([expected], Csv([.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)]).Value);
    }

    [Fact]
    public void A_file_cut_inside_a_character_is_refused_at_the_end()
    {
        byte[] whole = Encoding.UTF8.GetBytes(Header + "EH-01,2023-04,Café,5,9");
        var problem = Assert.Single(Csv(whole[..^5]).Problems); // cuts "é" in two
        Assert.Equal((DataProblemKind.Unreadable, 2, 3), (problem.Kind, problem.Line, problem.Column));
    }

    [Fact]
    public void Half_a_surrogate_pair_in_csv_text_is_refused()
    {
        var problem = Assert.Single(Csv(Header + "EH-01,2023-04,North\ud800,5,9\n").Problems);
        Assert.Equal((DataProblemKind.Unreadable, 2, 3), (problem.Kind, problem.Line, problem.Column));
        Assert.Contains("U+D800", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_latin1_byte_in_a_json_file_is_refused_at_its_line_and_column()
    {
        var result = Json(Bytes("[\n  { \"measure\": \"EH-01\", \"period\": \"2023-04\", \"organisationalUnit\": \"", (byte)0xA3, "\", \"numerator\": 5, \"denominator\": 9 }\n]"));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((DataProblemKind.Unreadable, 2, 69), (problem.Kind, problem.Line, problem.Column));
        Assert.Contains("not UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[{ \"measure\": \"\\ud800\", \"period\": \"2023-04\", \"numerator\": 5 }]", "\"\\ud800", "$[0].measure")]
    [InlineData("[{ \"measure\": \"EH-01\", \"period\": \"2023-04\", \"organisationalUnit\": \"North\\udc00\", \"numerator\": 5 }]", "\"North", "$[0].organisationalUnit")]
    [InlineData("[{ \"\\ud83d\": \"EH-01\", \"period\": \"2023-04\", \"numerator\": 5 }]", "\"\\ud83d", "$[0]")]
    [InlineData("{ \"\\ud83d\": [] }", "\"\\ud83d", "$")]
    public void An_escape_for_half_a_surrogate_pair_in_json_is_a_problem_not_an_exception(string json, string token, string field)
    {
        int column = json.IndexOf(token, StringComparison.Ordinal) + 1;
        foreach (var result in new[] { Json(json), Json(Encoding.UTF8.GetBytes(json)) })
        {
            var problem = result.Problems.First(p => p.Kind == DataProblemKind.InvalidValue);
            Assert.Equal((1, column, field), (problem.Line, problem.Column, problem.Field));
            Assert.Contains("half of a surrogate pair", problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Half_a_surrogate_pair_in_json_text_is_refused_where_it_is()
    {
        var problem = Assert.Single(Json("[\n{ \"measure\": \"EH-01\ud800\" }]").Problems);
        Assert.Equal((DataProblemKind.Unreadable, 2, 20), (problem.Kind, problem.Line, problem.Column));
    }

    [Theory]
    [InlineData(",,,,\n")]
    [InlineData(",,,,\r\n")]
    [InlineData(" , ,\t, ,  \r\n")]
    [InlineData("\n")]
    [InlineData("   \n")]
    public void Empty_spreadsheet_rows_are_skipped(string empty)
    {
        var result = Csv(Header + "EH-01,2023-04,North,5,9\n" + empty + "EH-01,2023-05,North,6,9\n" + empty + empty);
        Assert.True(result.Success, result.ToString());
        Assert.Equal(2, result.Value.Count);
    }

    [Fact]
    public void A_row_of_empty_quoted_fields_is_still_read_and_refused()
    {
        Assert.False(Csv(Header + "\"\",\"\",\"\",\"\",\"\"\n").Success);
    }

    [Theory]
    [InlineData("1e308", DataProblemKind.TooLarge, "too large")]
    [InlineData("1e20", DataProblemKind.TooLarge, "too large")]
    [InlineData("9223372036854775808", DataProblemKind.TooLarge, "9,223,372,036,854,775,807")]
    [InlineData("12.5", DataProblemKind.InvalidValue, "not a whole number")]
    [InlineData("1e-400", DataProblemKind.InvalidValue, "not a whole number")]
    [InlineData("12345678901234567890123.5", DataProblemKind.InvalidValue, "not a whole number")]
    [InlineData("-1e308", DataProblemKind.ImpossibleFigure, "negative")]
    [InlineData("1e", DataProblemKind.InvalidValue, "not a number")]
    public void A_figure_that_is_a_number_but_not_a_count_says_what_it_is(string figure, DataProblemKind kind, string why)
    {
        foreach (var result in new[]
        {
            Csv(Header + $"EH-01,2023-04,,5,{figure}\n"),
            Json($"[{{ \"measure\": \"EH-01\", \"period\": \"2023-04\", \"numerator\": 5, \"denominator\": {(figure == "1e" ? "\"1e\"" : figure)} }}]"),
        })
        {
            var problem = Assert.Single(result.Problems);
            if (figure != "1e")
            {
                Assert.Equal((kind, figure), (problem.Kind, problem.Value));
                Assert.Contains(why, problem.Message, StringComparison.Ordinal);
                Assert.Contains("denominator", problem.Field, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("1.5e3", 1500)]
    [InlineData("12.000", 12)]
    [InlineData("0e999999999999999999", 0)]
    [InlineData("+7", 7)]
    public void A_whole_number_in_any_decimal_form_is_read(string figure, long expected)
    {
        Assert.Equal(expected, Assert.Single(Csv(Header + $"EH-01,2023-04,,{figure},\n").Value).Numerator);
    }

    [Theory]
    [InlineData('\u200B')]
    [InlineData('\u200C')]
    [InlineData('\u200D')]
    [InlineData('\uFEFF')]
    [InlineData('\u2060')]
    [InlineData('\u200E')]
    [InlineData('\u200F')]
    [InlineData('\u202A')]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u2069')]
    public void A_unit_or_code_holding_an_invisible_character_is_refused_not_made_a_separate_unit(char hidden)
    {
        string escaped = $"\\u{(int)hidden:X4}";
        var unit = Assert.Single(Csv(Header + $"EH-01,2023-04,North,5,9\nEH-01,2023-04,North{hidden},5,9\n").Problems);
        Assert.Equal((DataProblemKind.InvalidValue, 3, 3, "organisational_unit", $"North{hidden}"), (unit.Kind, unit.Line, unit.Column, unit.Field, unit.Value));
        Assert.Contains($"\"North{escaped}\"", unit.Message, StringComparison.Ordinal);
        Assert.Contains($"\"North{escaped}\"", unit.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(hidden, unit.ToString());

        var code = Assert.Single(Json($"[{{ \"measure\": \"EH-{hidden}01\", \"period\": \"2023-04\", \"numerator\": 5 }}]").Problems);
        Assert.Equal((DataProblemKind.InvalidValue, "$[0].measure"), (code.Kind, code.Field));
        Assert.Contains($"U+{(int)hidden:X4}", code.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_from_a_file_reach_a_problem_escaped()
    {
        var problem = Assert.Single(Csv(Header + "EH-01,\u001B[31mApril\u0007,,5,9\n").Problems);
        Assert.Equal("\u001B[31mApril\u0007", problem.Value);
        Assert.Contains("\"\\u001B[31mApril\\u0007\"", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\u001B', problem.ToString());
        Assert.DoesNotContain('\u001B', problem.Message);
    }

    [Fact]
    public void Only_the_first_problems_are_kept_and_every_one_is_counted_by_kind()
    {
        var csv = new StringBuilder(Header);
        for (int i = 0; i < 3_000; i++)
        {
            csv.Append(i % 3 == 0 ? "EH-01,2023-04,,x,9\n" : "EH-01,nonsense,,5,9\n");
        }

        var result = Csv(csv.ToString(), new ObservationReadOptions { MaxProblems = 10 });
        Assert.Equal(10, result.Problems.Count);
        Assert.Equal(3_000, result.ProblemCount);
        Assert.Equal(new Dictionary<DataProblemKind, long> { [DataProblemKind.InvalidValue] = 3_000 }, result.ProblemCountsByKind);
        Assert.Equal(2, result.Problems[0].Line);

        var ex = Assert.Throws<DataProblemException>(() => result.Value);
        Assert.Equal(3_000, ex.ProblemCount);
        Assert.Equal(result.ProblemCountsByKind, ex.ProblemCountsByKind);
        Assert.Equal(10, ex.Problems.Count);

        var byDefault = Csv(csv.ToString());
        Assert.Equal(ObservationReadOptions.DefaultMaxProblems, byDefault.Problems.Count);
        Assert.Equal(3_000, byDefault.ProblemCount);
    }

    [Fact]
    public void Counts_by_kind_cover_problems_of_every_kind_listed_or_not()
    {
        var result = Csv(Header + "EH-01,2023-04,,x,9\nEH-01,2023-04,,-1,9\nEH-01,2023-05,,1e30,9\n", new ObservationReadOptions { MaxProblems = 1 });
        Assert.Equal(
            new Dictionary<DataProblemKind, long> { [DataProblemKind.InvalidValue] = 1, [DataProblemKind.ImpossibleFigure] = 1, [DataProblemKind.TooLarge] = 1 },
            result.ProblemCountsByKind);
        Assert.Contains("In all: 1 InvalidValue, 1 ImpossibleFigure, 1 TooLarge.", result.ToString(), StringComparison.Ordinal);
        Assert.Empty(LoadResult<string>.ForValue("x").ProblemCountsByKind);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void At_least_one_problem_is_listed(int max)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ObservationReadOptions { MaxProblems = max });
    }

    [Fact]
    public void Each_unknown_code_is_matched_against_an_index_not_against_every_measure()
    {
        var catalogue = new MeasureCatalogue(Enumerable.Range(0, 2_000).Select(i => TestMeasures.Count($"M-{i:D4}")));
        var csv = new StringBuilder(Header);
        for (int i = 0; i < 100_000; i++)
        {
            // Distinct codes of the catalogue's shape, a tenth of them one slip from a real code.
            csv.Append(i % 10 == 0 ? $"M-{i / 10 % 2_000:D4}{(char)('a' + (i / 20_000))}" : $"Q-{i:D5}").Append(",2023-04,,5,\n");
        }

        long before = TextDistance.Computations;
        var result = Csv(csv.ToString(), new ObservationReadOptions { Catalogue = catalogue });
        long computed = TextDistance.Computations - before;

        Assert.Equal(100_000, result.ProblemCount);
        Assert.Equal(100_000, result.ProblemCountsByKind[DataProblemKind.UnknownMeasure]);
        Assert.Contains("Did you mean \"M-0000\"?", result.Problems[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", result.Problems[1].Message, StringComparison.Ordinal);

        // Comparing every code with every measure would be 200 million distances; the index compares a
        // code only with the measures one edit away.
        Assert.InRange(computed, 10_000, 20_000);
    }

    [Fact]
    public void A_repeated_unknown_code_is_looked_up_once()
    {
        var csv = new StringBuilder(Header);
        for (int i = 0; i < 1_000; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"CSC-0x,2023-04,unit {i},5,9\n");
        }

        long before = TextDistance.Computations;
        var result = Csv(csv.ToString(), new ObservationReadOptions { Catalogue = SampleCouncil.Catalogue });
        Assert.Equal(1_000, result.ProblemCount);
        Assert.True(TextDistance.Computations - before <= SampleCouncil.Catalogue.Measures.Count, "one lookup, at most one distance per measure");
    }
}
