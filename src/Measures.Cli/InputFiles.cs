using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Measures;
using Measures.Aggregation;
using Measures.Definitions;
using Measures.Internal;
using Measures.Observations;

namespace Measures.Cli;

/// <summary>
/// Opens the inputs named on the command line (a file, or standard input for "-"), tells what each is, and
/// reads it through the library once, front to back, turning problems into <see cref="ToolException"/>s.
/// </summary>
internal static class InputFiles
{
    /// <summary>The name that stands for standard input.</summary>
    public const string StandardInput = "-";

    // Files at least this large show progress while they are read, when standard error is a terminal.
    private const long LargeFile = 4 * 1024 * 1024;

    // Rows checked before the rest of a large file is estimated from its size, twice. The reading thread runs a few
    // batches ahead of the rows checked, so the stream's position leads them: 100,000 rows in, by up to a fifth (the
    // first estimate allows a quarter more), and a million rows in, by a few percent (the second allows 3%).
    private static readonly (long Rows, double Margin)[] Estimates = [(100_000, 1.25), (1_000_000, 1.03)];

    private static readonly JsonReaderOptions Detection = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Opens <paramref name="path"/> and tells from its extension, then its first bytes, what it holds.</summary>
    /// <remarks>A statutory return's file given where a catalogue, observations or populations belong is refused, naming the option it belongs to.</remarks>
    public static Input Open(string path, ToolContext context)
    {
        var stream = OpenTelling(path, context, out var statutory);
        string? belongs = statutory switch
        {
            StatutoryReturn.Ssda903 => "a file of the SSDA903 return (children looked after); give it with --ssda903",
            StatutoryReturn.CinCensus => "a CIN census; give it with --cin",
            StatutoryReturn.Sen2 => "a SEN2 return; give it with --sen2",
            _ => null,
        };
        if (belongs is not null)
        {
            stream.Dispose();
            throw new ToolException(ExitCode.InvalidInput, $"{(path == StandardInput ? "standard input" : "'" + path + "'")} is {belongs} (to 'measures indicators' or 'measures scorecard'), or check it with 'measures validate'.");
        }

        return Open(path, stream);
    }

    /// <summary>
    /// Opens <paramref name="path"/> and tells from its first bytes which statutory return it holds, if any; the stream
    /// given back starts from the beginning, so that standard input is read once.
    /// </summary>
    public static Stream OpenTelling(string path, ToolContext context, out StatutoryReturn statutory)
    {
        var stream = OpenStream(path, context);
        try
        {
            statutory = StatutoryInput.Tell(stream, out var whole);
            return whole;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stream.Dispose();
            throw new ToolException($"cannot read '{path}': {ex.Message.TrimEnd('.')}.");
        }
    }

