using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Time;

public sealed class SchoolTermDatesTests
{
    [Fact]
    public void Term_dates_load_from_JSON()
    {
        var dates = SchoolTermDates.Parse(TermDatesExamples.TwoYears).Value;
        Assert.Equal("Example council", dates.Name);
        Assert.Equal(2, dates.AcademicYears.Count);
        var year = dates[2023];
        Assert.Equal("2023/24", year.Label);
        Assert.Equal(new LocalDate(2024, 4, 15), year[SchoolTerm.Summer].Start);
        Assert.Equal(new DateInterval(new LocalDate(2024, 2, 12), new LocalDate(2024, 2, 16)), year.Spring.HalfTerm);
        Assert.Equal([new LocalDate(2023, 9, 4), new LocalDate(2024, 1, 8), new LocalDate(2024, 6, 3)], year.InsetDays);
        Assert.True(year.IsInsetDay(new LocalDate(2024, 6, 3)));
        Assert.Equal("Example council term dates 2023/24 to 2024/25", dates.ToString());
    }

    [Fact]
    public void What_loads_is_written_back_unchanged()
    {
        Assert.Equal(TermDatesExamples.TwoYears, SchoolTermDates.Parse(TermDatesExamples.TwoYears).Value.ToJson());
    }

    [Fact]
    public void Streams_round_trip_and_are_left_open()
    {
        var dates = SchoolTermDates.Parse(TermDatesExamples.TwoYears).Value;
        using var stream = new MemoryStream();
        dates.Save(stream);
        Assert.True(stream.CanWrite);
        Assert.Equal(TermDatesExamples.TwoYears, Encoding.UTF8.GetString(stream.ToArray()));
        stream.Position = 0;
        Assert.Equal(dates, SchoolTermDates.Load(stream).Value);
        Assert.True(stream.CanRead);
    }

    [Fact]
    public void Term_names_are_read_in_any_case_and_written_as_the_enum_names()
    {
        string lower = TermDatesExamples.TwoYears.Replace("\"Autumn\"", "\"autumn\"", StringComparison.Ordinal);
        var dates = SchoolTermDates.Parse(lower).Value;
        Assert.Equal(SchoolTerm.Autumn, dates[2024].Autumn.Term);
        Assert.Equal(TermDatesExamples.TwoYears, dates.ToJson());
    }

    [Fact]
    public void A_term_without_a_half_term_omits_it()
    {
        var term = new TermDates(SchoolTerm.Summer, new LocalDate(2024, 4, 15), new LocalDate(2024, 7, 23));
        Assert.Null(term.HalfTerm);
        var year = new AcademicYearTermDates(
            2023,
            [
                new TermDates(SchoolTerm.Autumn, new LocalDate(2023, 9, 4), new LocalDate(2023, 12, 20)),
                new TermDates(SchoolTerm.Spring, new LocalDate(2024, 1, 8), new LocalDate(2024, 3, 28)),
                term,
            ]);
        string json = new SchoolTermDates(string.Empty, [year]).ToJson();
        Assert.DoesNotContain("halfTerm", json, StringComparison.Ordinal);
        Assert.Equal(year, SchoolTermDates.Parse(json).Value[2023]);
        Assert.Equal("Summer term 2024-04-15 to 2024-07-23", term.ToString());
    }

