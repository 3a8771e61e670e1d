using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Measures;

/// <summary>
/// Thrown when data given to the library cannot be used: a file that cannot be loaded, observations that
/// cannot be aggregated, figures that cannot make a value. <see cref="Problems"/> lists what was found,
/// each with its place and reason; nothing was half-loaded.
/// </summary>
public sealed class DataProblemException : Exception
{
    // The message lists this many problems; Problems holds them all.
    private const int ProblemsInMessage = 20;

    /// <summary>Creates an exception with no listed problems.</summary>
    public DataProblemException()
        : this("The data cannot be used.")
    {
    }

    /// <summary>Creates an exception with a message and no listed problems.</summary>
    /// <param name="message">The message.</param>
    public DataProblemException(string message)
        : base(message)
    {
        Problems = [];
        ProblemCountsByKind = ProblemList.CountKinds([]);
    }

    /// <summary>Creates an exception with a message, an inner exception and no listed problems.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DataProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
        ProblemCountsByKind = ProblemList.CountKinds([]);
    }

    /// <summary>Creates an exception listing the problems found.</summary>
    /// <param name="problems">The problems, in the order they were found.</param>
    /// <exception cref="ArgumentNullException">The problems are null.</exception>
    public DataProblemException(IEnumerable<DataProblem> problems)
        : this(problems?.ToArray() ?? throw new ArgumentNullException(nameof(problems)), -1)
    {
    }

    /// <summary>Creates an exception listing the first problems found and how many there were in all.</summary>
    /// <param name="problems">The first problems, in the order they were found.</param>
    /// <param name="problemCount">How many problems were found in all (at least as many as listed).</param>
    /// <exception cref="ArgumentNullException">The problems are null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The count is less than the number listed.</exception>
    public DataProblemException(IEnumerable<DataProblem> problems, long problemCount)
        : this(problems?.ToArray() ?? throw new ArgumentNullException(nameof(problems)), problemCount)
    {
    }

    /// <summary>Creates an exception listing the first problems found and how many of each kind there were in all.</summary>
    /// <param name="problems">The first problems, in the order they were found.</param>
    /// <param name="problemCountsByKind">How many problems of each kind were found in all (at least as many of each kind as listed).</param>
    /// <exception cref="ArgumentNullException">The problems or the counts are null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A kind is not defined, or a count is negative or less than the number of problems of that kind listed.</exception>
    public DataProblemException(IEnumerable<DataProblem> problems, IReadOnlyDictionary<DataProblemKind, long> problemCountsByKind)
        : this(problems?.ToArray() ?? throw new ArgumentNullException(nameof(problems)), CheckCounts(problemCountsByKind))
    {
    }

    internal DataProblemException(IReadOnlyList<DataProblem> problems, long problemCount, IReadOnlyDictionary<DataProblemKind, long> problemCountsByKind)
        : base(Describe(problems, problemCount, problemCountsByKind))
    {
        Problems = new ReadOnlyCollection<DataProblem>([.. problems]);
        ProblemCount = problemCount;
        ProblemCountsByKind = problemCountsByKind;
    }

    private DataProblemException(DataProblem[] problems, long problemCount)
        : base(Describe(problems, problemCount < 0 ? problems.Length : problemCount))
    {
        if (problemCount >= 0 && problemCount < problems.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(problemCount), problemCount, $"The count of problems cannot be less than the {problems.Length} listed.");
        }

        Problems = new ReadOnlyCollection<DataProblem>(problems);
        ProblemCount = problemCount < 0 ? problems.Length : problemCount;
        ProblemCountsByKind = ProblemList.CountKinds(problems);
    }

    private DataProblemException(DataProblem[] problems, IReadOnlyDictionary<DataProblemKind, long> problemCountsByKind)
        : base(Describe(problems, problemCountsByKind.Values.Sum(), problemCountsByKind))
    {
        var listed = ProblemList.CountKinds(problems);
        foreach (var (kind, count) in listed)
        {
            if (problemCountsByKind.GetValueOrDefault(kind) < count)
            {
                throw new ArgumentOutOfRangeException(nameof(problemCountsByKind), problemCountsByKind.GetValueOrDefault(kind), $"The count of {kind} problems cannot be less than the {count} listed.");
            }
        }

        Problems = new ReadOnlyCollection<DataProblem>(problems);
        ProblemCount = problemCountsByKind.Values.Sum();
        ProblemCountsByKind = new ReadOnlyDictionary<DataProblemKind, long>(problemCountsByKind.Where(p => p.Value > 0).OrderBy(p => p.Key).ToDictionary(p => p.Key, p => p.Value));
    }

    /// <summary>Gets the problems found, in the order they were found (the first ones, when a limit applied).</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    /// <summary>Gets how many problems were found in all, listed or not.</summary>
    public long ProblemCount { get; }

    /// <summary>
    /// Gets how many problems of each kind were found, listed or not; a kind with none is absent. When
    /// the exception was given only a total, the kinds of the problems not listed are unknown and only
    /// the listed ones are counted here.
    /// </summary>
    public IReadOnlyDictionary<DataProblemKind, long> ProblemCountsByKind { get; }

    /// <summary>The message for a list of problems: how many, then the first ones, one a line, then how many of each kind when not all are listed.</summary>
    internal static string Describe(IReadOnlyList<DataProblem> problems, long count, IReadOnlyDictionary<DataProblemKind, long> countsByKind)
    {
        string text = Describe(problems, count);
        if (count <= Math.Min(ProblemsInMessage, problems.Count) || countsByKind.Count == 0 || countsByKind.Values.Sum() != count)
        {
            return text;
        }

        return text + Environment.NewLine + "  In all: " + string.Join(", ", countsByKind.OrderBy(p => p.Key).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Value:N0} {p.Key}"))) + ".";
    }

    /// <summary>The message for a list of problems: how many, then the first ones, one a line.</summary>
    internal static string Describe(IReadOnlyList<DataProblem> problems, long count)
    {
        if (problems.Count == 0)
        {
            return count == 0 ? "The data cannot be used." : string.Create(CultureInfo.InvariantCulture, $"The data has {count:N0} problems.");
        }

        if (count == 1)
        {
            return problems[0].ToString();
        }

        string source = problems[0].Source.Length > 0 && problems.All(p => p.Source == problems[0].Source) ? problems[0].Source : "The data";
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{source} has {count:N0} problems; nothing was loaded:"));
        foreach (var problem in problems.Take(ProblemsInMessage))
        {
            text.AppendLine().Append("  ").Append(problem);
        }

        if (count > ProblemsInMessage)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  … and {count - Math.Min(ProblemsInMessage, problems.Count):N0} more.");
        }

        return text.ToString();
    }

    private static IReadOnlyDictionary<DataProblemKind, long> CheckCounts(IReadOnlyDictionary<DataProblemKind, long> problemCountsByKind)
    {
        ArgumentNullException.ThrowIfNull(problemCountsByKind);
        foreach (var (kind, count) in problemCountsByKind)
        {
            if (!Enum.IsDefined(kind))
            {
                throw new ArgumentOutOfRangeException(nameof(problemCountsByKind), kind, "The kind of problem is not defined.");
            }

            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(problemCountsByKind), count, $"The count of {kind} problems cannot be negative.");
            }
        }

        return problemCountsByKind;
    }
}
