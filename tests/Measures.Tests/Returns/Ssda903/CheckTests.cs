using System.Linq;
using Measures.Returns;
using Measures.Returns.Ssda903;
using NodaTime;
using static Measures.Tests.Returns.Ssda903.ReaderTestFiles;

namespace Measures.Tests.Returns.Ssda903;

/// <summary>Each check of the return, with the file, line, column, field, value and child of its problem.</summary>
public sealed class CheckTests
{
    private const string Child = "1001,1,01/01/2010,WBRI,,,";

    private static ReturnProblem Single(Ssda903Return value)
    {
        Assert.True(value.Problems.Count == 1, string.Join("\n", value.Problems));
        return value.Problems[0];
    }

    private static void At(ReturnProblem problem, DataProblemKind kind, string file, int line, int column, string field, string? value, string child)
    {
        Assert.Equal(kind, problem.Problem.Kind);
        Assert.Equal(file, problem.Problem.Source);
        Assert.Equal(line, problem.Problem.Line);
        Assert.Equal(column, problem.Problem.Column);
        Assert.Equal(field, problem.Problem.Field);
        Assert.Equal(value, problem.Problem.Value);
        Assert.Equal(child, problem.ChildId);
        Assert.Equal("child " + child, problem.Problem.Subject);
    }

    [Fact]
    public void A_required_date_that_cannot_be_read_leaves_the_row_out_and_names_it()
    {
        var value = Lenient(("h.csv", Lines(Header, Child)), ("e.csv", Lines(Episodes, "1001,31/02/2020,S,C2,N1,U1,PR1,,,,,,")));
        var problem = Single(value);
        At(problem, DataProblemKind.InvalidValue, "e.csv", 2, 2, "DECOM", "31/02/2020", "1001");
        Assert.Equal((int)Ssda903File.Episodes, problem.Part);
        Assert.Contains("no such day", problem.Problem.Message, System.StringComparison.Ordinal);
        Assert.Empty(value.Episodes);
    }

    [Fact]
    public void An_optional_date_with_a_two_digit_year_is_read_as_empty_and_named()
    {
        var value = Lenient(("h.csv", Lines(Header, Child)), ("e.csv", Lines(Episodes, "1001,01/04/2020,S,C2,N1,U1,PR1,24/04/21,E3,,,,")));
        var problem = Single(value);
        At(problem, DataProblemKind.InvalidValue, "e.csv", 2, 8, "DEC", "24/04/21", "1001");
        Assert.Contains("two digits", problem.Problem.Message, System.StringComparison.Ordinal);
        Assert.Contains("24/04/2021", problem.Problem.Message, System.StringComparison.Ordinal);
        Assert.Null(Assert.Single(value.Episodes).End);
    }

    [Theory]
    [InlineData("01/04/2020", 2020, 4, 1)]
    [InlineData("1/4/2020", 2020, 4, 1)]
    [InlineData("2020-04-01", 2020, 4, 1)]
    [InlineData(" 29/02/2024 ", 2024, 2, 29)]
    public void Dates_are_read_day_first_with_or_without_leading_zeros_or_as_iso_dates(string text, int year, int month, int day)
    {
        var value = Lenient(("e.csv", Lines(Episodes, $"1001,\"{text}\",S,C2,N1,U1,PR1,,,,,,")));
        Assert.Empty(value.Problems);
        Assert.Equal(new LocalDate(year, month, day), Assert.Single(value.Episodes).Start);
    }

