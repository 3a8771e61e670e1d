using FsCheck;
using FsCheck.Fluent;
using Measures.Calculation;
using NodaTime;

namespace Measures.Tests.Calculation;

/// <summary>Generators of case records across the 2023/24 financial year and either side of it.</summary>
public static class RecordArbitraries
{
    private static readonly LocalDate Origin = new(2023, 1, 1);

    private static Gen<CaseRecord> Record(int id) =>
        from startOffset in Gen.Choose(0, 600)
        from days in Gen.Frequency((1, Gen.Constant(-1)), (8, Gen.Choose(0, 40)), (1, Gen.Choose(41, 200)))
        from child in Gen.Choose(1, 40)
        from unit in Gen.Elements("North", "South", "")
        from exception in Gen.Frequency((9, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>("Exception under regulation 13(3)")))
        let start = Origin.PlusDays(startOffset)
        select new CaseRecord($"R{id}", $"C{child}", start, days < 0 ? null : start.PlusDays(days), unit, exception);

    /// <summary>Up to 200 records with distinct identifiers.</summary>
    public static Arbitrary<CaseRecord[]> Records() =>
        Gen.Choose(0, 200).SelectMany(n => Gen.CollectToArray(System.Linq.Enumerable.Range(0, n), Record)).ToArbitrary();
}
