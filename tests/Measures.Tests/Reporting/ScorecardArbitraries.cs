using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Measures.Calculation;
using Measures.Definitions;
using Measures.Time;
using Measures.Observations;

namespace Measures.Tests.Reporting;

/// <summary>
/// A random month-by-month history of a small catalogue, two years long (April 2022 to March 2024), with
/// counts small enough that many fall below a suppression threshold, some months missing, and figures split
/// between two teams; a period to build the scorecard for; and a suppression policy.
/// </summary>
public sealed record ScorecardCase(Observation[] Observations, ReportingPeriod Period, SuppressionPolicy Policy, int Seed)
{
    /// <summary>Gets the catalogue every case uses: a flow and a snapshot percentage, a rate, a count, an average of snapshots and a mean.</summary>
    public static MeasureCatalogue Catalogue { get; } = ScorecardTestMeasures.Catalogue(
        ScorecardTestMeasures.Flow(),
        ScorecardTestMeasures.Snapshot(),
        ScorecardTestMeasures.RateOfFlow(),
        ScorecardTestMeasures.Count(),
        ScorecardTestMeasures.Averaged(),
        new MeasureDefinition(
            "DAYS", "Average days to a decision", "Children's Social Care", MeasureKind.Local, MeasureValueType.Mean("days"), Polarity.LowerIsBetter,
            ReportingFrequency.Monthly, PeriodType.Month, TemporalRule.Sum, TemporalRule.Sum));

    /// <summary>Gets the observations in another order.</summary>
    public Observation[] Shuffled()
    {
        var copy = (Observation[])Observations.Clone();
        new Random(Seed ^ 0x5EED).Shuffle(copy);
        return copy;
    }

    public override string ToString() => $"{Observations.Length} observations for {Period} ({Policy}; seed {Seed})";
}

/// <summary>The named arbitraries of the reporting area.</summary>
public static class ScorecardArbitraries
{
    private static readonly ReportingPeriod[] Periods =
    [
        ReportingPeriod.FinancialYear(2023), ReportingPeriod.FinancialYear(2022),
        ReportingPeriod.Quarter(2023, 4), ReportingPeriod.Quarter(2023, 1),
        ReportingPeriod.Month(2024, 3), ReportingPeriod.Month(2023, 9), ReportingPeriod.Month(2023, 4),
    ];

    /// <summary>Cases of every density, with thresholds from 3 to 10 and counts shown as they are or to the nearest 5.</summary>
    public static Arbitrary<ScorecardCase> Cases() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from density in Gen.Choose(20, 100)
         from period in Gen.Elements(Periods)
         from threshold in Gen.Choose(3, 10)
         from roundTo in Gen.Elements(1, 5)
         from zeros in Gen.Elements(false, true)
         select new ScorecardCase(Make(seed, density), period, new SuppressionPolicy(threshold, roundTo, zeros), seed)).ToArbitrary();

    /// <summary>The months of the case histories, April 2022 to March 2024.</summary>
    public static IEnumerable<ReportingPeriod> Months() => Enumerable.Range(0, 24).Select(i => ReportingPeriod.Month(2022 + ((i + 3) / 12), ((i + 3) % 12) + 1));

    private static Observation[] Make(int seed, int density)
    {
        var random = new Random(seed);
        var observations = new List<Observation>();
        foreach (var month in Months())
        {
            foreach (var measure in ScorecardCase.Catalogue.Measures)
            {
                if (random.Next(100) >= density)
                {
                    continue;
                }

                // Mostly small counts, now and then a larger one, split between two teams now and then.
                long numerator = random.Next(4) == 0 ? random.Next(0, 60) : random.Next(0, 12);
                long? denominator = measure.ValueType.Kind switch
                {
                    ValueKind.Count => null,
                    ValueKind.Rate => random.Next(800, 1200),
                    ValueKind.Mean => random.Next(0, 8),
                    _ => numerator + random.Next(0, 10),
                };
                if (measure.ValueType.Kind == ValueKind.Mean)
                {
                    numerator = denominator == 0 ? 0 : numerator * 10;
                }

                if (random.Next(3) == 0)
                {
                    long half = numerator / 2;
                    long? halfDenominator = denominator is { } d ? (measure.ValueType.Kind == ValueKind.Rate ? d / 2 : Math.Max(half, d / 2)) : null;
                    if (measure.ValueType.Kind == ValueKind.Mean)
                    {
                        halfDenominator = denominator / 2;
                        half = halfDenominator == 0 ? 0 : half;
                    }

                    observations.Add(new Observation(measure.Code, month, half, halfDenominator, "North"));
                    observations.Add(new Observation(measure.Code, month, numerator - half, denominator - halfDenominator, "South"));
                }
                else
                {
                    observations.Add(new Observation(measure.Code, month, numerator, denominator, "North"));
                }
            }
        }

        return [.. observations];
    }
}
