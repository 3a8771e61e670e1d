using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Measures.Definitions;
using Measures.Internal;
using Measures.Time;

namespace Measures.Reporting;

/// <summary>
/// Every team on one measure: the organisational units under one node (or every unit of the council) side by side
/// for one measure and period, each with its value, numerator and denominator, completeness, RAG, direction of
/// travel and rank, under the line of the node they make up. Built by <see cref="ScorecardBuilder.CompareUnits"/>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class UnitComparison
{
    internal UnitComparison(MeasureDefinition measure, ReportingPeriod period, string? parent, ScorecardRow total, IReadOnlyList<UnitComparisonRow> units)
    {
        Measure = measure;
        Period = period;
        Parent = parent;
        Total = total;
        Units = units;
    }

    /// <summary>Gets the measure compared.</summary>
    public MeasureDefinition Measure { get; }

    /// <summary>Gets the period compared.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the period as a report names it ("2023/24").</summary>
    public string PeriodLabel => ScorecardText.PeriodLabel(Period);

    /// <summary>Gets the node whose units are compared ("North locality"), or <see langword="null"/> for every unit of the council.</summary>
    public string? Parent { get; }

    /// <summary>Gets the figures of the node the units make up: the whole council's when <see cref="Parent"/> is null.</summary>
    public ScorecardRow Total { get; }

    /// <summary>Gets the units, in the order of their names (ordinal).</summary>
    public IReadOnlyList<UnitComparisonRow> Units { get; }

    /// <summary>Gets the name the total line is shown under: the parent, or "Whole council".</summary>
    public string TotalName => Parent ?? "Whole council";

    /// <summary>Writes the comparison in <paramref name="format"/>.</summary>
    /// <param name="writer">Where to write; left open.</param>
    /// <param name="format">The format: the same five as a scorecard's.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public void Write(TextWriter writer, ScorecardFormat format)
    {
        Preconditions.CheckNotNull(writer);
        UnitComparisonWriter.Write(this, writer, format);
    }

    /// <summary>The comparison as text in <paramref name="format"/>.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public string ToString(ScorecardFormat format)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, format);
        return writer.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Measure.Code} {Measure.Title}, {PeriodLabel}: {Units.Count.ToString(CultureInfo.InvariantCulture)} units of {TotalName}";
}
