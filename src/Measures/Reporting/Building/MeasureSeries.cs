using System.Collections.Generic;
using Measures.Aggregation;
using Measures.Time;

namespace Measures.Reporting.Building;

/// <summary>
/// One measure's aggregates as reported (every organisational unit added together), by period, and
/// their composition into longer periods by the measure's temporal rules.
/// </summary>
/// <remarks>
/// A longer period is composed with <see cref="Aggregate.Merge(Aggregate)"/>: each reported period becomes
/// a partial aggregate of the target period marking its own position, so flows add, snapshots keep the
/// latest period present and means average the periods present, exactly as the aggregation core rolls up.
/// </remarks>
internal sealed class MeasureSeries
{
    private readonly Dictionary<ReportingPeriod, Aggregate> byPeriod;

    public MeasureSeries(string code, AggregationRule rule, Dictionary<ReportingPeriod, Aggregate> byPeriod)
    {
        Code = code;
        Rule = rule;
        this.byPeriod = byPeriod;
    }

    public string Code { get; }

    public AggregationRule Rule { get; }

    /// <summary>Gets the period type the measure's observations are reported for.</summary>
    public PeriodType Frequency => Rule.Frequency;

    /// <summary>The aggregate for <paramref name="target"/>, composed from the reported periods that make it up.</summary>
    public Composition Compose(ReportingPeriod target, AcademicYearConvention convention)
    {
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
        for (int i = 0; i < parts.Length; i++)
        {
            if (!byPeriod.TryGetValue(parts[i], out var part))
            {
                continue;
            }

            var positioned = new Aggregate(Code, target, string.Empty, string.Empty, Rule, part.HeldNumerator, part.HeldDenominator, new Completeness(1UL << i, parts.Length));
            merged = merged is { } so ? so.Merge(positioned) : positioned;
        }

        return new Composition(true, merged);
    }
}
