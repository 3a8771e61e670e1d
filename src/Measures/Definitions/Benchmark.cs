using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Measures.Internal;
using Measures.Time;

namespace Measures.Definitions;

/// <summary>
/// Benchmarking figures for a measure for one period: comparator values (England, region,
/// statistical neighbours), optionally the quartiles of all councils' values and the council's
/// published quartile band.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Benchmark : IEquatable<Benchmark>
{
    /// <summary>Creates a benchmark.</summary>
    /// <param name="period">The period the figures are for.</param>
    /// <param name="comparators">The comparator values, each name once.</param>
    /// <param name="quartiles">The quartiles of all councils' values, if known.</param>
    /// <param name="band">The council's published quartile band, if known.</param>
    /// <param name="source">Where the figures were published.</param>
    /// <param name="rank">The council's published rank among all councils, if known.</param>
    /// <param name="significance">Whether the council's published interval lies wholly above or below England's value.</param>
    /// <exception cref="ArgumentException">A comparator is named twice.</exception>
    public Benchmark(ReportingPeriod period, IEnumerable<ComparatorValue> comparators, QuartileBoundaries? quartiles = null, QuartileBand? band = null, string? source = null, CouncilRank? rank = null, IntervalSignificance significance = IntervalSignificance.NotAvailable)
    {
        Preconditions.CheckNotNull(comparators);
        var list = comparators.ToArray();
        foreach (var problem in Problems(list.Select(c => c.Name)))
        {
            throw new ArgumentException(problem.Message, nameof(comparators));
        }

        Period = period;
        Comparators = new ReadOnlyCollection<ComparatorValue>(list);
        Quartiles = quartiles;
        Band = band;
        Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
        Rank = rank;
        Significance = Enum.IsDefined(significance) ? significance : throw new ArgumentOutOfRangeException(nameof(significance), significance, "Not a defined significance.");
    }

    /// <summary>Gets the period the figures are for.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the comparator values, in the order given.</summary>
    public IReadOnlyList<ComparatorValue> Comparators { get; }

    /// <summary>Gets the quartiles of all councils' values, or <see langword="null"/>.</summary>
    public QuartileBoundaries? Quartiles { get; }

    /// <summary>Gets the council's published quartile band, or <see langword="null"/>.</summary>
    public QuartileBand? Band { get; }

    /// <summary>Gets where the figures were published, or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>Gets the council's rank among all councils ("12= of 153"), or <see langword="null"/>.</summary>
    public CouncilRank? Rank { get; }

    /// <summary>Gets whether the council's published interval lies wholly above or below England's value.</summary>
    public IntervalSignificance Significance { get; }

    /// <summary>The comparator called <paramref name="name"/> (ignoring case), if present.</summary>
    /// <param name="name">The comparator's name ("England").</param>
    /// <returns>The comparator value, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ComparatorValue? Comparator(string name)
    {
        Preconditions.CheckNotNull(name);
        foreach (var comparator in Comparators)
        {
            if (string.Equals(comparator.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return comparator;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(Benchmark? other) =>
        other is not null && Period == other.Period && Comparators.SequenceEqual(other.Comparators)
        && Nullable.Equals(Quartiles, other.Quartiles) && Band == other.Band && Source == other.Source
        && Nullable.Equals(Rank, other.Rank) && Significance == other.Significance;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Benchmark);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, Comparators.Count, Quartiles, Band);

    /// <summary>Describes the benchmark by its comparators: "England: 191.6; Statistical neighbours: 200".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Join("; ", Comparators) + (Band is { } b ? "; band " + b : "") + (Rank is { } r ? "; rank " + r : "");

    internal static IEnumerable<DefinitionProblem> Problems(IEnumerable<string> comparatorNames)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int index = 0;
        foreach (string name in comparatorNames)
        {
            if (!seen.Add(name.Trim()))
            {
                yield return new DefinitionProblem($"comparators[{index}].name", "comparators", $"The comparator \"{name.Trim()}\" is given twice for the same period.");
            }

            index++;
        }
    }
}
