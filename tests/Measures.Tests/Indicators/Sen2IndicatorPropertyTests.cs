using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Indicators;
using Measures.Returns.Sen2;
using Measures.Time;
using NodaTime;

namespace Measures.Tests.Indicators;

/// <summary>Small random SEN2 returns: a few persons, each with requests in 2022 to 2024 and plans 0 to 300 days after them.</summary>
public static class Sen2Arbitraries
{
    private static readonly LocalDate Origin = new(2022, 1, 1);

    private static Gen<Sen2Request> Requests =>
        from received in Gen.Choose(0, 1000)
        from planCount in Gen.Choose(0, 2)
        from plans in Gen.ArrayOf(Gen.Choose(0, 300).Zip(Gen.Elements<bool?>(true, false, null)).Zip(Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))), planCount)
        let day = Origin.PlusDays(received)
        select new Sen2Request(day, "A", null, [new Sen2Assessment("Y", null, [.. plans.Select(p => new Sen2Plan(day.PlusDays(p.Item1.Item1), p.Item2, p.Item1.Item2))])]);

    public static Gen<Sen2Return> Returns =>
        from count in Gen.Choose(1, 6)
        from persons in Gen.ArrayOf(Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Requests, n)).Zip(Gen.Elements<string?>("F", "M", null)), count)
        select new Sen2Return { Persons = [.. persons.Select((p, i) => new Sen2Person("P" + i, new LocalDate(2010, 1, 1).PlusDays(i * 400), p.Item2, [.. p.Item1]))] };

    public static Arbitrary<Sen2Return> ReturnArbitrary() => Returns.ToArbitrary();

    public static Arbitrary<ReportingPeriod> PeriodArbitrary() =>
        Gen.Elements(ReportingPeriod.CalendarYear(2022), ReportingPeriod.CalendarYear(2023), ReportingPeriod.FinancialYear(2023), ReportingPeriod.Quarter(2024, 1)).ToArbitrary();
}

/// <summary>The laws of the SEN2 indicators: person order changes nothing, every plan in time is in the denominator, and the headline's plans are among those counted with exceptions.</summary>
public sealed class Sen2IndicatorPropertyTests
{
    private static string Figures(IndicatorResult result) => string.Join(";", result.Observations.Select(o => $"{o.MeasureCode}={o.Numerator}/{o.Denominator}"));

    [Property(Arbitrary = [typeof(Sen2Arbitraries)])]
    public bool PersonOrderChangesNothing(Sen2Return sen2, ReportingPeriod period)
    {
        var reversed = new Sen2Return { Persons = [.. sen2.Persons.Reverse()] };
        return Figures(Sen2Indicators.Compute(sen2, period)) == Figures(Sen2Indicators.Compute(reversed, period));
    }

    [Property(Arbitrary = [typeof(Sen2Arbitraries)])]
    public bool NumeratorIsWithinDenominatorAndExplanationsAddUp(Sen2Return sen2, ReportingPeriod period)
    {
        var result = Sen2Indicators.Compute(sen2, period);
        foreach (string code in Sen2Indicators.MeasureCodes)
        {
            var explanation = result.Explain(code);
            var observation = result.Find(code)!.Value;
            var denominator = explanation.Denominator!.Select(c => c.ToString()).ToHashSet();
            if (!explanation.Numerator.All(c => denominator.Contains(c.ToString()))
                || explanation.NumeratorValue != observation.Numerator || explanation.Denominator!.Count != observation.Denominator)
            {
                return false;
            }
        }

        var headline = result.Explain(Sen2Indicators.Within20Weeks).Denominator!.Select(c => c.ToString()).ToHashSet();
        return headline.IsSubsetOf(result.Explain(Sen2Indicators.Within20WeeksIncludingExceptions).Denominator!.Select(c => c.ToString()));
    }
}
