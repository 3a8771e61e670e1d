using System;
using System.Globalization;
using Measures.Internal;

using Measures.Definitions;

namespace Measures.Calculation;

/// <summary>
/// How small numbers are kept out of published outputs: counts below a threshold (and the percentages and
/// rates built on them) become <c>[c]</c>, further cells are suppressed so that none can be worked out from a
/// total, and counts may be rounded to the nearest 5. The unsuppressed figures stay available for the
/// internal version.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SuppressionPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="threshold">Counts from 1 up to but not including this are suppressed ("fewer than 5": 5). At least 1.</param>
    /// <param name="roundCountsTo">Shown counts are rounded to a multiple of this (5 for "nearest 5"); 1 leaves them as they are.</param>
    /// <param name="suppressZeros">Whether zeros are suppressed too (where even "none" would disclose).</param>
    /// <exception cref="ArgumentOutOfRangeException">The threshold or rounding base is below 1.</exception>
    public SuppressionPolicy(int threshold, int roundCountsTo = 1, bool suppressZeros = false)
    {
        Threshold = Preconditions.CheckArgumentRange(threshold, 1, int.MaxValue);
        RoundCountsTo = Preconditions.CheckArgumentRange(roundCountsTo, 1, 1_000_000);
        SuppressZeros = suppressZeros;
    }

    /// <summary>Gets the threshold: counts from 1 up to but not including it are suppressed.</summary>
    public int Threshold { get; }

    /// <summary>Gets the multiple that shown counts are rounded to (1: not rounded).</summary>
    public int RoundCountsTo { get; }

    /// <summary>Gets whether zeros are suppressed too.</summary>
    public bool SuppressZeros { get; }

    /// <summary>Whether a count is small enough to be suppressed on its own (primary suppression).</summary>
    /// <param name="count">The count.</param>
    /// <returns><see langword="true"/> when the count must not be shown.</returns>
    public bool IsBelowThreshold(long count) => count < Threshold && (count > 0 || SuppressZeros);

    /// <summary>Publishes a single count.</summary>
    /// <param name="count">The count, 0 or more.</param>
    /// <returns>"[c]" when it is below the threshold, otherwise the (rounded) count.</returns>
    /// <exception cref="ArgumentException">The count is negative.</exception>
    public PublishedFigure Publish(long count)
    {
        Preconditions.CheckArgument(count >= 0, nameof(count), $"A count cannot be negative; {count.ToString(CultureInfo.InvariantCulture)} was given.");
        return IsBelowThreshold(count) ? Suppressed(count, SuppressionReason.BelowThreshold) : Shown(count);
    }

    /// <summary>
    /// Publishes a value: <c>[z]</c> when there is no value (zero denominator), <c>[c]</c> when its numerator
    /// or denominator is a count below the threshold, <c>[low]</c> when it is not zero but rounds to zero,
    /// otherwise the rounded value as a report shows it. Rates per N and means check their numerator only, as
    /// their denominators are populations or cases counted elsewhere.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The published figure.</returns>
    public PublishedFigure Publish(MeasureValue value)
    {
        if (!value.HasValue)
        {
            return new PublishedFigure("[z]", StatisticalSymbol.NotApplicable, SuppressionReason.None, null, null);
        }

        bool countBelow = IsBelowThreshold(value.Numerator)
            || (value.Type.Kind is ValueKind.Percentage or ValueKind.Ratio && value.Denominator is long d && IsBelowThreshold(d));
        if (countBelow)
        {
            var reason = value.Type.Kind == ValueKind.Count ? SuppressionReason.BelowThreshold : SuppressionReason.BuiltOnSuppressedCount;
            return new PublishedFigure("[c]", StatisticalSymbol.Confidential, reason, null, value.Exact);
        }

        if (value.Type.Kind == ValueKind.Count)
        {
            return Shown(value.Numerator);
        }

        if (value.Rounded == 0m && value.Exact != 0m)
        {
            return new PublishedFigure("[low]", StatisticalSymbol.Low, SuppressionReason.None, null, value.Exact);
        }

        // A published table shows the number (with % for a percentage); the unit is in the table's heading.
        string text = NumberText.Fixed(value.Rounded.GetValueOrDefault(), value.Type.Decimals) + (value.Type.Kind == ValueKind.Percentage ? "%" : string.Empty);
        return new PublishedFigure(text, StatisticalSymbol.None, SuppressionReason.None, value.Rounded, value.Exact);
    }

    /// <summary>
    /// Publishes a table: cells and totals below the threshold are suppressed, then further cells (preferring
    /// small counts, then zeros, then totals) so that no suppressed cell can be worked out from the totals shown;
    /// shown counts and totals are then rounded (each on its own, so rounded cells need not add up to rounded totals).
    /// </summary>
    /// <param name="table">The table of counts.</param>
    /// <returns>The published table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public PublishedTable Publish(CountTable table)
    {
        Preconditions.CheckNotNull(table);
        int rows = table.Rows + 1;
        int columns = table.Columns + 1;
        var values = new long[rows, columns];
        var suppressed = new bool[rows, columns];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                values[r, c] = (r < table.Rows, c < table.Columns) switch
                {
                    (true, true) => table[r, c],
                    (true, false) => table.RowTotal(r),
                    (false, true) => table.ColumnTotal(c),
                    _ => table.GrandTotal,
                };
                suppressed[r, c] = IsBelowThreshold(values[r, c]);
            }
        }

        var primary = (bool[,])suppressed.Clone();
        SecondarySuppression.Protect(values, suppressed);

        var figures = new PublishedFigure[rows, columns];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                figures[r, c] = !suppressed[r, c]
                    ? Shown(values[r, c])
                    : Suppressed(values[r, c], primary[r, c] ? SuppressionReason.BelowThreshold : SuppressionReason.ProtectsAnotherCell);
            }
        }

        return new PublishedTable(table, this, figures);
    }

    /// <summary>Describes the policy: "suppress counts below 5, round counts to the nearest 5".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"suppress counts below {Threshold}{(SuppressZeros ? " including zeros" : string.Empty)}{(RoundCountsTo > 1 ? $", round counts to the nearest {RoundCountsTo}" : string.Empty)}");

    private static PublishedFigure Suppressed(long count, SuppressionReason reason) =>
        new("[c]", StatisticalSymbol.Confidential, reason, null, count);

    private PublishedFigure Shown(long count)
    {
        // To the nearest multiple, halves upwards (7 → 5, 8 → 10 for fives).
        long rounded = RoundCountsTo == 1 ? count : checked((count + (RoundCountsTo / 2)) / RoundCountsTo * RoundCountsTo);

        return new PublishedFigure(rounded.ToString(CultureInfo.InvariantCulture), StatisticalSymbol.None, SuppressionReason.None, rounded, count);
    }
}
