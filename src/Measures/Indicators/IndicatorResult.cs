using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Measures.Internal;
using Measures.Observations;
using Measures.Time;

namespace Measures.Indicators;

/// <summary>
/// The indicators of a return for one period: the observations, the breakdowns asked for, notes on figures that
/// are absent, and for every figure the children that make it (<see cref="Explain(string)"/>).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class IndicatorResult
{
    private readonly IReadOnlyList<string> codes;
    private readonly Func<string, IndicatorExplanation> explain;
    private readonly ConcurrentDictionary<string, Lazy<IndicatorExplanation>> explained = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Code, string Breakdown), HashSet<string>> breakdownChildren;

    // codes: every code Explain answers for; explain: names the children of one code's figure, called once a code when first asked.
    internal IndicatorResult(ReportingPeriod period, IReadOnlyList<Observation> observations, IReadOnlyList<BreakdownObservation> breakdowns, IReadOnlyList<IndicatorNote> notes, IReadOnlyList<string> codes, Func<string, IndicatorExplanation> explain, Dictionary<(string Code, string Breakdown), HashSet<string>>? breakdownChildren = null)
    {
        this.breakdownChildren = breakdownChildren ?? [];
        Period = period;
        Observations = observations;
        Breakdowns = breakdowns;
        Notes = notes;
        this.codes = codes;
        this.explain = explain;
    }

    /// <summary>Gets the period the figures are for.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the whole-council observations, one per figure there is, in catalogue order.</summary>
    public IReadOnlyList<Observation> Observations { get; }

    /// <summary>Gets the breakdowns asked for in the options, each dimension's values adding up to the whole figure.</summary>
    public IReadOnlyList<BreakdownObservation> Breakdowns { get; }

    /// <summary>Gets why each absent figure is absent: a file the return lacks, or no population for a rate.</summary>
    public IReadOnlyList<IndicatorNote> Notes { get; }

    /// <summary>Gets the codes <see cref="Explain(string)"/> answers for: every indicator, with a figure or not.</summary>
    public IReadOnlyList<string> MeasureCodes => codes;

    /// <summary>Which children make the figure of <paramref name="measureCode"/>, and which were left out and why.</summary>
    /// <remarks>
    /// The figures are counted without naming anyone; the first call for a measure goes through the return again
    /// by the same rules, naming each child, and later calls (from any thread) return that same explanation.
    /// </remarks>
    /// <param name="measureCode">The measure ("cla-3-placements"); case is ignored.</param>
    /// <returns>The explanation; for an absent figure, one that says why it is absent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measureCode"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is not a figure of this result.</exception>
    public IndicatorExplanation Explain(string measureCode)
    {
        Preconditions.CheckNotNull(measureCode);
        string trimmed = measureCode.Trim();
        string? code = codes.FirstOrDefault(c => string.Equals(c, trimmed, StringComparison.OrdinalIgnoreCase));
        Preconditions.CheckArgument(code is not null, nameof(measureCode), $"\"{measureCode}\" is not a figure of this result (an indicator left out of IndicatorOptions.Measures is not computed); its figures are {string.Join(", ", codes)}.");
        return explained.GetOrAdd(code!, c => new Lazy<IndicatorExplanation>(() => explain(c))).Value;
    }

    /// <summary>
    /// Which children make the figure of one value of a breakdown (<see cref="BreakdownObservation.Breakdown"/>,
    /// "sex=2"): the whole figure's explanation with only the children of that value counted, and the whole
    /// figure's children of other values listed as left out, so that every child of the whole figure is accounted for.
    /// </summary>
    /// <param name="measureCode">The measure ("cla-31-march"); case is ignored.</param>
    /// <param name="breakdown">The breakdown value as <see cref="BreakdownObservation.Breakdown"/> writes it.</param>
    /// <returns>The explanation of that breakdown's figure.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The code is not an SSDA903 indicator, or the result has no figure for that breakdown value.</exception>
    public IndicatorExplanation Explain(string measureCode, string breakdown)
    {
        Preconditions.CheckNotNull(breakdown);
        var whole = Explain(measureCode);
        Preconditions.CheckArgument(
            breakdownChildren.TryGetValue((whole.MeasureCode, breakdown.Trim()), out var children),
            nameof(breakdown),
            $"There is no figure of {whole.MeasureCode} for \"{breakdown}\"; its breakdown figures are {string.Join(", ", Breakdowns.Where(b => b.Observation.MeasureCode == whole.MeasureCode).Select(b => b.Breakdown).DefaultIfEmpty("none (ask for breakdowns in the options)"))}.");
        bool In(CountedChild c) => children.Contains(c.Member ?? c.ChildId);
        var others = whole.Numerator.Where(c => !In(c))
            .Select(c => new ExcludedChild(c.ChildId, ExclusionReason.OutsideCohort, "counted in the whole figure, under another value of the breakdown than " + breakdown.Trim(), c.Records));
        return new IndicatorExplanation(
            whole.MeasureCode,
            whole.Period,
            whole.Definition + " Only the children with " + breakdown.Trim() + ".",
            [.. whole.Numerator.Where(In)],
            whole.Denominator is null ? null : [.. whole.Denominator.Where(In)],
            [.. whole.Exclusions.Concat(others).OrderBy(e => e.ChildId, StringComparer.Ordinal)],
            whole.Notes,
            whole.Unavailable);
    }

    /// <summary>The observation of <paramref name="measureCode"/>, or <see langword="null"/> when the figure is absent.</summary>
    /// <param name="measureCode">The measure; case is ignored.</param>
    /// <returns>The observation, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measureCode"/> is null.</exception>
    public Observation? Find(string measureCode)
    {
        Preconditions.CheckNotNull(measureCode);
        foreach (var observation in Observations.Where(o => string.Equals(o.MeasureCode, measureCode.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return observation;
        }

        return null;
    }
}
