using System.Text.Json.Serialization;

namespace Measures.Time.Serialization;

/// <summary>
/// Source-generated (trimming- and AOT-safe) System.Text.Json metadata for the working-day and
/// school-day calendars' JSON: school term dates.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(SchoolTermDatesDocument))]
internal sealed partial class CalendarJsonContext : JsonSerializerContext
{
}
