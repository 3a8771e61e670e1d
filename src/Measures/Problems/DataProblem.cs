using System;
using System.Globalization;
using System.Text;
using Measures.Internal;

namespace Measures;

/// <summary>
/// One problem found in data given to the library: what kind it is, where it is (the source, line and
/// column, the field, the value as written, the record it concerns) and why it is a problem, in words an
/// analyst understands. Every reader, loader and check of the library reports its problems in this one shape.
/// </summary>
/// <remarks>
/// <para>
/// Values come from files and may hold anything. <see cref="Message"/> and <see cref="ToString"/> show
/// control characters (other than tab), invisible formatting characters (zero-width characters and
/// bidirectional controls) and broken surrogates as <c>\uXXXX</c>, so that printing a problem cannot
/// drive a terminal or hide what is wrong; <see cref="Value"/> keeps the value exactly as written.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class DataProblem : IEquatable<DataProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="kind">What sort of problem it is.</param>
    /// <param name="message">Why it is a problem, as a sentence; control and invisible characters in it are kept escaped.</param>
    /// <param name="source">The file or other source being read, as the caller named it; empty when none.</param>
    /// <param name="line">The 1-based line; 0 when the problem is not on one line.</param>
    /// <param name="column">The 1-based column (a CSV field's position, a character in a JSON line); 0 when none.</param>
    /// <param name="field">The field at fault: a column name, a JSON path ("$.measures[3].polarity") or a property; empty when none.</param>
    /// <param name="value">The value at fault as it was written, or <see langword="null"/> when there is none.</param>
    /// <param name="subject">The record the problem concerns ("CSC-07 for 2023-12, unit 'North'"); empty when none.</param>
    /// <exception cref="ArgumentNullException">The message, source, field or subject is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined, or the line or column is negative.</exception>
    public DataProblem(DataProblemKind kind, string message, string source = "", int line = 0, int column = 0, string field = "", string? value = null, string subject = "")
    {
        Preconditions.CheckArgumentRange((int)kind, (int)DataProblemKind.Unreadable, (int)DataProblemKind.TooLarge, nameof(kind));
        Kind = kind;
        Message = VisibleText.Escape(Preconditions.CheckNotNull(message));
        Source = Preconditions.CheckNotNull(source);
        Line = Preconditions.CheckArgumentRange(line, 0, int.MaxValue);
        Column = Preconditions.CheckArgumentRange(column, 0, int.MaxValue);
        Field = Preconditions.CheckNotNull(field);
        Value = value;
        Subject = Preconditions.CheckNotNull(subject);
    }

    /// <summary>Gets what sort of problem this is.</summary>
    public DataProblemKind Kind { get; }

    /// <summary>Gets why it is a problem, with control and invisible characters written as <c>\uXXXX</c>.</summary>
    public string Message { get; }

    /// <summary>Gets the file or other source being read, or empty.</summary>
    public string Source { get; }

    /// <summary>Gets the 1-based line of the problem, or 0.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column of the problem, or 0.</summary>
    public int Column { get; }

    /// <summary>Gets the field at fault (a column name, a JSON path, a property), or empty.</summary>
    public string Field { get; }

    /// <summary>Gets the value at fault exactly as it was written (<see cref="ToString"/> shows it escaped), or <see langword="null"/>.</summary>
    public string? Value { get; }

    /// <summary>Gets the record the problem concerns ("CSC-07 for 2023-12, unit 'North'"), or empty.</summary>
    public string Subject { get; }

    /// <summary>The same problem found in <paramref name="source"/> at <paramref name="line"/> and <paramref name="column"/>.</summary>
    /// <param name="source">The file or other source.</param>
    /// <param name="line">The 1-based line, or 0.</param>
    /// <param name="column">The 1-based column, or 0.</param>
    /// <returns>The problem with its place.</returns>
    /// <exception cref="ArgumentNullException">The source is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The line or column is negative.</exception>
    public DataProblem At(string source, int line, int column) => new(Kind, Message, source, line, column, Field, Value, Subject);

    /// <summary>The same problem with its field named as <paramref name="field"/> (a JSON path, a column name).</summary>
    /// <param name="field">The field.</param>
    /// <returns>The problem with its field.</returns>
    /// <exception cref="ArgumentNullException">The field is null.</exception>
    public DataProblem InField(string field) => new(Kind, Message, Source, Line, Column, field, Value, Subject);

    /// <summary>The same problem about <paramref name="subject"/> (a measure, period and unit, say).</summary>
    /// <param name="subject">What the problem is about.</param>
    /// <returns>The problem with its subject.</returns>
    /// <exception cref="ArgumentNullException">The subject is null.</exception>
    public DataProblem About(string subject) => new(Kind, Message, Source, Line, Column, Field, Value, Preconditions.CheckNotNull(subject));

    /// <inheritdoc />
    public bool Equals(DataProblem? other) =>
        other is not null && Kind == other.Kind && Message == other.Message && Source == other.Source && Line == other.Line
        && Column == other.Column && Field == other.Field && Value == other.Value && Subject == other.Subject;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DataProblem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Message, Source, Line, Column, Field, Value, Subject);

    /// <summary>
    /// Where and why, leaving out what is not known:
    /// <c>observations.csv, line 12, column 2 (period), "Dec 20": …</c> or <c>$.measures[3].polarity: …</c>.
    /// Control characters (other than tab), invisible formatting characters and broken surrogates in any
    /// part are written as <c>\uXXXX</c>: <c>"North\u200B"</c>.
    /// </summary>
    /// <returns>The culture-invariant text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(VisibleText.Escape(Source));
        if (Line > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Separator(text)}line {Line}");
        }

        if (Column > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Separator(text)}column {Column}");
        }

        if (Field.Length > 0)
        {
            string field = VisibleText.Escape(Field);
            text.Append(text.Length > 0 ? " (" + field + ")" : field);
        }

        if (Value is not null)
        {
            text.Append(Separator(text)).Append('"').Append(VisibleText.Escape(Value)).Append('"');
        }

        if (Subject.Length > 0)
        {
            text.Append(text.Length > 0 ? ": " : string.Empty).Append(VisibleText.Escape(Subject));
        }

        return text.Length > 0 ? text.Append(": ").Append(Message).ToString() : Message;
    }

    private static string Separator(StringBuilder text) => text.Length > 0 ? ", " : string.Empty;
}
