using System;
using Measures.Internal;

namespace Measures.Definitions;

/// <summary>
/// One problem found while loading a catalogue: where it is, as a JSON path
/// ("$.measures[3].targets[0].tolerance.points"), and why it is a problem.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CatalogueError : IEquatable<CatalogueError>
{
    /// <summary>Creates an error.</summary>
    /// <param name="path">The JSON path of the value at fault ("$" for the whole document).</param>
    /// <param name="message">Why it is at fault, in words an analyst understands.</param>
    public CatalogueError(string path, string message)
    {
        Path = Preconditions.CheckNotNull(path);
        Message = Preconditions.CheckNotNull(message);
    }

    /// <summary>Gets the JSON path of the value at fault.</summary>
    public string Path { get; }

    /// <summary>Gets why it is at fault.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(CatalogueError? other) => other is not null && Path == other.Path && Message == other.Message;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CatalogueError);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Message);

    /// <summary>The path and the reason: "$.measures[3].polarity: \"higher\" is not a polarity; …".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Path + ": " + Message;
}
