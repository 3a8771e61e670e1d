using Measures.Definitions;

namespace Measures.Observations;

/// <summary>One field of a CSV record, unquoted, with where it starts.</summary>
/// <param name="Text">The field's text, with quotes removed and doubled quotes undone.</param>
/// <param name="Line">The 1-based line the field starts on.</param>
/// <param name="Column">The 1-based position of the field in its record.</param>
internal readonly record struct CsvField(string Text, int Line, int Column);
