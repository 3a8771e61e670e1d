using System;
using System.Collections.Generic;
using System.Globalization;

namespace Measures.Aggregation;

/// <summary>Thrown when observations cannot be aggregated; lists the first problems found with their keys.</summary>
public sealed class InvalidObservationsException : Exception
{
    /// <summary>Creates an exception with no problems listed.</summary>
    public InvalidObservationsException()
        : this("The observations cannot be aggregated.")
    {
    }

    /// <summary>Creates an exception with a message and no problems listed.</summary>
    /// <param name="message">The message.</param>
    public InvalidObservationsException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates an exception with a message, an inner exception and no problems listed.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidObservationsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    internal InvalidObservationsException(IReadOnlyList<ObservationProblem> problems, long problemCount)
        : base(Summarise(problems, problemCount))
    {
        Problems = problems;
        ProblemCount = problemCount;
    }

    /// <summary>Gets the first problems found (at most 100), in the order the observations were given.</summary>
    public IReadOnlyList<ObservationProblem> Problems { get; }

    /// <summary>Gets how many problems were found in all.</summary>
    public long ProblemCount { get; }

    private static string Summarise(IReadOnlyList<ObservationProblem> problems, long count)
    {
        string first = problems.Count > 0 ? " The first: " + problems[0].Message : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{count} observation problem(s) found; nothing was aggregated.{first}");
    }
}
