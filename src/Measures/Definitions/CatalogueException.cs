using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace Measures.Definitions;

/// <summary>Thrown when a catalogue cannot be loaded; <see cref="Errors"/> lists every problem found.</summary>
public sealed class CatalogueException : Exception
{
    /// <summary>Creates an exception with no listed problems.</summary>
    public CatalogueException()
        : this("The catalogue could not be loaded.")
    {
    }

    /// <summary>Creates an exception with a message and no listed problems.</summary>
    /// <param name="message">The message.</param>
    public CatalogueException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates an exception with a message, an inner exception and no listed problems.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CatalogueException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Creates an exception listing every problem found.</summary>
    /// <param name="errors">The problems.</param>
    public CatalogueException(IEnumerable<CatalogueError> errors)
        : this(errors?.ToArray() ?? throw new ArgumentNullException(nameof(errors)))
    {
    }

    private CatalogueException(CatalogueError[] errors)
        : base(Describe(errors))
    {
        Errors = new ReadOnlyCollection<CatalogueError>(errors);
    }

    /// <summary>Gets every problem found, in document order.</summary>
    public IReadOnlyList<CatalogueError> Errors { get; }

    private static string Describe(CatalogueError[] errors) =>
        (errors.Length == 1 ? "The catalogue has 1 problem:" : $"The catalogue has {errors.Length} problems:")
        + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
