using System.Globalization;

namespace Measures.Reporting;

/// <summary>
/// How far a scorecard has got, reported through <see cref="ScorecardOptions.Progress"/>: the stage
/// and, within it, how many of how many items are done.
/// </summary>
/// <param name="Stage">What is being done: "observations" while they are read and aggregated, "measures" while rows are judged.</param>
/// <param name="Completed">How many items of the stage are done.</param>
/// <param name="Total">How many items the stage has, or 0 when it is not known in advance.</param>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct ScorecardProgress(string Stage, long Completed, long Total)
{
    /// <summary>The stage in which observations are read and aggregated.</summary>
    public const string Observations = "observations";

    /// <summary>The stage in which each measure's row is worked out and judged.</summary>
    public const string Measures = "measures";

    /// <summary>Describes the progress: "measures: 12 of 42".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Total > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Stage}: {Completed} of {Total}")
        : string.Create(CultureInfo.InvariantCulture, $"{Stage}: {Completed}");
}
