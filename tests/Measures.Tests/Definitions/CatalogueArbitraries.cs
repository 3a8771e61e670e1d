using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Measures.Definitions;
using Measures.Tests.Judgements;
using Measures.Time;

namespace Measures.Tests.Definitions;

/// <summary>A way to break a valid catalogue document, and the path its error must name.</summary>
public enum CatalogueFault
{
    DuplicateCode,
    UnknownParent,
    PercentageWithoutDenominator,
    TargetWithoutPolarity,
    OverlappingTargetYears,
    NegativeTolerance,
    DecimalsOutOfRange,
    UnknownEnumWord,
    UnknownProperty,
}

/// <summary>A valid catalogue with a fault to introduce into measure <see cref="Index"/>, and a seed for its details.</summary>
public sealed record BrokenCatalogue(MeasureCatalogue Catalogue, CatalogueFault Fault, int Index, int Seed)
{
    public override string ToString() => $"{Fault} at measures[{Index}] (seed {Seed}) of {Catalogue.Measures.Count} measures";
}

/// <summary>Named generators of valid catalogues, with text that needs escaping and every optional part.</summary>
public static class CatalogueArbitraries
{
    private static readonly string[] Words = ["Children's", "NEET/NK", "“quoted”", "0–5", "\"Care\" leavers", "Ofsted \\ DfE", "café", "<b>&amp;</b>", "  padded  ", "tab\there", "line\nbreak", "🙂"];
    private static readonly string[] ComparatorNames = [ComparatorValue.England, ComparatorValue.StatisticalNeighbours, "Yorkshire and the Humber", "Core cities"];

    private static Gen<string> Text() =>
        from count in Gen.Choose(1, 3)
        from words in Gen.ArrayOf(Gen.Elements(Words), count)
        select string.Join(" ", words);

    private static Gen<string?> OptionalText() => Gen.OneOf(Gen.Constant<string?>(null), Text().Select(t => (string?)t));

    private static Gen<ReportingPeriod> BenchmarkPeriods() => Gen.OneOf(
        Gen.Choose(2015, 2030).Select(ReportingPeriod.FinancialYear),
        Gen.Choose(2015, 2030).Select(ReportingPeriod.CalendarYear),
        Gen.Choose(2015, 2030).Select(y => ReportingPeriod.AcademicYear(y)),
        from y in Gen.Choose(2015, 2030) from q in Gen.Choose(1, 4) select ReportingPeriod.Quarter(y, q),
        from y in Gen.Choose(2015, 2030) from m in Gen.Choose(1, 12) select ReportingPeriod.Month(y, m));

    private static Gen<Target[]> Targets(Polarity polarity) =>
        polarity == Polarity.None
            ? Gen.Constant(Array.Empty<Target>())
            : from years in Gen.SubListOf(Enumerable.Range(2018, 10).ToArray())
              from lastRunsOn in Gen.Elements(true, false)
              from values in Gen.ArrayOf(JudgementArbitraries.Decimals(10_000), years.Count)
              from widths in Gen.ArrayOf(JudgementArbitraries.NonNegativeDecimals(500), years.Count)
              from tolerances in Gen.ArrayOf(JudgementArbitraries.Tolerances(), years.Count)
              from stretches in Gen.ArrayOf(Gen.Elements(true, false), years.Count)
              from sources in Gen.ArrayOf(OptionalText(), years.Count)
              select years.Order().Select((year, i) =>
              {
                  bool onwards = lastRunsOn && i == years.Count - 1;
                  var period = ReportingPeriod.FinancialYear(year);
                  return polarity switch
                  {
                      Polarity.WithinRange => new Target(period, values[i], tolerances[i], upperValue: values[i] + widths[i], onwards: onwards, source: sources[i]),
                      Polarity.HigherIsBetter => new Target(period, values[i], tolerances[i], stretches[i] ? values[i] + widths[i] : null, onwards: onwards, source: sources[i]),
                      _ => new Target(period, values[i], tolerances[i], stretches[i] ? values[i] - widths[i] : null, onwards: onwards, source: sources[i]),
                  };
              }).ToArray();

