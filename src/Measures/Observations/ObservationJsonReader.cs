using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Measures.Internal;

using Measures.Definitions;

namespace Measures.Observations;

/// <summary>
/// Reads observations from JSON: either <c>{ "observations": [ … ] }</c> or a bare array, each
/// observation an object with <c>"measure"</c>, <c>"period"</c>, optionally
/// <c>"organisationalUnit"</c>, <c>"numerator"</c> and, except for a count, <c>"denominator"</c>; or,
/// for a value given without counts, <c>"value"</c> (a number such as 76.8) in place of the two.
/// Any other property is refused, or left out when <see cref="ObservationReadOptions.IgnoreUnknownColumns"/>
/// is set (each name once in <see cref="LoadResult{T}.Notices"/>).
/// </summary>
/// <remarks>
/// <para>
/// The same checks as <see cref="ObservationCsvReader"/> are made, and every problem is reported with
/// the file and why, and with the line and column of the value, its JSON path ("$.observations[3].period")
/// and value where it has them (an observation given twice is placed by the line of its object). Reading never half-succeeds: when there is any problem, no observation is returned.
/// Comments and trailing commas are allowed. A file that is not UTF-8, or text with half of a surrogate
/// pair (<c>"\ud800"</c> alone), is refused with the place of the fault. The first
/// <see cref="ObservationReadOptions.MaxProblems"/> problems are listed and every one is counted. No
/// content of the file throws an exception.
/// </para>
/// <para>
/// <see cref="ObservationJsonWriter"/> writes what this reads: write then read gives the same observations.
/// This type is stateless and thread-safe.
/// </para>
/// </remarks>
public static class ObservationJsonReader
{
    private static readonly string[] RootMembers = ["$schema", "observations"];
    private static readonly string[] ObservationMembers = ["measure", "period", "organisationalUnit", "numerator", "denominator", "value"];

