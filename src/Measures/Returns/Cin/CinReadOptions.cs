using System;
using Measures.Internal;

namespace Measures.Returns.Cin;

/// <summary>How to read a CIN census: strictly (any problem refuses it) or leniently (problems listed with their children), and how many problems a refusal lists.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CinReadOptions
{
    /// <summary>How many problems a strict read lists unless <see cref="MaxProblems"/> says otherwise.</summary>
    public const int DefaultMaxProblems = ProblemList.DefaultMaxListed;

    private readonly int maxProblems = DefaultMaxProblems;

    /// <summary>Gets the strict options: any problem refuses the census.</summary>
    public static CinReadOptions Default { get; } = new();

    /// <summary>Gets lenient options: the census is loaded with every problem listed in <see cref="CinCensus.Problems"/>.</summary>
    public static CinReadOptions Lenient { get; } = new() { Strict = false };

    /// <summary>
    /// Gets a value indicating whether any problem refuses the whole census (<see langword="true"/> unless set). A strict
    /// read gives the census or the problems, never half of it. A lenient read gives the census with every problem
    /// and the child it concerns in <see cref="CinCensus.Problems"/>, each record kept with what could be read.
    /// </summary>
    public bool Strict { get; init; } = true;

    /// <summary>
    /// Gets how many problems a strict read lists in full (<see cref="DefaultMaxProblems"/>, 1,000, unless set); every one
    /// is counted in <see cref="LoadResult{T}.ProblemCount"/>. A lenient read lists every problem whatever this says.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int MaxProblems
    {
        get => maxProblems;
        init => maxProblems = Preconditions.CheckArgumentRange(value, 1, int.MaxValue);
    }
}
