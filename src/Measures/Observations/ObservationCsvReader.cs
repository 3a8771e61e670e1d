using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Measures.Internal;

using Measures.Definitions;

namespace Measures.Observations;

/// <summary>
/// Reads observations from CSV (RFC 4180): a header line naming the columns, then one observation a
/// line. The columns, in any order, are <c>measure</c>, <c>period</c>, <c>organisational_unit</c>
/// (optional: empty or absent for the whole council), <c>numerator</c> and <c>denominator</c>
/// (optional: empty for a count), and <c>value</c> (optional: a value given without counts, such as a
/// partner's 76.8 for 76.8%, on a row whose numerator and denominator are empty). Column names ignore
/// case, spaces, hyphens and underscores, and "measure code", "code", "period label", "unit", "team" and
/// "locality" are accepted too. Any other column is refused, or left out when
/// <see cref="ObservationReadOptions.IgnoreUnknownColumns"/> is set (named once in <see cref="LoadResult{T}.Notices"/>).
/// </summary>
/// <remarks>
/// <para>
/// Every problem is reported with the file and why, and with the line, column, field and value where it
/// has them (a row given twice is placed by its line alone): an unknown
/// period label (with the reason the label could not be read), a numerator or denominator that is
/// not a whole number or is negative, the same measure, period and unit twice, and, when
/// <see cref="ObservationReadOptions.Catalogue"/> is given, an unknown measure code, a missing or
/// unexpected denominator, and a percentage whose numerator exceeds its denominator. A measure code or
/// unit holding an invisible character (a zero-width space, a bidirectional control) is refused, since
/// it would silently make a separate unit. Text that is not UTF-8 is refused at its line. Rows that are
/// blank, or hold only commas and spaces (as spreadsheets write below their data), are skipped. Reading
/// never half-succeeds: when there is any problem, no observation is returned. The first
/// <see cref="ObservationReadOptions.MaxProblems"/> problems are listed and every one is counted. No
/// content of the file throws an exception.
/// </para>
/// <para>
/// <see cref="ObservationCsvWriter"/> writes what this reads: write then read gives the same observations.
/// This type is stateless and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// using var file = File.OpenRead("observations.csv");
/// var result = ObservationCsvReader.Read(file, "observations.csv", new ObservationReadOptions { Catalogue = catalogue });
/// if (!result.Success)
/// {
///     foreach (var problem in result.Problems) Console.Error.WriteLine(problem);
/// }
/// </code>
/// </example>
public static class ObservationCsvReader
{
    private const string Expected = "measure,period,organisational_unit,numerator,denominator";

    private static readonly (string Name, string[] Aliases)[] Columns =
    [
        ("measure", ["measure", "measurecode", "code"]),
        ("period", ["period", "periodlabel", "reportingperiod"]),
        ("organisational_unit", ["organisationalunit", "organizationalunit", "orgunit", "unit", "team", "locality"]),
        ("numerator", ["numerator"]),
        ("denominator", ["denominator"]),
        ("value", ["value"]),
    ];

    /// <summary>
    /// Reads observations from CSV text, collecting every problem. The text is taken as already decoded
    /// (half of a surrogate pair is refused where it is); give the stream instead to have bytes that are
    /// not UTF-8 refused rather than replaced by whoever decoded them.
    /// </summary>
    /// <param name="reader">The text; read to its end and not closed.</param>
    /// <param name="sourceName">The file name (or other name) problems are reported against.</param>
    /// <param name="options">The catalogue to check against and other options; <see langword="null"/> for <see cref="ObservationReadOptions.Default"/> (the format only).</param>
    /// <returns>The observations in file order, or every problem found (<see cref="LoadResult{T}.Value"/> throws a <see cref="DataProblemException"/> listing them).</returns>
    /// <exception cref="ArgumentNullException">The reader or source name is null.</exception>
    /// <exception cref="IOException">The reader fails (whatever it throws is passed on; no problem in the text throws).</exception>
    /// <exception cref="ObjectDisposedException">The reader is closed.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One method per input kind (stream or text), both in the first release.")]
    public static LoadResult<IReadOnlyList<Observation>> Read(TextReader reader, string sourceName, ObservationReadOptions? options = null)
    {
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckNotNull(sourceName);
        options ??= ObservationReadOptions.Default;
        return ReadCore(reader, sourceName, options, Rows(Math.Max(options.Threads, 1)));
    }