    /// <summary>Reads observations from a UTF-8 JSON stream, collecting every problem.</summary>
    /// <param name="utf8Json">The stream; read to its end and not closed.</param>
    /// <param name="sourceName">The file name (or other name) problems are reported against.</param>
    /// <param name="options">The catalogue to check against and other options; <see langword="null"/> for <see cref="ObservationReadOptions.Default"/> (the format only).</param>
    /// <returns>The observations in document order, or every problem found (<see cref="LoadResult{T}.Value"/> throws a <see cref="DataProblemException"/> listing them).</returns>
    /// <exception cref="ArgumentNullException">The stream or source name is null.</exception>
    /// <exception cref="IOException">The stream fails (whatever it throws is passed on; no content of the stream throws).</exception>
    /// <exception cref="NotSupportedException">The stream cannot be read.</exception>
    /// <exception cref="ObjectDisposedException">The stream is closed.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One method per input kind (stream or text), both in the first release.")]
    public static LoadResult<IReadOnlyList<Observation>> Read(Stream utf8Json, string sourceName, ObservationReadOptions? options = null)
    {
        Preconditions.CheckNotNull(utf8Json);
        Preconditions.CheckNotNull(sourceName);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return ReadCore(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), sourceName, options ?? ObservationReadOptions.Default);
    }

    /// <summary>
    /// Reads observations from JSON text, collecting every problem. The text is taken as already decoded
    /// (half of a surrogate pair is refused where it is); give the stream instead to have bytes that are
    /// not UTF-8 refused rather than replaced by whoever decoded them.
    /// </summary>
    /// <param name="reader">The text; read to its end and not closed.</param>
    /// <param name="sourceName">The file name (or other name) problems are reported against.</param>
    /// <param name="options">The catalogue to check against and other options; <see langword="null"/> for <see cref="ObservationReadOptions.Default"/> (the format only).</param>
    /// <returns>The observations in document order, or every problem found (<see cref="LoadResult{T}.Value"/> throws a <see cref="DataProblemException"/> listing them).</returns>
    /// <exception cref="ArgumentNullException">The reader or source name is null.</exception>
    /// <exception cref="IOException">The reader fails (whatever it throws is passed on; no problem in the text throws).</exception>
    /// <exception cref="ObjectDisposedException">The reader is closed.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "One method per input kind (stream or text), both in the first release.")]
    public static LoadResult<IReadOnlyList<Observation>> Read(TextReader reader, string sourceName, ObservationReadOptions? options = null)
    {
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckNotNull(sourceName);
        options ??= ObservationReadOptions.Default;
        string text = reader.ReadToEnd();

        // Encoding would replace half a surrogate pair silently; refuse it where it is instead.
        var checker = new ObservationChecker(sourceName, options);
        foreach (var (line, column, half) in TextEncoding.BrokenSurrogates(text))
        {
            checker.Error(DataProblemKind.Unreadable, line, column, "", null, TextEncoding.BrokenSurrogate(half));
        }

        return checker.ErrorCount > 0 ? checker.Finish() : ReadCore(Encoding.UTF8.GetBytes(text), sourceName, options);
    }

    private static LoadResult<IReadOnlyList<Observation>> ReadCore(ReadOnlyMemory<byte> json, string sourceName, ObservationReadOptions options)
    {
        var ignored = options.IgnoreUnknownColumns ? new IgnoredProperties() : null;
        var result = ReadDocument(json, sourceName, options, ignored);
        return ignored is null ? result : result.WithNotices(ignored.Notices());
    }

    private static LoadResult<IReadOnlyList<Observation>> ReadDocument(ReadOnlyMemory<byte> json, string sourceName, ObservationReadOptions options, IgnoredProperties? ignored)
    {
        if (json.Span.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        var checker = new ObservationChecker(sourceName, options);
        if (json.Span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || json.Span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || json.Span.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            checker.Error(DataProblemKind.Unreadable, 1, 1, "", null, "The file is UTF-16 or UTF-32 (its byte-order mark says so); JSON is read as UTF-8. Save it as UTF-8 and read it again.");
            return checker.Finish();
        }

        var invalid = new Positions(json);
        foreach (var (offset, value) in TextEncoding.InvalidUtf8(json))
        {
            var (line, column) = invalid.At(offset);
            checker.Error(DataProblemKind.Unreadable, line, column, "", null, TextEncoding.NotUtf8(value, "UTF-8"));
        }

        if (checker.ErrorCount > 0)
        {
            return checker.Finish();
        }

        if (json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            checker.Error(DataProblemKind.Missing, 0, 0, "", null, "The file is empty; it should hold { \"observations\": [ … ] }.");
            return checker.Finish();
        }

        var positions = new Positions(json);
        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                checker.Error(DataProblemKind.Missing, 0, 0, "$", null, "The file is empty; it should hold { \"observations\": [ … ] }.");
                return checker.Finish();
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                ReadArray(ref reader, "$", positions, checker, ignored);
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
            {
                ReadRoot(ref reader, positions, checker, ignored);
            }
            else
            {
                var (line, column) = positions.At(reader.TokenStartIndex);
                checker.Error(DataProblemKind.Unreadable, line, column, "$", null, "The document should be an object { \"observations\": [ … ] } or an array of observations [ … ].");
            }
        }
        catch (JsonException ex)
        {
            int line = (int)ex.LineNumber.GetValueOrDefault() + 1;
            int column = (int)ex.BytePositionInLine.GetValueOrDefault() + 1;
            string message = ex.Message;
            int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = (cut >= 0 ? message[..cut] : message).TrimEnd(' ', '.');
            checker.Error(DataProblemKind.Unreadable, line, column, "", null, $"The file is not valid JSON: {message}. Nothing after this point was read.");
        }

        return checker.Finish();
    }

    private static void ReadRoot(ref Utf8JsonReader reader, Positions positions, ObservationChecker checker, IgnoredProperties? ignored)
    {
        bool found = false;
        var (rootLine, rootColumn) = positions.At(reader.TokenStartIndex);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var (line, column) = positions.At(reader.TokenStartIndex);
            if (Text(ref reader, positions, "$", checker) is not { } name)
            {
                reader.Read();
                reader.Skip();
                continue;
            }

            reader.Read();
            if (name == "observations" && reader.TokenType == JsonTokenType.StartArray)
            {
                found = true;
                ReadArray(ref reader, "$.observations", positions, checker, ignored);
            }
            else if (name == "observations")
            {
                checker.Error(DataProblemKind.InvalidValue, line, column, "$.observations", null, "\"observations\" should be an array [ … ] of observations.");
                reader.Skip();
            }
            else if (name == "$schema")
            {
                reader.Skip();
            }
            else if (ignored is not null)
            {
                IgnoredProperties.Add(ignored.Root, name, line);
                reader.Skip();
            }
            else
            {
                checker.Error(DataProblemKind.UnknownName, line, column, "$." + name, null, $"\"{name}\" is not a property of an observations document.{Hint(name, RootMembers)}{IgnoreHint}");
                reader.Skip();
            }
        }

        if (!found)
        {
            checker.Error(DataProblemKind.Missing, rootLine, rootColumn, "$", null, "The document has no \"observations\" array.");
        }
    }

    private static void ReadArray(ref Utf8JsonReader reader, string path, Positions positions, ObservationChecker checker, IgnoredProperties? ignored)
    {
        int index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            string itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                ReadObservation(ref reader, itemPath, positions, checker, ignored);
            }
            else
            {
                var (line, column) = positions.At(reader.TokenStartIndex);
                checker.Error(DataProblemKind.InvalidValue, line, column, itemPath, null, "Each observation should be an object { \"measure\": …, \"period\": …, \"numerator\": … }.");
                reader.Skip();
            }

            index++;
        }
    }

    private static void ReadObservation(ref Utf8JsonReader reader, string path, Positions positions, ObservationChecker checker, IgnoredProperties? ignored)
    {
        var (objectLine, objectColumn) = positions.At(reader.TokenStartIndex);
        var fields = new FieldText?[ObservationMembers.Length];
        string[] labels = ["measure code", "period", "organisational unit", "numerator", "denominator", "value"];
        bool broken = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var (nameLine, nameColumn) = positions.At(reader.TokenStartIndex);
            if (Text(ref reader, positions, path, checker) is not { } name)
            {
                broken = true;
                reader.Read();
                reader.Skip();
                continue;
            }

            reader.Read();
            var (line, column) = positions.At(reader.TokenStartIndex);
            string memberPath = path + "." + name;
            int which = Array.IndexOf(ObservationMembers, name == "unit" ? "organisationalUnit" : name);
            if (which < 0 && ignored is not null)
            {
                IgnoredProperties.Add(ignored.Observation, name, nameLine);
                reader.Skip();
                continue;
            }

            if (which < 0)
            {
                checker.Error(DataProblemKind.UnknownName, nameLine, nameColumn, memberPath, null, $"\"{name}\" is not a property of an observation.{Hint(name, ObservationMembers)}{IgnoreHint}");
                broken = true;
                reader.Skip();
                continue;
            }

            if (fields[which] is not null)
            {
                checker.Error(DataProblemKind.Duplicate, nameLine, nameColumn, memberPath, null, $"\"{name}\" is given twice in the same observation; keep one.");
                broken = true;
                reader.Skip();
                continue;
            }

            bool isNumber = which >= 3;
            bool optional = which is 2 or 4 or 5;
            switch (reader.TokenType)
            {
                case JsonTokenType.String when !isNumber:
                    if (Text(ref reader, positions, memberPath, checker) is { } value)
                    {
                        fields[which] = new FieldText(value, line, column, memberPath, labels[which]);
                    }
                    else
                    {
                        broken = true;
                    }

                    break;
                case JsonTokenType.Number when isNumber:
                    fields[which] = new FieldText(Encoding.UTF8.GetString(reader.ValueSpan), line, column, memberPath, labels[which]);
                    break;
                case JsonTokenType.Null when optional:
                    fields[which] = new FieldText(null, line, column, memberPath, labels[which]);
                    break;
                default:
                    string expected = which == 5 ? "a number (without quotes)" : isNumber ? "a whole number (without quotes)" : "text in double quotes";
                    string? raw = reader.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False
                        ? (reader.TokenType == JsonTokenType.String ? Text(ref reader, positions, memberPath, checker) : Encoding.UTF8.GetString(reader.ValueSpan)) : null;
                    checker.Error(DataProblemKind.InvalidValue, line, column, memberPath, raw, $"The {labels[which]} should be {expected}{(optional ? " or null" : "")}.");
                    broken = true;
                    reader.Skip();
                    break;
            }
        }

        // A value given without counts stands in place of the numerator.
        foreach (int required in fields[5]?.Text is not null ? (int[])[0, 1] : [0, 1, 3])
        {
            if (fields[required] is null && !broken)
            {
                checker.Error(DataProblemKind.Missing, objectLine, objectColumn, path, null, $"The observation has no \"{ObservationMembers[required]}\".");
                broken = true;
            }
        }

        if (!broken)
        {
            FieldText Absent(int i) => new(null, objectLine, objectColumn, path + "." + ObservationMembers[i], labels[i]);
            checker.Add(objectLine, fields[0]!.Value, fields[1]!.Value, fields[2] ?? Absent(2), fields[3] ?? Absent(3), fields[4] ?? Absent(4), fields[5] ?? Absent(5));
        }
    }

    // A string token as text; an escape that is half of a surrogate pair ("\ud800" alone) cannot be, and
    // is reported here. The bytes are valid UTF-8, checked before reading.
    private static string? Text(ref Utf8JsonReader reader, Positions positions, string path, ObservationChecker checker)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            var (line, column) = positions.At(reader.TokenStartIndex);
            string written = Encoding.UTF8.GetString(reader.ValueSpan);
            checker.Error(DataProblemKind.InvalidValue, line, column, path, written, "This text has an escape for half of a surrogate pair without its other half (such as \\ud800 alone); it is not a character. Write the character itself, or both halves of the pair.");
            return null;
        }
    }

    private const string IgnoreHint = " To leave out the properties observations do not use, have them ignored (the IgnoreUnknownColumns option; --ignore-unknown-columns in the measures tool).";

    private static string Hint(string name, string[] known)
    {
        string? near = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase))
            ?? known.FirstOrDefault(k => name.Length >= 4 && (k.StartsWith(name, StringComparison.OrdinalIgnoreCase) || name.StartsWith(k, StringComparison.OrdinalIgnoreCase)));
        return near is not null
            ? $" Did you mean \"{near}\"?"
            : $" The properties are {string.Join(", ", known.Select(k => "\"" + k + "\""))}.";
    }

    /// <summary>The properties left out of a read, each name once with the line it is first met on.</summary>
    private sealed class IgnoredProperties
    {
        public List<(string Name, int Line)> Root { get; } = [];

        public List<(string Name, int Line)> Observation { get; } = [];

        public static void Add(List<(string Name, int Line)> names, string name, int line)
        {
            if (!names.Exists(n => string.Equals(n.Name, name, StringComparison.Ordinal)))
            {
                names.Add((name, line));
            }
        }

        // Named once for the file, not once an observation: the person needs to know what was left out.
        public List<string> Notices()
        {
            var notices = new List<string>(2);
            if (Root.Count > 0)
            {
                notices.Add(Notice(Root, "an observations document", "on line"));
            }

            if (Observation.Count > 0)
            {
                notices.Add(Notice(Observation, "observations", "first on line"));
            }

            return notices;
        }

        private static string Notice(List<(string Name, int Line)> names, string owner, string where) => string.Create(
            CultureInfo.InvariantCulture,
            $"Ignored {names.Count} propert{(names.Count == 1 ? "y" : "ies")} not used by {owner}: {string.Join(", ", names.Select(n => string.Create(CultureInfo.InvariantCulture, $"\"{VisibleText.Escape(n.Name)}\" ({where} {n.Line})")))}.");
    }

    /// <summary>Turns byte offsets into 1-based lines and character columns, scanning forwards only.</summary>
    private sealed class Positions
    {
        private readonly ReadOnlyMemory<byte> json;
        private int scanned;
        private int line = 1;
        private int column = 1;

        public Positions(ReadOnlyMemory<byte> json) => this.json = json;

        public (int Line, int Column) At(long offset)
        {
            var bytes = json.Span;
            int target = (int)Math.Min(offset, bytes.Length);
            if (target < scanned)
            {
                (scanned, line, column) = (0, 1, 1);
            }

            for (; scanned < target; scanned++)
            {
                byte b = bytes[scanned];
                if (b == (byte)'\n')
                {
                    line++;
                    column = 1;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    column++;
                }
            }

            return (line, column);
        }
    }
}
