using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

using Measures.Definitions;

namespace Measures.Definitions.Serialization;

/// <summary>The source-generated (trimming- and AOT-safe) serialiser for catalogue documents.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = false,
    NumberHandling = JsonNumberHandling.Strict,
    NewLine = "\n")]
[JsonSerializable(typeof(CatalogueDocument))]
internal sealed partial class CatalogueJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Gets the context for writing: like <see cref="JsonSerializerContext.Options"/> of the default, but
    /// leaving apostrophes, dashes and accents as they are ("Children's", not "Children\u0027s"), since
    /// a catalogue is a file analysts read and edit, never HTML.
    /// </summary>
    public static CatalogueJsonContext Writing => WritingContext.Instance;

    // A holder class, so that the writing context is made after Default whatever the order of the partial files.
    private static class WritingContext
    {
        public static readonly CatalogueJsonContext Instance = new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
