using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using NodaTime;

namespace Measures.Reporting.Building;

/// <summary>
/// Secondary suppression for a row's cumulative figures. A public row shows several counts of the same measure
/// over overlapping periods (a year-to-date history, rolling windows, the same period last year); adding and
/// subtracting them can give the count of a stretch of time nobody published ("5 exclusions to the end of spring,
/// 6 to the end of summer": 1 in the summer term). This finds every stretch between the figures' boundaries whose
/// count the shown figures fix exactly, and withholds figures until none of those counts is small.
/// </summary>
/// <remarks>
/// A stretch's count is fixed exactly when its indicator lies in the span of the shown figures' indicators over the
/// stretches; the elimination is in exact rational arithmetic, and the count is then the matching combination of the
/// shown figures. Figures are withheld in the order given (earliest history first, the row's own value last).
/// </remarks>
internal static class Differencing
{
    /// <summary>A shown count over the days of its spans (the parts of its period that have data; no data is a known nothing).</summary>
    public sealed record Figure(IReadOnlyList<(LocalDate Start, LocalDate End)> Spans, long Count);

    /// <summary>
    /// The positions (into <paramref name="figures"/>) of the figures to withhold so that no stretch whose count
    /// is small can be worked out from the rest; empty when none need be.
    /// </summary>
    /// <param name="figures">The shown figures, in the order they may be withheld.</param>
    /// <param name="isSmall">Whether a count would be suppressed if it were published.</param>
    public static IReadOnlySet<int> Withhold(IReadOnlyList<Figure> figures, Func<long, bool> isSmall)
    {
        var withheld = new HashSet<int>();
        if (!Overlapping(figures))
        {
            // Disjoint figures only add up to unions of whole figures, each already shown.
            return withheld;
        }

        var boundaries = figures.SelectMany(f => f.Spans).SelectMany(s => new[] { s.Start, s.End.PlusDays(1) }).Distinct().Order().ToArray();
        int stretches = boundaries.Length - 1;
        var rows = figures.Select(f => Indicator(f, boundaries)).ToArray();
        while (true)
        {
            var shown = Enumerable.Range(0, figures.Count).Where(i => !withheld.Contains(i)).ToArray();
            var basis = new Basis(rows, shown);
            if (FirstDisclosed(basis, figures, stretches, isSmall) is not { } disclosed)
            {
                return withheld;
            }

            // Withhold the first figure whose loss leaves that stretch unfixed; failing that, the first that takes part.
            int chosen = -1;
            foreach (int i in disclosed.Taking)
            {
                var without = new Basis(rows, [.. shown.Where(j => j != i)]);
                if (without.Solve(disclosed.Target) is null)
                {
                    chosen = i;
                    break;
                }
            }

            withheld.Add(chosen >= 0 ? chosen : disclosed.Taking[0]);
        }
    }

