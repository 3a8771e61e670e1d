using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Measures.Reporting.Json;

/// <summary>The source-generated (trimming- and AOT-safe) serialiser for scorecard documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true,
    NumberHandling = JsonNumberHandling.Strict,
    NewLine = "\n")]
[JsonSerializable(typeof(ScorecardDocument))]
internal sealed partial class ScorecardJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Gets the context for writing: apostrophes, dashes and accents are left as they are ("Children's"),
    /// since a scorecard document is read by people and parsed as JSON, never embedded in HTML as it is.
    /// </summary>
    public static ScorecardJsonContext Writing => WritingContext.Instance;

    // A holder class, so that the writing context is made after Default whatever the order of the partial files.
    private static class WritingContext
    {
        public static readonly ScorecardJsonContext Instance = new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
