using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Measures.Definitions;
using Measures.Tests.Time;
using Measures.Observations;

namespace Measures.Tests.Observations;

/// <summary>A list of observations with no two for the same measure, period and unit, as a file holds them.</summary>
public sealed record ObservationFile(IReadOnlyList<Observation> Observations)
{
    public override string ToString() => string.Join("; ", Observations.Select(o => $"{o.MeasureCode}|{o.Period}|{o.OrganisationalUnit}|{o.Numerator}|{o.Denominator}|{o.Value}"));
}

/// <summary>Named generators for observation files.</summary>
public static class ObservationArbitraries
{
    // Codes and units as councils write them, and some that a CSV writer must quote.
    private static readonly string[] Codes = ["CSC-07", "EH-01", "Indicator 25", "NI 062", "PI,3", "say \"hi\"", "Ö-1", "a"];
    private static readonly string[] Units = ["", "", "North locality", "Team A, east", "Line\nbreak", "\"Quoted\" team", "Café"];

    public static Arbitrary<Observation> Observation() => ObservationGen.ToArbitrary();

    public static Arbitrary<ObservationFile> File() =>
        ObservationGen.ListOf()
            .Select(list => new ObservationFile([.. list.DistinctBy(o => (o.MeasureCode, o.Period, o.OrganisationalUnit))]))
            .ToArbitrary();

    private static Gen<long> Figure => Gen.Frequency(
        (6, Gen.Choose(0, 5_000).Select(i => (long)i)),
        (1, ArbMap.Default.GeneratorFor<long>().Select(l => l == long.MinValue ? 0 : System.Math.Abs(l))));

    // A value given without counts keeps the decimals it was given: 9, 9.0 and 76.80 all round trip as written.
    private static Gen<decimal> GivenValue =>
        from whole in Gen.Choose(0, 100_000)
        from scale in Gen.Choose(0, 4)
        select new decimal(whole, 0, 0, false, (byte)scale);

    private static Gen<Observation> WithCounts =>
        from code in Gen.Elements(Codes)
        from period in PeriodArbitraries.Period().Generator
        from unit in Gen.Elements(Units)
        from numerator in Figure
        from denominator in Gen.Frequency((1, Gen.Constant<long?>(null)), (3, Figure.Select(f => (long?)f)))
        select new Observation(code, period, numerator, denominator, unit);

    private static Gen<Observation> ValueOnly =>
        from code in Gen.Elements(Codes)
        from period in PeriodArbitraries.Period().Generator
        from unit in Gen.Elements(Units)
        from value in GivenValue
        select Measures.Observations.Observation.ValueOnly(code, period, value, unit);

    private static Gen<Observation> ObservationGen => Gen.Frequency((5, WithCounts), (1, ValueOnly));
}
