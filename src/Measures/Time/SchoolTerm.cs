using System.Text.Json.Serialization;

namespace Measures.Time;

/// <summary>One of the three terms of an English school's academic year.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SchoolTerm>))]
public enum SchoolTerm : byte
{
    /// <summary>The autumn term, from the start of the academic year to Christmas.</summary>
    Autumn = 1,

    /// <summary>The spring term, from January to Easter.</summary>
    Spring = 2,

    /// <summary>The summer term, from Easter to the end of the academic year.</summary>
    Summer = 3,
}
