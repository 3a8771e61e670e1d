using Measures.Observations;

namespace Measures.Indicators;

/// <summary>
/// An indicator's figures for one value of one breakdown ("Sex", "2"): the children of the whole figure whose
/// value it is. Within one dimension the values add up to the whole figure (a child without the value is in
/// "unknown"); across dimensions they overlap, so add one dimension at a time to an observation store.
/// </summary>
/// <param name="Dimension">The breakdown: "sex", "age", "legal-status" or "placement".</param>
/// <param name="Value">The value: the code as the return writes it ("1", "C2", "U1"), an age band ("10-15"), or "unknown".</param>
/// <param name="Observation">The figures for that value.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record BreakdownObservation(string Dimension, string Value, Observation Observation)
{
    /// <summary>Gets the breakdown string for <c>ObservationStoreBuilder.Add(observation, breakdown)</c>: "sex=2".</summary>
    public string Breakdown => Dimension + "=" + Value;
}
