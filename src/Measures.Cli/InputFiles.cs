using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Measures;
using Measures.Definitions;
using Measures.Observations;

namespace Measures.Cli;

/// <summary>Opens the files named on the command line and reads them through the library, turning problems into <see cref="ToolException"/>s.</summary>
internal static class InputFiles
{
    // Files at least this large show progress while they are read, when standard error is a terminal.
    private const long LargeFile = 4 * 1024 * 1024;

    public static FileStream Open(string path)
    {
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

    /// <summary>A catalogue (a JSON document with "measures"), CSV observations, or JSON observations: by extension, then by content.</summary>
    public static InputKind Detect(string path)
    {
        string extension = Path.GetExtension(path);
        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) || extension.Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return InputKind.ObservationsCsv;
        }

        using var stream = Open(path);
        int first;
        do
        {
            first = stream.ReadByte();
        }
        while (first is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF);

        if (first == '[')
        {
            return InputKind.ObservationsJson;
        }

        if (first != '{')
        {
            return InputKind.ObservationsCsv;
        }

        // An object: a catalogue has "measures", observations have "observations".
        stream.Position = 0;
        try
        {
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return document.RootElement.TryGetProperty("measures", out _) ? InputKind.Catalogue : InputKind.ObservationsJson;
        }
        catch (JsonException)
        {
            // Not valid JSON: let the catalogue reader say where, unless it reads like observations.
            return extension.Equals(".json", StringComparison.OrdinalIgnoreCase) && path.Contains("observation", StringComparison.OrdinalIgnoreCase)
                ? InputKind.ObservationsJson
                : InputKind.Catalogue;
        }
    }

    public static LoadResult<MeasureCatalogue> ReadCatalogue(string path)
    {
        using var stream = Open(path);
        return MeasureCatalogue.Load(stream);
    }

    public static MeasureCatalogue LoadCatalogue(string path)
    {
        var result = ReadCatalogue(path);
        return result.Success
            ? result.Value
            : throw new ToolException(ExitCode.InvalidInput, Count(result.ProblemCount, "problem") + $" in the catalogue '{path}'; nothing was read.", [.. CatalogueProblems(path, result)]);
    }

    public static IEnumerable<string> CatalogueProblems(string path, LoadResult<MeasureCatalogue> result) =>
        result.Problems.Select(e => $"{Path.GetFileName(path)}: {e}");

    public static LoadResult<IReadOnlyList<Observation>> ReadObservations(string path, InputKind kind, MeasureCatalogue catalogue, ToolContext context)
    {
        using var stream = Open(path);
        string name = Path.GetFileName(path);
        var progress = context.Environment.ErrorIsTerminal && stream.Length >= LargeFile
            ? new ReadProgress(context.Error, name, stream)
            : null;
        var options = new ObservationReadOptions { Catalogue = catalogue, Progress = progress };
        var result = kind == InputKind.ObservationsJson
            ? ObservationJsonReader.Read(stream, name, options)
            : ObservationCsvReader.Read(stream, name, options);
        progress?.Done();
        return result;
    }

    public static IReadOnlyList<Observation> LoadObservations(string path, MeasureCatalogue catalogue, ToolContext context)
    {
        var kind = Detect(path);
        if (kind == InputKind.Catalogue)
        {
            throw new ToolException($"'{path}' is a catalogue (it has \"measures\"), not observations; give it with --catalogue.");
        }

        var result = ReadObservations(path, kind, catalogue, context);
        return result.Success
            ? result.Value
            : throw new ToolException(ExitCode.InvalidInput, Count(result.ProblemCount, "problem") + $" in the observations '{path}'; nothing was read.", [.. result.Problems.Select(e => e.ToString())]);
    }

    public static string Count(long count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? "" : "s")}");

    /// <summary>Shows how far through a large file reading has gone, on one line of standard error.</summary>
    private sealed class ReadProgress(TextWriter error, string name, Stream stream) : IProgress<long>
    {
        private bool shown;

        public void Report(long value)
        {
            long percent = stream.Length == 0 ? 100 : stream.Position * 100 / stream.Length;
            error.Write(string.Create(CultureInfo.InvariantCulture, $"\rReading {name}: {value:N0} records ({percent}%)   "));
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