    /// <summary>Tells what <paramref name="stream"/>, opened from <paramref name="path"/>, holds: a catalogue or observations.</summary>
    public static Input Open(string path, Stream stream)
    {
        try
        {
            return Detect(path, stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stream.Dispose();
            throw new ToolException($"cannot read '{path}': {ex.Message.TrimEnd('.')}.");
        }
    }

    public static LoadResult<MeasureCatalogue> ReadCatalogue(Input input) => Reading(input, () => MeasureCatalogue.Load(input.Stream));

    public static MeasureCatalogue LoadCatalogue(string path, ToolContext context)
    {
        using var input = Open(path, context);
        var result = ReadCatalogue(input);
        return result.Success
            ? result.Value
            : throw new ToolException(ExitCode.InvalidInput, Count(result.ProblemCount, "problem") + $" in the catalogue '{path}'; nothing was read.", [.. Problems(input, result)]);
    }

    public static IEnumerable<string> Problems<T>(Input input, LoadResult<T> result)
        where T : notnull => Lines(input.Name, result.Problems, result.ProblemCount);

    /// <summary>Problems as lines for standard error, each placed in its file, with how many more were not listed.</summary>
    public static IEnumerable<string> Lines(string name, IReadOnlyList<DataProblem> problems, long problemCount) =>
        problems.Select(e => e.Source.Length > 0 ? e.ToString() : $"{name}: {e}")
            .Concat(problemCount > problems.Count ? [$"{name}: … and {Count(problemCount - problems.Count, "more problem")} not listed."] : []);

    /// <summary>
    /// Reads observations straight into an aggregation store, row by row, so that a large file is held once, in the
    /// store's columns: the read's problems, or else the store's (a duplicate, a figure too large to add up), or the store.
    /// </summary>
    public static StoredObservations ReadIntoStore(Input input, MeasureCatalogue catalogue, ToolContext context, bool ignoreUnknownColumns = false)
    {
        var rules = new Dictionary<string, AggregationRule>(StringComparer.Ordinal);
        // The tool shows the whole council, so rows are summed as they come and only their keys are kept.
        var builder = new ObservationStoreBuilder(rules).SumUnitsAsAdded();
        long count = 0;
        // The latest end of any period and of a month; as dates, which compare more cheaply than months made a row.
        LocalDate latestEnd = default, latestMonth = default;
        bool anyPeriod = false, anyMonth = false;
        // Rows come in runs of one measure: what the last row did for its code, the next need not do again.
        string? ruled = null;
        void Each(in Observation observation)
        {
            // A code that has its rule keeps it, and for such a code adding a rule does nothing.
            if (ruled is null || !ReferenceEquals(observation.MeasureCode, ruled))
            {
                CatalogueRules.Add(catalogue, rules, observation, count);
                ruled = rules.ContainsKey(observation.MeasureCode) ? observation.MeasureCode : ruled;
            }

            builder.Add(observation);
            count++;

            // Far enough in to judge the bytes a row takes: make room for the rest at once rather than doubling.
            if ((count == Estimates[0].Rows || count == Estimates[1].Rows) && input.Length is { } length && input.Stream.Position > 0)
            {
                double rows = (double)length * count / input.Stream.Position * (count == Estimates[0].Rows ? Estimates[0].Margin : Estimates[1].Margin);
                builder.EnsureRoomFor((int)Math.Min(rows - count, int.MaxValue / 2));
            }

            var end = observation.Period.End;
            if (!anyPeriod || end > latestEnd)
            {
                (latestEnd, anyPeriod) = (end, true);
            }

            if (observation.Period.Type == Time.PeriodType.Month && (!anyMonth || end > latestMonth))
            {
                (latestMonth, anyMonth) = (end, true);
            }
        }

        var read = ReadObservations(input, catalogue, context, Each, ignoreUnknownColumns);
        // Measures with only windows' figures or values take their catalogue entry's rule, whether or not the read succeeded.
        CatalogueRules.AddMissing(catalogue, rules, builder.KeptApartCodes);
        if (!read.Success)
        {
            // The store finds what the rows that were read give it (duplicates, say): list those too.
            var alsoStored = builder.Build();
            return new StoredObservations([.. read.Problems, .. alsoStored.Problems], read.ProblemCount + alsoStored.ProblemCount, null, 0, null, null);
        }

        var built = builder.Build();
        return built.Success
            ? new StoredObservations([], 0, built.Value, count, anyMonth ? YearMonthOf(latestMonth) : null, anyPeriod ? YearMonthOf(latestEnd) : null)
            : new StoredObservations(built.Problems, built.ProblemCount, null, 0, null, null);
    }

    private static YearMonth YearMonthOf(LocalDate date) => new(date.Year, date.Month);

    private static LoadResult<IReadOnlyList<Observation>> ReadObservations(Input input, MeasureCatalogue catalogue, ToolContext context, ObservationReceiver? each, bool ignoreUnknownColumns)
    {
        var progress = context.Environment.ErrorIsTerminal && input.Length >= LargeFile
            ? new ReadProgress(context.Error, input)
            : null;
        var options = new ObservationReadOptions { Catalogue = catalogue, Progress = progress, Each = each, IgnoreUnknownColumns = ignoreUnknownColumns };
        var result = Reading(input, () => input.Kind == InputKind.ObservationsJson
            ? ObservationJsonReader.Read(input.Stream, input.Name, options)
            : ObservationCsvReader.Read(input.Stream, input.Name, options));
        progress?.Done();

        // What the read did that is not a problem (the columns it left out), once for the file, before any problem.
        foreach (string notice in result.Notices)
        {
            context.Error.WriteLine($"{input.Name}: {notice}");
        }

        return result;
    }

    /// <summary>Observations read straight into an aggregation store (see <see cref="ReadIntoStore"/>), or a <see cref="ToolException"/> listing the problems.</summary>
    public static StoredObservations LoadIntoStore(string path, MeasureCatalogue catalogue, ToolContext context, bool ignoreUnknownColumns = false)
    {
        using var input = Open(path, context);
        if (input.Kind == InputKind.Catalogue)
        {
            throw new ToolException($"'{path}' is a catalogue (it has \"measures\"), not observations; give it with --catalogue.");
        }

        var stored = ReadIntoStore(input, catalogue, context, ignoreUnknownColumns);
        return stored.Store is not null
            ? stored
            : throw new ToolException(ExitCode.InvalidInput, Count(stored.ProblemCount, "problem") + $" in the observations '{path}'; nothing was read.", [.. stored.Lines(input.Name)]);
    }

    public static string Count(long count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? "" : "s")}");

