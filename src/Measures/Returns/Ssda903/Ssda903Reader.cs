using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using Measures.Internal;
using Measures.Observations;

namespace Measures.Returns.Ssda903;

/// <summary>
/// Reads an SSDA903 return (children looked after): the set of CSV files, each recognised by its header row
/// whatever its name, or the return's XML form. Every field is checked, and the return as a whole: dates that
/// cannot be read, codes outside the DfE's lists (SEX, RNE, LS, CIN, PLACE, REC, MISSING), required fields left
/// empty, rows given twice, episodes that end before they start or overlap, an episode ended with REC X1 that no
/// episode follows on the same day, and children in Episodes that Header does not list.
/// </summary>
/// <remarks>
/// <para>
/// Read strictly (<see cref="Ssda903ReadOptions.Default"/>), any problem refuses the whole return: the result lists
/// the problems (the first <see cref="Ssda903ReadOptions.MaxProblems"/>, every one counted). Read leniently
/// (<see cref="Ssda903ReadOptions.Lenient"/>), the return is loaded and <see cref="Ssda903Return.Problems"/> lists
/// every problem with its child. A row that cannot be read (no CHILD, a required field empty, a required date that
/// cannot be read, a broken CSV line, a row given twice in one file) is left out and listed; an optional date that
/// cannot be read is kept empty and listed; every other problem leaves the row as read. No content of a file
/// throws an exception.
/// </para>
/// <para>
/// Dates are dd/MM/yyyy as the DfE specifies; d/M/yyyy and yyyy-MM-dd are read too, and a two-digit year is
/// refused (its century cannot be known). Codes are kept as written, trimmed. A row found in two files of one
/// kind (two years' files read together) is read once, and an episode open in one file and closed in another
/// (same child, same start) is read as the closed one; <see cref="LoadResult{T}.Notices"/> says how many.
/// <see cref="Ssda903Writer"/> writes what this reads. This type is stateless and thread-safe.
/// </para>
/// </remarks>
public static partial class Ssda903Reader
{
    /// <summary>Reads the CSV files of a return, any subset of them in any order, each recognised by its header row.</summary>
    /// <param name="files">Each file's name (as problems and records name it; each name once) and content; each stream is read to its end and not closed; files are read side by side, each stream by one thread, so give each file its own stream. UTF-8, or UTF-16 or UTF-32 with a byte-order mark.</param>
    /// <param name="options">Strict or lenient; <see langword="null"/> for <see cref="Ssda903ReadOptions.Default"/> (strict).</param>
    /// <returns>The return, or every problem found when read strictly.</returns>
    /// <exception cref="ArgumentNullException">The files, a name or a stream is null.</exception>
    /// <exception cref="ArgumentException">Two files have the same name.</exception>
    /// <exception cref="IOException">A stream fails (whatever it throws is passed on; no content of a file throws).</exception>
    /// <exception cref="NotSupportedException">A stream cannot be read.</exception>
    /// <exception cref="ObjectDisposedException">A stream is closed.</exception>
    public static LoadResult<Ssda903Return> Read(IEnumerable<(string Name, Stream Content)> files, Ssda903ReadOptions? options = null)
    {
        var list = Preconditions.CheckNotNull(files).ToList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, content) in list)
        {
            Preconditions.CheckNotNull(name, nameof(files));
            Preconditions.CheckNotNull(content, nameof(files));
            Preconditions.CheckArgument(names.Add(name), nameof(files), $"Two files are named \"{name}\"; give each file its own name, so that problems say which file they are in.");
        }

        // Each file is read by its own builder, the largest first, as many at once as there are processors; the
        // parts are then taken in, in the order given, so that problems come in the same order however they were read.
        options ??= Ssda903ReadOptions.Default;
        var parts = new Ssda903ReturnBuilder[list.Count];
        int[] largestFirst = [.. Enumerable.Range(0, list.Count).OrderByDescending(i => list[i].Content.CanSeek ? list[i].Content.Length : 0).ThenBy(i => i)];
        try
        {
            Parallel.ForEach(
                Partitioner.Create(largestFirst, EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Min(Environment.ProcessorCount, Math.Max(1, list.Count)) },
                i =>
                {
                    var part = new Ssda903ReturnBuilder(options);
                    using var text = new ByteEscapingTextReader(list[i].Content);
                    ReadCsv(text, list[i].Name, part);
                    parts[i] = part;
                });
        }
        catch (AggregateException failed) when (failed.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(failed.InnerExceptions[0]).Throw();
            throw;
        }

        var builder = new Ssda903ReturnBuilder(options);
        foreach (var part in parts)
        {
            builder.Merge(part);
        }

        return builder.Finish();
    }

    private static void ReadCsv(TextReader text, string source, Ssda903ReturnBuilder builder)
    {
        var records = new CsvRecordReader(text);
        var fields = new List<CsvField>(16);
        var problems = new List<(int Line, int Column, string Message)>();
        if (!records.Read(fields, problems, out int headerLine))
        {
            builder.Problem(DataProblemKind.Missing, Ssda903File.Header, source, 0, 0, "", null, null, "The file is empty; its first line must be the header row of one of the return's files (Header: CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB; Episodes: CHILD,DECOM,RNE,…).");
            return;
        }

        if (problems.Count > 0)
        {
            foreach (var (line, column, message) in problems)
            {
                builder.Problem(DataProblemKind.Unreadable, Ssda903File.Header, source, line, column, "", null, null, message + " The file is not read.");
            }

            return;
        }

        string[] header = [.. fields.Select(f => f.Text.Trim().TrimStart('\uFEFF').Trim().ToUpperInvariant())];
        if (Recognise(header) is not var (file, positions))
        {
            Unrecognised(builder, source, headerLine, fields, header);
            return;
        }

        int[] columns = [.. positions.Select(p => p + 1)];
        builder.Source(source, file, columns);
        var row = new Ssda903Row(file, source);
        var record = new CsvRow();
        while (records.Read(record, problems, out int line))
        {
            if (problems.Count > 0)
            {
                string? child = ChildOf(record, positions[0]);
                foreach (var (problemLine, column, message) in problems)
                {
                    builder.Problem(DataProblemKind.Unreadable, file, source, problemLine, column, column <= header.Length ? header[column - 1] : "", null, child, message + " This row is not read.");
                }

                problems.Clear();
                continue;
            }

            if (record.Count != header.Length)
            {
                string? child = ChildOf(record, positions[0]);
                builder.Problem(DataProblemKind.Unreadable, file, source, line, 0, "", null, child, string.Create(CultureInfo.InvariantCulture, $"This line has {record.Count} fields but the header has {header.Length}; a field holding a comma must be in double quotes. This row is not read."));
                continue;
            }

            row.Clear(line);
            for (int i = 0; i < positions.Length; i++)
            {
                row.SetField(i, record[positions[i]], record.LineOf(positions[i]), positions[i] + 1);
            }

            builder.Add(row);
        }

        // A quoted field never closed ends the file with its problem still pending.
        foreach (var (problemLine, column, message) in problems)
        {
            builder.Problem(DataProblemKind.Unreadable, file, source, problemLine, column, column <= header.Length ? header[column - 1] : "", null, null, message + " This row is not read.");
        }
    }

    private static string? ChildOf(CsvRow record, int position) => position < record.Count ? Clean(record.Text(position)) : null;

    // Trimmed, with the apostrophe a writer puts before text a spreadsheet would run as a formula taken off; empty is null.
    private static string? Clean(string text)
    {
        var span = text.AsSpan();
        if (span.IsEmpty)
        {
            return null;
        }

        if (char.IsWhiteSpace(span[0]) || char.IsWhiteSpace(span[^1]))
        {
            text = text.Trim();
            if (text.Length == 0)
            {
                return null;
            }
        }

        return CsvText.Unneutralised(text);
    }

    /// <summary>The file whose columns are exactly the header's, in any order, and where each of its columns is.</summary>
    private static (Ssda903File File, int[] Positions)? Recognise(string[] header)
    {
        foreach (var file in Ssda903Layout.AllFiles)
        {
            string[] columns = Ssda903Layout.ColumnsOf(file);
            if (columns.Length != header.Length)
            {
                continue;
            }

            int[] positions = [.. columns.Select(c => Array.IndexOf(header, c))];
            if (positions.All(p => p >= 0) && positions.Distinct().Count() == positions.Length)
            {
                return (file, positions);
            }
        }

        return null;
    }

    private static void Unrecognised(Ssda903ReturnBuilder builder, string source, int line, List<CsvField> fields, string[] header)
    {
        if (header.Length == 1 && header[0].Contains(';', StringComparison.Ordinal))
        {
            builder.Problem(DataProblemKind.Unreadable, Ssda903File.Header, source, line, 1, "", fields[0].Text, null, "The header is separated by semicolons; save the file as comma-separated values (CSV).");
            return;
        }

        var closest = Ssda903Layout.AllFiles.MaxBy(f => (2 * Ssda903Layout.ColumnsOf(f).Intersect(header).Count()) - Ssda903Layout.ColumnsOf(f).Length - header.Length)!;
        string[] columns = Ssda903Layout.ColumnsOf(closest);
        string[] lacking = [.. columns.Except(header)];
        string[] extra = [.. header.Except(columns)];
        string[] twice = [.. header.GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key)];
        var why = new List<string>();
        if (lacking.Length > 0)
        {
            why.Add("it lacks " + string.Join(", ", lacking));
        }

        if (extra.Length > 0)
        {
            why.Add("it has " + string.Join(", ", extra.Select(e => e.Length == 0 ? "a column with no name" : e)) + ", which " + Ssda903Layout.NameOf(closest) + " does not");
        }

        if (twice.Length > 0)
        {
            why.Add("it names " + string.Join(", ", twice) + " twice");
        }

        builder.Problem(
            DataProblemKind.UnknownName,
            closest,
            source,
            line,
            0,
            "",
            string.Join(",", fields.Select(f => f.Text)),
            null,
            $"This header row is not that of any file of the SSDA903 return, so the file is not read. It is closest to the {Ssda903Layout.NameOf(closest)} file, whose columns are {string.Join(",", columns)}; {string.Join("; ", why)}.");
    }
}
