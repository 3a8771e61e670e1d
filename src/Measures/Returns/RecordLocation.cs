using System.Globalization;

namespace Measures.Returns;

/// <summary>Where a record of a return was read from: the file as the caller named it, and the 1-based line.</summary>
/// <param name="File">The file; empty for a record made in code.</param>
/// <param name="Line">The 1-based line; 0 for a record made in code.</param>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct RecordLocation(string File, int Line)
{
    /// <summary>Gets the location of a record made in code rather than read.</summary>
    public static RecordLocation None => default;

    /// <summary>Gets whether the record was read from a file.</summary>
    public bool IsKnown => !string.IsNullOrEmpty(File);

    /// <summary>The location as a problem or an explanation shows it: "Episodes.csv, line 12".</summary>
    /// <returns>The text, or "made in code".</returns>
    public override string ToString() => IsKnown ? string.Create(CultureInfo.InvariantCulture, $"{File}, line {Line}") : "made in code";
}