    /// <summary>The full path of a file named on the command line, or <see langword="null"/> for standard input.</summary>
    public static string? FullPath(string path) => path == StandardInput ? null : Path.GetFullPath(path);

    private static Stream OpenStream(string path, ToolContext context)
    {
        if (path == StandardInput)
        {
            return context.Environment.OpenStandardInput();
        }

        if (Directory.Exists(path))
        {
            throw new ToolException($"cannot read '{path}': it is a folder, not a file.");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string why = ex switch
            {
                FileNotFoundException or DirectoryNotFoundException => "there is no such file",
                UnauthorizedAccessException => "permission to read it was refused",
                _ => ex.Message.TrimEnd('.'),
            };
            throw new ToolException($"cannot read '{path}': {why}.");
        }
    }

    /// <summary>
    /// A catalogue (a JSON document with "measures"), CSV observations, or JSON observations: by extension,
    /// then by the first bytes. Only as much is read as it takes to tell, and it is given back to the reader.
    /// </summary>
    private static Input Detect(string path, Stream stream)
    {
        string name = path == StandardInput ? "stdin" : Path.GetFileName(path);
        long? length = stream.CanSeek || stream is PrefixedStream { HasLength: true } ? stream.Length : null;
        string extension = path == StandardInput ? string.Empty : Path.GetExtension(path);
        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) || extension.Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return new Input(path, name, InputKind.ObservationsCsv, stream, length);
        }

        byte[] buffer = new byte[4096];
        int filled = 0;
        bool ended = false;
        InputKind? kind = null;
        while (kind is null)
        {
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            int read = ended ? 0 : stream.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            ended |= read == 0;
            kind = Tell(buffer.AsSpan(0, filled), ended, extension, path);
        }

        return new Input(path, name, kind.Value, new PrefixedStream(buffer, filled, stream), length);
    }

    /// <summary>What the first bytes say the input is, or <see langword="null"/> when more are needed.</summary>
    private static InputKind? Tell(ReadOnlySpan<byte> start, bool ended, string extension, string path)
    {
        int i = 0;
        if (start.StartsWith("\uFEFF"u8))
        {
            i = 3;
        }

        while (i < start.Length && start[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        if (i == start.Length)
        {
            return ended ? InputKind.ObservationsCsv : null;
        }

        if (start[i] == '[')
        {
            return InputKind.ObservationsJson;
        }

        if (start[i] is not ((byte)'{' or (byte)'/'))
        {
            return InputKind.ObservationsCsv;
        }

        // An object (perhaps after a comment): a catalogue has "measures", observations have "observations".
        var reader = new Utf8JsonReader(start[i..], ended, new JsonReaderState(Detection));
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    if (reader.ValueTextEquals("measures"u8))
                    {
                        return InputKind.Catalogue;
                    }

                    if (reader.ValueTextEquals("observations"u8))
                    {
                        return InputKind.ObservationsJson;
                    }
                }
            }

            return ended ? InputKind.Catalogue : null;
        }
        catch (JsonException)
        {
            // Not valid JSON: let the reader say where, as observations if the file says it holds them.
            bool observations = extension.Equals(".json", StringComparison.OrdinalIgnoreCase) && path.Contains("observation", StringComparison.OrdinalIgnoreCase);
            return observations ? InputKind.ObservationsJson : InputKind.Catalogue;
        }
    }

    private static LoadResult<T> Reading<T>(Input input, Func<LoadResult<T>> read)
        where T : notnull
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ToolException($"cannot read '{input.Path}': {ex.Message.TrimEnd('.')}.");
        }
    }

    /// <summary>Shows how far through a large file reading has gone, on one line of standard error.</summary>
    private sealed class ReadProgress(TextWriter error, Input input) : IProgress<long>
    {
        private bool shown;

        public void Report(long value)
        {
            // Standard input has no length: the count alone, not a share of nothing.
            string share = input.Length is > 0 and long total
                ? string.Create(CultureInfo.InvariantCulture, $" ({Math.Min(100, input.Stream.Position * 100 / total)}%)")
                : string.Empty;
            error.Write(string.Create(CultureInfo.InvariantCulture, $"\rReading {input.Name}: {value:N0} records{share}   "));
            shown = true;
        }

        public void Done()
        {
            if (shown)
            {
                error.WriteLine();
            }
        }
    }
}