    [Theory]
    [InlineData("Header", Header, "1001,3,01/01/2010,WBRI,,,", 2, "SEX", "3")]
    [InlineData("Episodes", Episodes, "1001,01/04/2020,Q,C2,N1,U1,PR1,,,,,,", 3, "RNE", "Q")]
    [InlineData("Episodes", Episodes, "1001,01/04/2020,S,X9,N1,U1,PR1,,,,,,", 4, "LS", "X9")]
    [InlineData("Episodes", Episodes, "1001,01/04/2020,S,C2,N9,U1,PR1,,,,,,", 5, "CIN", "N9")]
    [InlineData("Episodes", Episodes, "1001,01/04/2020,S,C2,N1,A2,PR1,,,,,,", 6, "PLACE", "A2")]
    [InlineData("Episodes", Episodes, "1001,01/04/2020,S,C2,N1,U1,PR1,02/04/2020,E99,,,,", 9, "REC", "E99")]
    [InlineData("Missing", Missing, "1001,01/01/2010,Z,01/05/2020,", 3, "MISSING", "Z")]
    public void A_code_outside_the_DfE_list_is_named_and_the_row_kept(string kind, string header, string row, int column, string field, string code)
    {
        var value = Lenient(("f.csv", Lines(header, row)));
        var problem = Single(value);
        At(problem, DataProblemKind.UnknownName, "f.csv", 2, column, field, code, "1001");
        Assert.Contains($"This is not one of the DfE's {field} codes (", problem.Problem.Message, System.StringComparison.Ordinal);
        Assert.Contains(value.Files, f => f.ToString().Equals(kind, System.StringComparison.OrdinalIgnoreCase));
        Assert.Single(Records(value));
    }

