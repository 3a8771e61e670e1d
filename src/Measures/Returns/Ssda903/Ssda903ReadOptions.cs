using System;
using Measures.Internal;

namespace Measures.Returns.Ssda903;

/// <summary>How to read an SSDA903 return: strictly (any problem refuses it) or leniently (problems listed with their children), and how many problems a refusal lists.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Ssda903ReadOptions
{
    /// <summary>How many problems a strict read lists unless <see cref="MaxProblems"/> says otherwise.</summary>
    public const int DefaultMaxProblems = ProblemList.DefaultMaxListed;

    private readonly int maxProblems = DefaultMaxProblems;

    /// <summary>Gets the strict options: any problem refuses the return.</summary>
    public static Ssda903ReadOptions Default { get; } = new();

    /// <summary>Gets lenient options: the return is loaded with every problem listed in <see cref="Ssda903Return.Problems"/>.</summary>
    public static Ssda903ReadOptions Lenient { get; } = new() { Strict = false };

    /// <summary>
    /// Gets a value indicating whether any problem refuses the whole return (<see langword="true"/> unless set). A strict
    /// read never half-loads: it gives the return or the problems. A lenient read always gives the return, with every
    /// problem and the child it concerns in <see cref="Ssda903Return.Problems"/>; a row that cannot be read is left out
    /// and listed there, never dropped silently.
    /// </summary>
    public bool Strict { get; init; } = true;

    /// <summary>
    /// Gets how many problems a strict read lists in full (<see cref="DefaultMaxProblems"/>, 1,000, unless set); every one
    /// is counted in <see cref="LoadResult{T}.ProblemCount"/>. A lenient read lists every problem whatever this says,
    /// since the indicators need each child's.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int MaxProblems
    {
        get => maxProblems;
        init => maxProblems = Preconditions.CheckArgumentRange(value, 1, int.MaxValue);
    }

    /// <summary>Gets a value indicating whether the checks across rows may take the short way when the files list the children in order (the results are the same; off only to prove it).</summary>
    internal bool OrderShortcuts { get; init; } = true;
}
