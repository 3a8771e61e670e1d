using System;
using System.Collections.Generic;
using System.Globalization;
using Measures.Internal;

namespace Measures.Aggregation;

/// <summary>
/// Which organisational unit each unit belongs to: teams in localities, localities in a council,
/// councils in a region. Units with no parent are at level 0.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class OrganisationalHierarchy
{
    private readonly Dictionary<string, string> parents;
    private readonly Dictionary<string, int> levels;

    /// <summary>Creates a hierarchy from each unit's parent.</summary>
    /// <param name="parentOfUnit">For each unit that has one, its parent ("Team 3" → "North locality").</param>
    /// <exception cref="ArgumentException">A unit is its own ancestor.</exception>
    public OrganisationalHierarchy(IReadOnlyDictionary<string, string> parentOfUnit)
    {
        Preconditions.CheckNotNull(parentOfUnit);
        parents = new Dictionary<string, string>(parentOfUnit.Count, StringComparer.Ordinal);
        foreach (var pair in parentOfUnit)
        {
            Preconditions.CheckNotNull(pair.Key, nameof(parentOfUnit));
            Preconditions.CheckNotNull(pair.Value, nameof(parentOfUnit));
            parents.Add(pair.Key, pair.Value);
        }

        levels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var unit in parents.Keys)
        {
            ComputeLevel(unit);
        }
    }

    /// <summary>Gets every unit named in the hierarchy, as a child or as a parent.</summary>
    public IReadOnlyCollection<string> Units => levels.Keys;

    /// <summary>Whether the unit is named in the hierarchy.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool Contains(string unit) => levels.ContainsKey(Preconditions.CheckNotNull(unit));

    /// <summary>The unit's parent, or <see langword="null"/> for a unit at level 0.</summary>
    /// <param name="unit">A unit of the hierarchy.</param>
    /// <returns>The parent.</returns>
    /// <exception cref="KeyNotFoundException">The unit is not in the hierarchy.</exception>
    public string? ParentOf(string unit)
    {
        CheckKnown(unit);
        return parents.TryGetValue(unit, out var parent) ? parent : null;
    }

    /// <summary>The unit's level: 0 for a unit with no parent, 1 for its children, and so on.</summary>
    /// <param name="unit">A unit of the hierarchy.</param>
    /// <returns>The level.</returns>
    /// <exception cref="KeyNotFoundException">The unit is not in the hierarchy.</exception>
    public int LevelOf(string unit)
    {
        CheckKnown(unit);
        return levels[unit];
    }

    /// <summary>The unit's ancestor at <paramref name="level"/>, or the unit itself when it is at that level.</summary>
    /// <param name="unit">A unit of the hierarchy.</param>
    /// <param name="level">A level at or above the unit's own.</param>
    /// <returns>The ancestor.</returns>
    /// <exception cref="KeyNotFoundException">The unit is not in the hierarchy.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The unit is above <paramref name="level"/>.</exception>
    public string AncestorAt(string unit, int level)
    {
        int own = LevelOf(unit);
        if (level < 0 || level > own)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, string.Create(CultureInfo.InvariantCulture, $"The unit '{unit}' is at level {own}; it has no ancestor at level {level}."));
        }

        string current = unit;
        for (int i = own; i > level; i--)
        {
            current = parents[current];
        }

        return current;
    }

    private void ComputeLevel(string unit)
    {
        // Walk up to a unit whose level is known or to a root, watching for a cycle.
        var path = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string current = unit;
        int level;
        while (true)
        {
            if (levels.TryGetValue(current, out level))
            {
                break;
            }

            if (!seen.Add(current))
            {
                throw new ArgumentException($"The organisational hierarchy has a cycle through '{current}'.");
            }

            path.Add(current);
            if (!parents.TryGetValue(current, out var parent))
            {
                level = -1;
                break;
            }

            current = parent;
        }

        for (int i = path.Count - 1; i >= 0; i--)
        {
            levels[path[i]] = ++level;
        }
    }

    private void CheckKnown(string unit)
    {
        if (!Contains(unit))
        {
            throw new KeyNotFoundException($"The unit '{unit}' is not in the organisational hierarchy.");
        }
    }
}
