using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Definitions;

namespace Measures.Judgements;

/// <summary>
/// A council's quartile band among all councils as the DfE's local authority interactive tool (LAIT) works it out:
/// the quartiles of all councils' values (linearly interpolated, R's default), then A for the best quarter after
/// polarity. Lower is better: A up to and including the lower quartile, B up to the median, C up to the upper
/// quartile, D above. Higher is better: A above the upper quartile, B above the median, C above the lower quartile,
/// D at or below it. A value on a boundary therefore falls in the lower-valued band, whichever way is good.
/// </summary>
internal static class LaitQuartileBands
{
    /// <summary>The band of <paramref name="value"/> among <paramref name="values"/>; null without a single good direction or without values.</summary>
    public static QuartileBand? BandOf(decimal value, IReadOnlyList<decimal> values, Polarity polarity)
    {
        if (polarity is not (Polarity.HigherIsBetter or Polarity.LowerIsBetter) || values.Count == 0)
        {
            return null;
        }

        decimal[] sorted = [.. values.Order()];
        return BandOf(value, Quantile(sorted, 1), Quantile(sorted, 2), Quantile(sorted, 3), polarity);
    }

    /// <summary>The band of <paramref name="value"/> given the lower quartile, median and upper quartile; null without a single good direction.</summary>
    public static QuartileBand? BandOf(decimal value, decimal lower, decimal median, decimal upper, Polarity polarity) => polarity switch
    {
        Polarity.LowerIsBetter => value <= lower ? QuartileBand.A : value <= median ? QuartileBand.B : value <= upper ? QuartileBand.C : QuartileBand.D,
        Polarity.HigherIsBetter => value > upper ? QuartileBand.A : value > median ? QuartileBand.B : value > lower ? QuartileBand.C : QuartileBand.D,
        _ => null,
    };

    /// <summary>
    /// The <paramref name="quarter"/>th quartile of sorted values by linear interpolation between order statistics
    /// (Hyndman and Fan's type 7, R's <c>quantile</c> default): position (n − 1) × quarter / 4 from the first, counting from 0.
    /// </summary>
    public static decimal Quantile(IReadOnlyList<decimal> sorted, int quarter)
    {
        int steps = (sorted.Count - 1) * quarter;
        int below = steps / 4;
        decimal fraction = (steps % 4) / 4m;
        return fraction == 0 ? sorted[below] : sorted[below] + (fraction * (sorted[below + 1] - sorted[below]));
    }
}
