using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Measures.Internal;
using NodaTime;
using NodaTime.Text;

namespace Measures.Time.Serialization;

/// <summary>Reads and writes a NodaTime <see cref="LocalDate"/> as an ISO 8601 calendar date, "2015-07-31", and nothing else.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A date must be a JSON string such as \"2015-07-31\"; found {reader.TokenType}.");
        }

        string text = reader.GetString()!;
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"\"{text}\" is not an ISO date such as \"2015-07-31\": {result.Exception.Message}", result.Exception);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        WriteIso(writer, value);
    }

    /// <inheritdoc />
    public override LocalDate ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Span<char> buffer = stackalloc char[16];
        var w = new Text.LabelWriter(buffer);
        w.AppendDate(value);
        writer.WritePropertyName(buffer[..w.Written]);
    }

    internal static void WriteIso(Utf8JsonWriter writer, LocalDate value)
    {
        CheckYear(value.Year);
        Span<char> buffer = stackalloc char[16];
        var w = new Text.LabelWriter(buffer);
        w.AppendDate(value);
        writer.WriteStringValue(buffer[..w.Written]);
    }

    private static void CheckYear(int year)
    {
        if (year < 1)
        {
            throw new JsonException($"Only dates from year 1 onwards are written; the year was {year}.");
        }
    }
}
