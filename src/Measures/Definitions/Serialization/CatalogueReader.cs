using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Measures.Time;
using NodaTime;
using NodaTime.Text;
using Measures.Internal;

using Measures.Definitions;

namespace Measures.Definitions.Serialization;

/// <summary>
/// Turns a catalogue document into a <see cref="MeasureCatalogue"/>, collecting every problem with its
/// JSON path rather than stopping at the first. The checks themselves live beside the types they guard
/// (the same ones their constructors apply), so that loading and building in code agree.
/// </summary>
internal sealed class CatalogueReader
{
    private static readonly string[] CatalogueMembers = ["$schema", "version", "name", "description", "measures"];
    private static readonly string[] MeasureMembers = ["code", "title", "description", "serviceArea", "kind", "parent", "valueType", "polarity", "frequency", "periodType", "rollingMonths", "numerator", "denominator", "dataLag", "countsInSummary", "noChangeTolerance", "similarityTolerance", "targets", "benchmarks", "source"];
    private static readonly string[] ValueTypeMembers = ["kind", "per", "unit", "decimals"];
    private static readonly string[] TargetMembers = ["year", "from", "value", "upper", "tolerance", "stretch", "source"];
    private static readonly string[] ToleranceMembers = ["points", "fractionOfTarget"];
    private static readonly string[] BenchmarkMembers = ["period", "comparators", "quartiles", "band", "source"];
    private static readonly string[] ComparatorMembers = ["name", "value"];
    private static readonly string[] QuartileMembers = ["lower", "median", "upper"];

    private readonly List<DataProblem> errors = [];

    // Where each error belongs in document order: its measure (-1 for none) and the rank of the measure's property.
    private readonly List<(int Measure, int Rank)> places = [];
    private readonly Dictionary<(object Known, string Name), string> hints = [];
    private int measure = -1;
    private string measurePath = "";

    private CatalogueReader()
    {
    }

