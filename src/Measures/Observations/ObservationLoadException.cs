using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;

using Measures.Definitions;

namespace Measures.Observations;

/// <summary>Thrown when an observations file cannot be loaded; <see cref="Errors"/> lists every problem found.</summary>
public sealed class ObservationLoadException : Exception
{
    // The message lists this many problems; Errors holds them all.
    private const int ProblemsInMessage = 20;

    /// <summary>Creates an exception with no listed problems.</summary>
    public ObservationLoadException()
        : this("The observations could not be loaded.")
    {
    }

    /// <summary>Creates an exception with a message and no listed problems.</summary>
    /// <param name="message">The message.</param>
    public ObservationLoadException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates an exception with a message, an inner exception and no listed problems.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ObservationLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Creates an exception listing every problem found.</summary>
    /// <param name="errors">The problems.</param>
    /// <exception cref="ArgumentNullException">The errors are null.</exception>
    public ObservationLoadException(IEnumerable<ObservationError> errors)
        : this(errors?.ToArray() ?? throw new ArgumentNullException(nameof(errors)))
    {
    }

    private ObservationLoadException(ObservationError[] errors)
        : base(Describe(errors))
    {
        Errors = new ReadOnlyCollection<ObservationError>(errors);
    }

    /// <summary>Gets every problem found, in file order.</summary>
    public IReadOnlyList<ObservationError> Errors { get; }

    internal static string Describe(IReadOnlyList<ObservationError> errors)
    {
        string source = errors.Count > 0 ? errors[0].SourceName : "The observations";
        string head = errors.Count == 1
            ? $"{source} has 1 problem; nothing was loaded:"
            : string.Create(CultureInfo.InvariantCulture, $"{source} has {errors.Count:N0} problems; nothing was loaded:");
        var lines = errors.Take(ProblemsInMessage).Select(e => "  " + e);
        string more = errors.Count > ProblemsInMessage
            ? Environment.NewLine + string.Create(CultureInfo.InvariantCulture, $"  … and {errors.Count - ProblemsInMessage:N0} more (see Errors).")
            : "";
        return head + Environment.NewLine + string.Join(Environment.NewLine, lines) + more;
    }
}
