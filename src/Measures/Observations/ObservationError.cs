using System;
using System.Globalization;
using System.Text;
using Measures.Internal;

using Measures.Definitions;

namespace Measures.Observations;

/// <summary>
/// One problem found while reading an observations file: the file, the line and column, the field
/// and the value at fault, and why it is a problem.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ObservationError : IEquatable<ObservationError>
{
    /// <summary>Creates an error.</summary>
    /// <param name="sourceName">The name of the file (or other source) being read, as the caller gave it.</param>
    /// <param name="line">The 1-based line the problem is on; 0 when it concerns the whole file.</param>
    /// <param name="column">The 1-based column: the field's position in a CSV record, or the character position in a JSON line; 0 when it concerns a whole line or file.</param>
    /// <param name="field">The field at fault ("period", "numerator", or a JSON path such as "$.observations[3].period"); empty when none.</param>
    /// <param name="value">The value at fault as written in the file, or <see langword="null"/> when there is none.</param>
    /// <param name="message">Why it is at fault, in words an analyst understands.</param>
    /// <exception cref="ArgumentNullException">The source name, field or message is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The line or column is negative.</exception>
    public ObservationError(string sourceName, int line, int column, string field, string? value, string message)
    {
        SourceName = Preconditions.CheckNotNull(sourceName);
        Line = Preconditions.CheckArgumentRange(line, 0, int.MaxValue);
        Column = Preconditions.CheckArgumentRange(column, 0, int.MaxValue);
        Field = Preconditions.CheckNotNull(field);
        Value = value;
        Message = Preconditions.CheckNotNull(message);
    }

    /// <summary>Gets the name of the file or other source being read.</summary>
    public string SourceName { get; }

    /// <summary>Gets the 1-based line of the problem, or 0 when it concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column of the problem (a CSV field number, or a character position in a JSON line), or 0 when it concerns a whole line or file.</summary>
    public int Column { get; }

    /// <summary>Gets the field at fault ("period", "numerator", "$.observations[3].period"), or empty.</summary>
    public string Field { get; }

    /// <summary>Gets the value at fault as written in the file, or <see langword="null"/> when there is none.</summary>
    public string? Value { get; }

    /// <summary>Gets why the value is at fault.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(ObservationError? other) =>
        other is not null && SourceName == other.SourceName && Line == other.Line && Column == other.Column
        && Field == other.Field && Value == other.Value && Message == other.Message;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ObservationError);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SourceName, Line, Column, Field, Value, Message);

    /// <summary>
    /// Where and why: <c>observations.csv, line 12, column 2 (period), "Dec 20": …</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(SourceName);
        if (Line > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", line {Line}");
        }

        if (Column > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", column {Column}");
        }

        if (Field.Length > 0)
        {
            text.Append(" (").Append(Field).Append(')');
        }

        if (Value is not null)
        {
            text.Append(", \"").Append(Value).Append('"');
        }

        return text.Append(": ").Append(Message).ToString();
    }
}
