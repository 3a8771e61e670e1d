using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Calculation;
using Measures.Definitions;
using Measures.Time;

namespace Measures.Tests.Calculation;

public sealed class SuppressionPolicyTests
{
    private static readonly SuppressionPolicy FewerThanFive = new(5);
    private static readonly ReportingPeriod Year = ReportingPeriod.FinancialYear(2023);

    [Theory]
    [InlineData(0, "0", StatisticalSymbol.None)]
    [InlineData(1, "[c]", StatisticalSymbol.Confidential)]
    [InlineData(4, "[c]", StatisticalSymbol.Confidential)]
    [InlineData(5, "5", StatisticalSymbol.None)]
    [InlineData(423, "423", StatisticalSymbol.None)]
    public void Counts_below_the_threshold_become_c(long count, string text, StatisticalSymbol symbol)
    {
        var figure = FewerThanFive.Publish(count);
        Assert.Equal(text, figure.ToString());
        Assert.Equal(symbol, figure.Symbol);
        Assert.Equal(count, figure.Unsuppressed); // kept for the internal version
    }

    [Fact]
    public void Zeros_can_be_suppressed_too()
    {
        Assert.Equal("[c]", new SuppressionPolicy(5, suppressZeros: true).Publish(0).Text);
    }

    [Theory]
    [InlineData(7, "5")]
    [InlineData(8, "10")]
    [InlineData(12, "10")]
    [InlineData(13, "15")]
    [InlineData(425, "425")]
    public void Counts_can_be_rounded_to_the_nearest_five(long count, string text)
    {
        var figure = new SuppressionPolicy(5, roundCountsTo: 5).Publish(count);
        Assert.Equal(text, figure.Text);
        Assert.Equal(count, figure.Unsuppressed);
    }

    [Fact]
    public void A_percentage_built_on_a_small_count_is_suppressed()
    {
        var value = MeasureValueType.Percentage(1).Calculate(3, 40);
        var figure = FewerThanFive.Publish(value);
        Assert.Equal("[c]", figure.Text);
        Assert.Equal(SuppressionReason.BuiltOnSuppressedCount, figure.Reason);
        Assert.Equal(7.5m, figure.Unsuppressed);

        Assert.Equal("[c]", FewerThanFive.Publish(MeasureValueType.Percentage(0).Calculate(2, 3)).Text);
        Assert.Equal("54%", FewerThanFive.Publish(MeasureValueType.Percentage(0).Calculate(50, 93)).Text);
    }

    [Fact]
    public void A_rate_is_judged_by_its_event_count()
    {
        var rate = MeasureValueType.Rate(100_000, decimals: 1).Calculate(3, 25_000);
        Assert.Equal("[c]", FewerThanFive.Publish(rate).Text);
        Assert.Equal("186.0", FewerThanFive.Publish(MeasureValueType.Rate(100_000, decimals: 1).Calculate(93, 50_000)).Text);
    }

    [Fact]
    public void No_value_is_z_and_a_tiny_value_is_low_and_missing_data_is_x()
    {
        Assert.Equal("[z]", FewerThanFive.Publish(MeasureValueType.Percentage(1).Calculate(0, 0)).Text);
        var tiny = new SuppressionPolicy(1).Publish(MeasureValueType.Percentage(0).Calculate(1, 1000));
        Assert.Equal("[low]", tiny.Text);
        Assert.Equal(StatisticalSymbol.Low, tiny.Symbol);
        Assert.Equal("[x]", PublishedFigure.NotAvailable.Text);
        Assert.Equal("[z]", PublishedFigure.SymbolText(StatisticalSymbol.NotApplicable));
    }

    [Fact]
    public void A_table_suppresses_the_cheapest_cells_that_hide_the_small_ones()
    {
        //            Apr  May  Jun
        // Team A      12    3   15
        // Team B       8   10    9
        // Team C      20   14    2
        var table = new CountTable(["Team A", "Team B", "Team C"], ["Apr", "May", "Jun"], new long[,] { { 12, 3, 15 }, { 8, 10, 9 }, { 20, 14, 2 } });
        var published = FewerThanFive.Publish(table);

        Assert.Equal(SuppressionReason.BelowThreshold, published.Cell(0, 1).Reason);
        Assert.Equal(SuppressionReason.BelowThreshold, published.Cell(2, 2).Reason);

        // One cycle of four cells hides both: A-May, C-May, C-Jun, A-Jun (14 + 15 shown counts given up).
        Assert.Equal(SuppressionReason.ProtectsAnotherCell, published.Cell(2, 1).Reason);
        Assert.Equal(SuppressionReason.ProtectsAnotherCell, published.Cell(0, 2).Reason);
        Assert.Equal(4, published.SuppressedCount);
        Assert.Equal("30", published.RowTotal(0).Text);
        Assert.Equal("93", published.GrandTotal().Text);
        Assert.Equal(3m, published.Cell(0, 1).Unsuppressed);
        Assert.Equal(3, published.Source[0, 1]);
        AssertNothingRecoverable(table, published);
    }

