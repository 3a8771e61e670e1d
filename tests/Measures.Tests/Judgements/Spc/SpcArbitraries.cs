using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Measures.Definitions;
using Measures.Judgements.Spc;

namespace Measures.Tests.Judgements.Spc;

/// <summary>A series of 2 to 40 values with one decimal place, labelled P1, P2, …, with a polarity.</summary>
public sealed record SpcSeries(SpcValue[] Values, Polarity Polarity)
{
    public override string ToString() => Polarity + ": " + string.Join(", ", Values.Select(v => v.Value.ToString("R", CultureInfo.InvariantCulture)));
}

/// <summary>A shift c or a scale k > 0, with one decimal place.</summary>
public readonly record struct SpcConstant(double Value)
{
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>Named generators for the XmR chart properties.</summary>
public static class SpcArbitraries
{
    public static Arbitrary<SpcSeries> Series() =>
        (from count in Gen.Choose(2, 40)
         from tenths in Gen.ArrayOf(Gen.Choose(-1000, 1000), count)
         from polarity in Gen.Elements(Polarity.HigherIsBetter, Polarity.LowerIsBetter, Polarity.None)
         select new SpcSeries(XmrChartTests.Series(tenths.Select(t => t / 10.0).ToArray()), polarity)).ToArbitrary();

    public static Arbitrary<SpcConstant> Constants() =>
        Gen.Choose(1, 500).Select(n => new SpcConstant(n / 10.0)).ToArbitrary();
}
