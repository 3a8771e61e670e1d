using System;
namespace Measures.Calculation;

/// <summary>
/// A <see cref="CountTable"/> as it is published under a <see cref="SuppressionPolicy"/>: each cell and
/// total as a <see cref="PublishedFigure"/>, with the unsuppressed table kept for the internal version.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PublishedTable
{
    private readonly PublishedFigure[,] figures;

    internal PublishedTable(CountTable source, SuppressionPolicy policy, PublishedFigure[,] figures)
    {
        Source = source;
        Policy = policy;
        this.figures = figures;
    }

    /// <summary>Gets the unsuppressed table, for the internal version.</summary>
    public CountTable Source { get; }

    /// <summary>Gets the policy the table was published under.</summary>
    public SuppressionPolicy Policy { get; }

    /// <summary>Gets the number of cells and totals suppressed, primary and secondary.</summary>
    public int SuppressedCount
    {
        get
        {
            int count = 0;
            foreach (PublishedFigure figure in figures)
            {
                count += figure.IsSuppressed ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>The published figure for a cell.</summary>
    /// <param name="row">The row, from 0.</param>
    /// <param name="column">The column, from 0.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The row or column is outside the table.</exception>
    public PublishedFigure Cell(int row, int column) => figures[CheckRow(row), CheckColumn(column)];

    /// <summary>The published total of a row.</summary>
    /// <param name="row">The row, from 0.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The row is outside the table.</exception>
    public PublishedFigure RowTotal(int row) => figures[CheckRow(row), Source.Columns];

    /// <summary>The published total of a column.</summary>
    /// <param name="column">The column, from 0.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The column is outside the table.</exception>
    public PublishedFigure ColumnTotal(int column) => figures[Source.Rows, CheckColumn(column)];

    /// <summary>The published grand total.</summary>
    /// <returns>The figure.</returns>
    public PublishedFigure GrandTotal() => figures[Source.Rows, Source.Columns];

    private int CheckRow(int row) => Internal.Preconditions.CheckArgumentRange(row, 0, Source.Rows - 1);

    private int CheckColumn(int column) => Internal.Preconditions.CheckArgumentRange(column, 0, Source.Columns - 1);
}
