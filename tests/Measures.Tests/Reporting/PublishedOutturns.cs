using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Definitions;
using Measures.Time;
using Outturns = Measures.Tests.Definitions.PublishedOutturns;
using Measures.Observations;
using Measures.Samples;

namespace Measures.Tests.Reporting;

/// <summary>
/// Observations of the sample council's measures made from the figures published in its 2023/24 year-end
/// performance report (Rotherham MBC, Improving Lives Select Commission minutes of 30 July 2024, minute 18;
/// seed document 002_6e9f6af52e902438.txt), as kept with their line numbers in
/// tests/Measures.Tests/Definitions/Data/published-outturns-2023-24.json.
/// </summary>
/// <remarks>
/// <para>
/// The report publishes values, not counts: where it gives "91.3%", the observation holds a numerator and
/// a denominator of plausible size that give exactly that value at the measure's display decimals (see
/// <see cref="Fraction"/>). Counts it publishes ("502 children in care") are used as they are.
/// </para>
/// <para>
/// A previous value whose period is not stated (youth justice figures, "the last available data") is put in
/// the period before the current one. One whose period is of another kind than the current one's (ED-01
/// compares term 2 with "90% at outturn last year") is put in the period of the current one's kind that
/// contains the previous period's last day, since a measure's observations are all for one kind of period.
/// Outturns for windows that are not reporting periods (exclusions "by the end of term 2", EHCPs for
/// January to June 2024) have no observation here: their monthly or termly parts are not published.
/// </para>
/// </remarks>
internal static class PublishedOutturns
{
    public static readonly ReportingPeriod Year = ReportingPeriod.FinancialYear(2023);
    public static readonly ReportingPeriod LastYear = ReportingPeriod.FinancialYear(2022);

    /// <summary>The published figures that have an observation here.</summary>
    public static IReadOnlyList<Outturns.Outturn> Used { get; } =
        [.. Outturns.All.Where(o => o.Value is not null && ReportingPeriod.Parse(o.Period).Type is var t && t is not (PeriodType.AcademicYearToDate or PeriodType.DateRange))];

    /// <summary>Every observation made from the report.</summary>
    public static IReadOnlyList<Observation> Observations { get; } = [.. Used.SelectMany(Make)];

    /// <summary>
    /// The smallest numerator and denominator, with the denominator at least <paramref name="about"/>, whose
    /// value (numerator × <paramref name="per"/> ÷ denominator) rounds half away from zero to <paramref name="value"/>
    /// at <paramref name="decimals"/> places.
    /// </summary>
    public static (long Numerator, long Denominator) Fraction(decimal value, long per, int decimals, long about)
    {
        for (long d = about; d < about * 10; d++)
        {
            long n = (long)Math.Round(value * d / per, MidpointRounding.AwayFromZero);
            if (Math.Round((decimal)n * per / d, decimals, MidpointRounding.AwayFromZero) == value)
            {
                return (n, d);
            }
        }

        throw new InvalidOperationException($"No fraction near {about} gives {value}.");
    }

    /// <summary>The period of an outturn's previous value, as its observation has it.</summary>
    public static ReportingPeriod PreviousPeriod(Outturns.Outturn outturn)
    {
        var current = ReportingPeriod.Parse(outturn.Period);
        if (outturn.PreviousPeriod is not { } label)
        {
            return current.Previous();
        }

        var previous = ReportingPeriod.Parse(label);
        return previous.Type == current.Type ? previous : ReportingPeriod.Containing(current.Type, previous.End);
    }

    private static IEnumerable<Observation> Make(Outturns.Outturn outturn)
    {
        yield return Observation(outturn.Code, ReportingPeriod.Parse(outturn.Period), outturn.Value!.Value);
        if (outturn.Previous is { } previous)
        {
            yield return Observation(outturn.Code, PreviousPeriod(outturn), previous);
        }
    }

    private static Observation Observation(string code, ReportingPeriod period, decimal value)
    {
        var type = SampleCouncil.Catalogue[code].ValueType;
        switch (type.Kind)
        {
            case ValueKind.Count:
                return new Observation(code, period, (long)value, null);
            case ValueKind.Mean:
                var (days, cases) = Fraction(value, 1, type.Decimals, 20);
                return new Observation(code, period, days, cases);
            default:
                long per = type.Kind == ValueKind.Percentage ? 100 : type.RatePer ?? 1;
                long about = type.Kind == ValueKind.Rate ? (per == 10_000 ? 56_000 : 25_000) : 1_000;
                var (n, d) = Fraction(value, per, type.Decimals, about);
                return new Observation(code, period, n, d);
        }
    }
}
