namespace Measures.Indicators;

/// <summary>Why a figure is absent from a result: the file the return lacks, or the population a rate needs.</summary>
/// <param name="MeasureCode">The measure whose figure is absent ("cla-31-march-rate").</param>
/// <param name="Reason">Why, in words an analyst can act on.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record IndicatorNote(string MeasureCode, string Reason)
{
    /// <summary>The note as text: "cla-31-march-rate: no population was given".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => MeasureCode + ": " + Reason;
}
