using FsCheck;
using FsCheck.Fluent;

namespace Measures.Tests.Calculation;

/// <summary>Generators of small published tables: one to four rows and columns, many small counts and some zeros.</summary>
public static class SuppressionArbitraries
{
    private static readonly Gen<long> Count = Gen.Frequency(
        (2, Gen.Constant(0L)),
        (4, Gen.Choose(1, 4).Select(i => (long)i)),
        (5, Gen.Choose(5, 40).Select(i => (long)i)));

    /// <summary>Tables of counts, [row, column].</summary>
    public static Arbitrary<long[,]> Tables() =>
        Gen.Two(Gen.Choose(1, 4))
            .SelectMany(size => Gen.ArrayOf(Count, size.Item1 * size.Item2).Select(cells =>
            {
                var table = new long[size.Item1, size.Item2];
                for (int i = 0; i < cells.Length; i++)
                {
                    table[i / size.Item2, i % size.Item2] = cells[i];
                }

                return table;
            }))
            .ToArbitrary();
}
