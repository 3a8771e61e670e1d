using FsCheck;
using FsCheck.Fluent;

namespace Measures.Tests.Calculation;

/// <summary>A numerator and a denominator with the numerator never above the denominator.</summary>
public readonly record struct CountPair(long Numerator, long Denominator);

/// <summary>Named generators for the calculation properties.</summary>
public static class CalculationArbitraries
{
    /// <summary>Counts that are mostly small (as in a month of one team) with some very large ones.</summary>
    public static Gen<long> Counts { get; } = Gen.Frequency(
        (6, Gen.Choose(0, 200).Select(i => (long)i)),
        (3, Gen.Choose(0, int.MaxValue).Select(i => (long)i)),
        (1, Gen.Two(Gen.Choose(0, int.MaxValue)).Select(t => ((long)t.Item1 << 31) | (uint)t.Item2)));

    /// <summary>Pairs of counts with numerator ≤ denominator, including zero denominators.</summary>
    public static Arbitrary<CountPair> CountPairs() =>
        Gen.Two(Counts).Select(t => t.Item1 <= t.Item2 ? new CountPair(t.Item1, t.Item2) : new CountPair(t.Item2, t.Item1)).ToArbitrary();
}