    [Theory]
    [InlineData("\"start\": \"2024-01-08\"", "\"start\": \"2024-02-30\"", "$.academicYears[0].terms[1].start", "\"2024-02-30\" is not a date in the form yyyy-MM-dd")]
    [InlineData("\"start\": \"2024-01-08\"", "\"start\": null", "$.academicYears[0].terms[1].start", "is missing")]
    [InlineData("\"term\": \"Spring\"", "\"term\": \"Winter\"", "$.academicYears[0].terms[1].term", "\"Winter\" is not a school term; expected Autumn, Spring or Summer")]
    [InlineData("\"halfTerm\": {\n            \"start\": \"2024-02-12\"", "\"halfterm\": {\n            \"start\": \"2024-02-12\"", "$.academicYears[0].terms[1].halfterm", "could not be mapped")]
    [InlineData("\"startYear\": 2024", "\"startYear\": \"2024\"", "$.academicYears[1].startYear", "could not be read")]
    [InlineData("\"startYear\": 2024", "\"startYear\": 2023", "$.academicYears[1].terms[0]", "is not between 2023-08-01 and 2024-07-31")]
    [InlineData("\"startYear\": 2024", "\"startYear\": 2025", "$.academicYears[1].terms[0]", "is not between 2025-08-01 and 2026-07-31")]
    [InlineData("\"end\": \"2023-12-20\"", "\"end\": \"2024-01-10\"", "$.academicYears[0].terms[1]", "on or before the autumn term ends on 2024-01-10")]
    [InlineData("\"end\": \"2023-11-03\"", "\"end\": \"2023-12-20\"", "$.academicYears[0].terms[0].halfTerm", "is not inside the autumn term")]
    [InlineData("\"end\": \"2023-11-03\"", "\"end\": \"2023-10-27\"", "$.academicYears[0].terms[0].halfTerm.end", "ends on 2023-10-27, before it starts on 2023-10-30")]
    [InlineData("\"2024-06-03\"", "\"2024-05-28\"", "$.academicYears[0].insetDays[2]", "falls in the half-term of the summer term")]
    [InlineData("\"2024-06-03\"", "\"2024-06-01\"", "$.academicYears[0].insetDays[2]", "is a Saturday")]
    [InlineData("\"2024-06-03\"", "\"2024-01-08\"", "$.academicYears[0].insetDays[2]", "is listed twice")]
    [InlineData("\"2024-06-03\"", "\"2024-08-01\"", "$.academicYears[0].insetDays[2]", "is not in any term of 2023/24")]
    [InlineData("\"term\": \"Spring\"", "\"term\": \"Summer\"", "$.academicYears[0].terms", "must be the autumn, spring and summer terms in that order; found Autumn, Summer, Summer")]
    [InlineData("\"startYear\": 2023", "\"startYear\": 1973", "$.academicYears[0].startYear", "between 1974 and 9998")]
    public void Bad_input_names_the_field_the_value_and_the_rule(string find, string replace, string path, string message)
    {
        string json = TermDatesExamples.TwoYears.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(TermDatesExamples.TwoYears, json);
        var result = SchoolTermDates.Parse(json);
        Assert.False(result.Success);
        // A change made in both years is reported in both; the first problem is the first year's.
        var problem = result.Problems[0];
        Assert.Equal(path, problem.Field);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Contains(path, problem.ToString(), StringComparison.Ordinal);
        var ex = Assert.Throws<DataProblemException>(() => result.Value);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_repeated_year_is_reported()
    {
        var dates = SchoolTermDates.Parse(TermDatesExamples.TwoYears).Value;
        var gap = Assert.Throws<ArgumentException>(() => new SchoolTermDates("gap", [dates[2023], Shift(dates[2024], 2)]));
        Assert.Equal("academicYears", gap.ParamName);
        Assert.Contains("2024/25 is missing between 2023/24 and 2026/27", gap.Message, StringComparison.Ordinal);

        var twice = Assert.Throws<ArgumentException>(() => new SchoolTermDates("twice", [dates[2023], dates[2023]]));
        Assert.Contains("2023/24 appears more than once", twice.Message, StringComparison.Ordinal);

        // The same in JSON: the first year written out twice.
        var node = System.Text.Json.Nodes.JsonNode.Parse(TermDatesExamples.TwoYears)!;
        node["academicYears"]![1] = node["academicYears"]![0]!.DeepClone();
        var problem = Assert.Single(SchoolTermDates.Parse(node.ToJsonString()).Problems);
        Assert.Equal("$.academicYears[1]", problem.Field);
        Assert.Equal(DataProblemKind.Duplicate, problem.Kind);
        Assert.Contains("2023/24 appears more than once", problem.Message, StringComparison.Ordinal);

        // Years may come in any order; they are kept earliest first.
        Assert.Equal([2023, 2024], new SchoolTermDates("x", [dates[2024], dates[2023]]).AcademicYears.Select(y => y.StartYear));
    }

    [Theory]
    [InlineData("", "School term dates could not be read")]
    [InlineData("{ \"name\": \"x\", \"academicYears\": [ ", "School term dates could not be read")]
    [InlineData("null", "$: the document is null")]
    [InlineData("{ \"name\": \"x\" }", "$.academicYears: is missing")]
    [InlineData("{ \"name\": \"x\", \"academicYears\": [] }", "$.academicYears: Term dates need at least one academic year")]
    [InlineData("{ \"academicYears\": [ null ] }", "$.academicYears[0]: is null")]
    [InlineData("{ \"academicYears\": [ { \"terms\": [] } ] }", "$.academicYears[0].startYear: is missing")]
    [InlineData("{ \"academicYears\": [ { \"startYear\": 2023 } ] }", "$.academicYears[0].terms: is missing")]
    public void Malformed_documents_are_reported(string json, string message)
    {
        var result = SchoolTermDates.Parse(json);
        Assert.False(result.Success);
        Assert.Contains(message, Assert.Single(result.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_errors_give_the_line_and_column()
    {
        var problem = Assert.Single(SchoolTermDates.Parse("{\n  \"name\": \"x\",\n  \"academicYears\": [ ,\n").Problems);
        Assert.Equal(DataProblemKind.Unreadable, problem.Kind);
        Assert.Equal(3, problem.Line);
        Assert.True(problem.Column > 0);
    }

    [Fact]
    public void Every_year_with_a_problem_is_reported_in_one_load()
    {
        string json = TermDatesExamples.TwoYears
            .Replace("\"start\": \"2023-09-04\"", "\"start\": \"2023-09-31\"", StringComparison.Ordinal)
            .Replace("\"startYear\": 2024", "\"startYear\": null", StringComparison.Ordinal);
        var result = SchoolTermDates.Parse(json);
        Assert.Equal(2, result.ProblemCount);
        Assert.Equal(["$.academicYears[0].terms[0].start", "$.academicYears[1].startYear"], result.Problems.Select(p => p.Field));
        Assert.Equal([DataProblemKind.InvalidValue, DataProblemKind.Missing], result.Problems.Select(p => p.Kind));
        Assert.Equal("2023-09-31", result.Problems[0].Value);
    }

    [Fact]
    public void Constructors_reject_bad_dates_with_the_parameter_at_fault()
    {
        var end = Assert.Throws<ArgumentException>(() => new TermDates(SchoolTerm.Autumn, new LocalDate(2023, 9, 4), new LocalDate(2023, 9, 1)));
        Assert.Equal("end", end.ParamName);
        var term = Assert.Throws<ArgumentException>(() => new TermDates((SchoolTerm)9, new LocalDate(2023, 9, 4), new LocalDate(2023, 12, 1)));
        Assert.Equal("term", term.ParamName);
        var dates = SchoolTermDates.Parse(TermDatesExamples.TwoYears).Value;
        var inset = Assert.Throws<ArgumentException>(() => new AcademicYearTermDates(2023, dates[2023].Terms, [new LocalDate(2023, 10, 31)]));
        Assert.Equal("insetDays", inset.ParamName);
        Assert.StartsWith("insetDays[0]: The INSET day 2023-10-31 falls in the half-term", inset.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new SchoolTermDates(null!, dates.AcademicYears));
        Assert.Throws<ArgumentNullException>(() => new SchoolTermDates("x", [null!]));
        Assert.Throws<ArgumentNullException>(() => SchoolTermDates.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => SchoolTermDates.Load(null!));
        Assert.Throws<ArgumentNullException>(() => dates.Save(null!));
        var missing = Assert.Throws<ArgumentOutOfRangeException>(() => dates[2030]);
        Assert.Contains("no term dates for 2030/31; these cover 2023/24 to 2024/25", missing.Message, StringComparison.Ordinal);
        Assert.False(dates.TryGetAcademicYear(2022, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => dates[2023][(SchoolTerm)0]);
    }

    [Fact]
    public void Equal_term_dates_are_equal()
    {
        var a = SchoolTermDates.Parse(TermDatesExamples.TwoYears).Value;
        var b = SchoolTermDates.Parse(TermDatesExamples.TwoYears).Value;
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(a[2023].Autumn, b[2023].Autumn);
        Assert.NotEqual(a, new SchoolTermDates("Other", a.AcademicYears));
        Assert.NotEqual(a[2023], a[2024]);
    }

    private static AcademicYearTermDates Shift(AcademicYearTermDates year, int years)
    {
        static TermDates ShiftTerm(TermDates t, int y) => new(
            t.Term,
            t.Start.PlusYears(y),
            t.End.PlusYears(y),
            t.HalfTerm is null ? null : new DateInterval(t.HalfTerm.Start.PlusYears(y), t.HalfTerm.End.PlusYears(y)));
        return new AcademicYearTermDates(year.StartYear + years, [ShiftTerm(year.Autumn, years), ShiftTerm(year.Spring, years), ShiftTerm(year.Summer, years)]);
    }
}
