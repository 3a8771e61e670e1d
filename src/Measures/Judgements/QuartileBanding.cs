using System;
using System.Collections.Generic;
using Measures.Definitions;
using Measures.Internal;

namespace Measures.Judgements;

/// <summary>
/// A council's quartile band (A best … D worst, after polarity) from the quartiles of all councils'
/// values, or from the values themselves.
/// </summary>
/// <remarks>
/// A value on a quartile boundary takes the better band, as a value on its target is green.
/// Measures with no single good direction have no band. This type is stateless and thread-safe.
/// </remarks>
public static class QuartileBanding
{
    /// <summary>The band of <paramref name="value"/> given the quartiles of all councils' values.</summary>
    /// <param name="value">The council's value.</param>
    /// <param name="quartiles">The lower quartile, median and upper quartile of all councils' values.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The band, or <see langword="null"/> when the polarity is <see cref="Polarity.None"/> or <see cref="Polarity.WithinRange"/>.</returns>
    public static QuartileBand? BandOf(decimal value, QuartileBoundaries quartiles, Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter =>
            value >= quartiles.Upper ? QuartileBand.A : value >= quartiles.Median ? QuartileBand.B : value >= quartiles.Lower ? QuartileBand.C : QuartileBand.D,
        Polarity.LowerIsBetter =>
            value <= quartiles.Lower ? QuartileBand.A : value <= quartiles.Median ? QuartileBand.B : value <= quartiles.Upper ? QuartileBand.C : QuartileBand.D,
        _ => null,
    };

    /// <summary>
    /// The band of <paramref name="value"/> among all councils' values, by rank: the share of councils
    /// strictly better than this value decides the band (under a quarter is A, under a half B, under
    /// three quarters C, otherwise D). The values are enumerated once.
    /// </summary>
    /// <param name="value">The council's value.</param>
    /// <param name="allCouncilValues">Every council's value, usually including this one.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The band, or <see langword="null"/> when the polarity is <see cref="Polarity.None"/> or <see cref="Polarity.WithinRange"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="allCouncilValues"/> is empty.</exception>
    public static QuartileBand? BandOf(decimal value, IEnumerable<decimal> allCouncilValues, Polarity polarity)
    {
        Preconditions.CheckNotNull(allCouncilValues);
        if (polarity is not (Polarity.HigherIsBetter or Polarity.LowerIsBetter))
        {
            return null;
        }

        long count = 0;
        long better = 0;
        foreach (decimal other in allCouncilValues)
        {
            count++;
            if (polarity == Polarity.HigherIsBetter ? other > value : other < value)
            {
                better++;
            }
        }

        Preconditions.CheckArgument(count > 0, nameof(allCouncilValues), "A band needs at least one council's value to rank against.");
        long quarter = Math.Min(3, 4 * better / count);
        return (QuartileBand)(quarter + 1);
    }
}
