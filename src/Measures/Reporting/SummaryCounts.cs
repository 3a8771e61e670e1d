using System.Globalization;

namespace Measures.Reporting;

/// <summary>
/// Counts of a scorecard's measures by RAG status and by direction of travel, as councils publish them.
/// RAG counts cover the measures with a target; direction counts cover the measures with a good direction.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct SummaryCounts
{
    /// <summary>Gets how many measures the summary covers (those not left out).</summary>
    public int Measures { get; init; }

    /// <summary>Gets how many measures are green.</summary>
    public int Green { get; init; }

    /// <summary>Gets how many measures are amber.</summary>
    public int Amber { get; init; }

    /// <summary>Gets how many measures are red.</summary>
    public int Red { get; init; }

    /// <summary>Gets how many measures are blue (at or beyond a stretch threshold).</summary>
    public int Blue { get; init; }

    /// <summary>Gets how many measures have a target but no value to rate: no data, nothing to divide by, or suppressed.</summary>
    public int NoValue { get; init; }

    /// <summary>Gets how many measures have no target (or no good direction) and so are left out of the RAG counts.</summary>
    public int WithoutTarget { get; init; }

    /// <summary>Gets how many measures with a good direction are improving.</summary>
    public int Improving { get; init; }

    /// <summary>Gets how many measures with a good direction are worsening.</summary>
    public int Worsening { get; init; }

    /// <summary>Gets how many measures with a good direction show no change.</summary>
    public int NoChange { get; init; }

    /// <summary>Gets how many measures with a good direction have no direction of travel (a value is missing or withheld).</summary>
    public int NoDirection { get; init; }

    /// <summary>Gets how many measures have no good direction and so are left out of the direction counts.</summary>
    public int WithoutGoodDirection { get; init; }

    /// <summary>Gets how many measures are rated red, amber, green or blue.</summary>
    public int Rated => Red + Amber + Green + Blue;

    /// <summary>Gets how many measures have a target: rated, or not rated for want of a value.</summary>
    public int WithTarget => Rated + NoValue;

    /// <summary>Gets how many measures have a good direction of travel.</summary>
    public int WithGoodDirection => Improving + Worsening + NoChange + NoDirection;

    /// <summary>Describes the counts: "12 measures: 5 green, 2 amber, 1 red; 6 improving, 2 worsening".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string blue = Blue > 0 ? $", {Blue} blue" : string.Empty;
        string noValue = NoValue > 0 ? $", {NoValue} without a value" : string.Empty;
        string noChange = NoChange > 0 ? $", {NoChange} no change" : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Measures} measure{(Measures == 1 ? "" : "s")}: {Green} green, {Amber} amber, {Red} red{blue}{noValue}; {Improving} improving, {Worsening} worsening{noChange}");
    }
}
