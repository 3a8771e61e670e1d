using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

using Measures.Definitions;

namespace Measures.Definitions.Serialization;

// The catalogue's JSON shape, property for property. Enum values, period labels and the data lag are
// kept as text here so that the reader can report every unknown word with its path instead of stopping
// at the first; unknown properties land in Unknown for the same reason.
#pragma warning disable CA1812 // Instantiated by the source-generated serialiser.
#pragma warning disable CA2227 // Setters are needed by the serialiser.
#pragma warning disable CA1002 // List<T> keeps the source-generated contract simple.

/// <summary>The whole catalogue document.</summary>
internal sealed class CatalogueDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public int? Version { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public List<MeasureDocument?>? Measures { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>One measure.</summary>
internal sealed class MeasureDocument
{
    public string? Code { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? ServiceArea { get; set; }

    public string? Kind { get; set; }

    public string? Parent { get; set; }

    public ValueTypeDocument? ValueType { get; set; }

    public string? Polarity { get; set; }

    public string? Frequency { get; set; }

    public string? PeriodType { get; set; }

    public int? RollingMonths { get; set; }

    public string? Numerator { get; set; }

    public string? Denominator { get; set; }

    public string? DataLag { get; set; }

    public bool? CountsInSummary { get; set; }

    public decimal? NoChangeTolerance { get; set; }

    public decimal? SimilarityTolerance { get; set; }

    public List<TargetDocument?>? Targets { get; set; }

    public List<BenchmarkDocument?>? Benchmarks { get; set; }

    public string? Source { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>A measure's value type.</summary>
internal sealed class ValueTypeDocument
{
    public string? Kind { get; set; }

    public long? Per { get; set; }

    public string? Unit { get; set; }

    public int? Decimals { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>One target.</summary>
internal sealed class TargetDocument
{
    public string? Year { get; set; }

    public string? From { get; set; }

    public decimal? Value { get; set; }

    public decimal? Upper { get; set; }

    public ToleranceDocument? Tolerance { get; set; }

    public decimal? Stretch { get; set; }

    public string? Source { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>A tolerance band: points or a fraction of the target, not both.</summary>
internal sealed class ToleranceDocument
{
    public decimal? Points { get; set; }

    public decimal? FractionOfTarget { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>One period's benchmark.</summary>
internal sealed class BenchmarkDocument
{
    public string? Period { get; set; }

    public List<ComparatorDocument?>? Comparators { get; set; }

    public QuartilesDocument? Quartiles { get; set; }

    public string? Band { get; set; }

    public string? Source { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>One comparator value.</summary>
internal sealed class ComparatorDocument
{
    public string? Name { get; set; }

    public decimal? Value { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>Quartiles of all councils' values.</summary>
internal sealed class QuartilesDocument
{
    public decimal? Lower { get; set; }

    public decimal? Median { get; set; }

    public decimal? Upper { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