    private static bool Overlapping(IReadOnlyList<Figure> figures)
    {
        for (int i = 0; i < figures.Count; i++)
        {
            for (int j = i + 1; j < figures.Count; j++)
            {
                if (figures[i].Spans.Any(a => figures[j].Spans.Any(b => a.Start <= b.End && b.Start <= a.End)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static BigInteger[] Indicator(Figure f, LocalDate[] boundaries)
    {
        var row = new BigInteger[boundaries.Length - 1];
        for (int k = 0; k < row.Length; k++)
        {
            row[k] = f.Spans.Any(s => boundaries[k] >= s.Start && boundaries[k + 1].PlusDays(-1) <= s.End) ? BigInteger.One : BigInteger.Zero;
        }

        return row;
    }

    private static (BigInteger[] Target, int[] Taking)? FirstDisclosed(Basis basis, IReadOnlyList<Figure> figures, int stretches, Func<long, bool> isSmall)
    {
        for (int from = 0; from < stretches; from++)
        {
            for (int to = from; to < stretches; to++)
            {
                var target = new BigInteger[stretches];
                for (int k = from; k <= to; k++)
                {
                    target[k] = BigInteger.One;
                }

                if (basis.Solve(target) is not { } combination)
                {
                    continue;
                }

                // The stretch's count as the combination of the shown figures gives it.
                Rational count = Rational.Zero;
                foreach (var (figure, coefficient) in combination)
                {
                    count += coefficient * figures[figure].Count;
                }

                if (count.IsWhole && count.Numerator >= long.MinValue && count.Numerator <= long.MaxValue && isSmall((long)count.Numerator))
                {
                    return (target, [.. combination.Where(c => !c.Coefficient.IsZero).Select(c => c.Figure).Order()]);
                }
            }
        }

        return null;
    }

    /// <summary>The shown figures' indicators in reduced row echelon form, each row with the combination of figures that gives it.</summary>
    private sealed class Basis
    {
        private readonly List<(Rational[] Row, Dictionary<int, Rational> Combination, int Pivot)> reduced = [];

        public Basis(BigInteger[][] rows, int[] shown)
        {
            foreach (int figure in shown)
            {
                var row = rows[figure].Select(v => new Rational(v, BigInteger.One)).ToArray();
                var combination = new Dictionary<int, Rational> { [figure] = Rational.One };
                Reduce(row, combination);
                int pivot = Array.FindIndex(row, v => !v.IsZero);
                if (pivot < 0)
                {
                    continue;
                }

                var scale = row[pivot].Inverse();
                Scale(row, combination, scale);
                foreach (var other in reduced)
                {
                    if (!other.Row[pivot].IsZero)
                    {
                        Subtract(other.Row, other.Combination, other.Row[pivot], row, combination);
                    }
                }

                reduced.Add((row, combination, pivot));
            }

        }

        /// <summary>The combination of shown figures whose indicators add up to <paramref name="target"/>, or <see langword="null"/>.</summary>
        public List<(int Figure, Rational Coefficient)>? Solve(BigInteger[] target)
        {
            var row = target.Select(v => new Rational(v, BigInteger.One)).ToArray();
            var combination = new Dictionary<int, Rational>();
            foreach (var (basisRow, basisCombination, pivot) in reduced)
            {
                if (!row[pivot].IsZero)
                {
                    var factor = row[pivot];
                    for (int k = 0; k < row.Length; k++)
                    {
                        row[k] -= factor * basisRow[k];
                    }

                    foreach (var (figure, c) in basisCombination)
                    {
                        combination[figure] = combination.GetValueOrDefault(figure, Rational.Zero) + (factor * c);
                    }
                }
            }

            return row.All(v => v.IsZero) ? [.. combination.Select(c => (c.Key, c.Value))] : null;
        }

        private void Reduce(Rational[] row, Dictionary<int, Rational> combination)
        {
            foreach (var (basisRow, basisCombination, pivot) in reduced)
            {
                if (!row[pivot].IsZero)
                {
                    Subtract(row, combination, row[pivot], basisRow, basisCombination);
                }
            }
        }

        private static void Scale(Rational[] row, Dictionary<int, Rational> combination, Rational factor)
        {
            for (int k = 0; k < row.Length; k++)
            {
                row[k] *= factor;
            }

            foreach (int key in combination.Keys.ToArray())
            {
                combination[key] *= factor;
            }
        }

        // row -= factor × other, and the same for the combinations.
        private static void Subtract(Rational[] row, Dictionary<int, Rational> combination, Rational factor, Rational[] other, Dictionary<int, Rational> otherCombination)
        {
            for (int k = 0; k < row.Length; k++)
            {
                row[k] -= factor * other[k];
            }

            foreach (var (figure, c) in otherCombination)
            {
                combination[figure] = combination.GetValueOrDefault(figure, Rational.Zero) - (factor * c);
            }
        }
    }

    /// <summary>An exact fraction, in lowest terms with a positive denominator.</summary>
    private readonly record struct Rational
    {
        public static readonly Rational Zero = new(BigInteger.Zero, BigInteger.One);
        public static readonly Rational One = new(BigInteger.One, BigInteger.One);

        public Rational(BigInteger numerator, BigInteger denominator)
        {
            if (denominator.Sign < 0)
            {
                numerator = -numerator;
                denominator = -denominator;
            }

            var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
            Numerator = gcd.IsZero || gcd.IsOne ? numerator : numerator / gcd;
            Denominator = gcd.IsZero || gcd.IsOne ? denominator : denominator / gcd;
        }

        public BigInteger Numerator { get; }

        public BigInteger Denominator { get; }

        public bool IsZero => Numerator.IsZero;

        public bool IsWhole => Denominator.IsOne;

        public static Rational operator +(Rational a, Rational b) => new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

        public static Rational operator -(Rational a, Rational b) => new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

        public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

        public static Rational operator *(Rational a, long b) => new(a.Numerator * b, a.Denominator);

        public Rational Inverse() => new(Denominator, Numerator);
    }
}