    /// <summary>
    /// Reads observations from a CSV stream (UTF-8 unless a byte-order mark says UTF-16 or UTF-32),
    /// collecting every problem. Bytes that are not UTF-8 (a file saved as Windows-1252, say) are
    /// refused with their line and field rather than read as altered text.
    /// </summary>
    /// <param name="stream">The stream; read to its end and not closed.</param>
    /// <param name="sourceName">The file name (or other name) problems are reported against.</param>
    /// <param name="options">The catalogue to check against and other options; <see langword="null"/> for <see cref="ObservationReadOptions.Default"/> (the format only).</param>
    /// <returns>The observations in file order, or every problem found (<see cref="LoadResult{T}.Value"/> throws a <see cref="DataProblemException"/> listing them).</returns>
    /// <exception cref="ArgumentNullException">The stream or source name is null.</exception>
    /// <exception cref="IOException">The stream fails (whatever it throws is passed on; no content of the stream throws).</exception>
    /// <exception cref="NotSupportedException">The stream cannot be read.</exception>
    /// <exception cref="ObjectDisposedException">The stream is closed.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One method per input kind (stream or text), both in the first release.")]
    public static LoadResult<IReadOnlyList<Observation>> Read(Stream stream, string sourceName, ObservationReadOptions? options = null)
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(sourceName);
        options ??= ObservationReadOptions.Default;
        using var reader = new ByteEscapingTextReader(stream);
        return ReadCore(reader, sourceName, options, Rows(options.Threads > 0 ? options.Threads : Threads(stream)));
    }

    // Two threads when there are two cores and enough to read for a second thread to pay: a large file, or a pipe.
    private static int Threads(Stream stream)
    {
        const long LargeFile = 1 << 20;
        bool large = !stream.CanSeek || stream.Length - stream.Position >= LargeFile;
        return Environment.ProcessorCount > 1 && large ? 2 : 1;
    }

    /// <summary>Reads the records after the header, checking each with the checker, in file order.</summary>
    /// <param name="records">The reader, after the header.</param>
    /// <param name="checker">The checker.</param>
    /// <param name="names">The header's column names, trimmed.</param>
    /// <param name="position">Where each column is (measure, period, unit, numerator, denominator, value), -1 when absent.</param>
    internal delegate void RowsReader(CsvRecordReader records, ObservationChecker checker, string[] names, int[] position);

    private static RowsReader Rows(int threads) => (records, checker, names, position) =>
        ObservationRowPipeline.Run(new ObservationRowSource(records, names.Length, position), new BatchCheck(checker, names, position).Check, threads);

    /// <summary>Reads as <see cref="Read(TextReader, string, ObservationReadOptions?)"/> does, the records after the header read by <paramref name="rows"/>.</summary>
    internal static LoadResult<IReadOnlyList<Observation>> ReadCore(TextReader reader, string sourceName, ObservationReadOptions options, RowsReader rows)
    {
        var ignored = new List<(string Name, int Column)>();
        var result = ReadRecords(reader, sourceName, options, ignored, rows);
        return ignored.Count == 0 ? result : result.WithNotices([IgnoredNotice(ignored)]);
    }

    // Named once for the file, not once a row: the person needs to know which columns were left out.
    private static string IgnoredNotice(List<(string Name, int Column)> ignored)
    {
        string columns = string.Join(", ", ignored.Select(c => string.Create(
            CultureInfo.InvariantCulture,
            $"{(c.Name.Length == 0 ? "a column with no name" : "\"" + VisibleText.Escape(c.Name) + "\"")} (column {c.Column})")));
        return string.Create(CultureInfo.InvariantCulture, $"Ignored {ignored.Count} column{(ignored.Count == 1 ? "" : "s")} not used by observations: {columns}.");
    }

    private static LoadResult<IReadOnlyList<Observation>> ReadRecords(TextReader reader, string sourceName, ObservationReadOptions options, List<(string Name, int Column)> ignored, RowsReader rows)
    {
        var checker = new ObservationChecker(sourceName, options);
        using var records = new CsvRecordReader(reader);
        var fields = new List<CsvField>(8);
        var problems = new List<(int Line, int Column, string Message)>();
        if (!records.Read(fields, problems, out int headerLine))
        {
            checker.Error(DataProblemKind.Missing, 0, 0, "", null, $"The file is empty; its first line must be the header \"{Expected}\".");
            return checker.Finish();
        }

        int[] position = ReadHeader(fields, headerLine, problems, checker, options.IgnoreUnknownColumns ? ignored : null);
        if (checker.ErrorCount > 0)
        {
            return checker.Finish();
        }

        string[] names = [.. fields.Select(f => f.Text.Trim())];
        rows(records, checker, names, position);
        return checker.Finish();
    }

    // Each batch's records in file order: plain ones by their indexes, any other as text, each checked as the other would be.
    private sealed class BatchCheck(ObservationChecker checker, string[] names, int[] position)
    {
        private readonly List<string> measures = [];
        private readonly List<string> periods = [];
        private readonly List<string> units = [];

        public void Check(ObservationRowBatch batch)
        {
            foreach (string text in batch.NewMeasures)
            {
                string unneutralised = CsvText.Unneutralised(text);
                measures.Add(unneutralised);
                checker.AddMeasureText(unneutralised);
            }

            foreach (string text in batch.NewPeriods)
            {
                string unneutralised = CsvText.Unneutralised(text);
                periods.Add(unneutralised);
                checker.AddPeriodText(unneutralised);
            }

            foreach (string text in batch.NewUnits)
            {
                string unneutralised = CsvText.Unneutralised(text);
                units.Add(unneutralised);
                checker.AddUnitText(unneutralised);
            }

            var rows = batch.Rows;
            for (int i = 0; i < batch.Count; i++)
            {
                ref var row = ref rows[i];
                if (row.Other >= 0)
                {
                    CheckText(batch.Others[row.Other]);
                }
                else if (!checker.TryAddClean(row.Line, row.Measure, row.Period, row.Unit, row.Numerator, row.Denominator))
                {
                    CheckInFull(batch, in row);
                }
            }

            if (batch.Trailing is { } trailing)
            {
                CheckText(trailing);
            }
        }

        private void CheckText(CsvRecordText record)
        {
            if (record.Problems.Length > 0)
            {
                foreach (var (problemLine, column, message) in record.Problems)
                {
                    checker.Error(DataProblemKind.Unreadable, problemLine, column, column <= names.Length ? names[column - 1] : "", null, message);
                }

                return;
            }

            int line = record.Line;
            if (record.Texts.Length != names.Length)
            {
                checker.Error(DataProblemKind.Unreadable, line, 0, "", null, CsvText.FieldCountProblem(record.Texts.Length, names.Length, string.Join(",", names)));
                return;
            }

            checker.Add(
                line,
                Field(record, position[0], "measure code"),
                Field(record, position[1], "period"),
                Field(record, position[2], "organisational unit"),
                Field(record, position[3], "numerator"),
                Field(record, position[4], "denominator"),
                Field(record, position[5], "value"));
        }

        private FieldText Field(CsvRecordText record, int index, string label) =>
            index < 0 ? new FieldText(null, record.Line, 0, label, label) : new FieldText(CsvText.Unneutralised(record.Texts[index]), record.Lines[index], index + 1, names[index], label);

        // A plain record that is not certainly clean: checked from its text, every field on its line.
        private void CheckInFull(ObservationRowBatch batch, in ObservationRow row)
        {
            int line = row.Line;
            string numerator = new(batch.Figures, row.FiguresStart, row.NumeratorLength);
            string denominator = new(batch.Figures, row.FiguresStart + row.NumeratorLength, row.DenominatorLength);
            checker.Add(
                line,
                At(position[0], measures[row.Measure], line, "measure code"),
                At(position[1], periods[row.Period], line, "period"),
                At(position[2], row.Unit < 0 ? null : units[row.Unit], line, "organisational unit"),
                At(position[3], numerator, line, "numerator"),
                At(position[4], denominator, line, "denominator"),
                At(position[5], "", line, "value"));
        }

        private FieldText At(int index, string? text, int line, string label) =>
            index < 0 ? new FieldText(null, line, 0, label, label) : new FieldText(text, line, index + 1, names[index], label);
    }

    // An unknown column is refused, or added to ignored when that is given.
    private static int[] ReadHeader(List<CsvField> header, int line, List<(int Line, int Column, string Message)> problems, ObservationChecker checker, List<(string Name, int Column)>? ignored)
    {
        int[] position = [-1, -1, -1, -1, -1, -1];
        foreach (var (problemLine, column, message) in problems)
        {
            checker.Error(DataProblemKind.Unreadable, problemLine, column, "", null, message);
        }

        problems.Clear();
        if (header.Count == 1 && header[0].Text.Contains(';', StringComparison.Ordinal))
        {
            checker.Error(DataProblemKind.Unreadable, line, 1, "", header[0].Text, "The header is separated by semicolons; save the file as comma-separated values (CSV), with the header \"" + Expected + "\".");
            return position;
        }

        for (int i = 0; i < header.Count; i++)
        {
            string name = header[i].Text;
            string bare = new([.. name.Trim().TrimStart('\uFEFF').Where(c => c is not (' ' or '_' or '-')).Select(char.ToLowerInvariant)]);
            int which = Array.FindIndex(Columns, c => c.Aliases.Contains(bare));
            if (which < 0 && ignored is not null)
            {
                ignored.Add((name.Trim().TrimStart('\uFEFF').Trim(), i + 1));
            }
            else if (which < 0)
            {
                checker.Error(DataProblemKind.UnknownName, line, i + 1, "", name, $"This is not a column of an observations file; the columns are {string.Join(", ", Columns.Select(c => c.Name))}. Rename it to one of them or delete it, or have the columns observations do not use ignored (the IgnoreUnknownColumns option; --ignore-unknown-columns in the measures tool).");
            }
            else if (position[which] >= 0)
            {
                checker.Error(DataProblemKind.Duplicate, line, i + 1, "", name, string.Create(CultureInfo.InvariantCulture, $"The {Columns[which].Name} column is already given in column {position[which] + 1}; give each column once."));
            }
            else
            {
                position[which] = i;
            }
        }

        // A file of values without counts (a partner's percentages) has a value column and no numerator.
        foreach (int required in position[5] >= 0 ? (int[])[0, 1] : [0, 1, 3])
        {
            if (position[required] < 0)
            {
                checker.Error(DataProblemKind.Missing, line, 0, "", null, $"The header has no {Columns[required].Name} column; the header must name the columns {Expected} (organisational_unit and denominator may be left out), or measure, period and value for values given without counts.");
            }
        }

        return position;
    }
}