    public static LoadResult<MeasureCatalogue> Read(Stream utf8Json)
    {
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    /// <summary>Reads a catalogue from text given as a string: half of a surrogate pair is refused where it is rather than replaced.</summary>
    public static LoadResult<MeasureCatalogue> Read(string json)
    {
        var problems = new ProblemList();
        foreach (var (line, column, half) in TextEncoding.BrokenSurrogates(json))
        {
            problems.Add(new DataProblem(DataProblemKind.Unreadable, TextEncoding.BrokenSurrogate(half), line: line, column: column));
        }

        return problems.Count > 0 ? problems.ToResult<MeasureCatalogue>() : Read(System.Text.Encoding.UTF8.GetBytes(json));
    }

    private static LoadResult<MeasureCatalogue> Read(ReadOnlyMemory<byte> json)
    {
        if (json.Span.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        if (json.Span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || json.Span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || json.Span.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            return LoadResult<MeasureCatalogue>.ForProblems([new DataProblem(DataProblemKind.Unreadable, "The document is UTF-16 or UTF-32 (its byte-order mark says so); a catalogue is read as UTF-8. Save it as UTF-8 and load it again.", line: 1, column: 1)]);
        }

        // Text that is not characters is refused where it is, before anything else is checked.
        var invalid = new ProblemList();
        var places = new BytePlaces(json);
        foreach (var (offset, value) in TextEncoding.InvalidUtf8(json))
        {
            var (line, column) = places.At(offset);
            invalid.Add(new DataProblem(DataProblemKind.Unreadable, TextEncoding.NotUtf8(value, "UTF-8"), line: line, column: column));
        }

        if (invalid.Count == 0)
        {
            foreach (var (offset, half) in TextEncoding.BrokenSurrogateEscapes(json))
            {
                var (line, column) = places.At(offset);
                invalid.Add(new DataProblem(DataProblemKind.InvalidValue, TextEncoding.BrokenSurrogateEscape(half), line: line, column: column));
            }
        }

        if (invalid.Count > 0)
        {
            return invalid.ToResult<MeasureCatalogue>();
        }

        // A value of the wrong JSON type stops the deserialiser. It is reported, then set aside (its bytes blanked,
        // so that every line and position stays true) and the document read again, so that the problems before
        // and after it are found as well. Anything else that stops the deserialiser stops the load there.
        CatalogueDocument? document;
        var setAside = new List<DataProblem>();
        byte[]? blanked = null;
        while (true)
        {
            try
            {
                document = JsonSerializer.Deserialize(blanked is null ? json.Span : blanked, CatalogueJsonContext.Default.CatalogueDocument);
                break;
            }
            catch (JsonException ex)
            {
                bool wrongType = ex.Message.StartsWith(WrongType, StringComparison.Ordinal) && setAside.Count < MaxSetAside;
                if (!wrongType || !SetAside(blanked ??= json.ToArray(), ex.Path))
                {
                    return LoadResult<MeasureCatalogue>.ForProblems([.. setAside, FromJsonException(ex, stops: true)]);
                }

                setAside.Add(FromJsonException(ex, stops: false));
            }
        }

        var reader = new CatalogueReader();
        foreach (var problem in setAside)
        {
            reader.AddSetAside(problem);
        }

        var catalogue = reader.ReadCatalogue(document);
        if (catalogue is not null && reader.errors.Count == 0)
        {
            return LoadResult<MeasureCatalogue>.ForValue(catalogue);
        }

        // A value set aside is absent to the checks: that it is missing is not another problem.
        var problems = new ProblemList();
        problems.AddRange(reader.errors.Where(e => setAside.Contains(e) || !setAside.Exists(a => Within(e.Field, a.Field))));
        return problems.ToResult<MeasureCatalogue>();
    }

    private const string WrongType = "The JSON value could not be converted to ";

    // Each value set aside costs a reading of the document; beyond this many the load stops at the next.
    private const int MaxSetAside = 100;

    private static bool Within(string path, string outer) =>
        path.StartsWith(outer, StringComparison.Ordinal) && (path.Length == outer.Length || path[outer.Length] is '.' or '[');

    private void AddSetAside(DataProblem problem)
    {
        string path = problem.Field;
        const string Measures = "$.measures[";
        int close = path.StartsWith(Measures, StringComparison.Ordinal) ? path.IndexOf(']', Measures.Length) : -1;
        InMeasure(close > 0 && int.TryParse(path.AsSpan(Measures.Length, close - Measures.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index) ? index : -1);
        errors.Add(problem);
        places.Add((measure, MemberRank(path)));
        InMeasure(-1);
    }

    /// <summary>
    /// Blanks the value at <paramref name="path"/> with spaces, keeping line breaks: a property goes with its name and
    /// a following comma (a trailing comma is allowed), an element of a list becomes null (or an empty object, when
    /// too short for "null") so that the other elements keep their indices.
    /// </summary>
    private static bool SetAside(byte[] json, string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return false;
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var containers = new List<(string Path, int Next)>(); // Next is the next index of a list, or -1 in an object
        string name = "";
        long nameStart = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    (name, nameStart) = (reader.GetString() ?? "", reader.TokenStartIndex);
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    containers.RemoveAt(containers.Count - 1);
                    continue;
                }

                if (containers.Count == 0)
                {
                    containers.Add(("$", reader.TokenType == JsonTokenType.StartArray ? 0 : -1));
                    continue;
                }

                var (outer, next) = containers[^1];
                bool inList = next >= 0;
                string here = inList ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{outer}[{next}]") : outer + "." + name;
                if (inList)
                {
                    containers[^1] = (outer, next + 1);
                }

                long valueStart = reader.TokenStartIndex;
                bool container = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
                if (here != path)
                {
                    if (container)
                    {
                        containers.Add((here, reader.TokenType == JsonTokenType.StartArray ? 0 : -1));
                    }

                    continue;
                }

                if (container)
                {
                    reader.Skip();
                }

                int end = (int)reader.BytesConsumed;
                if (inList)
                {
                    byte[] stand = end - valueStart >= 4 ? "null"u8.ToArray() : end - valueStart >= 2 ? "{}"u8.ToArray() : [];
                    if (stand.Length == 0)
                    {
                        return false;
                    }

                    Blank(json, (int)valueStart, end);
                    stand.CopyTo(json, (int)valueStart);
                    return true;
                }

                int after = end;
                while (after < json.Length && json[after] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
                {
                    after++;
                }

                Blank(json, (int)nameStart, after < json.Length && json[after] == (byte)',' ? after + 1 : end);
                return true;
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return false;
    }

    private static void Blank(byte[] json, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (json[i] is not ((byte)'\n' or (byte)'\r'))
            {
                json[i] = (byte)' ';
            }
        }
    }

    /// <summary>Turns byte offsets, met in increasing order, into 1-based lines and character columns.</summary>
    private sealed class BytePlaces(ReadOnlyMemory<byte> json)
    {
        private int scanned;
        private int line = 1;
        private int lineStart;

        public (int Line, int Column) At(int offset)
        {
            for (; scanned < offset; scanned++)
            {
                if (json.Span[scanned] == (byte)'\n')
                {
                    (line, lineStart) = (line + 1, scanned + 1);
                }
            }

            return (line, 1 + System.Text.Encoding.UTF8.GetCharCount(json.Span[lineStart..offset]));
        }
    }

    // What stopped the deserialiser; stops says that nothing after it was checked.
    private static DataProblem FromJsonException(JsonException ex, bool stops)
    {
        string path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
        string where = ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine.GetValueOrDefault() + 1})" : "";
        string message = ex.Message;
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        const string Duplicate = "Duplicate property '";
        if (message.StartsWith(Duplicate, StringComparison.Ordinal))
        {
            string name = message[Duplicate.Length..];
            name = name[..Math.Max(0, name.IndexOf('\'', StringComparison.Ordinal))];
            return new DataProblem(DataProblemKind.Duplicate, field: path, message: $"\"{name}\" is given twice in the same object{where}; keep one. Nothing else was checked until this is fixed.");
        }

        if (message.StartsWith(WrongType, StringComparison.Ordinal))
        {
            string type = message[WrongType.Length..];
            string expected =
                type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal) ? "a whole number"
                : type.Contains("Decimal", StringComparison.Ordinal) ? "a number"
                : type.Contains("Boolean", StringComparison.Ordinal) ? "true or false"
                : type.Contains("List`1", StringComparison.Ordinal) ? "a list in square brackets [ … ]"
                : type.Contains("Document", StringComparison.Ordinal) ? "an object in braces { … }"
                : type.Contains("String", StringComparison.Ordinal) ? "text in double quotes"
                : "another type of value";
            string rest = stops ? " Nothing else was checked until this is fixed." : " The rest of the document was checked without it.";
            return new DataProblem(DataProblemKind.InvalidValue, field: path, message: $"This value has the wrong type{where}: it should be {expected}.{rest}");
        }

