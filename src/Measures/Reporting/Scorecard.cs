using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Measures.Calculation;
using Measures.Internal;
using Measures.Reporting.Display;
using Measures.Time;

namespace Measures.Reporting;

/// <summary>
/// A council's scorecard for one period: a row per measure and component with its value, target, RAG
/// rating, directions of travel, benchmarking and recent history, and the summary statistics councils
/// publish. Build one with <see cref="ScorecardBuilder"/>; write it with <see cref="Write(TextWriter, ScorecardFormat)"/>
/// in any <see cref="ScorecardFormat"/>.
/// </summary>
/// <remarks>
/// The public version (<see cref="ScorecardAudience.Public"/>) has the small-number suppression policy
/// applied: no count below its threshold, nor a figure it could be worked out from, is held, let alone written.
/// In a notebook, a scorecard displays as the same HTML table <see cref="ScorecardFormat.Html"/> writes.
/// This type is immutable and thread-safe.
/// </remarks>
[TypeFormatterSource(typeof(ScorecardFormatterSource))]
public sealed class Scorecard
{
    private readonly Dictionary<string, ScorecardRow> byCode;

    internal Scorecard(string title, ReportingPeriod period, ScorecardAudience audience, SuppressionPolicy? suppressionPolicy, IReadOnlyList<ScorecardRow> rows, ScorecardSummary summary)
    {
        Title = title;
        Period = period;
        Audience = audience;
        SuppressionPolicy = suppressionPolicy;
        Rows = rows;
        Summary = summary;
        byCode = new Dictionary<string, ScorecardRow>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            byCode.Add(row.Code, row);
        }
    }

    /// <summary>Gets the scorecard's title: the catalogue's name, and for a unit's scorecard the unit's ("… – North locality").</summary>
    public string Title { get; }

    /// <summary>Gets the organisational unit the scorecard is for, or <see langword="null"/> for the whole council.</summary>
    public string? Unit { get; private init; }

    /// <summary>The same scorecard as the scorecard of <paramref name="unit"/>, its title naming it.</summary>
    internal Scorecard ForUnit(string unit) =>
        new(Title + " \u2013 " + unit, Period, Audience, SuppressionPolicy, Rows, Summary) { Unit = unit };

    /// <summary>Gets the period the scorecard is for.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the period as a report names it ("2023/24", "Dec 2023").</summary>
    public string PeriodLabel => ScorecardText.PeriodLabel(Period);

    /// <summary>Gets who the scorecard is for.</summary>
    public ScorecardAudience Audience { get; }

    /// <summary>Gets the suppression policy applied: the options' policy in the public version, <see langword="null"/> in the internal one.</summary>
    public SuppressionPolicy? SuppressionPolicy { get; }

    /// <summary>Gets the rows, one per measure and component, in the catalogue's order.</summary>
    public IReadOnlyList<ScorecardRow> Rows { get; }

    /// <summary>Gets the summary statistics.</summary>
    public ScorecardSummary Summary { get; }

    /// <summary>Gets the row of the measure with code <paramref name="code"/>.</summary>
    /// <param name="code">The measure's code (case-sensitive).</param>
    /// <exception cref="KeyNotFoundException">The scorecard has no row with that code.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ScorecardRow this[string code] =>
        byCode.TryGetValue(Preconditions.CheckNotNull(code), out var row) ? row : throw new KeyNotFoundException($"The scorecard has no measure with code \"{code}\".");

    /// <summary>Finds the row of the measure with code <paramref name="code"/>.</summary>
    /// <param name="code">The measure's code (case-sensitive).</param>
    /// <param name="row">The row, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool TryGetRow(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ScorecardRow? row) =>
        byCode.TryGetValue(Preconditions.CheckNotNull(code), out row);

    /// <summary>Writes the scorecard in <paramref name="format"/>.</summary>
    /// <param name="writer">Where to write; left open.</param>
    /// <param name="format">The format.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public void Write(TextWriter writer, ScorecardFormat format)
    {
        Preconditions.CheckNotNull(writer);
        switch (format)
        {
            case ScorecardFormat.Table: ScorecardTableWriter.Write(this, writer); break;
            case ScorecardFormat.Json: ScorecardJsonWriter.Write(this, writer); break;
            case ScorecardFormat.Csv: ScorecardCsvWriter.Write(this, writer); break;
            case ScorecardFormat.Markdown: ScorecardMarkdownWriter.Write(this, writer); break;
            case ScorecardFormat.Html: ScorecardHtmlWriter.Write(this, writer); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "Not a defined scorecard format.");
        }
    }

    /// <summary>The scorecard in <paramref name="format"/>, as text.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    public string ToString(ScorecardFormat format)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, format);
        return writer.ToString();
    }

    /// <summary>The title, period and summary: "Sample Council … scorecard, 2023/24 (internal): 30 measures: 9 green, 1 amber, 1 red; …".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Title}, {PeriodLabel} ({ScorecardWords.Audience(Audience)}): {Rows.Count} rows; summary of {Summary.Overall}";
}
