using Measures.Definitions;

namespace Measures.Observations;

/// <summary>The text of one field of one observation, with where it is in the file.</summary>
/// <param name="Text">The text as written, or <see langword="null"/> when the field is absent.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Name">The field's name in messages: the CSV column name or the JSON path.</param>
/// <param name="Label">What the field is, in words ("numerator").</param>
internal readonly record struct FieldText(string? Text, int Line, int Column, string Name, string Label);
