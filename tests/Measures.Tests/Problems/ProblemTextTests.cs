using System;
using System.Collections.Generic;

namespace Measures.Tests.Problems;

public sealed class ProblemTextTests
{
    [Fact]
    public void Control_and_invisible_characters_are_shown_escaped_in_the_message_and_text()
    {
        var problem = new DataProblem(DataProblemKind.InvalidValue, "\"\u001B]0;owned\u0007\" is not a period label.", "in\u001Bput.csv", 3, 2, "per\u202Eiod", "\u001B[2J\r\n", "unit \u200BNorth");
        Assert.Equal("\"\\u001B]0;owned\\u0007\" is not a period label.", problem.Message);
        Assert.Equal("\u001B[2J\r\n", problem.Value); // the value as written
        Assert.Equal("in\\u001Bput.csv, line 3, column 2 (per\\u202Eiod), \"\\u001B[2J\\u000D\\u000A\": unit \\u200BNorth: \"\\u001B]0;owned\\u0007\" is not a period label.", problem.ToString());
    }

    [Fact]
    public void Tabs_whole_surrogate_pairs_and_ordinary_text_are_shown_as_they_are_and_broken_halves_escaped()
    {
        var problem = new DataProblem(DataProblemKind.InvalidValue, "Why.", value: "a\tb 🙂 café \ud800 x\udc00");
        Assert.Equal("\"a\tb 🙂 café \\uD800 x\\uDC00\": Why.", problem.ToString());
    }

    [Fact]
    public void An_exception_can_be_given_the_counts_of_each_kind()
    {
        var listed = new DataProblem(DataProblemKind.Missing, "Gone.");
        var ex = new DataProblemException([listed], new Dictionary<DataProblemKind, long> { [DataProblemKind.Missing] = 40, [DataProblemKind.TooLarge] = 2 });
        Assert.Equal(42, ex.ProblemCount);
        Assert.Equal(2, ex.ProblemCountsByKind[DataProblemKind.TooLarge]);
        Assert.Contains("In all: 40 Missing, 2 TooLarge.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataProblemException([listed], new Dictionary<DataProblemKind, long> { [DataProblemKind.TooLarge] = 2 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataProblemException([], new Dictionary<DataProblemKind, long> { [DataProblemKind.TooLarge] = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataProblemException([], new Dictionary<DataProblemKind, long> { [(DataProblemKind)99] = 1 }));
        Assert.Throws<ArgumentNullException>(() => new DataProblemException([], (IReadOnlyDictionary<DataProblemKind, long>)null!));
    }

    [Fact]
    public void An_exception_given_only_a_total_counts_the_kinds_it_lists()
    {
        var ex = new DataProblemException([new DataProblem(DataProblemKind.Missing, "Gone.")], 10);
        Assert.Equal(new Dictionary<DataProblemKind, long> { [DataProblemKind.Missing] = 1 }, ex.ProblemCountsByKind);
        Assert.Empty(new DataProblemException().ProblemCountsByKind);
    }
}
