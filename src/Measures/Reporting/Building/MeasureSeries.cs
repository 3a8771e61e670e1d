using System.Collections.Generic;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Time;

namespace Measures.Reporting.Building;

/// <summary>
/// One measure's figures as reported (every organisational unit added together), by period, and their
/// composition into longer periods by the measure's temporal rules.
/// </summary>
/// <remarks>
/// <para>
/// A longer period is composed with <see cref="Aggregate.Merge(Aggregate)"/>: each reported period becomes
/// a partial aggregate of the target period marking its own position, so flows add, snapshots keep the
/// latest period present and means average the periods present, exactly as the aggregation core rolls up.
/// </para>
/// <para>
/// Figures kept apart (<see cref="ObservationStore.ReportedFigures"/>) stand for their own period only: a
/// window's figure is used for that window and never added to its months, and a value without counts is
/// shown where it was given and never added up. A longer period made up with such a value is the value when
/// the measure is a snapshot and the value is the latest part; otherwise it needs counts and has no value.
/// </para>
/// </remarks>
internal sealed class MeasureSeries
{
    private readonly Dictionary<ReportingPeriod, Aggregate> byPeriod;
    private readonly Dictionary<ReportingPeriod, Composition> keptApart;

    public MeasureSeries(string code, AggregationRule rule, Dictionary<ReportingPeriod, Aggregate> byPeriod, Dictionary<ReportingPeriod, Composition>? keptApart = null)
    {
        Code = code;
        Rule = rule;
        this.byPeriod = byPeriod;
        this.keptApart = keptApart ?? [];
    }

    public string Code { get; }

    public AggregationRule Rule { get; }

    /// <summary>Gets the period type the measure's observations are reported for.</summary>
    public PeriodType Frequency => Rule.Frequency;

    /// <summary>Whether a figure was given for exactly <paramref name="period"/> (a window's, or a value without counts).</summary>
    public bool HasFigureFor(ReportingPeriod period) => keptApart.ContainsKey(period);

    /// <summary>The whole council's figure for a period from the figures kept apart for it, every unit's together.</summary>
    public static Composition KeptApart(string code, AggregationRule rule, ReportingPeriod period, IReadOnlyList<Observations.Observation> figures)
    {
        if (figures.Count == 1 && figures[0].Value is { } value)
        {
            return new Composition(true, null, value);
        }

        long numerator = 0, denominator = 0;
        foreach (var figure in figures)
        {
            if (!figure.HasCounts)
            {
                // Values without counts for several units cannot be added into the council's figure.
                return new Composition(true, null, NeedsCounts: true);
            }

            numerator = checked(numerator + figure.Numerator);
            denominator = checked(denominator + figure.Denominator.GetValueOrDefault());
        }

        return new Composition(true, new Aggregate(code, period, string.Empty, string.Empty, rule, numerator, denominator, new Completeness(1UL, 1)));
    }

    /// <summary>The figure for <paramref name="target"/>: one given for it, or one composed from the reported periods that make it up.</summary>
    public Composition Compose(ReportingPeriod target, AcademicYearConvention convention)
    {
        if (keptApart.TryGetValue(target, out var given))
        {
            return given;
        }

        if (byPeriod.TryGetValue(target, out var reported))
        {
            return new Composition(true, reported);
        }

        var parts = PeriodTiling.Tile(target, Frequency, convention);
        if (parts is null)
        {
            return new Composition(false, null);
        }

        Aggregate? merged = null;
        int lastCounted = -1, lastWithoutCounts = -1;
        Composition withoutCounts = default;
        for (int i = 0; i < parts.Length; i++)
        {
            if (!byPeriod.TryGetValue(parts[i], out var part))
            {
                if (keptApart.TryGetValue(parts[i], out var value))
                {
                    (lastWithoutCounts, withoutCounts) = (i, value);
                }

                continue;
            }

            lastCounted = i;
            var positioned = new Aggregate(Code, target, string.Empty, string.Empty, Rule, part.HeldNumerator, part.HeldDenominator, new Completeness(1UL << i, parts.Length));
            merged = merged is { } so ? so.Merge(positioned) : positioned;
        }

        if (lastWithoutCounts < 0)
        {
            return new Composition(true, merged);
        }

        // A snapshot is its latest part: a value without counts can be that part. Anything else would add it up.
        bool snapshot = Rule.NumeratorRule == TemporalRule.Last && Rule.DenominatorRule is null or TemporalRule.Last;
        return snapshot && lastWithoutCounts > lastCounted && withoutCounts.Value is not null
            ? withoutCounts
            : snapshot && lastCounted > lastWithoutCounts ? new Composition(true, merged)
            : new Composition(true, null, NeedsCounts: true);
    }
}
