using System.Collections.Generic;

namespace Measures.Returns.Cin;

/// <summary>
/// A CIN census (children in need) as read: its header, its children with their episodes, and, when read
/// leniently, the problems found and the children they concern.
/// </summary>
/// <remarks>Build one in code with an object initializer (tests, generators), or read one with <see cref="CinCensusReader"/>. This type is immutable and thread-safe.</remarks>
public sealed class CinCensus
{
    /// <summary>Gets the Header, or one with nothing in it when the file has none.</summary>
    public CinCensusHeader Header { get; init; } = new(null, null, null, null, null, null, null, null, null);

    /// <summary>Gets the children, in the order written.</summary>
    /// <remarks>A census read from a file makes each child's records the first time the child is asked for, and gives the same object every time after, from any thread.</remarks>
    public IReadOnlyList<CinChild> Children { get; init; } = [];

    /// <summary>
    /// Gets the problems found when the census was read leniently, each with its child; empty for a census read
    /// strictly (which is refused on any problem) or made in code.
    /// </summary>
    public IReadOnlyList<ReturnProblem> Problems { get; init; } = [];

    /// <summary>Gets the children (LAchildID) that at least one problem concerns: the records whose figures need checking.</summary>
    public IReadOnlySet<string> AffectedChildren { get; init; } = new HashSet<string>();
}
