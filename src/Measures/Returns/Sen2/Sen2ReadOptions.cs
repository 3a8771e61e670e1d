using Measures.Internal;

namespace Measures.Returns.Sen2;

/// <summary>How to read a SEN2 return: strictly (any problem refuses it) or leniently (problems listed with their persons).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Sen2ReadOptions
{
    private readonly int maxProblems = ProblemList.DefaultMaxListed;

    /// <summary>Gets the strict options: any problem refuses the return.</summary>
    public static Sen2ReadOptions Default { get; } = new();

    /// <summary>Gets lenient options: the return is loaded with every problem listed in <see cref="Sen2Return.Problems"/>.</summary>
    public static Sen2ReadOptions Lenient { get; } = new() { Strict = false };

    /// <summary>Gets a value indicating whether any problem refuses the whole return (<see langword="true"/> unless set).</summary>
    public bool Strict { get; init; } = true;

    /// <summary>Gets how many problems a strict read lists in full (1,000 unless set); a lenient read lists every one.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int MaxProblems
    {
        get => maxProblems;
        init => maxProblems = Preconditions.CheckArgumentRange(value, 1, int.MaxValue);
    }
}