    private static Gen<Benchmark> Benchmark(ReportingPeriod period) =>
        from names in Gen.SubListOf(ComparatorNames)
        from values in Gen.ArrayOf(JudgementArbitraries.Decimals(10_000), names.Count)
        from quartiles in Gen.OneOf(
            Gen.Constant<QuartileBoundaries?>(null),
            from three in Gen.ArrayOf(JudgementArbitraries.Decimals(1000), 3) let sorted = three.Order().ToArray() select (QuartileBoundaries?)new QuartileBoundaries(sorted[0], sorted[1], sorted[2]))
        from band in Gen.OneOf(Gen.Constant<QuartileBand?>(null), Gen.Elements(Enum.GetValues<QuartileBand>()).Select(b => (QuartileBand?)b))
        from source in OptionalText()
        select new Benchmark(period, names.Select((n, i) => new ComparatorValue(n, values[i])), quartiles, band, source);

    private static Gen<MeasureDefinition> Measure(int index, string? parent) =>
        from valueType in JudgementArbitraries.ValueTypes()
        from polarity in Gen.Elements(Enum.GetValues<Polarity>())
        from kind in Gen.Elements(Enum.GetValues<MeasureKind>())
        from frequency in Gen.Elements(Enum.GetValues<ReportingFrequency>())
        from periodType in Gen.Elements(Enum.GetValues<PeriodType>())
        from numerator in Gen.Elements(Enum.GetValues<TemporalRule>())
        from denominator in Gen.Elements(Enum.GetValues<TemporalRule>())
        from title in Text()
        from area in Gen.Elements("Early Help", "Children's Social Care", "Education", "Inclusion")
        from description in Gen.OneOf(Gen.Constant(""), Text())
        from lag in Gen.OneOf(Gen.Constant<NodaTime.Period?>(null), Gen.Choose(1, 18).Select(n => (NodaTime.Period?)NodaTime.Period.FromMonths(n)), Gen.Choose(1, 8).Select(n => (NodaTime.Period?)NodaTime.Period.FromWeeks(n)))
        from counts in Gen.OneOf(Gen.Constant<bool?>(null), Gen.Elements<bool?>(true, false))
        from targets in Targets(polarity)
        from periods in Gen.SubListOf(Enumerable.Range(0, 6).ToArray())
        from benchmarkPeriods in Gen.ArrayOf(BenchmarkPeriods(), periods.Count)
        from benchmarks in Gen.CollectToArray(benchmarkPeriods.Distinct(), Benchmark)
        from source in OptionalText()
        from window in Gen.Frequency(
            (2, Gen.Constant<int?>(null)),
            (2, Gen.Elements<int?>(3, 6, 12, 24)),
            (1, Gen.Choose(1, 64).Select(n => (int?)n)))
        select new MeasureDefinition(
            $"M-{index:00}", title, area, kind, valueType, polarity, frequency, periodType, numerator,
            valueType.HasDenominator ? denominator : null, parent, description, lag, counts, targets, benchmarks, source,
            rollingMonths: periodType == PeriodType.RollingMonths ? window : null);

    private static Gen<MeasureCatalogue> Catalogues(int minimumMeasures) =>
        from count in Gen.Choose(minimumMeasures, 6)
        from parentChoices in Gen.ArrayOf(Gen.Choose(-1, 5), count)
        from measures in Gen.CollectToArray(Enumerable.Range(0, count), i =>
            Measure(i, parentChoices[i] >= 0 && parentChoices[i] < i ? $"M-{parentChoices[i]:00}" : null))
        from name in Gen.OneOf(Gen.Constant(""), Text())
        from description in Gen.OneOf(Gen.Constant(""), Text())
        from schema in Gen.Elements<string?>(null, "../docs/reference/catalogue.schema.json")
        select new MeasureCatalogue(measures, name, description, schema);

    /// <summary>Any valid catalogue, including an empty one.</summary>
    public static Arbitrary<MeasureCatalogue> Catalogue() => Catalogues(0).ToArbitrary();

    /// <summary>A valid catalogue of at least two measures, a fault to introduce and where.</summary>
    public static Arbitrary<BrokenCatalogue> Broken() =>
        (from catalogue in Catalogues(2)
         from fault in Gen.Elements(Enum.GetValues<CatalogueFault>())
         from index in Gen.Choose(1, catalogue.Measures.Count - 1)
         from seed in Gen.Choose(0, 1000)
         select new BrokenCatalogue(catalogue, fault, index, seed)).ToArbitrary();
}
