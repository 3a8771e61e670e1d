using System;
using System.Buffers;
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
    /// <summary>
    /// Reads the files of a return, any subset of them in any order: each CSV file recognised by its header row, and a
    /// file that starts with '&lt;' read as the return's XML form (as <see cref="ReadXml(Stream, string, Ssda903ReadOptions?)"/> reads it), whatever the names.
    /// </summary>
    /// <param name="files">Each file's name (as problems and records name it; each name once) and content; each stream is read to its end and not closed; files are read side by side, each stream by one thread, so give each file its own stream. UTF-8, or UTF-16 or UTF-32 with a byte-order mark.</param>
    /// <param name="options">Strict or lenient; <see langword="null"/> for <see cref="Ssda903ReadOptions.Default"/> (strict).</param>
    /// <returns>The return, or every problem found when read strictly.</returns>
    /// <exception cref="ArgumentNullException">The files, a name or a stream is null.</exception>
    /// <exception cref="ArgumentException">Two files have the same name.</exception>
    /// <exception cref="IOException">A stream fails (whatever it throws is passed on; no content of a file throws).</exception>
    /// <exception cref="NotSupportedException">A stream cannot be read.</exception>
    /// <exception cref="ObjectDisposedException">A stream is closed.</exception>
    public static LoadResult<Ssda903Return> Read(IEnumerable<(string Name, Stream Content)> files, Ssda903ReadOptions? options = null) =>
        Read(files, options, PartBytes);

    /// <summary>Reads the CSV files of a return, a file of at least twice <paramref name="partBytes"/> in parts of about that size.</summary>
    internal static LoadResult<Ssda903Return> Read(IEnumerable<(string Name, Stream Content)> files, Ssda903ReadOptions? options, int partBytes)
    {
        var list = Preconditions.CheckNotNull(files).ToList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, content) in list)
        {
            Preconditions.CheckNotNull(name, nameof(files));
            Preconditions.CheckNotNull(content, nameof(files));
            Preconditions.CheckArgument(names.Add(name), nameof(files), $"Two files are named \"{name}\"; give each file its own name, so that problems say which file they are in.");
        }

        // Each file, or each part of a large file, is read by its own builder, the largest first, as many at once as
        // there are processors; the parts are then taken in, in the order given, so that the records and problems
        // come in the same order however they were read.
        options ??= Ssda903ReadOptions.Default;
        var jobs = new List<Job>();
        var rented = new List<byte[]>();
        try
        {
            foreach (var (name, content) in list)
            {
                jobs.AddRange(Split(name, content, rented, partBytes));
            }

            return ReadJobs(jobs, options);
        }
        finally
        {
            // A large file's bytes are borrowed from the shared pool: a national return would otherwise put tens of
            // megabytes on the large object heap at every read, each time bringing a full collection closer.
            foreach (byte[] bytes in rented)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    private static LoadResult<Ssda903Return> ReadJobs(List<Job> jobs, Ssda903ReadOptions options)
    {
        // Header first, then the parts of the other large files, which then keep Header's string for each child it
        // lists rather than a string of their own: a national return's episodes name 110,000 children. Parts are
        // moved forward while a processor would otherwise wait for Header.
        var parts = new Ssda903ReturnBuilder[jobs.Count];
        int processors = Math.Max(1, Environment.ProcessorCount);
        var first = Enumerable.Range(0, jobs.Count).Where(i => !jobs[i].AfterHeader).ToList();
        var then = Enumerable.Range(0, jobs.Count).Where(i => jobs[i].AfterHeader).ToList();
        while (first.Count < processors && then.Count > 0)
        {
            first.Add(then[0]);
            then.RemoveAt(0);
        }

        ReadSideBySide(jobs, first, parts, options, null);
        if (then.Count > 0)
        {
            var listed = new StringTable(first.Sum(i => parts[i].Children.Count));
            try
            {
                foreach (int i in first)
                {
                    foreach (ref readonly var child in parts[i].Children.Segment().AsSpan())
                    {
                        listed.TryAdd(child.ChildId, 0, out _);
                    }
                }

                ReadSideBySide(jobs, then, parts, options, listed);
            }
            finally
            {
                listed.Release();
            }
        }

        var builder = new Ssda903ReturnBuilder(options);
        builder.Merge(parts);

        return builder.Finish();
    }

    /// <summary>Reads jobs <paramref name="which"/>, the largest first, as many at once as there are processors, each into a builder of its own.</summary>
    private static void ReadSideBySide(List<Job> jobs, List<int> which, Ssda903ReturnBuilder[] parts, Ssda903ReadOptions options, StringTable? listed)
    {
        int[] largestFirst = [.. which.OrderByDescending(i => jobs[i].Size).ThenBy(i => i)];
        try
        {
            Parallel.ForEach(
                Partitioner.Create(largestFirst, EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Min(Environment.ProcessorCount, Math.Max(1, largestFirst.Length)) },
                i =>
                {
                    var part = new Ssda903ReturnBuilder(options, listed);
                    jobs[i].Read(part);
                    parts[i] = part;
                });
        }
        catch (AggregateException failed) when (failed.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(failed.InnerExceptions[0]).Throw();
            throw;
        }
    }

    /// <summary>One piece of reading: a whole file, or a run of whole lines of a large one.</summary>
    /// <param name="Size">Its size in bytes, as far as known, to start the largest first.</param>
    /// <param name="Read">Reads it into a builder of its own.</param>
    /// <param name="AfterHeader">Whether it is a part of a large file other than Header, read once Header has been.</param>
    private sealed record Job(long Size, Action<Ssda903ReturnBuilder> Read, bool AfterHeader = false);

    // A large file is read in parts of about this many bytes, each ending at the end of a line.
    private const int PartBytes = 2 << 20;

    /// <summary>
    /// The jobs of one file: the whole stream, or, for a large UTF-8 file in memory or on disk whose header is that
    /// of a file of the return, parts of whole lines, each starting where no quoted field is open and knowing its
    /// first line's number.
    /// </summary>
    private static List<Job> Split(string name, Stream content, List<byte[]> rented, int partBytes)
    {
        if (!content.CanSeek || content.Length - content.Position < 2 * partBytes || content.Length - content.Position > Array.MaxLength)
        {
            return [new Job(content.CanSeek ? content.Length - content.Position : 0, builder => ReadWhole(content, name, builder))];
        }

        int size = (int)(content.Length - content.Position);
        byte[] bytes = ArrayPool<byte>.Shared.Rent(size);
        rented.Add(bytes);
        content.ReadExactly(bytes, 0, size);
        var whole = new Job(size, builder => ReadWhole(new MemoryStream(bytes, 0, size, writable: false), name, builder));
        var span = bytes.AsSpan(0, size);
        int headerEnd = span.IndexOf((byte)'\n');

        // UTF-16 or UTF-32 (a byte-order mark other than UTF-8's), a quoted header, or a carriage return that ends no
        // line: read whole, character by character as ever. A file with neither quote nor carriage return (lines ended
        // with LF alone) is found in one pass, and then nothing else need be counted.
        bool plain = span.IndexOfAny((byte)'"', (byte)'\r') < 0;
        if (headerEnd < 0 || (span[0] is 0xFE or 0xFF or 0x00)
            || (!plain && (span[..headerEnd].Contains((byte)'"') || span.Count((byte)'\r') != span.Count("\r\n"u8))))
        {
            return [whole];
        }

        using var headerText = new ByteEscapingTextReader(new MemoryStream(bytes, 0, headerEnd + 1, writable: false));
        using var header = new CsvRecordReader(headerText);
        var fields = new List<CsvField>(16);
        var problems = new List<(int Line, int Column, string Message)>();
        if (!header.Read(fields, problems, out _) || problems.Count > 0 || Recognise(HeaderNames(fields)) is not var (file, positions))
        {
            return [whole];
        }

        // As many parts of about partBytes as make a multiple of the processors, all of one size, so that no
        // processor is left with the last part while the others wait.
        int body = size - (headerEnd + 1);
        int processors = Math.Max(1, Environment.ProcessorCount);
        int count = (int)Math.Ceiling(body / (double)partBytes);
        count = (count + processors - 1) / processors * processors;
        int each = Math.Max(1, (int)Math.Ceiling(body / (double)count));

        var parts = new List<(int From, int Length, int FirstLine, int Rows)>();
        int start = 0;
        int line = 1;
        while (start < size)
        {
            int end = Math.Min(size, Math.Max(start, headerEnd + 1) + each);
            if (end < size)
            {
                int newline = span[end..].IndexOf((byte)'\n');
                end = newline < 0 ? size : end + newline + 1;
            }

            // A part may end only where the quotes before it are balanced: no quoted field (holding a line break) is open.
            while (!plain && end < size && span[start..end].Count((byte)'"') % 2 != 0)
            {
                int newline = span[end..].IndexOf((byte)'\n');
                end = newline < 0 ? size : end + newline + 1;
            }

            int lines = span[start..end].Count((byte)'\n');

            // At most one row a line, and a row has a few bytes at least: the part's table is made that large at once.
            parts.Add((start, end - start, line, Math.Min(lines + 1, (end - start) / 8)));
            line += lines;
            start = end;
        }

        // Header and Episodes rows are held by value: the parts fill their own stretches of one array, which taking
        // them in then keeps.
        Array? shared = file switch
        {
            Ssda903File.Header => new HeaderRow[parts.Sum(p => p.Rows)],
            Ssda903File.Episodes => new EpisodeRow[parts.Sum(p => p.Rows)],
            _ => null,
        };
        var jobs = new List<Job>();
        int offset = 0;
        foreach (var (from, length, firstLine, rows) in parts)
        {
            int at = offset;
            bool afterHeader = file != Ssda903File.Header;
            jobs.Add(from == 0
                ? new Job(length, builder => ReadWhole(new MemoryStream(bytes, 0, length, writable: false), name, builder, rows, shared, at), afterHeader)
                : new Job(length, builder => ReadPart(new MemoryStream(bytes, from, length, writable: false), firstLine, name, builder, file, positions, rows, shared, at), afterHeader));
            offset += rows;
        }

        return jobs;
    }

    private static void ReadPart(Stream content, int firstLine, string name, Ssda903ReturnBuilder builder, Ssda903File file, int[] positions, int rows, Array? shared, int offset)
    {
        using var text = new ByteEscapingTextReader(content);
        using var records = new CsvRecordReader(text, firstLine);
        ReadRows(records, name, builder, file, positions, rows, shared, offset);
    }

    private static void ReadWhole(Stream content, string name, Ssda903ReturnBuilder builder, int expectedRows = 0, Array? shared = null, int offset = 0)
    {
        // A file among the CSV files may be the return's XML form, whatever its name.
        if (ReturnXml.IsXml(content, out var whole))
        {
            ReadXmlInto(whole, name, builder);
            return;
        }

        using var text = new ByteEscapingTextReader(whole);
        ReadCsv(text, name, builder, expectedRows, shared, offset);
    }

    private static string[] HeaderNames(List<CsvField> fields) => [.. fields.Select(f => f.Text.Trim().TrimStart('\uFEFF').Trim().ToUpperInvariant())];

    private static void ReadCsv(TextReader text, string source, Ssda903ReturnBuilder builder, int expectedRows, Array? shared = null, int offset = 0)
    {
        using var records = new CsvRecordReader(text);
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

        string[] header = HeaderNames(fields);
        if (Recognise(header) is not var (file, positions))
        {
            Unrecognised(builder, source, headerLine, fields, header);
            return;
        }

        ReadRows(records, source, builder, file, positions, expectedRows, shared, offset);
    }

    /// <summary>Reads the rows after the header (of the whole file, or of one part of it) of a file recognised as <paramref name="file"/>.</summary>
    private static void ReadRows(CsvRecordReader records, string source, Ssda903ReturnBuilder builder, Ssda903File file, int[] positions, int expectedRows, Array? shared = null, int offset = 0)
    {
        // The columns as the file has them, so that a problem names the column where it is.
        string[] inDfeOrder = Ssda903Layout.ColumnsOf(file);
        string[] header = new string[positions.Length];
        for (int i = 0; i < positions.Length; i++)
        {
            header[positions[i]] = inDfeOrder[i];
        }

        var problems = new List<(int Line, int Column, string Message)>();
        int[] columns = [.. positions.Select(p => p + 1)];
        builder.Source(source, file, columns);
        builder.Expect(file, expectedRows, shared, offset);
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
                builder.Problem(DataProblemKind.Unreadable, file, source, line, 0, "", null, child, CsvText.FieldCountProblem(record.Count, header.Length) + " This row is not read.");
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

    /// <summary>The file of the return whose header row <paramref name="line"/> is (a CSV line, names in any case and order), or <see langword="null"/>.</summary>
    internal static Ssda903File? FileOfHeaderRow(string line)
    {
        var records = new CsvRecordReader(new StringReader(line));
        var fields = new List<CsvField>(16);
        var problems = new List<(int Line, int Column, string Message)>();
        return records.Read(fields, problems, out _) && problems.Count == 0 && Recognise(HeaderNames(fields)) is { } found ? found.File : null;
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
