using System;
using System.Globalization;
using Measures.Internal;

namespace Measures.Aggregation;

/// <summary>How to group organisational units: all together, each on its own, or up a hierarchy to a level (team → council).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class UnitRollUp
{
    private UnitRollUp(UnitRollUpKind kind, OrganisationalHierarchy? hierarchy, int level)
    {
        Kind = kind;
        Hierarchy = hierarchy;
        Level = level;
    }

    /// <summary>Gets a roll-up that adds every unit together; aggregates have the unit "".</summary>
    public static UnitRollUp AllUnits { get; } = new(UnitRollUpKind.AllUnits, null, 0);

    /// <summary>Gets a roll-up that keeps each unit apart.</summary>
    public static UnitRollUp EachUnit { get; } = new(UnitRollUpKind.EachUnit, null, 0);

    /// <summary>Gets the hierarchy, for a roll-up to a level.</summary>
    public OrganisationalHierarchy? Hierarchy { get; }

    /// <summary>Gets the level rolled up to (0 is the top), for a roll-up through a hierarchy.</summary>
    public int Level { get; }

    internal UnitRollUpKind Kind { get; }

    /// <summary>
    /// Adds each unit into its ancestor at <paramref name="level"/> of <paramref name="hierarchy"/>
    /// (teams into their council at level 0). Every unit in the data must be in the hierarchy, at or
    /// below that level, and no unit may have figures for the same measure and period as one of its ancestors.
    /// </summary>
    /// <param name="hierarchy">The organisational hierarchy.</param>
    /// <param name="level">The level to roll up to; 0 is the top.</param>
    /// <returns>The roll-up.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a level of the hierarchy.</exception>
    public static UnitRollUp ToLevel(OrganisationalHierarchy hierarchy, int level)
    {
        Preconditions.CheckNotNull(hierarchy);
        Preconditions.CheckArgumentRange(level, 0, int.MaxValue);
        return new UnitRollUp(UnitRollUpKind.ToLevel, hierarchy, level);
    }

    /// <inheritdoc />
    public override string ToString() => Kind == UnitRollUpKind.ToLevel
        ? string.Create(CultureInfo.InvariantCulture, $"to level {Level}")
        : Kind.ToString();

    internal enum UnitRollUpKind : byte
    {
        AllUnits,
        EachUnit,
        ToLevel,
    }
}
