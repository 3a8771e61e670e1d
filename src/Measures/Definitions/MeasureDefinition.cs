using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Measures.Internal;
using Measures.Reporting.Display;
using Measures.Time;
using NodaTime;
using Measures.Definitions.Serialization;

namespace Measures.Definitions;

/// <summary>
/// The definition of a performance measure, stable across periods: its identity, how its value comes
/// from a numerator and a denominator, which direction is good, how it is reported and how it behaves
/// over time, and its targets and benchmarks.
/// </summary>
/// <remarks>
/// Every argument is checked when the definition is created, so a definition that exists is valid.
/// Targets are kept in date order and benchmarks in period order.
/// This type is immutable and thread-safe.
/// </remarks>
[TypeFormatterSource(typeof(MeasureDefinitionFormatterSource))]
public sealed class MeasureDefinition : IEquatable<MeasureDefinition>
{
    /// <summary>Creates a measure definition.</summary>
    /// <param name="code">A short code, unique in a catalogue ("CSC-07", "Indicator 25").</param>
    /// <param name="title">The title a report shows.</param>
    /// <param name="serviceArea">The service area ("Early Help", "Children's Social Care", "Education", "Inclusion").</param>
    /// <param name="kind">How the council groups the measure.</param>
    /// <param name="valueType">How the value comes from the numerator and denominator, and how it is shown.</param>
    /// <param name="polarity">Which direction is good; <see cref="Polarity.None"/> for activity and demand measures.</param>
    /// <param name="frequency">How often the measure is reported.</param>
    /// <param name="periodType">The kind of period a value is for.</param>
    /// <param name="numeratorRule">How the numerator combines over time.</param>
    /// <param name="denominatorRule">How the denominator combines over time; <see langword="null"/> for a count.</param>
    /// <param name="parentCode">The code of the measure this one is a component of, or <see langword="null"/>.</param>
    /// <param name="description">What the numerator and the denominator count.</param>
    /// <param name="dataLag">How long after a period ends its figures arrive, in date units; <see langword="null"/> for none.</param>
    /// <param name="countsInSummary">Whether the measure counts in summary statistics; by default every kind but <see cref="MeasureKind.Education"/> does.</param>
    /// <param name="targets">Targets, none of which may be in force on the same day as another.</param>
    /// <param name="benchmarks">Benchmarks, at most one a period.</param>
    /// <param name="source">Where this definition comes from, for the record.</param>
    /// <param name="noChangeTolerance">The largest movement this measure's directions of travel call "no change", in its own units; <see langword="null"/> for the judgement options' (none by default).</param>
    /// <param name="similarityTolerance">The largest difference from a benchmark this measure calls "similar" ("in line with statistical neighbours"); <see langword="null"/> for the judgement options'.</param>
    /// <param name="rollingMonths">
    /// For a measure whose <paramref name="periodType"/> is <see cref="PeriodType.RollingMonths"/>, the length of its window in
    /// months ("rolling 6 months"), 1 to 64 (as <see cref="Reporting.ScorecardOptions.RollingWindowMonths"/>); <see langword="null"/> for the scorecard's
    /// <see cref="Reporting.ScorecardOptions.RollingWindowMonths"/>.
    /// </param>
    /// <exception cref="ArgumentException">Any argument is invalid, such as a window length for a measure not reported over rolling months; the message lists every problem.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A tolerance is negative or more than 10^15, or the window length is out of range.</exception>
    public MeasureDefinition(
        string code,
        string title,
        string serviceArea,
        MeasureKind kind,
        MeasureValueType valueType,
        Polarity polarity,
        ReportingFrequency frequency,
        PeriodType periodType,
        TemporalRule numeratorRule,
        TemporalRule? denominatorRule = null,
        string? parentCode = null,
        string description = "",
        Period? dataLag = null,
        bool? countsInSummary = null,
        IEnumerable<Target>? targets = null,
        IEnumerable<Benchmark>? benchmarks = null,
        string? source = null,
        decimal? noChangeTolerance = null,
        decimal? similarityTolerance = null,
        int? rollingMonths = null)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckNotNull(title);
        Preconditions.CheckNotNull(serviceArea);
        Preconditions.CheckNotNull(valueType);
        Preconditions.CheckNotNull(description);
        CheckDefined(kind, nameof(kind));
        CheckDefined(polarity, nameof(polarity));
        CheckDefined(frequency, nameof(frequency));
        CheckDefined(periodType, nameof(periodType));
        CheckDefined(numeratorRule, nameof(numeratorRule));
        if (denominatorRule is { } rule)
        {
            CheckDefined(rule, nameof(denominatorRule));
        }

