using System;
using System.Linq;
using Measures.Observations;
using Measures.Samples;

namespace Measures.Cli.Tests;

/// <summary>
/// The tool reads a file's rows into its store remembering what the last row's measure and period gave (their rule,
/// their months): a file in any order of rows gives the same scorecard, for the same latest month, and validate agrees.
/// </summary>
public sealed class RowOrderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Rows_in_any_order_give_the_same_scorecard(int order)
    {
        var rows = SampleCouncil.Observations;
        var random = new Random(order);
        var reordered = order switch
        {
            0 => rows.Reverse(),
            1 => rows.OrderBy(o => o.Period.EndMonth).ThenBy(o => o.MeasureCode, StringComparer.Ordinal),
            _ => rows.OrderBy(_ => random.Next()),
        };
        string inOrder = folder.Write("in-order.csv", ObservationCsvWriter.ToCsv(rows));
        string other = folder.Write("other-order.csv", ObservationCsvWriter.ToCsv([.. reordered]));

        // No period given: the tool chooses from the latest month the rows are for.
        var expected = Tool.Run("scorecard", "--observations", inOrder, "--format", "json");
        var actual = Tool.Run("scorecard", "--observations", other, "--format", "json");
        Assert.True(expected.ExitCode == 0, expected.ToString());
        Assert.True(actual.ExitCode == 0, actual.ToString());
        Assert.Equal(expected.Output, actual.Output);
        Assert.Equal(Tool.Run("validate", inOrder).Output.Replace("in-order", "other-order", StringComparison.Ordinal), Tool.Run("validate", other).Output);
    }
}
