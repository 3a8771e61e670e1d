using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Measures.Internal;

namespace Measures.Calculation;

/// <summary>
/// A two-way table of counts with its row, column and grand totals, as a published report lays it out
/// (teams by month, age bands by category of need).
/// </summary>
/// <remarks>Totals are summed with checked 64-bit arithmetic. This type is immutable and thread-safe.</remarks>
public sealed class CountTable
{
    private readonly long[,] counts;
    private readonly long[] rowTotals;
    private readonly long[] columnTotals;

    /// <summary>Creates a table; the counts are copied.</summary>
    /// <param name="rowLabels">A label for each row.</param>
    /// <param name="columnLabels">A label for each column.</param>
    /// <param name="counts">The counts, [row, column], none negative.</param>
    /// <exception cref="ArgumentException">The labels do not match the counts' shape, or a count is negative.</exception>
    public CountTable(IEnumerable<string> rowLabels, IEnumerable<string> columnLabels, long[,] counts)
    {
        Preconditions.CheckNotNull(rowLabels);
        Preconditions.CheckNotNull(columnLabels);
        Preconditions.CheckNotNull(counts);
        RowLabels = new ReadOnlyCollection<string>(rowLabels.ToArray());
        ColumnLabels = new ReadOnlyCollection<string>(columnLabels.ToArray());
        Preconditions.CheckArgument(RowLabels.Count == counts.GetLength(0), nameof(rowLabels), $"There are {RowLabels.Count} row labels for {counts.GetLength(0)} rows.");
        Preconditions.CheckArgument(ColumnLabels.Count == counts.GetLength(1), nameof(columnLabels), $"There are {ColumnLabels.Count} column labels for {counts.GetLength(1)} columns.");
        Preconditions.CheckArgument(RowLabels.Count > 0 && ColumnLabels.Count > 0, nameof(counts), "A table needs at least one row and one column.");

        this.counts = (long[,])counts.Clone();
        rowTotals = new long[Rows];
        columnTotals = new long[Columns];
        for (int r = 0; r < Rows; r++)
        {
            for (int c = 0; c < Columns; c++)
            {
                long value = this.counts[r, c];
                Preconditions.CheckArgument(value >= 0, nameof(counts), $"The count for {RowLabels[r]} / {ColumnLabels[c]} is {value}; counts cannot be negative.");
                rowTotals[r] = checked(rowTotals[r] + value);
                columnTotals[c] = checked(columnTotals[c] + value);
                GrandTotal = checked(GrandTotal + value);
            }
        }
    }

    /// <summary>Gets the row labels.</summary>
    public IReadOnlyList<string> RowLabels { get; }

    /// <summary>Gets the column labels.</summary>
    public IReadOnlyList<string> ColumnLabels { get; }

    /// <summary>Gets the number of rows.</summary>
    public int Rows => RowLabels.Count;

    /// <summary>Gets the number of columns.</summary>
    public int Columns => ColumnLabels.Count;

    /// <summary>Gets the total of every count.</summary>
    public long GrandTotal { get; }

    /// <summary>Gets the count in a cell.</summary>
    /// <param name="row">The row, from 0.</param>
    /// <param name="column">The column, from 0.</param>
    public long this[int row, int column] => counts[row, column];

    /// <summary>The total of a row.</summary>
    /// <param name="row">The row, from 0.</param>
    /// <returns>The total.</returns>
    public long RowTotal(int row) => rowTotals[row];

    /// <summary>The total of a column.</summary>
    /// <param name="column">The column, from 0.</param>
    /// <returns>The total.</returns>
    public long ColumnTotal(int column) => columnTotals[column];
}
