using System.Collections.Generic;
using System.Linq;
using Measures.Aggregation;
using NodaTime;

namespace Measures.Cli;

/// <summary>Observations read into an aggregation store, with what the tool needs to know of them; or the problems that stopped them.</summary>
/// <param name="Problems">The problems listed, when the observations were refused.</param>
/// <param name="ProblemCount">How many problems there were in all.</param>
/// <param name="Store">The store, or <see langword="null"/> when the observations were refused.</param>
/// <param name="Count">How many observations were read.</param>
/// <param name="LatestMonth">The latest month a monthly observation is for, if any.</param>
/// <param name="LatestEnd">The latest month any observation ends in, if any.</param>
internal sealed record StoredObservations(IReadOnlyList<DataProblem> Problems, long ProblemCount, ObservationStore? Store, long Count, YearMonth? LatestMonth, YearMonth? LatestEnd)
{
    /// <summary>The problems as lines for standard error, with how many more were not listed.</summary>
    public IEnumerable<string> Lines(string name) => InputFiles.Lines(name, Problems, ProblemCount);
}
