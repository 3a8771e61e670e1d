using System;
using System.Collections.Generic;
using Xunit;

namespace Measures.Tests.Problems;

public sealed class DataProblemTests
{
    private static readonly DataProblem Period = new(DataProblemKind.InvalidValue, "This is not a period label.", "observations.csv", 12, 2, "period", "Dec 20");

    [Fact]
    public void A_problem_says_where_and_why_leaving_out_what_is_not_known()
    {
        Assert.Equal("observations.csv, line 12, column 2 (period), \"Dec 20\": This is not a period label.", Period.ToString());
        Assert.Equal("$.measures[3].polarity: Not a polarity.", new DataProblem(DataProblemKind.InvalidValue, "Not a polarity.", field: "$.measures[3].polarity").ToString());
        Assert.Equal("CSC-01 for Month 2023-04-01 to 2023-04-30, the whole council: it appears more than once.", new DataProblem(DataProblemKind.Duplicate, "it appears more than once.", subject: "CSC-01 for Month 2023-04-01 to 2023-04-30, the whole council").ToString());
        Assert.Equal("Nothing to read.", new DataProblem(DataProblemKind.Missing, "Nothing to read.").ToString());
    }

    [Fact]
    public void Problems_are_equal_by_every_part()
    {
        var same = new DataProblem(DataProblemKind.InvalidValue, "This is not a period label.", "observations.csv", 12, 2, "period", "Dec 20");
        Assert.Equal(Period, same);
        Assert.Equal(Period.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(Period, Period.At("other.csv", 12, 2));
        Assert.NotEqual(Period, Period.InField("numerator"));
        Assert.NotEqual(Period, new DataProblem(DataProblemKind.Missing, Period.Message, Period.Source, Period.Line, Period.Column, Period.Field, Period.Value));
    }

    [Fact]
    public void A_problem_found_without_a_place_is_given_one()
    {
        var placed = new DataProblem(DataProblemKind.MissingDenominator, "It needs a denominator.").At("export.csv", 4, 5).InField("denominator");
        Assert.Equal(("export.csv", 4, 5, "denominator"), (placed.Source, placed.Line, placed.Column, placed.Field));
        Assert.Equal(DataProblemKind.MissingDenominator, placed.Kind);
    }

    [Fact]
    public void A_failed_load_has_no_value_and_its_exception_lists_every_problem()
    {
        var problems = new[] { Period, Period.At("observations.csv", 13, 2) };
        var result = LoadResult<IReadOnlyList<int>>.ForProblems(problems, 250);
        Assert.False(result.Success);
        Assert.False(result.TryGetValue(out var value));
        Assert.Null(value);
        Assert.Equal(problems, result.Problems);
        Assert.Equal(250, result.ProblemCount);
        var ex = Assert.Throws<DataProblemException>(() => result.Value);
        Assert.Equal(problems, ex.Problems);
        Assert.Equal(250, ex.ProblemCount);
        Assert.StartsWith("observations.csv has 250 problems; nothing was loaded:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("… and 248 more.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ex.Message, result.ToString());
    }

    [Fact]
    public void A_successful_load_has_its_value_and_no_problem()
    {
        var result = LoadResult<string>.ForValue("catalogue");
        Assert.True(result.Success);
        Assert.Equal("catalogue", result.Value);
        Assert.Equal("catalogue", result.GetValueOrThrow());
        Assert.True(result.TryGetValue(out var value));
        Assert.Equal("catalogue", value);
        Assert.Empty(result.Problems);
        Assert.Equal(0, result.ProblemCount);
        Assert.Throws<InvalidOperationException>(() => result.Exception());
    }

    [Fact]
    public void A_single_problem_is_the_whole_message()
    {
        var ex = new DataProblemException([Period]);
        Assert.Equal(Period.ToString(), ex.Message);
        Assert.Equal(1, ex.ProblemCount);
    }

    [Fact]
    public void Misuse_is_refused()
    {
        Assert.Throws<ArgumentException>(() => LoadResult<string>.ForProblems([]));
        Assert.Throws<ArgumentException>(() => LoadResult<string>.ForProblems([Period], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataProblemException([Period, Period], 1));
        Assert.Throws<ArgumentNullException>(() => new DataProblem(DataProblemKind.Missing, null!));
        Assert.Empty(new DataProblemException().Problems);
        Assert.Equal("Stop.", new DataProblemException("Stop.").Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataProblem((DataProblemKind)99, "Unknown kind."));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataProblem(DataProblemKind.Missing, "Negative line.", line: -1));
    }
}
