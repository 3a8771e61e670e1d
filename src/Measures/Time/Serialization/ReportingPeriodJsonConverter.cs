using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Measures.Internal;

namespace Measures.Time.Serialization;

/// <summary>
/// Writes a <see cref="ReportingPeriod"/> as its canonical label ("2020/21 Q3") and reads any label
/// <see cref="ReportingPeriodPattern"/> accepts. Also used for periods as dictionary keys.
/// </summary>
/// <remarks>
/// <see cref="ReportingPeriod"/> carries this converter in a <see cref="JsonConverterAttribute"/>, so
/// source-generated contexts use it without registration; register an instance built with
/// <see cref="ReportingPeriodJsonConverter(ReportingPeriodPattern)"/> to read with a council's convention.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class ReportingPeriodJsonConverter : JsonConverter<ReportingPeriod>
{
    private readonly ReportingPeriodPattern pattern;

    /// <summary>Creates a converter that uses <see cref="ReportingPeriodPattern.RoundTrip"/>.</summary>
    public ReportingPeriodJsonConverter()
        : this(ReportingPeriodPattern.RoundTrip)
    {
    }

    /// <summary>Creates a converter that reads and writes with <paramref name="pattern"/>.</summary>
    /// <param name="pattern">The pattern, with its expected type and academic-year convention.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReportingPeriodJsonConverter(ReportingPeriodPattern pattern)
    {
        this.pattern = Preconditions.CheckNotNull(pattern);
    }

    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a string, or the string is not a period label.</exception>
    public override ReportingPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A reporting period must be a JSON string such as \"2020/21 Q3\"; found {reader.TokenType}.");
        }

        return ReadLabel(reader.GetString()!);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public override void Write(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Span<char> buffer = stackalloc char[96];
        pattern.TryFormat(value, buffer, out int n);
        writer.WriteStringValue(buffer[..n]);
    }

    /// <inheritdoc />
    /// <exception cref="JsonException">The property name is not a period label.</exception>
    public override ReportingPeriod ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadLabel(reader.GetString()!);

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        Span<char> buffer = stackalloc char[96];
        pattern.TryFormat(value, buffer, out int n);
        writer.WritePropertyName(buffer[..n]);
    }

    private ReportingPeriod ReadLabel(string text)
    {
        var result = pattern.Parse(text);
        return result.Success ? result.Value : throw new JsonException(result.Exception.Message, result.Exception);
    }
}
