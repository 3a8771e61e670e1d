using System;
using System.Collections.Generic;
using System.Linq;
using Measures.Definitions;
using Measures.Internal;

namespace Measures.Judgements;

/// <summary>
/// A council's quartile band (A best … D worst, after polarity) from the quartiles of all councils'
/// values, or from the values themselves.
/// </summary>
/// <remarks>
/// As the DfE's local authority interactive tool (LAIT) bands: a value on a quartile boundary falls in the
/// lower-valued band, whichever direction is good. Measures with no single good direction have no band. This type is stateless and thread-safe.
/// </remarks>
public static class QuartileBanding
{
    /// <summary>
    /// The band of <paramref name="value"/> given the quartiles of all councils' values, as the DfE's local authority
    /// interactive tool (LAIT) bands: lower is better, A up to and including the lower quartile, B up to the median, C
    /// up to the upper quartile, D above; higher is better, A above the upper quartile, B above the median, C above
    /// the lower quartile, D at or below it. A value on a boundary falls in the lower-valued band.
    /// </summary>
    /// <param name="value">The council's value.</param>
    /// <param name="quartiles">The lower quartile, median and upper quartile of all councils' values.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The band, or <see langword="null"/> when the polarity is <see cref="Polarity.None"/> or <see cref="Polarity.WithinRange"/>.</returns>
    public static QuartileBand? BandOf(decimal value, QuartileBoundaries quartiles, Polarity polarity) =>
        LaitQuartileBands.BandOf(value, quartiles.Lower, quartiles.Median, quartiles.Upper, polarity);

    /// <summary>
    /// The band of <paramref name="value"/> among all councils' values, as LAIT works it out: against the quartiles of
    /// the values, linearly interpolated (R's default), banded as <see cref="BandOf(decimal, QuartileBoundaries, Polarity)"/>.
    /// The values are enumerated once.
    /// </summary>
    /// <param name="value">The council's value.</param>
    /// <param name="allCouncilValues">Every council's value, usually including this one.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The band, or <see langword="null"/> when the polarity is <see cref="Polarity.None"/> or <see cref="Polarity.WithinRange"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="allCouncilValues"/> is empty.</exception>
    public static QuartileBand? BandOf(decimal value, IEnumerable<decimal> allCouncilValues, Polarity polarity)
    {
        Preconditions.CheckNotNull(allCouncilValues);
        var values = allCouncilValues.ToList();
        if (polarity is not (Polarity.HigherIsBetter or Polarity.LowerIsBetter))
        {
            return null;
        }

        Preconditions.CheckArgument(values.Count > 0, nameof(allCouncilValues), "A band needs at least one council's value to rank against.");
        return LaitQuartileBands.BandOf(value, values, polarity);
    }
}
