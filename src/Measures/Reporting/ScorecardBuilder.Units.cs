using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Internal;
using Measures.Observations;
using Measures.Time;

namespace Measures.Reporting;

public sealed partial class ScorecardBuilder
{
    /// <summary>
    /// Every team on one measure: the units under <paramref name="parent"/> (its children in
    /// <paramref name="hierarchy"/>, each with the units below it), or every unit the observations name when
    /// <paramref name="parent"/> is null, side by side for <paramref name="measureCode"/> and
    /// <paramref name="period"/>, with the line of the node they make up. Each unit's figures are built by the same
    /// rules as a scorecard's row, from that unit's observations only.
    /// </summary>
    /// <param name="observations">Observations by organisational unit; read once.</param>
    /// <param name="period">The period.</param>
    /// <param name="measureCode">The measure, a code of the catalogue.</param>
    /// <param name="parent">The node whose units are compared, or <see langword="null"/> for every unit.</param>
    /// <param name="hierarchy">Which unit is part of which; needed when <paramref name="parent"/> is given.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or <paramref name="measureCode"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The code is not in the catalogue; <paramref name="parent"/> is given without a hierarchy or is not in it, or
    /// has no units below it; no observation of the measure names a unit; or the period is the default value.
    /// </exception>
    /// <exception cref="DataProblemException">The observations have problems a scorecard refuses (duplicates, say).</exception>
    public UnitComparison CompareUnits(IEnumerable<Observation> observations, ReportingPeriod period, string measureCode, string? parent = null, OrganisationalHierarchy? hierarchy = null)
    {
        Preconditions.CheckNotNull(observations);
        Preconditions.CheckNotNull(measureCode);
        CheckPeriod(period);
        Preconditions.CheckArgument(Catalogue.TryGetMeasure(measureCode, out var measure), nameof(measureCode), $"The catalogue has no measure with code \"{measureCode}\".");
        Preconditions.CheckArgument(parent is null || hierarchy is not null, nameof(hierarchy), $"Comparing the units of \"{parent}\" needs the hierarchy that says which units are part of it.");
        Preconditions.CheckArgument(parent is null || hierarchy!.Contains(parent), nameof(parent), $"\"{parent}\" is not a unit of the hierarchy.");

        // The measure with its parent and components, so that a composed figure is composed as in the scorecard.
        var family = Catalogue.Measures.Where(m => m.Code == measure!.Code || m.Code == measure.ParentCode || m.ParentCode == measure.Code).ToList();
        var codes = new HashSet<string>(family.Select(m => m.Code), StringComparer.Ordinal);
        var single = new ScorecardBuilder(new MeasureCatalogue(family, Catalogue.Name), Options);

        // Each observation goes to the unit compared that it belongs to: itself, or the child of the parent above it.
        int level = parent is null ? 0 : hierarchy!.LevelOf(parent) + 1;
        string? Compared(string unit)
        {
            if (parent is null)
            {
                return unit.Length == 0 ? null : unit;
            }

            return hierarchy!.Contains(unit) && hierarchy.LevelOf(unit) >= level && hierarchy.AncestorAt(unit, level - 1) == parent
                ? hierarchy.AncestorAt(unit, level)
                : null;
        }

        var byUnit = new SortedDictionary<string, List<Observation>>(StringComparer.Ordinal);
        var total = new List<Observation>();
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var observation in observations)
        {
            if (!codes.Contains(observation.MeasureCode))
            {
                continue;
            }

            seen.Add(observation.OrganisationalUnit);
            if (Compared(observation.OrganisationalUnit) is not { } unit)
            {
                continue;
            }

            if (!byUnit.TryGetValue(unit, out var list))
            {
                byUnit[unit] = list = [];
            }

            list.Add(observation);
            total.Add(observation);
        }

        Preconditions.CheckArgument(
            byUnit.Count > 0,
            parent is null ? nameof(observations) : nameof(parent),
            parent is null
                ? $"No observation of {measure!.Code} names an organisational unit; the comparison is of units, and these observations are the whole council's."
                : $"No observation of {measure!.Code} is for a unit below \"{parent}\"; the observations' units are {(seen.Count == 0 ? "none" : string.Join(", ", seen.Select(u => u.Length == 0 ? "(the whole council)" : "\"" + u + "\"")))}.");

        var rows = byUnit.Select(pair => (Unit: pair.Key, Row: single.Build(pair.Value, period)[measure!.Code])).ToList();
        var ranks = Ranks(measure!.Polarity, rows.Select(r => r.Row.RoundedValue).ToList());
        var units = rows.Select((r, i) => new UnitComparisonRow(r.Unit, r.Row, ranks[i])).ToList();
        return new UnitComparison(measure, period, parent, single.Build(total, period)[measure.Code], units.AsReadOnly());
    }

    // Standard competition ranking (1, 2, 2, 4) by the measure's polarity; none where there is no better direction.
    private static int?[] Ranks(Polarity polarity, List<decimal?> values)
    {
        var ranks = new int?[values.Count];
        if (polarity is not (Polarity.HigherIsBetter or Polarity.LowerIsBetter))
        {
            return ranks;
        }

        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } value)
            {
                continue;
            }

            int better = values.Count(v => v is { } other && (polarity == Polarity.HigherIsBetter ? other > value : other < value));
            ranks[i] = better + 1;
        }

        return ranks;
    }
}
