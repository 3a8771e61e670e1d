using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Measures.Internal;

namespace Measures;

/// <summary>
/// The outcome of loading something (a catalogue, observations, term dates): the value, or every problem
/// found. Loading never half-succeeds: when there is a problem there is no value. Shaped like NodaTime's
/// <c>ParseResult&lt;T&gt;</c>: loading returns this rather than throwing, and the caller chooses.
/// </summary>
/// <typeparam name="T">The type of what was loaded.</typeparam>
/// <remarks>This type is immutable and thread-safe when <typeparamref name="T"/> is.</remarks>
public sealed class LoadResult<T>
    where T : notnull
{
    private readonly T? value;

    private static readonly IReadOnlyDictionary<DataProblemKind, long> NoProblems = new ReadOnlyDictionary<DataProblemKind, long>(new Dictionary<DataProblemKind, long>());

    private static readonly IReadOnlyList<string> NoNotices = new ReadOnlyCollection<string>([]);

    private LoadResult(T? value, IReadOnlyList<DataProblem> problems, long problemCount, IReadOnlyDictionary<DataProblemKind, long> problemCountsByKind, IReadOnlyList<string>? notices = null)
    {
        this.value = value;
        Problems = problems;
        ProblemCount = problemCount;
        ProblemCountsByKind = problemCountsByKind;
        Notices = notices ?? NoNotices;
    }

    /// <summary>Gets a value indicating whether the load found no problem.</summary>
    public bool Success => ProblemCount == 0;

    /// <summary>Gets what was loaded.</summary>
    /// <exception cref="DataProblemException">The load found problems; the exception lists them.</exception>
    public T Value => Success ? value! : throw Exception();

    /// <summary>Gets the problems found, in the order they were found (the first ones, when a limit applied); empty on success.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    /// <summary>Gets how many problems were found in all, listed or not.</summary>
    public long ProblemCount { get; }

    /// <summary>
    /// Gets how many problems of each kind were found, listed or not; a kind with none is absent, and
    /// the dictionary is empty on success. Every loader in the library counts every problem by kind, so
    /// the counts add up to <see cref="ProblemCount"/>.
    /// </summary>
    public IReadOnlyDictionary<DataProblemKind, long> ProblemCountsByKind { get; }

    /// <summary>
    /// Gets what the load did that the person holding the file should know and that is not a problem,
    /// one sentence each (such as the columns an observations read left out when asked to, each named
    /// once); empty when there is nothing to say. Notices are kept whether or not the load succeeded.
    /// </summary>
    public IReadOnlyList<string> Notices { get; }

    /// <summary>Creates a successful result.</summary>
    /// <param name="value">What was loaded.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    internal static LoadResult<T> ForValue(T value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        return new(value, [], 0, NoProblems);
    }

    /// <summary>Creates a failed result.</summary>
    /// <param name="problems">The problems found (at least one).</param>
    /// <param name="problemCount">How many problems were found in all, or -1 for as many as listed.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">The problems are null.</exception>
    /// <exception cref="ArgumentException">No problem is given, or the count is less than the number listed.</exception>
    internal static LoadResult<T> ForProblems(IEnumerable<DataProblem> problems, long problemCount = -1)
    {
        var list = Preconditions.CheckNotNull(problems).ToArray();
        Preconditions.CheckArgument(list.Length > 0, nameof(problems), "A failed load has at least one problem.");
        long count = problemCount < 0 ? list.Length : problemCount;
        Preconditions.CheckArgument(count >= list.Length, nameof(problemCount), "The count of problems cannot be less than the number listed.");
        return new(default, new ReadOnlyCollection<DataProblem>(list), count, ProblemList.CountKinds(list));
    }

    /// <summary>Creates a failed result whose problems were counted by kind, listed or not.</summary>
    /// <param name="problems">The first problems found (at least one).</param>
    /// <param name="problemCountsByKind">How many problems of each kind were found in all.</param>
    /// <returns>The result.</returns>
    internal static LoadResult<T> ForProblems(IReadOnlyList<DataProblem> problems, IReadOnlyDictionary<DataProblemKind, long> problemCountsByKind)
    {
        Preconditions.CheckArgument(problems.Count > 0, nameof(problems), "A failed load has at least one problem.");
        long count = problemCountsByKind.Values.Sum();
        Preconditions.CheckArgument(count >= problems.Count, nameof(problemCountsByKind), "The count of problems cannot be less than the number listed.");
        return new(default, new ReadOnlyCollection<DataProblem>([.. problems]), count, problemCountsByKind);
    }

    /// <summary>The same outcome with <paramref name="notices"/> added after any it has.</summary>
    /// <param name="notices">The notices, one sentence each.</param>
    /// <returns>The result.</returns>
    internal LoadResult<T> WithNotices(IReadOnlyList<string> notices) =>
        notices.Count == 0 ? this : new(value, Problems, ProblemCount, ProblemCountsByKind, new ReadOnlyCollection<string>([.. Notices, .. notices]));

    /// <summary>What was loaded, or a <see cref="DataProblemException"/> listing every problem.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="DataProblemException">The load found problems.</exception>
    public T GetValueOrThrow() => Value;

    /// <summary>Gets what was loaded, when the load found no problem.</summary>
    /// <param name="result">What was loaded, or the default of <typeparamref name="T"/>.</param>
    /// <returns><see langword="true"/> when the load found no problem.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T result)
    {
        result = value;
        return Success;
    }

    /// <summary>The exception that <see cref="Value"/> throws on failure.</summary>
    /// <returns>The exception listing every problem.</returns>
    /// <exception cref="InvalidOperationException">The load succeeded.</exception>
    public DataProblemException Exception() =>
        Success ? throw new InvalidOperationException("The load succeeded; there is no exception.") : new DataProblemException(Problems, ProblemCount, ProblemCountsByKind);

    /// <summary>Describes the outcome: success, or the problems one a line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Success ? "Loaded." : DataProblemException.Describe(Problems, ProblemCount, ProblemCountsByKind);
}
