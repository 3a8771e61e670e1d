using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Measures.Definitions;
using Measures.Internal;
using Measures.Judgements;
using Measures.Time;

namespace Measures.Comparators;

/// <summary>
/// The all-councils table of one measure for one period, as the Department for Education publishes it: every
/// council's value, England's, each region's, and any statistical-neighbour averages it gives. From it a council's
/// rank, quartile band, region and neighbour averages and a <see cref="Benchmark"/> follow.
/// </summary>
/// <remarks>
/// Ranks and bands are of the values as published (already rounded), among the councils that have one, as the local
/// authority interactive tool (LAIT) ranks them. This type is immutable and thread-safe.
/// </remarks>
public sealed class ComparatorTable
{
    internal ComparatorTable(string measureCode, ReportingPeriod period, string source, decimal? england, IReadOnlyDictionary<string, decimal> regions, IReadOnlyDictionary<string, decimal> neighbourAverages, IReadOnlyList<CouncilFigure> councils)
    {
        MeasureCode = measureCode;
        Period = period;
        Source = source;
        England = england;
        Regions = regions;
        PublishedNeighbourAverages = neighbourAverages;
        Councils = councils;
    }

    /// <summary>Gets the code of the measure the table is for (its column's name in the file).</summary>
    public string MeasureCode { get; }

    /// <summary>Gets the period the figures are for.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the file the table was read from.</summary>
    public string Source { get; }

    /// <summary>Gets England's value, or <see langword="null"/> when the file has none.</summary>
    public decimal? England { get; }

    /// <summary>Gets each region's value, by region name (ignoring case).</summary>
    public IReadOnlyDictionary<string, decimal> Regions { get; }

    /// <summary>Gets the statistical-neighbour averages the file gives, by the code of the council whose neighbours they average (ignoring case).</summary>
    public IReadOnlyDictionary<string, decimal> PublishedNeighbourAverages { get; }

    /// <summary>Gets every council's row, in the file's order.</summary>
    public IReadOnlyList<CouncilFigure> Councils { get; }

    /// <summary>The row of the council named by code, old code or name, if the table has it.</summary>
    /// <param name="council">A code ("E08000018", "372") or name ("Rotherham").</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CouncilFigure? Find(string council)
    {
        Preconditions.CheckNotNull(council);
        return Councils.FirstOrDefault(c => c.Is(council));
    }

    /// <summary>
    /// The council's rank among all councils with a value, 1 the best after <paramref name="polarity"/>; councils with the
    /// same value share the best position among them (standard competition ranking, as LAIT shows "12=").
    /// </summary>
    /// <param name="council">A code or name.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The rank, or <see langword="null"/> when the council has no value, is not in the table, or the measure has no single good direction.</returns>
    public CouncilRank? RankOf(string council, Polarity polarity) =>
        Find(council)?.Value is { } value ? Rank(value, Values(), polarity) : null;

    /// <summary>
    /// The council's quartile band among all councils with a value, as LAIT bands it: against the quartiles of all
    /// councils' values (linearly interpolated), A the best quarter after <paramref name="polarity"/>; a value on a
    /// boundary falls in the band of the lower values (A when lower is better, the worse band when higher is better).
    /// </summary>
    /// <param name="council">A code or name.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The band, or <see langword="null"/> when there is no rank.</returns>
    public QuartileBand? BandOf(string council, Polarity polarity) =>
        Find(council)?.Value is { } value ? QuartileBanding.BandOf(value, Values(), polarity) : null;

    /// <summary>The value of the council's region, or <see langword="null"/> when the table has none.</summary>
    /// <param name="council">A code or name.</param>
    /// <returns>The region's name and value, or <see langword="null"/>.</returns>
    public ComparatorValue? RegionOf(string council) =>
        Find(council) is { RegionName.Length: > 0 } row && Regions.TryGetValue(row.RegionName, out decimal value) ? new ComparatorValue(row.RegionName, value) : null;

