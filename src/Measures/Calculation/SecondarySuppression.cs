using System;
using System.Collections.Generic;

namespace Measures.Calculation;

/// <summary>
/// Chooses the extra cells to suppress so that no suppressed cell of a two-way table can be worked out
/// from the figures and totals that are shown.
/// </summary>
/// <remarks>
/// <para>The table with its margins is seen as a bipartite graph: one node per row (the totals row
/// included), one per column (the totals column included), one edge per cell. Writing the margins with a
/// minus sign (and the grand total with a plus), every row and every column of this augmented table sums to
/// zero, so the suppressed values can move together along any cycle of suppressed cells (+1, −1, +1, …)
/// without changing a single published figure. A suppressed cell on no such cycle would be fixed by the
/// totals; a cell on one can be one more or one less.</para>
/// <para>Counts cannot go below zero, so a cycle only protects a cell if the cells it lowers are at least 1.
/// Each suppressed cell must lie on a cycle that can move it one way or the other; where none exists, the
/// cheapest path through published cells that closes such a cycle is suppressed too, preferring small
/// non-zero counts over zeros and inner cells over totals.</para>
/// </remarks>
internal static class SecondarySuppression
{
    private const double ZeroCellCost = 1e6;
    private const double MarginCost = 1e9;
    private const double GrandTotalCost = 1e12;

    /// <summary>
    /// Adds secondary suppressions to <paramref name="suppressed"/> (the augmented table: the last row holds the
    /// column totals, the last column the row totals) and returns the cells it added.
    /// </summary>
    public static List<(int Row, int Column)> Protect(long[,] values, bool[,] suppressed)
    {
        int rows = values.GetLength(0);
        int columns = values.GetLength(1);
        var added = new List<(int, int)>();
        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < columns; c++)
                {
                    if (!suppressed[r, c] || IsProtected(values, suppressed, r, c))
                    {
                        continue;
                    }

                    List<(int, int)>? path = CheapestProtection(values, suppressed, r, c);
                    if (path is null)
                    {
                        // No cycle can protect the cell: nothing short of the whole table will do.
                        SuppressAll(suppressed, added);
                        return added;
                    }

                    foreach ((int pr, int pc) in path)
                    {
                        if (!suppressed[pr, pc])
                        {
                            suppressed[pr, pc] = true;
                            added.Add((pr, pc));
                        }
                    }

                    changed = true;
                }
            }
        }

        return added;
    }

    /// <summary>Whether suppressed cell (r, c) lies on a cycle of suppressed cells that can move it by one.</summary>
    internal static bool IsProtected(long[,] values, bool[,] suppressed, int r, int c) =>
        FindPath(values, suppressed, r, c, +1, onlySuppressed: true) is not null
        || FindPath(values, suppressed, r, c, -1, onlySuppressed: true) is not null;

    private static List<(int, int)>? CheapestProtection(long[,] values, bool[,] suppressed, int r, int c)
    {
        List<(int, int)>? up = FindPath(values, suppressed, r, c, +1, onlySuppressed: false);
        List<(int, int)>? down = FindPath(values, suppressed, r, c, -1, onlySuppressed: false);
        if (up is null || down is null)
        {
            return up ?? down;
        }

        return Cost(values, suppressed, up) <= Cost(values, suppressed, down) ? up : down;
    }

    private static double Cost(long[,] values, bool[,] suppressed, List<(int, int)> path)
    {
        double total = 0;
        foreach ((int r, int c) in path)
        {
            total += suppressed[r, c] ? 0 : CellCost(values, r, c);
        }

        return total;
    }

    private static double CellCost(long[,] values, int r, int c)
    {
        int lastRow = values.GetLength(0) - 1;
        int lastColumn = values.GetLength(1) - 1;
        long value = values[r, c];
        double cost = value == 0 ? ZeroCellCost : value;
        if (r == lastRow && c == lastColumn)
        {
            return GrandTotalCost + cost;
        }

        return r == lastRow || c == lastColumn ? MarginCost + cost : cost;
    }

    // +1 for inner cells and the grand total, −1 for the margins (see the remarks).
    private static int Sign(long[,] values, int r, int c)
    {
        bool lastRow = r == values.GetLength(0) - 1;
        bool lastColumn = c == values.GetLength(1) - 1;
        return lastRow == lastColumn ? 1 : -1;
    }

    private static bool CanShift(long[,] values, int r, int c, int shift) => values[r, c] + (Sign(values, r, c) * shift) >= 0;

    /// <summary>
    /// The cheapest path from column node c back to row node r, not using cell (r, c), along which the cycle's
    /// shift (+δ on cells entered from a row node, −δ on cells entered from a column node) keeps every count
    /// at zero or more. Dijkstra's algorithm over the complete bipartite graph.
    /// </summary>
    private static List<(int, int)>? FindPath(long[,] values, bool[,] suppressed, int r, int c, int delta, bool onlySuppressed)
    {
        if (!CanShift(values, r, c, delta))
        {
            return null;
        }

        int rows = values.GetLength(0);
        int columns = values.GetLength(1);
        int nodes = rows + columns;
        var distance = new double[nodes];
        var previous = new int[nodes];
        var done = new bool[nodes];
        Array.Fill(distance, double.PositiveInfinity);
        Array.Fill(previous, -1);
        int start = rows + c;
        int goal = r;
        distance[start] = 0;
        while (true)
        {
            int u = -1;
            for (int n = 0; n < nodes; n++)
            {
                if (!done[n] && !double.IsPositiveInfinity(distance[n]) && (u < 0 || distance[n] < distance[u]))
                {
                    u = n;
                }
            }

            if (u < 0)
            {
                return null;
            }

            if (u == goal)
            {
                break;
            }

            done[u] = true;
            bool fromColumn = u >= rows;
            int count = fromColumn ? rows : columns;
            for (int k = 0; k < count; k++)
            {
                int cellRow = fromColumn ? k : u;
                int cellColumn = fromColumn ? u - rows : k;
                if ((cellRow == r && cellColumn == c) || (onlySuppressed && !suppressed[cellRow, cellColumn]))
                {
                    continue;
                }

                if (!CanShift(values, cellRow, cellColumn, fromColumn ? -delta : delta))
                {
                    continue;
                }

                int v = fromColumn ? cellRow : rows + cellColumn;
                double weight = suppressed[cellRow, cellColumn] ? 0 : CellCost(values, cellRow, cellColumn);
                if (distance[u] + weight < distance[v])
                {
                    distance[v] = distance[u] + weight;
                    previous[v] = u;
                }
            }
        }

        var path = new List<(int, int)>();
        for (int v = goal; v != start; v = previous[v])
        {
            int u = previous[v];
            path.Add(u >= rows ? (v, u - rows) : (u, v - rows));
        }

        return path;
    }

    private static void SuppressAll(bool[,] suppressed, List<(int, int)> added)
    {
        for (int r = 0; r < suppressed.GetLength(0); r++)
        {
            for (int c = 0; c < suppressed.GetLength(1); c++)
            {
                if (!suppressed[r, c])
                {
                    suppressed[r, c] = true;
                    added.Add((r, c));
                }
            }
        }
    }
}