        CheckTolerance(noChangeTolerance, nameof(noChangeTolerance));
        CheckTolerance(similarityTolerance, nameof(similarityTolerance));
        if (RollingMonthsProblem(rollingMonths) is { } windowProblem)
        {
            throw new ArgumentOutOfRangeException(nameof(rollingMonths), rollingMonths, windowProblem);
        }

        var targetList = (targets ?? []).ToArray();
        var benchmarkList = (benchmarks ?? []).ToArray();
        Preconditions.CheckArgument(Array.TrueForAll(targetList, t => t is not null), nameof(targets), "A target is null.");
        Preconditions.CheckArgument(Array.TrueForAll(benchmarkList, b => b is not null), nameof(benchmarks), "A benchmark is null.");

        var problems = Problems(code, title, serviceArea, valueType.Kind, polarity, denominatorRule is not null, parentCode, dataLag, targetList, benchmarkList, periodType, rollingMonths).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems.Select(p => p.Message)), problems[0].Parameter);
        }

        Code = code.Trim();
        Title = title.Trim();
        ServiceArea = serviceArea.Trim();
        Kind = kind;
        ValueType = valueType;
        Polarity = polarity;
        Frequency = frequency;
        PeriodType = periodType;
        NumeratorRule = numeratorRule;
        DenominatorRule = denominatorRule;
        ParentCode = string.IsNullOrWhiteSpace(parentCode) ? null : parentCode.Trim();
        Description = description.Trim();
        DataLag = dataLag is null || dataLag.Equals(Period.Zero) ? null : dataLag;
        CountsInSummary = countsInSummary ?? kind != MeasureKind.Education;
        Targets = new ReadOnlyCollection<Target>([.. targetList.OrderBy(t => t.FirstDay)]);
        Benchmarks = new ReadOnlyCollection<Benchmark>([.. benchmarkList.OrderBy(b => b.Period)]);
        Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
        NoChangeTolerance = noChangeTolerance;
        SimilarityTolerance = similarityTolerance;
        RollingMonths = rollingMonths;
    }

    /// <summary>
    /// Gets the length in months of this measure's rolling window ("rolling 6 months"), or <see langword="null"/> when its
    /// definition does not state one: a measure over rolling months then takes the scorecard's
    /// <see cref="Reporting.ScorecardOptions.RollingWindowMonths"/>, and a measure of any other period type has no window.
    /// </summary>
    public int? RollingMonths { get; }

    /// <summary>Gets the largest movement this measure's directions of travel call "no change", or <see langword="null"/> for the judgement options'.</summary>
    public decimal? NoChangeTolerance { get; }

    /// <summary>Gets the largest difference from a benchmark this measure calls "similar", or <see langword="null"/> for the judgement options'.</summary>
    public decimal? SimilarityTolerance { get; }

    /// <summary>Gets the measure's code, unique in a catalogue.</summary>
    public string Code { get; }

    /// <summary>Gets the title a report shows.</summary>
    public string Title { get; }

    /// <summary>Gets what the numerator and the denominator count; empty when not given.</summary>
    public string Description { get; }

    /// <summary>Gets the service area.</summary>
    public string ServiceArea { get; }

    /// <summary>Gets how the council groups the measure.</summary>
    public MeasureKind Kind { get; }

    /// <summary>Gets the code of the measure this one is a component of, or <see langword="null"/>.</summary>
    public string? ParentCode { get; }

    /// <summary>Gets how the value comes from the numerator and denominator, and how it is shown.</summary>
    public MeasureValueType ValueType { get; }

    /// <summary>Gets which direction is good.</summary>
    public Polarity Polarity { get; }

    /// <summary>Gets how often the measure is reported.</summary>
    public ReportingFrequency Frequency { get; }

    /// <summary>Gets the kind of period a value is for.</summary>
    public PeriodType PeriodType { get; }

    /// <summary>Gets how the numerator combines over time.</summary>
    public TemporalRule NumeratorRule { get; }

    /// <summary>Gets how the denominator combines over time, or <see langword="null"/> for a count.</summary>
    public TemporalRule? DenominatorRule { get; }

    /// <summary>Gets how long after a period ends its figures arrive, or <see langword="null"/> when they are not late.</summary>
    public Period? DataLag { get; }

    /// <summary>Gets a value indicating whether the measure counts in summary statistics.</summary>
    public bool CountsInSummary { get; }

    /// <summary>Gets the targets, in date order.</summary>
    public IReadOnlyList<Target> Targets { get; }

    /// <summary>Gets the benchmarks, in period order.</summary>
    public IReadOnlyList<Benchmark> Benchmarks { get; }

    /// <summary>Gets where this definition comes from, or <see langword="null"/>.</summary>
    public string? Source { get; }

    /// <summary>The target a value for <paramref name="period"/> is judged against: the one in force on the period's last day.</summary>
    /// <param name="period">The period of the value.</param>
    /// <returns>The target, or <see langword="null"/> when none is set.</returns>
    public Target? TargetFor(ReportingPeriod period)
    {
        foreach (var target in Targets)
        {
            if (target.IsInForceOn(period.End))
            {
                return target;
            }
        }

        return null;
    }

    /// <summary>The benchmark for exactly <paramref name="period"/>, if there is one.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The benchmark, or <see langword="null"/>.</returns>
    public Benchmark? BenchmarkFor(ReportingPeriod period)
    {
        foreach (var benchmark in Benchmarks)
        {
            if (benchmark.Period == period)
            {
                return benchmark;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(MeasureDefinition? other) =>
        other is not null
        && Code == other.Code && Title == other.Title && Description == other.Description && ServiceArea == other.ServiceArea
        && Kind == other.Kind && ParentCode == other.ParentCode && ValueType.Equals(other.ValueType) && Polarity == other.Polarity
        && Frequency == other.Frequency && PeriodType == other.PeriodType && NumeratorRule == other.NumeratorRule
        && DenominatorRule == other.DenominatorRule && Equals(DataLag, other.DataLag) && CountsInSummary == other.CountsInSummary
        && Targets.SequenceEqual(other.Targets) && Benchmarks.SequenceEqual(other.Benchmarks) && Source == other.Source
        && NoChangeTolerance == other.NoChangeTolerance && SimilarityTolerance == other.SimilarityTolerance
        && RollingMonths == other.RollingMonths;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MeasureDefinition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Title, ValueType, Polarity, Targets.Count, RollingMonths);

    /// <summary>Why <paramref name="tolerance"/> cannot be a judgement tolerance, or <see langword="null"/> when it can.</summary>
    internal static string? ToleranceProblem(decimal? tolerance) =>
        tolerance is not { } t ? null
        : t < 0 ? $"A tolerance cannot be negative; {NumberText.Plain(t)} was given. Use 0 for none."
        : FigureRules.SetFigureProblem("The tolerance", t);

    /// <summary>Why <paramref name="months"/> cannot be the length of a measure's rolling window, or <see langword="null"/> when it can.</summary>
    /// <remarks>A scorecard builds a window from at most 64 of a measure's observations, so a longer window of monthly figures could never be shown.</remarks>
    internal static string? RollingMonthsProblem(int? months) =>
        months is < 1 or > MaxRollingMonths
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A measure's rolling window is 1 to {MaxRollingMonths} months long, such as 12 for \"rolling 12 months\"; {months} was given.")
            : null;

    // The longest window a scorecard makes up from monthly figures, as for the scorecard's own window length.
    private const int MaxRollingMonths = PeriodTiling.MaxParts;

    /// <summary>The same definition with <paramref name="benchmarks"/> in place of its own.</summary>
    internal MeasureDefinition WithBenchmarks(IEnumerable<Benchmark> benchmarks) =>
        new(Code, Title, ServiceArea, Kind, ValueType, Polarity, Frequency, PeriodType, NumeratorRule, DenominatorRule, ParentCode, Description, DataLag, CountsInSummary, Targets, benchmarks, Source, NoChangeTolerance, SimilarityTolerance, RollingMonths);

    private static void CheckTolerance(decimal? tolerance, string paramName)
    {
        if (ToleranceProblem(tolerance) is { } problem)
        {
            throw new ArgumentOutOfRangeException(paramName, tolerance, problem);
        }
    }

    /// <summary>The code and title: "CSC-07 Re-referrals within 12 months".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code + " " + Title;

    /// <summary>
    /// Every problem with a would-be definition, each with the JSON member it concerns. A part that could
    /// not be read (null value kind, polarity, target or benchmark) is skipped, so that the rest is still checked.
    /// </summary>
    internal static IEnumerable<DefinitionProblem> Problems(
        string code,
        string title,
        string serviceArea,
        ValueKind? valueKind,
        Polarity? polarity,
        bool hasDenominatorRule,
        string? parentCode,
        Period? dataLag,
        IReadOnlyList<Target?> targets,
        IReadOnlyList<Benchmark?> benchmarks,
        PeriodType? periodType,
        int? rollingMonths)
    {
        string who = code.Trim().Length > 0 ? code.Trim() : "The measure";
        if (code.Trim().Length == 0)
        {
            yield return new DefinitionProblem("code", nameof(code), "A measure needs a code, such as \"CSC-07\".");
        }

        if (title.Trim().Length == 0)
        {
            yield return new DefinitionProblem("title", nameof(title), $"{who} needs a title.");
        }

        if (serviceArea.Trim().Length == 0)
        {
            yield return new DefinitionProblem("serviceArea", nameof(serviceArea), $"{who} needs a service area, such as \"Children's Social Care\".");
        }

        if (valueKind is { } kind && kind != ValueKind.Count && !hasDenominatorRule)
        {
            yield return new DefinitionProblem("denominator", "denominatorRule", $"{who} is a {MeasureValueType.KindName(kind)}, so it needs a denominator: say how the denominator behaves over time (\"sum\", \"last\" or \"mean\").");
        }
        else if (valueKind == ValueKind.Count && hasDenominatorRule)
        {
            yield return new DefinitionProblem("denominator", "denominatorRule", $"{who} is a count, which has no denominator; remove the denominator rule or choose another value type.");
        }

        if (parentCode is not null && parentCode.Trim().Length > 0 && parentCode.Trim() == code.Trim())
        {
            yield return new DefinitionProblem("parent", nameof(parentCode), $"{who} cannot be a component of itself.");
        }

        if (dataLag is not null && (dataLag.HasTimeComponent || dataLag.Years < 0 || dataLag.Months < 0 || dataLag.Weeks < 0 || dataLag.Days < 0))
        {
            yield return new DefinitionProblem("dataLag", nameof(dataLag), $"A data lag is a length of time in whole days, weeks, months or years, not negative (\"P3M\" for three months); {dataLag} was given.");
        }
        else if (dataLag is not null && ((dataLag.Years * 12L) + dataLag.Months + (((dataLag.Weeks * 7L) + dataLag.Days) / 30.0)) > FigureRules.MaxDataLagMonths)
        {
            yield return new DefinitionProblem("dataLag", nameof(dataLag), $"A data lag can be at most ten years (\"P10Y\"); {dataLag} was given.");
        }

        if (rollingMonths is not null && periodType is { } type && type != PeriodType.RollingMonths)
        {
            yield return new DefinitionProblem(
                "rollingMonths",
                nameof(rollingMonths),
                $"{who} is reported for each {Time.Text.PeriodText.Noun(type)} (period type \"{JsonWords.PeriodTypes.Word(type)}\"), so it has no rolling window of months: remove \"rollingMonths\", or make its period type \"rollingMonths\".");
        }

        for (int j = 0; j < targets.Count; j++)
        {
            if (targets[j] is not { } target)
            {
                continue;
            }

            for (int i = 0; i < j; i++)
            {
                if (targets[i] is { } earlier && earlier.Overlaps(target))
                {
                    yield return new DefinitionProblem($"targets[{j}]", nameof(targets), $"The target for {CataloguePeriods.Describe(target)} overlaps the target for {CataloguePeriods.Describe(earlier)} (targets[{i}]): only one target can be in force on any day.");
                }
            }

            if (polarity == Polarity.None)
            {
                yield return new DefinitionProblem($"targets[{j}]", nameof(targets), $"{who} has a target but no good direction (polarity \"none\"), so the target could never be judged. Give the measure a polarity or remove the target.");
            }
            else if (polarity == Polarity.WithinRange && !target.IsRange)
            {
                yield return new DefinitionProblem($"targets[{j}].upper", nameof(targets), $"{who} is good within a range, so its target needs the top of the range (\"upper\") as well as the bottom (\"value\").");
            }
            else if (polarity is Polarity.HigherIsBetter or Polarity.LowerIsBetter && target.IsRange)
            {
                yield return new DefinitionProblem($"targets[{j}].upper", nameof(targets), $"Only a measure whose polarity is \"withinRange\" has a target range; {who} has one good direction, so remove \"upper\".");
            }

            if (target.Stretch is { } stretch)
            {
                if (polarity == Polarity.HigherIsBetter && stretch < target.Value)
                {
                    yield return new DefinitionProblem($"targets[{j}].stretch", nameof(targets), $"Higher is better for {who}, so the stretch threshold ({NumberText.Plain(stretch)}) must be at or above the target ({NumberText.Plain(target.Value)}).");
                }
                else if (polarity == Polarity.LowerIsBetter && stretch > target.Value)
                {
                    yield return new DefinitionProblem($"targets[{j}].stretch", nameof(targets), $"Lower is better for {who}, so the stretch threshold ({NumberText.Plain(stretch)}) must be at or below the target ({NumberText.Plain(target.Value)}).");
                }
            }
        }

        for (int k = 0; k < benchmarks.Count; k++)
        {
            for (int i = 0; i < k; i++)
            {
                if (benchmarks[k] is { } later && benchmarks[i] is { } earlier && earlier.Period == later.Period)
                {
                    yield return new DefinitionProblem($"benchmarks[{k}].period", nameof(benchmarks), $"There is already a benchmark for {later.Period} (benchmarks[{i}]); put all its comparators in one.");
                }
            }
        }
    }

    private static void CheckDefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{value} is not a defined {typeof(TEnum).Name}.");
        }
    }
}
