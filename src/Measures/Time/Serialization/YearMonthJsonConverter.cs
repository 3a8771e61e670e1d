using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Measures.Internal;
using NodaTime;
using NodaTime.Text;

namespace Measures.Time.Serialization;

/// <summary>Reads and writes a NodaTime <see cref="YearMonth"/> as an ISO 8601 year and month, "2023-07", and nothing else.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    /// <inheritdoc />
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A month must be a JSON string such as \"2023-07\"; found {reader.TokenType}.");
        }

        string text = reader.GetString()!;
        ParseResult<YearMonth> result = YearMonthPattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"\"{text}\" is not an ISO year and month such as \"2023-07\": {result.Exception.Message}", result.Exception);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        if (value.Year < 1)
        {
            throw new JsonException($"Only months from year 1 onwards are written; the year was {value.Year}.");
        }

        Span<char> buffer = stackalloc char[8];
        var w = new Text.LabelWriter(buffer);
        w.AppendMonth(value.Year, value.Month);
        writer.WriteStringValue(buffer[..w.Written]);
    }

    /// <inheritdoc />
    public override YearMonth ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Span<char> buffer = stackalloc char[8];
        var w = new Text.LabelWriter(buffer);
        w.AppendMonth(value.Year, value.Month);
        writer.WritePropertyName(buffer[..w.Written]);
    }
}