    /// <summary>
    /// The average of the council's statistical neighbours: the one the file publishes for it, or else the mean of its
    /// neighbours' values (those that have one), unweighted, rounded half away from zero to the decimals the values are published with.
    /// </summary>
    /// <param name="council">A code or name.</param>
    /// <param name="neighbours">The neighbour lists, or <see langword="null"/> to use only the published averages.</param>
    /// <returns>The average, or <see langword="null"/> when neither is known.</returns>
    public decimal? NeighbourAverageOf(string council, StatisticalNeighbours? neighbours)
    {
        var row = Find(council);
        if (row is null)
        {
            return null;
        }

        foreach (string key in new[] { row.Code, row.OldCode, row.Name })
        {
            if (key.Length > 0 && PublishedNeighbourAverages.TryGetValue(key, out decimal published))
            {
                return published;
            }
        }

        if (neighbours?.Of(row) is not { } codes)
        {
            return null;
        }

        var values = codes.Select(Find).Where(c => c?.Value is not null).Select(c => c!.Value!.Value).ToArray();
        // Shown to the precision the values are published to, as LAIT shows its averages.
        return values.Length == 0 ? null : Math.Round(values.Sum() / values.Length, values.Max(v => v.Scale), MidpointRounding.AwayFromZero);
    }

    /// <summary>Whether the council's published confidence interval lies wholly above or below England's value.</summary>
    /// <param name="council">A code or name.</param>
    /// <returns>The judgement; <see cref="IntervalSignificance.NotAvailable"/> without an interval or England's value.</returns>
    public IntervalSignificance SignificanceAgainstEngland(string council) =>
        Find(council) is { Lower: { } lower, Upper: { } upper } && England is { } england
            ? lower > england ? IntervalSignificance.SignificantlyHigher : upper < england ? IntervalSignificance.SignificantlyLower : IntervalSignificance.NotSignificant
            : IntervalSignificance.NotAvailable;

    /// <summary>
    /// The council's benchmark for the table's period: England, its region and its statistical neighbours as comparators
    /// (each where known), its quartile band and its rank among all councils.
    /// </summary>
    /// <param name="council">A code or name.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="neighbours">The neighbour lists, or <see langword="null"/>.</param>
    /// <returns>The benchmark, or <see langword="null"/> when the council is not in the table.</returns>
    public Benchmark? BenchmarkFor(string council, Polarity polarity, StatisticalNeighbours? neighbours)
    {
        if (Find(council) is not { } row)
        {
            return null;
        }

        var comparators = new List<ComparatorValue>();
        if (England is { } england)
        {
            comparators.Add(new ComparatorValue(ComparatorValue.England, england));
        }

        if (RegionOf(council) is { } region && !string.Equals(region.Name, ComparatorValue.England, StringComparison.OrdinalIgnoreCase))
        {
            comparators.Add(region);
        }

        if (NeighbourAverageOf(council, neighbours) is { } average)
        {
            comparators.Add(new ComparatorValue(ComparatorValue.StatisticalNeighbours, average));
        }

        return new Benchmark(Period, comparators, band: BandOf(council, polarity), source: Source, rank: RankOf(council, polarity), significance: SignificanceAgainstEngland(row.Name));
    }

    /// <summary>
    /// The rank of <paramref name="value"/> among <paramref name="values"/>: one more than the number of values strictly
    /// better, so equal values share the best position among them.
    /// </summary>
    /// <param name="value">The value ranked, usually one of <paramref name="values"/>.</param>
    /// <param name="values">Every council's value.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The rank, or <see langword="null"/> for a measure with no single good direction or no values.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CouncilRank? Rank(decimal value, IEnumerable<decimal> values, Polarity polarity)
    {
        Preconditions.CheckNotNull(values);
        if (polarity is not (Polarity.HigherIsBetter or Polarity.LowerIsBetter))
        {
            return null;
        }

        int count = 0, better = 0, same = 0;
        bool included = false;
        foreach (decimal other in values)
        {
            count++;
            if (polarity == Polarity.HigherIsBetter ? other > value : other < value)
            {
                better++;
            }
            else if (other == value)
            {
                if (included)
                {
                    same++;
                }

                included = true;
            }
        }

        if (!included)
        {
            // The value ranked is not among them: it takes the position it would have.
            count++;
        }

        return count == 0 ? null : new CouncilRank(better + 1, count, same > 0);
    }

    private decimal[] Values() => [.. Councils.Where(c => c.Value is not null).Select(c => c.Value!.Value)];

    internal static IReadOnlyDictionary<string, decimal> Frozen(Dictionary<string, decimal> values) => new ReadOnlyDictionary<string, decimal>(values);
}
