using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Measures.Comparators;
using Measures.Definitions;
using Measures.Judgements;

namespace Measures.Tests.Comparators;

/// <summary>Every council's published value, a few decimals each, with ties likely.</summary>
public sealed record CouncilValues(decimal[] Values)
{
    public override string ToString() => string.Join(", ", Values);
}

/// <summary>Named generators for the comparator properties.</summary>
public static class ComparatorArbitraries
{
    public static Arbitrary<CouncilValues> CouncilValues() =>
        (from n in Gen.Choose(1, 160)
         from values in Gen.Choose(0, 40).Select(v => v / 2m).ArrayOf(n)
         select new CouncilValues(values)).ToArbitrary();

    public static Arbitrary<Polarity> Polarities() => Gen.Elements(Polarity.HigherIsBetter, Polarity.LowerIsBetter).ToArbitrary();
}

public sealed class ComparatorProperties
{
    [Property(Arbitrary = [typeof(ComparatorArbitraries)])]
    public bool Rank_is_one_more_than_the_councils_strictly_better(CouncilValues councils, Polarity polarity) =>
        councils.Values.All(v =>
            ComparatorTable.Rank(v, councils.Values, polarity)!.Value.Position
            == 1 + councils.Values.Count(o => polarity == Polarity.HigherIsBetter ? o > v : o < v));

    [Property(Arbitrary = [typeof(ComparatorArbitraries)])]
    public bool Flipping_polarity_and_negating_values_keeps_every_rank(CouncilValues councils, Polarity polarity)
    {
        var flipped = polarity == Polarity.HigherIsBetter ? Polarity.LowerIsBetter : Polarity.HigherIsBetter;
        var negated = councils.Values.Select(v => -v).ToArray();
        return councils.Values.All(v => ComparatorTable.Rank(v, councils.Values, polarity) == ComparatorTable.Rank(-v, negated, flipped));
    }

    [Property(Arbitrary = [typeof(ComparatorArbitraries)])]
    public bool Equal_values_share_a_rank_and_say_so(CouncilValues councils, Polarity polarity) =>
        councils.Values.All(v =>
            ComparatorTable.Rank(v, councils.Values, polarity)!.Value.IsShared == (councils.Values.Count(o => o == v) > 1));

    [Property(Arbitrary = [typeof(ComparatorArbitraries)])]
    public bool A_better_value_never_has_a_worse_rank_or_band(CouncilValues councils, Polarity polarity) =>
        councils.Values.All(a => councils.Values.All(b =>
            !(polarity == Polarity.HigherIsBetter ? a > b : a < b)
            || (ComparatorTable.Rank(a, councils.Values, polarity)!.Value.Position < ComparatorTable.Rank(b, councils.Values, polarity)!.Value.Position
                && QuartileBanding.BandOf(a, councils.Values, polarity) <= QuartileBanding.BandOf(b, councils.Values, polarity)
                && LaitQuartileBands.BandOf(a, councils.Values, polarity) <= LaitQuartileBands.BandOf(b, councils.Values, polarity))));

    [Property(Arbitrary = [typeof(ComparatorArbitraries)])]
    public bool The_quartiles_lie_in_order_within_the_values(CouncilValues councils)
    {
        decimal[] sorted = [.. councils.Values.Order()];
        decimal lower = LaitQuartileBands.Quantile(sorted, 1), median = LaitQuartileBands.Quantile(sorted, 2), upper = LaitQuartileBands.Quantile(sorted, 3);
        return sorted[0] <= lower && lower <= median && median <= upper && upper <= sorted[^1];
    }

    // When higher is better, band A is the councils strictly above the upper quartile: never more than a quarter
    // of them and one (ties on the quartile fall below it). When lower is better, ties on the lower quartile are all A.
    [Property(Arbitrary = [typeof(ComparatorArbitraries)])]
    public bool When_higher_is_better_no_more_than_a_quarter_and_one_are_in_band_A(CouncilValues councils) =>
        councils.Values.Count(v => LaitQuartileBands.BandOf(v, councils.Values, Polarity.HigherIsBetter) == QuartileBand.A) <= (councils.Values.Length / 4m) + 1;
}
