using System.Collections.Generic;

namespace Measures.Returns.Sen2;

/// <summary>
/// A SEN2 return (EHC plans) as read: its header, its persons with their requests, assessments and plans, and, when
/// read leniently, the problems found and the persons they concern.
/// </summary>
/// <remarks>Build one in code with an object initializer (tests, generators), or read one with <see cref="Sen2Reader"/>. This type is immutable and thread-safe.</remarks>
public sealed class Sen2Return
{
    /// <summary>Gets the Header, or <see cref="Sen2Header.Empty"/> when the file has none.</summary>
    public Sen2Header Header { get; init; } = Sen2Header.Empty;

    /// <summary>Gets the persons, in the order written.</summary>
    public IReadOnlyList<Sen2Person> Persons { get; init; } = [];

    /// <summary>Gets the problems found when the return was read leniently, each with its person and <see cref="Sen2Part"/>; empty otherwise.</summary>
    public IReadOnlyList<ReturnProblem> Problems { get; init; } = [];
}
