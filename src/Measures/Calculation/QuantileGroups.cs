using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Measures.Internal;

namespace Measures.Calculation;

/// <summary>
/// Quartiles or quintiles of a set of councils' values and the group each value falls in, exactly as the
/// Fingertips public-health profiles compute them: the values sorted, cut points by linear interpolation at
/// (count − 1) × fraction + 1, rounded to 10 decimal places, and a value on a cut point in the lower group.
/// </summary>
/// <remarks>
/// Group 1 holds the lowest values whatever the polarity, as Fingertips numbers them. This type is immutable
/// and thread-safe.
/// </remarks>
public sealed class QuantileGroups
{
    private QuantileGroups(ImmutableArray<double> bounds) => Bounds = bounds;

    /// <summary>Gets the bounds: the lowest value, each cut point, and the highest value (5 for quartiles, 6 for quintiles).</summary>
    public IReadOnlyList<double> Bounds { get; }

    /// <summary>Gets the number of groups: 4 for quartiles, 5 for quintiles.</summary>
    public int Count => Bounds.Count - 1;

    /// <summary>The quartiles of <paramref name="values"/>; at least 4 values.</summary>
    /// <param name="values">Every council's value; enumerated once.</param>
    /// <returns>The groups.</returns>
    /// <exception cref="ArgumentException">There are fewer than 4 values, or a value is not a finite number.</exception>
    public static QuantileGroups Quartiles(IEnumerable<double> values) => Of(values, 4);

    /// <summary>The quintiles of <paramref name="values"/>; at least 5 values.</summary>
    /// <param name="values">Every council's value; enumerated once.</param>
    /// <returns>The groups.</returns>
    /// <exception cref="ArgumentException">There are fewer than 5 values, or a value is not a finite number.</exception>
    public static QuantileGroups Quintiles(IEnumerable<double> values) => Of(values, 5);

    /// <summary>The <paramref name="groups"/>-iles of <paramref name="values"/>; at least as many values as groups, and more than 3.</summary>
    /// <param name="values">Every council's value; enumerated once.</param>
    /// <param name="groups">The number of groups, 2 to 10.</param>
    /// <returns>The groups.</returns>
    /// <exception cref="ArgumentException">There are too few values, or a value is not a finite number.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The number of groups is outside 2 to 10.</exception>
    public static QuantileGroups Of(IEnumerable<double> values, int groups)
    {
        Preconditions.CheckNotNull(values);
        Preconditions.CheckArgumentRange(groups, 2, 10);
        var sorted = values.ToArray();
        Preconditions.CheckArgument(sorted.All(double.IsFinite), nameof(values), "Every value must be a finite number.");
        int needed = Math.Max(4, groups);
        Preconditions.CheckArgument(sorted.Length >= needed, nameof(values), $"Dividing values into {groups} groups needs at least {needed} values; {sorted.Length} were given.");
        Array.Sort(sorted);
        var bounds = ImmutableArray.CreateBuilder<double>(groups + 1);
        bounds.Add(sorted[0]);
        for (int i = 1; i < groups; i++)
        {
            bounds.Add(Percentile(sorted, (1.0 / groups) * i));
        }

        bounds.Add(sorted[^1]);
        return new QuantileGroups(bounds.MoveToImmutable());
    }

    /// <summary>The group <paramref name="value"/> falls in: 1 for the lowest values up to <see cref="Count"/>; a value on a cut point takes the lower group.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The group, or 0 for a value outside the bounds or not a number.</returns>
    public int GroupOf(double value)
    {
        if (!double.IsFinite(value) || value < Bounds[0])
        {
            return 0;
        }

        for (int group = 1; group <= Count; group++)
        {
            if (value <= Bounds[group])
            {
                return group;
            }
        }

        return 0;
    }

    /// <summary>The bounds: "1, 10.8, 20.6, 30.4, 40.2, 50".</summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString() => string.Join(", ", Bounds.Select(b => b.ToString("G10", CultureInfo.InvariantCulture)));

    // Linear interpolation at rank (count − 1) × fraction + 1, rounded to 10 places against floating-point artefacts.
    private static double Percentile(double[] sorted, double fraction)
    {
        double rank = ((sorted.Length - 1) * fraction) + 1;
        if (rank <= 1)
        {
            return sorted[0];
        }

        if (rank >= sorted.Length)
        {
            return sorted[^1];
        }

        int k = (int)rank;
        double d = rank - k;
        double value = sorted[k - 1] + (d * (sorted[k] - sorted[k - 1]));
        return Math.Round(value, 10, MidpointRounding.AwayFromZero);
    }
}
