using System.Collections.Generic;
using System.Collections.ObjectModel;
using Measures.Internal;

namespace Measures;

/// <summary>
/// The problems a load finds: the first ones in full, and every one counted in all and by kind, so that
/// a file with millions of bad rows costs a count rather than millions of problems held in memory.
/// </summary>
internal sealed class ProblemList
{
    /// <summary>How many problems a load lists unless told otherwise.</summary>
    public const int DefaultMaxListed = 1_000;

    private readonly List<DataProblem> listed = [];
    private readonly long[] byKind = new long[(int)DataProblemKind.TooLarge + 1];

    public ProblemList(int maxListed = DefaultMaxListed) => MaxListed = Preconditions.CheckArgumentRange(maxListed, 1, int.MaxValue);

    /// <summary>Gets how many problems are kept in full.</summary>
    public int MaxListed { get; }

    /// <summary>Gets how many problems were found in all.</summary>
    public long Count { get; private set; }

    /// <summary>Gets the problems kept, in the order they were found.</summary>
    public IReadOnlyList<DataProblem> Listed => listed;

    public void Add(DataProblem problem)
    {
        Count++;
        byKind[(int)problem.Kind]++;
        if (listed.Count < MaxListed)
        {
            listed.Add(problem);
        }
    }

    /// <summary>Adds what <paramref name="later"/> found, as if found after everything here.</summary>
    public void Merge(ProblemList later)
    {
        Count += later.Count;
        for (int k = 0; k < byKind.Length; k++)
        {
            byKind[k] += later.byKind[k];
        }

        foreach (var problem in later.listed)
        {
            if (listed.Count == MaxListed)
            {
                break;
            }

            listed.Add(problem);
        }
    }

    public void AddRange(IEnumerable<DataProblem> problems)
    {
        foreach (var problem in problems)
        {
            Add(problem);
        }
    }

    /// <summary>The count of each kind found at least once, in the order of the kinds.</summary>
    public IReadOnlyDictionary<DataProblemKind, long> CountsByKind() => Counts(byKind);

    /// <summary>The failed result: the problems kept, the total and the counts by kind.</summary>
    public LoadResult<T> ToResult<T>()
        where T : notnull => LoadResult<T>.ForProblems(listed, CountsByKind());

    internal static IReadOnlyDictionary<DataProblemKind, long> CountKinds(IEnumerable<DataProblem> problems)
    {
        var counts = new long[(int)DataProblemKind.TooLarge + 1];
        foreach (var problem in problems)
        {
            counts[(int)problem.Kind]++;
        }

        return Counts(counts);
    }

    private static ReadOnlyDictionary<DataProblemKind, long> Counts(long[] counts)
    {
        var dictionary = new Dictionary<DataProblemKind, long>();
        for (int k = 0; k < counts.Length; k++)
        {
            if (counts[k] > 0)
            {
                dictionary.Add((DataProblemKind)k, counts[k]);
            }
        }

        return new ReadOnlyDictionary<DataProblemKind, long>(dictionary);
    }
}