    [Fact]
    public void A_small_total_is_suppressed_with_its_cells()
    {
        var table = new CountTable(["Team A", "Team B"], ["Boys", "Girls"], new long[,] { { 2, 1 }, { 30, 40 } });
        var published = FewerThanFive.Publish(table);
        Assert.True(published.RowTotal(0).IsSuppressed);
        Assert.True(published.Cell(0, 0).IsSuppressed);
        Assert.True(published.Cell(0, 1).IsSuppressed);
        AssertNothingRecoverable(table, published);
    }

    [Fact]
    public void Tables_check_their_shape_and_counts()
    {
        Assert.Equal("rowLabels", Assert.Throws<ArgumentException>(() => new CountTable(["A"], ["X"], new long[2, 1])).ParamName);
        Assert.Equal("counts", Assert.Throws<ArgumentException>(() => new CountTable(["A"], ["X"], new long[,] { { -1 } })).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SuppressionPolicy(0));
        Assert.Equal("suppress counts below 10, round counts to the nearest 5", new SuppressionPolicy(10, 5).ToString());
    }

    [Fact]
    public void The_disclosure_check_catches_primary_suppression_alone()
    {
        // Without secondary suppression, Team A's May count is its row total less the two shown months.
        var table = new CountTable(["Team A", "Team B", "Team C"], ["Apr", "May", "Jun"], new long[,] { { 12, 3, 15 }, { 8, 10, 9 }, { 20, 14, 2 } });
        var figures = new PublishedFigure[4, 4];
        for (int r = 0; r < 4; r++)
        {
            for (int c = 0; c < 4; c++)
            {
                long value = Augmented(table, FewerThanFive.Publish(table), r, c).Value;
                figures[r, c] = FewerThanFive.Publish(value);
            }
        }

        var primaryOnly = new PublishedTable(table, FewerThanFive, figures);
        Assert.Equal([(0, 1), (2, 2)], Recoverable(table, primaryOnly));
    }

    [Property(Arbitrary = new[] { typeof(SuppressionArbitraries) }, MaxTest = 300)]
    public bool Suppression_never_reveals_a_suppressed_cell_through_any_total(long[,] counts)
    {
        var table = new CountTable(
            Enumerable.Range(0, counts.GetLength(0)).Select(i => $"R{i}"),
            Enumerable.Range(0, counts.GetLength(1)).Select(i => $"C{i}"),
            counts);
        var published = FewerThanFive.Publish(table);
        return Recoverable(table, published).Count == 0;
    }

    [Property(Arbitrary = new[] { typeof(SuppressionArbitraries) })]
    public Property Every_count_below_the_threshold_is_suppressed_and_the_rest_keep_their_figures(long[,] counts)
    {
        var table = new CountTable(
            Enumerable.Range(0, counts.GetLength(0)).Select(i => $"R{i}"),
            Enumerable.Range(0, counts.GetLength(1)).Select(i => $"C{i}"),
            counts);
        var published = FewerThanFive.Publish(table);
        var figures = Figures(table, published).ToList();
        return figures.All(f => f.Figure.Unsuppressed == f.Value).Label("every figure keeps its count unsuppressed")
            .And(figures.All(f => f.Value is > 0 and < 5 ? f.Figure.IsSuppressed : f.Figure.IsSuppressed || f.Figure.Shown == f.Value)
                .Label("every count from 1 to 4 is suppressed and every other count shown is shown as it is"));
    }

    private static void AssertNothingRecoverable(CountTable table, PublishedTable published)
    {
        Assert.Empty(Recoverable(table, published));
    }

    private static IEnumerable<(long Value, PublishedFigure Figure)> Figures(CountTable table, PublishedTable published)
    {
        for (int r = 0; r <= table.Rows; r++)
        {
            for (int c = 0; c <= table.Columns; c++)
            {
                yield return Augmented(table, published, r, c);
            }
        }
    }

    private static (long Value, PublishedFigure Figure) Augmented(CountTable table, PublishedTable published, int r, int c) =>
        (r < table.Rows, c < table.Columns) switch
        {
            (true, true) => (table[r, c], published.Cell(r, c)),
            (true, false) => (table.RowTotal(r), published.RowTotal(r)),
            (false, true) => (table.ColumnTotal(c), published.ColumnTotal(c)),
            _ => (table.GrandTotal, published.GrandTotal()),
        };

