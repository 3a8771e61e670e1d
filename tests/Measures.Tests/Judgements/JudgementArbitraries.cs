using System;
using FsCheck;
using FsCheck.Fluent;
using Measures.Definitions;
using Measures.Time;

namespace Measures.Tests.Judgements;

/// <summary>A target with the polarity and value type it is judged under.</summary>
public sealed record TargetScenario(Polarity Polarity, Target Target, MeasureValueType ValueType)
{
    public override string ToString() => $"{Polarity} {Target} {ValueType}";
}

/// <summary>A measured value: a decimal with up to three places, as councils' figures are.</summary>
public readonly record struct MeasuredValue(decimal Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Named generators for the judgement properties.</summary>
public static class JudgementArbitraries
{
    private static readonly ReportingPeriod Year = ReportingPeriod.FinancialYear(2023);

    internal static Gen<decimal> Decimals(int maxMagnitude) =>
        from n in Gen.Choose(-maxMagnitude, maxMagnitude)
        from scale in Gen.Choose(0, 3)
        select n / Pow10(scale);

    internal static Gen<decimal> NonNegativeDecimals(int max) =>
        from n in Gen.Choose(0, max)
        from scale in Gen.Choose(0, 2)
        select n / Pow10(scale);

    internal static Gen<ToleranceBand> Tolerances() =>
        Gen.OneOf(
            Gen.Constant(ToleranceBand.None),
            NonNegativeDecimals(1000).Select(ToleranceBand.Points),
            Gen.Choose(0, 50).Select(n => ToleranceBand.FractionOfTarget(n / 100m)));

    internal static Gen<MeasureValueType> ValueTypes() =>
        from kind in Gen.Elements(ValueKind.Percentage, ValueKind.Rate, ValueKind.Mean, ValueKind.Count)
        from decimals in Gen.Choose(0, 3)
        select kind switch
        {
            ValueKind.Percentage => MeasureValueType.Percentage(decimals),
            ValueKind.Rate => MeasureValueType.Rate(10_000, "children aged under 18", decimals),
            ValueKind.Mean => MeasureValueType.Mean("days", decimals),
            _ => MeasureValueType.Count("children", decimals),
        };

    /// <summary>A single target (no range) under higher- or lower-is-better, with or without a stretch threshold.</summary>
    public static Arbitrary<TargetScenario> Targets() =>
        (from polarity in Gen.Elements(Polarity.HigherIsBetter, Polarity.LowerIsBetter)
         from value in Decimals(20_000)
         from tolerance in Tolerances()
         from stretchGap in Gen.OneOf(Gen.Constant<decimal?>(null), NonNegativeDecimals(2000).Select(d => (decimal?)d))
         from valueType in ValueTypes()
         let stretch = stretchGap is { } gap ? (polarity == Polarity.HigherIsBetter ? value + gap : value - gap) : (decimal?)null
         select new TargetScenario(polarity, new Target(Year, value, tolerance, stretch), valueType)).ToArbitrary();

    public static Arbitrary<MeasuredValue> Values() =>
        Decimals(30_000).Select(v => new MeasuredValue(v)).ToArbitrary();

    public static Arbitrary<Polarity> AnyPolarity() =>
        Gen.Elements(Enum.GetValues<Polarity>()).ToArbitrary();

    private static decimal Pow10(int scale) => scale switch
    {
        0 => 1m,
        1 => 10m,
        2 => 100m,
        _ => 1000m,
    };
}
