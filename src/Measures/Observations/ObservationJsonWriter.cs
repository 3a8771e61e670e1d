using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Measures.Internal;

using Measures.Definitions;

namespace Measures.Observations;

/// <summary>
/// Writes observations as a JSON document that <see cref="ObservationJsonReader"/> reads back to the
/// same observations: <c>{ "observations": [ { "measure": "EH-01", "period": "2023-04",
/// "numerator": 230, "denominator": 252 }, … ] }</c>, with <c>"organisationalUnit"</c> when the
/// observation is not for the whole council and no <c>"denominator"</c> for a count.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ObservationJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file analysts read, never HTML
    };

    /// <summary>Writes observations as a UTF-8 JSON document.</summary>
    /// <param name="utf8Json">Where to write; flushed, not closed.</param>
    /// <param name="observations">The observations, enumerated once, written in order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream utf8Json, IEnumerable<Observation> observations)
    {
        Preconditions.CheckNotNull(utf8Json);
        Preconditions.CheckNotNull(observations);
        using var writer = new Utf8JsonWriter(utf8Json, Options);
        writer.WriteStartObject();
        writer.WriteStartArray("observations");
        foreach (var observation in observations)
        {
            writer.WriteStartObject();
            writer.WriteString("measure", observation.MeasureCode);
            writer.WriteString("period", observation.Period.ToString());
            if (observation.OrganisationalUnit.Length > 0)
            {
                writer.WriteString("organisationalUnit", observation.OrganisationalUnit);
            }

            if (observation.Value is { } value)
            {
                // The decimals as given: 9.0 stays 9.0.
                writer.WriteNumber("value", value);
            }
            else
            {
                writer.WriteNumber("numerator", observation.Numerator);
            }

            if (observation.Denominator is { } denominator)
            {
                writer.WriteNumber("denominator", denominator);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        utf8Json.WriteByte((byte)'\n');
        utf8Json.Flush();
    }

    /// <summary>The observations as JSON text.</summary>
    /// <param name="observations">The observations, enumerated once, written in order.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">The observations are null.</exception>
    public static string ToJson(IEnumerable<Observation> observations)
    {
        Preconditions.CheckNotNull(observations);
        using var stream = new MemoryStream();
        Write(stream, observations);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