    /// <summary>
    /// The suppressed cells an attacker could work out: those the published figures fix by linear algebra,
    /// and those that no other non-negative table consistent with the published figures changes.
    /// </summary>
    private static List<(int, int)> Recoverable(CountTable table, PublishedTable published)
    {
        int rows = table.Rows + 1;
        int columns = table.Columns + 1;
        var unknown = new List<(int R, int C)>();
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                if (Augmented(table, published, r, c).Figure.IsSuppressed)
                {
                    unknown.Add((r, c));
                }
            }
        }

        // Every row and column of the table with its totals: Σ cells − total = 0; and Σ totals − grand total = 0.
        var equations = new List<double[]>();
        for (int r = 0; r < rows; r++)
        {
            equations.Add(unknown.Select(u => u.R == r ? (u.C == columns - 1 ? -1.0 : 1.0) : 0.0).ToArray());
        }

        for (int c = 0; c < columns; c++)
        {
            equations.Add(unknown.Select(u => u.C == c ? (u.R == rows - 1 ? -1.0 : 1.0) : 0.0).ToArray());
        }

        var recoverable = new List<(int, int)>();
        int rank = Rank(equations);
        for (int k = 0; k < unknown.Count; k++)
        {
            var withUnit = new List<double[]>(equations) { unknown.Select((_, i) => i == k ? 1.0 : 0.0).ToArray() };
            if (Rank(withUnit) == rank || !HasAlternative(table, unknown, k))
            {
                recoverable.Add(unknown[k]);
            }
        }

        return recoverable;
    }

    // Another non-negative table with the same published figures and a different value in cell k: moving the
    // signed entries +δ, −δ, +δ, … around a cycle of suppressed cells (down a column, along a row, …) keeps
    // every total; the margins enter the zero-sum form negated.
    private static bool HasAlternative(CountTable table, List<(int R, int C)> unknown, int k)
    {
        long Value((int R, int C) cell) => (cell.R < table.Rows, cell.C < table.Columns) switch
        {
            (true, true) => table[cell.R, cell.C],
            (true, false) => table.RowTotal(cell.R),
            (false, true) => table.ColumnTotal(cell.C),
            _ => table.GrandTotal,
        };

        int Sign((int R, int C) cell) => (cell.R == table.Rows) == (cell.C == table.Columns) ? 1 : -1;
        bool CanMove((int R, int C) cell, int shift) => Value(cell) + (Sign(cell) * shift) >= 0;

        var (startRow, startColumn) = unknown[k];
        foreach (int delta in new[] { 1, -1 })
        {
            var visitedRows = new HashSet<int>();
            var visitedColumns = new HashSet<int> { startColumn };
            if (CanMove(unknown[k], delta) && FromColumn(startColumn))
            {
                return true;
            }

            bool FromColumn(int column)
            {
                foreach (var cell in unknown.Where(u => u.C == column && u != unknown[k] && !visitedRows.Contains(u.R)))
                {
                    if (!CanMove(cell, -delta))
                    {
                        continue;
                    }

                    if (cell.R == startRow)
                    {
                        return true;
                    }

                    visitedRows.Add(cell.R);
                    foreach (var next in unknown.Where(u => u.R == cell.R && !visitedColumns.Contains(u.C)))
                    {
                        if (CanMove(next, delta))
                        {
                            visitedColumns.Add(next.C);
                            if (FromColumn(next.C))
                            {
                                return true;
                            }

                            visitedColumns.Remove(next.C);
                        }
                    }

                    visitedRows.Remove(cell.R);
                }

                return false;
            }
        }

        return false;
    }

    private static int Rank(List<double[]> matrix)
    {
        var m = matrix.Select(row => (double[])row.Clone()).ToArray();
        int columns = m.Length == 0 ? 0 : m[0].Length;
        int rank = 0;
        for (int c = 0; c < columns && rank < m.Length; c++)
        {
            int pivot = Enumerable.Range(rank, m.Length - rank).OrderByDescending(r => Math.Abs(m[r][c])).First();
            if (Math.Abs(m[pivot][c]) < 1e-9)
            {
                continue;
            }

            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (int r = 0; r < m.Length; r++)
            {
                if (r != rank)
                {
                    double f = m[r][c] / m[rank][c];
                    for (int j = c; j < columns; j++)
                    {
                        m[r][j] -= f * m[rank][j];
                    }
                }
            }

            rank++;
        }

        return rank;
    }
}
