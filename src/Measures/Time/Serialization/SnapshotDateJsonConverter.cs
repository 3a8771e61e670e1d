using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Measures.Internal;

namespace Measures.Time.Serialization;

/// <summary>
/// Writes a <see cref="SnapshotDate"/> as its ISO date ("2015-07-31") and reads that or any label
/// <see cref="SnapshotDate.Parse(string)"/> accepts ("as at 31 July 2015").
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SnapshotDateJsonConverter : JsonConverter<SnapshotDate>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a string, or the string is not a snapshot date.</exception>
    public override SnapshotDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A snapshot date must be a JSON string such as \"2015-07-31\"; found {reader.TokenType}.");
        }

        try
        {
            return SnapshotDate.Parse(reader.GetString()!);
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonException">The date cannot be written as an ISO date.</exception>
    public override void Write(Utf8JsonWriter writer, SnapshotDate value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        LocalDateJsonConverter.WriteIso(writer, value.Date);
    }
}