        return new DataProblem(DataProblemKind.Unreadable, field: path, message: $"The document is not valid JSON{where}: {message.TrimEnd('.')}. Nothing else was checked until this is fixed.");
    }

    private static string Child(string path, string member) =>
        member.Length == 0 ? path
        : member.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? path + "." + member
        : member[0] == '[' || (member.Contains('[', StringComparison.Ordinal) && member.All(c => c != '\'' && c != ' ')) ? path + "." + member
        : path + "['" + member.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    private void Error(DataProblemKind kind, string path, string message)
    {
        errors.Add(new DataProblem(kind, message, field: path));
        places.Add((measure, MemberRank(path)));
    }

    // The rank of the measure's property that the path is in, or -1.
    private int MemberRank(string path)
    {
        if (measure < 0 || path.Length <= measurePath.Length + 1 || !path.StartsWith(measurePath, StringComparison.Ordinal) || path[measurePath.Length] != '.')
        {
            return -1;
        }

        string rest = path[(measurePath.Length + 1)..];
        int end = rest.IndexOfAny(['.', '[']);
        return Array.IndexOf(MeasureMembers, end < 0 ? rest : rest[..end]);
    }

    // An unknown property's path: quoted unless it is a plain name, so that "measures[x]" is not taken for a measure.
    private static string Member(string path, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? path + "." + name
            : path + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    private void InMeasure(int index)
    {
        measure = index;
        measurePath = index < 0 ? "" : $"$.measures[{index}]";
    }

    private void Unknown(Dictionary<string, JsonElement>? unknown, string path, string[] known, string owner)
    {
        if (unknown is null)
        {
            return;
        }

        foreach (string name in unknown.Keys)
        {
            if (!hints.TryGetValue((known, name), out string? hint))
            {
                string? near = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase))
                    ?? known.FirstOrDefault(k => TextDistance.Within(k, name, 2));
                hint = near is not null ? $" Did you mean \"{near}\"?" : $" The properties of {owner} are: {string.Join(", ", known.Select(k => "\"" + k + "\""))}.";
                hints.Add((known, name), hint);
            }

            Error(DataProblemKind.UnknownName, Member(path, name), $"\"{name}\" is not a property of {owner}.{hint}");
        }
    }

    private TEnum? Word<TEnum>(JsonWords.WordMap<TEnum> map, string? word, string path, string? requiredBy)
        where TEnum : struct, Enum
    {
        if (word is null)
        {
            if (requiredBy is not null)
            {
                Error(DataProblemKind.Missing, path, map.Missing(requiredBy));
            }

            return null;
        }

        if (map.TryValue(word.Trim(), out var value))
        {
            return value;
        }

        if (!hints.TryGetValue((map, word), out string? why))
        {
            why = map.Unknown(word);
            hints.Add((map, word), why);
        }

        Error(DataProblemKind.UnknownName, path, why);
        return null;
    }

    private ReportingPeriod? Period(string? label, string path)
    {
        if (label is null)
        {
            return null;
        }

        if (CataloguePeriods.TryParse(label, out var period, out string problem))
        {
            return period;
        }

        Error(DataProblemKind.InvalidValue, path, problem);
        return null;
    }

    private MeasureCatalogue? ReadCatalogue(CatalogueDocument? document)
    {
        if (document is null)
        {
            Error(DataProblemKind.InvalidValue, "$", "The document is null; a catalogue is an object such as { \"version\": 1, \"measures\": [ … ] }.");
            return null;
        }

        Unknown(document.Unknown, "$", CatalogueMembers, "a catalogue");
        if (document.Version is null)
        {
            Error(DataProblemKind.Missing, "$.version", $"A catalogue states the version of its format: add \"version\": {MeasureCatalogue.FormatVersion}.");
        }
        else if (document.Version != MeasureCatalogue.FormatVersion)
        {
            Error(DataProblemKind.InvalidValue, "$.version", $"This catalogue is in format version {document.Version}; this version of Measures reads version {MeasureCatalogue.FormatVersion}.");
        }

        if (document.Measures is null)
        {
            Error(DataProblemKind.Missing, "$.measures", "A catalogue needs a list of measures: \"measures\": [ … ].");
            return null;
        }

        var measures = new MeasureDefinition?[document.Measures.Count];
        for (int i = 0; i < measures.Length; i++)
        {
            InMeasure(i);
            measures[i] = ReadMeasure(document.Measures[i], measurePath);
        }

        foreach (var (index, problem) in MeasureCatalogue.Problems([.. document.Measures.Select(m => (m?.Code, m?.Parent))]))
        {
            InMeasure(index);
            Error(DataProblemKind.InvalidValue, Child(measurePath, problem.Member), problem.Message);
        }

        InMeasure(-1);
        if (errors.Count > 0)
        {
            // Report problems in document order: by measure, then in the order a measure's properties are written.
            var ordered = errors.Select((e, i) => (Problem: e, Place: places[i])).OrderBy(e => e.Place.Measure).ThenBy(e => e.Place.Rank).Select(e => e.Problem).ToList();
            errors.Clear();
            errors.AddRange(ordered);
            return null;
        }

        return new MeasureCatalogue(measures!, document.Name ?? "", document.Description ?? "", document.Schema);
    }

    private MeasureDefinition? ReadMeasure(MeasureDocument? m, string path)
    {
        if (m is null)
        {
            Error(DataProblemKind.InvalidValue, path, "Expected a measure, an object in braces { … }, but found null.");
            return null;
        }

        int before = errors.Count;
        Unknown(m.Unknown, path, MeasureMembers, "a measure");
        Invisible(m.Code, path + ".code", "measure code");
        Invisible(m.Parent, path + ".parent", "parent");
        string owner = string.IsNullOrWhiteSpace(m.Code) ? "A measure" : m.Code.Trim();
        var kind = Word(JsonWords.Kinds, m.Kind, path + ".kind", owner);
        var valueType = ReadValueType(m.ValueType, path + ".valueType", out var valueKind);
        var polarity = Word(JsonWords.Polarities, m.Polarity, path + ".polarity", owner);
        var frequency = Word(JsonWords.Frequencies, m.Frequency, path + ".frequency", owner);
        var periodType = Word(JsonWords.PeriodTypes, m.PeriodType, path + ".periodType", owner);
        var numerator = Word(JsonWords.NumeratorRules, m.Numerator, path + ".numerator", owner);
        var denominator = Word(JsonWords.DenominatorRules, m.Denominator, path + ".denominator", null);
        var dataLag = ReadDataLag(m.DataLag, path + ".dataLag");
        if (MeasureDefinition.RollingMonthsProblem(m.RollingMonths) is { } window)
        {
            Error(DataProblemKind.InvalidValue, path + ".rollingMonths", window);
        }

        if (MeasureDefinition.ToleranceProblem(m.NoChangeTolerance) is { } noChange)
        {
            Error(DataProblemKind.InvalidValue, path + ".noChangeTolerance", noChange);
        }

        if (MeasureDefinition.ToleranceProblem(m.SimilarityTolerance) is { } similarity)
        {
            Error(DataProblemKind.InvalidValue, path + ".similarityTolerance", similarity);
        }

        var targets = new Target?[m.Targets?.Count ?? 0];
        for (int j = 0; j < targets.Length; j++)
        {
            targets[j] = ReadTarget(m.Targets![j], $"{path}.targets[{j}]");
        }

        var benchmarks = new Benchmark?[m.Benchmarks?.Count ?? 0];
        for (int k = 0; k < benchmarks.Length; k++)
        {
            benchmarks[k] = ReadBenchmark(m.Benchmarks![k], $"{path}.benchmarks[{k}]");
        }

        foreach (var problem in MeasureDefinition.Problems(m.Code ?? "", m.Title ?? "", m.ServiceArea ?? "", valueKind, polarity, m.Denominator is not null, m.Parent, dataLag, targets, benchmarks, periodType, m.RollingMonths))
        {
            Error(DataProblemKind.InvalidValue, Child(path, problem.Member), problem.Message);
        }

        if (errors.Count > before)
        {
            return null;
        }

        return new MeasureDefinition(
            m.Code!,
            m.Title!,
            m.ServiceArea!,
            kind.GetValueOrDefault(),
            valueType!,
            polarity.GetValueOrDefault(),
            frequency.GetValueOrDefault(),
            periodType.GetValueOrDefault(),
            numerator.GetValueOrDefault(),
            denominator,
            m.Parent,
            m.Description ?? "",
            dataLag,
            m.CountsInSummary,
            targets!,
            benchmarks!,
            m.Source,
            m.NoChangeTolerance,
            m.SimilarityTolerance,
            m.RollingMonths);
    }

    private MeasureValueType? ReadValueType(ValueTypeDocument? v, string path, out ValueKind? kind)
    {
        kind = null;
        if (v is null)
        {
            Error(DataProblemKind.Missing, path, "A measure needs a value type, such as { \"kind\": \"percentage\", \"decimals\": 1 }.");
            return null;
        }

        int before = errors.Count;
        Unknown(v.Unknown, path, ValueTypeMembers, "a value type");
        kind = Word(JsonWords.ValueKinds, v.Kind, path + ".kind", "A value type");
        if (kind is not { } k)
        {
            return null;
        }

        int decimals = v.Decimals ?? MeasureValueType.DefaultDecimals(k);
        foreach (var problem in MeasureValueType.Problems(k, decimals, v.Per))
        {
            Error(DataProblemKind.InvalidValue, Child(path, problem.Member), problem.Message);
        }

        return errors.Count > before ? null : MeasureValueType.CreateUnchecked(k, decimals, v.Per, v.Unit?.Trim() ?? "");
    }

    private Period? ReadDataLag(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        var result = PeriodPattern.Roundtrip.Parse(text.Trim());
        if (result.Success)
        {
            return result.Value;
        }

        Error(DataProblemKind.InvalidValue, path, $"\"{text}\" is not a length of time; write it in ISO 8601 form, such as \"P3M\" for three months or \"P6W\" for six weeks.");
        return null;
    }

    private Target? ReadTarget(TargetDocument? t, string path)
    {
        if (t is null)
        {
            Error(DataProblemKind.InvalidValue, path, "Expected a target, an object in braces { … }, but found null.");
            return null;
        }

        int before = errors.Count;
        Unknown(t.Unknown, path, TargetMembers, "a target");
        ReportingPeriod? period = null;
        if (t.Year is not null && t.From is not null)
        {
            Error(DataProblemKind.Inconsistent, path, "A target has \"year\" (set for one reporting year) or \"from\" (in force from a period onwards), not both.");
        }
        else if (t.Year is null && t.From is null)
        {
            Error(DataProblemKind.Missing, path, "A target needs \"year\" (the reporting year it is set for, such as \"2023/24\") or \"from\" (the first period it applies to).");
        }
        else
        {
            period = t.Year is not null ? Period(t.Year, path + ".year") : Period(t.From, path + ".from");
        }

        if (t.Value is null)
        {
            Error(DataProblemKind.Missing, path + ".value", "A target needs a value, such as \"value\": 90.");
        }

        int beforeTolerance = errors.Count;
        var tolerance = ReadTolerance(t.Tolerance, path + ".tolerance");
        int toleranceErrors = errors.Count - beforeTolerance;
        foreach (var problem in Target.Problems(t.Value.GetValueOrDefault(), t.Upper, t.Stretch))
        {
            Error(DataProblemKind.InvalidValue, Child(path, problem.Member), problem.Message);
        }

        // A bad tolerance alone still leaves a target whose year can be checked against the others;
        // the error already recorded keeps the measure from being built.
        if (errors.Count - before > toleranceErrors)
        {
            return null;
        }

        return new Target(period.GetValueOrDefault(), t.Value.GetValueOrDefault(), tolerance, t.Stretch, t.Upper, t.From is not null, t.Source);
    }

    private ToleranceBand ReadTolerance(ToleranceDocument? t, string path)
    {
        if (t is null)
        {
            return ToleranceBand.None;
        }

        Unknown(t.Unknown, path, ToleranceMembers, "a tolerance");
        if (t.Points is not null && t.FractionOfTarget is not null)
        {
            Error(DataProblemKind.Inconsistent, path, "A tolerance is stated in \"points\" or as a \"fractionOfTarget\", not both.");
            return ToleranceBand.None;
        }

        if (t.Points is null && t.FractionOfTarget is null)
        {
            Error(DataProblemKind.InvalidValue, path, "A tolerance needs \"points\" (in the measure's units, such as 5 percentage points) or \"fractionOfTarget\" (such as 0.1 for 10% of the target).");
            return ToleranceBand.None;
        }

        decimal amount = t.Points ?? t.FractionOfTarget.GetValueOrDefault();
        if (ToleranceBand.Problem(amount) is { } problem)
        {
            Error(DataProblemKind.InvalidValue, path + (t.Points is not null ? ".points" : ".fractionOfTarget"), problem);
            return ToleranceBand.None;
        }

        return t.Points is not null ? ToleranceBand.Points(amount) : ToleranceBand.FractionOfTarget(amount);
    }

    private Benchmark? ReadBenchmark(BenchmarkDocument? b, string path)
    {
        if (b is null)
        {
            Error(DataProblemKind.InvalidValue, path, "Expected a benchmark, an object in braces { … }, but found null.");
            return null;
        }

        int before = errors.Count;
        Unknown(b.Unknown, path, BenchmarkMembers, "a benchmark");
        ReportingPeriod? period = null;
        if (b.Period is null)
        {
            Error(DataProblemKind.Missing, path + ".period", "A benchmark needs the period its figures are for, such as \"period\": \"2023/24\".");
        }
        else
        {
            period = Period(b.Period, path + ".period");
        }

        var comparators = new List<ComparatorValue>();
        for (int c = 0; c < (b.Comparators?.Count ?? 0); c++)
        {
            var comparator = b.Comparators![c];
            string cpath = $"{path}.comparators[{c}]";
            if (comparator is null)
            {
                Error(DataProblemKind.InvalidValue, cpath, "Expected a comparator such as { \"name\": \"England\", \"value\": 191.6 }, but found null.");
                continue;
            }

            Unknown(comparator.Unknown, cpath, ComparatorMembers, "a comparator");
            bool named = !string.IsNullOrWhiteSpace(comparator.Name);
            if (!named)
            {
                Error(DataProblemKind.Missing, cpath + ".name", "A comparator needs a name, such as \"England\" or \"Statistical neighbours\".");
            }

            if (comparator.Value is null)
            {
                Error(DataProblemKind.Missing, cpath + ".value", "A comparator needs a value.");
            }

            if (comparator.Value is { } tooLarge && ComparatorValue.Problem(tooLarge) is { } problem)
            {
                Error(DataProblemKind.InvalidValue, cpath + ".value", problem);
            }
            else if (named && comparator.Value is { } value)
            {
                comparators.Add(new ComparatorValue(comparator.Name!, value));
            }
        }

        foreach (var problem in Benchmark.Problems((b.Comparators ?? []).Select(c => c?.Name ?? "")))
        {
            Error(DataProblemKind.InvalidValue, Child(path, problem.Member), problem.Message);
        }

        QuartileBoundaries? quartiles = null;
        if (b.Quartiles is { } q)
        {
            Unknown(q.Unknown, path + ".quartiles", QuartileMembers, "quartiles");
            if (q.Lower is null || q.Median is null || q.Upper is null)
            {
                Error(DataProblemKind.Missing, path + ".quartiles", "Quartiles need all three of \"lower\", \"median\" and \"upper\".");
            }
            else if (QuartileBoundaries.Problem(q.Lower.Value, q.Median.Value, q.Upper.Value) is { } problem)
            {
                Error(DataProblemKind.InvalidValue, path + ".quartiles", problem);
            }
            else
            {
                quartiles = new QuartileBoundaries(q.Lower.Value, q.Median.Value, q.Upper.Value);
            }
        }

        var band = Word(JsonWords.QuartileBands, b.Band, path + ".band", null);
        if (errors.Count > before)
        {
            return null;
        }

        return new Benchmark(period.GetValueOrDefault(), comparators, quartiles, band, b.Source);
    }

    // A code that differs from another only by a character that cannot be seen would be a different measure.
    private void Invisible(string? value, string path, string what)
    {
        if (value is not null && VisibleText.FirstInvisible(value) is >= 0 and int at)
        {
            Error(DataProblemKind.InvalidValue, path, $"The {what} \"{value}\" holds {VisibleText.Describe(value, at)}, which cannot be seen: codes that differ only by it would be different measures. Delete the character (retype the code).");
        }
    }
}