    [Fact]
    public void A_code_in_small_letters_is_refused_and_the_capitals_suggested()
    {
        var problem = Single(Lenient(("e.csv", Lines(Episodes, "1001,01/04/2020,s,C2,N1,U1,PR1,,,,,,"))));
        At(problem, DataProblemKind.UnknownName, "e.csv", 2, 3, "RNE", "s", "1001");
        Assert.Contains("capitals: \"S\"", problem.Problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_episode_that_ends_before_it_starts_is_named_at_its_end()
    {
        var value = Lenient(("e.csv", Lines(Episodes, "1001,10/04/2020,S,C2,N1,U1,PR1,09/04/2020,E3,,,,")));
        At(Single(value), DataProblemKind.Inconsistent, "e.csv", 2, 8, "DEC", "09/04/2020", "1001");
        Assert.Single(value.Episodes);
    }

    [Fact]
    public void Overlapping_episodes_of_one_child_are_named_at_the_later_one()
    {
        var value = Lenient(("e.csv", Lines(
            Episodes,
            "1001,01/04/2020,S,C2,N1,U1,PR1,01/06/2020,E3,,,,",
            "2002,01/04/2020,S,C2,N1,U1,PR1,,,,,,",
            "1001,15/05/2020,S,C2,N1,U1,PR1,,,,,,")));
        var problem = Single(value);
        At(problem, DataProblemKind.Inconsistent, "e.csv", 4, 2, "DECOM", "15/05/2020", "1001");
        Assert.Contains("e.csv, line 2", problem.Problem.Message, System.StringComparison.Ordinal);
        Assert.Equal(3, value.Episodes.Count);
    }

    [Fact]
    public void An_episode_ended_with_X1_must_be_followed_by_one_starting_that_day()
    {
        var gap = Lenient(("e.csv", Lines(
            Episodes,
            "1001,01/04/2020,S,C2,N1,U1,PR1,10/05/2020,X1,,,,",
            "1001,12/05/2020,P,C2,N1,U2,PR1,,,,,,")));
        var problem = Single(gap);
        At(problem, DataProblemKind.Inconsistent, "e.csv", 2, 8, "DEC", "10/05/2020", "1001");
        Assert.Contains("12/05/2020", problem.Problem.Message, System.StringComparison.Ordinal);

        var none = Lenient(("e.csv", Lines(Episodes, "1001,01/04/2020,S,C2,N1,U1,PR1,10/05/2020,X1,,,,")));
        At(Single(none), DataProblemKind.Inconsistent, "e.csv", 2, 9, "REC", "X1", "1001");

        var joined = Lenient(("e.csv", Lines(
            Episodes,
            "1001,01/04/2020,S,C2,N1,U1,PR1,10/05/2020,X1,,,,",
            "1001,10/05/2020,P,C2,N1,U2,PR1,,,,,,")));
        Assert.Empty(joined.Problems);
    }

    [Fact]
    public void A_child_with_episodes_and_no_header_row_is_named_once_at_its_first_episode()
    {
        var value = Lenient(
            ("e.csv", Lines(Episodes, "2002,01/06/2020,P,C2,N1,U2,PR1,,,,,,", "2002,01/04/2020,S,C2,N1,U1,PR1,01/06/2020,X1,,,,", "1001,01/04/2020,S,C2,N1,U1,PR1,,,,,,")),
            ("h.csv", Lines(Header, Child)));
        At(Single(value), DataProblemKind.Inconsistent, "e.csv", 3, 1, "CHILD", "2002", "2002");

        // Without a Header file there is nothing to check against.
        Assert.Empty(Lenient(("e.csv", Lines(Episodes, "2002,01/04/2020,S,C2,N1,U1,PR1,,,,,,"))).Problems);
    }

    [Fact]
    public void A_row_given_twice_in_one_file_is_named_and_read_once()
    {
        var value = Lenient(("m.csv", Lines(Missing, "1001,01/01/2010,M,01/05/2020,", "2002,01/01/2011,A,01/05/2020,", "1001,01/01/2010,M,01/05/2020,")));
        var problem = Single(value);
        At(problem, DataProblemKind.Duplicate, "m.csv", 4, 0, "", null, "1001");
        Assert.Contains("line 2", problem.Problem.Message, System.StringComparison.Ordinal);
        Assert.Equal(2, value.MissingEpisodes.Count);
    }

    [Theory]
    [InlineData(3, "RNE")]
    [InlineData(4, "LS")]
    [InlineData(2, "DECOM")]
    public void A_required_field_left_empty_leaves_the_row_out_and_names_it(int column, string field)
    {
        string[] fields = "1001,01/04/2020,S,C2,N1,U1,PR1,,,,,,".Split(',');
        fields[column - 1] = "";
        var value = Lenient(("e.csv", Lines(Episodes, string.Join(",", fields))));
        var problem = Single(value);
        At(problem, DataProblemKind.Missing, "e.csv", 2, column, field, null, "1001");
        Assert.Contains("cannot be read without it", problem.Problem.Message, System.StringComparison.Ordinal);
        Assert.Empty(value.Episodes);
    }

    [Fact]
    public void A_row_without_a_child_is_named_without_one()
    {
        var value = Lenient(("e.csv", Lines(Episodes, ",01/04/2020,S,C2,N1,U1,PR1,,,,,,")));
        var problem = Single(value);
        Assert.Null(problem.ChildId);
        Assert.Equal((DataProblemKind.Missing, 2, 1, "CHILD"), (problem.Problem.Kind, problem.Problem.Line, problem.Problem.Column, problem.Problem.Field));
        Assert.Empty(value.Episodes);
    }

    [Fact]
    public void A_line_with_the_wrong_number_of_fields_is_named_with_its_child_and_left_out()
    {
        var value = Lenient(("e.csv", Lines(Episodes, "1001,01/04/2020,S,C2,N1,U1,PR1,,,,,", "2002,01/04/2020,S,C2,N1,U1,PR1,,,,,,")));
        var problem = Single(value);
        Assert.Equal((DataProblemKind.Unreadable, 2, "1001"), (problem.Problem.Kind, problem.Problem.Line, problem.ChildId));
        Assert.Equal("2002", Assert.Single(value.Episodes).ChildId);
    }

    [Fact]
    public void Columns_in_another_order_are_placed_by_name_in_problems()
    {
        var value = Lenient(("m.csv", Lines("MIS_END,MISSING,CHILD,MIS_START,DOB", ",Q,1001,01/05/2020,01/01/2010")));
        At(Single(value), DataProblemKind.UnknownName, "m.csv", 2, 2, "MISSING", "Q", "1001");
    }
}
