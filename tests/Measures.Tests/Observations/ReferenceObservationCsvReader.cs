using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Measures.Internal;
using Measures.Observations;

namespace Measures.Tests.Observations;

/// <summary>
/// The CSV reader as it was before records were read in batches: each record's fields made strings and checked one
/// by one with <see cref="ObservationChecker.Add"/>, on one thread. The reader must give what this gives.
/// </summary>
internal static class ReferenceObservationCsvReader
{
    public static LoadResult<IReadOnlyList<Observation>> Read(Stream stream, string sourceName, ObservationReadOptions options)
    {
        using var reader = new ByteEscapingTextReader(stream);
        return ObservationCsvReader.ReadCore(reader, sourceName, options, Rows);
    }

    public static LoadResult<IReadOnlyList<Observation>> Read(TextReader reader, string sourceName, ObservationReadOptions options) =>
        ObservationCsvReader.ReadCore(reader, sourceName, options, Rows);

    private static void Rows(CsvRecordReader records, ObservationChecker checker, string[] names, int[] position)
    {
        var fields = new List<CsvField>(8);
        var problems = new List<(int Line, int Column, string Message)>();
        while (records.Read(fields, problems, out int line))
        {
            if (problems.Count > 0)
            {
                foreach (var (problemLine, column, message) in problems)
                {
                    checker.Error(DataProblemKind.Unreadable, problemLine, column, column <= names.Length ? names[column - 1] : "", null, message);
                }

                problems.Clear();
                continue;
            }

            if (fields.Count != names.Length)
            {
                checker.Error(DataProblemKind.Unreadable, line, 0, "", null, string.Create(CultureInfo.InvariantCulture, $"This line has {fields.Count} field{(fields.Count == 1 ? "" : "s")} but the header has {names.Length} ({string.Join(",", names)}){(fields.Count < names.Length ? ": the line may be cut short, or commas between fields lost." : "; a field holding a comma must be in double quotes.")}"));
                continue;
            }

            checker.Add(
                line,
                Field(fields, position[0], names, "measure code", line),
                Field(fields, position[1], names, "period", line),
                Field(fields, position[2], names, "organisational unit", line),
                Field(fields, position[3], names, "numerator", line),
                Field(fields, position[4], names, "denominator", line),
                Field(fields, position[5], names, "value", line));
        }

        foreach (var (problemLine, column, message) in problems)
        {
            checker.Error(DataProblemKind.Unreadable, problemLine, column, column <= names.Length ? names[column - 1] : "", null, message);
        }
    }

    private static FieldText Field(List<CsvField> fields, int index, string[] names, string label, int line) =>
        index < 0 ? new FieldText(null, line, 0, label, label) : new FieldText(CsvText.Unneutralised(fields[index].Text), fields[index].Line, index + 1, names[index], label);
}
