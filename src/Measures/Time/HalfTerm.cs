using System.Text.Json.Serialization;

namespace Measures.Time;

/// <summary>
/// One of the six half-terms of an English school's academic year, as schools name them
/// ("Autumn 1", "Autumn 2", …). Each term splits at its half-term holiday week, which belongs
/// to the first half; see <see cref="TermBoundaries"/> for the exact days.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<HalfTerm>))]
public enum HalfTerm : byte
{
    /// <summary>The first half of the autumn term, to the end of the late-October half-term week.</summary>
    Autumn1 = 1,

    /// <summary>The second half of the autumn term, from the Monday after the October half-term week to the end of the term.</summary>
    Autumn2 = 2,

    /// <summary>The first half of the spring term, to the end of the mid-February half-term week.</summary>
    Spring1 = 3,

    /// <summary>The second half of the spring term, from the Monday after the February half-term week to the end of the term.</summary>
    Spring2 = 4,

    /// <summary>The first half of the summer term, to the end of the week of the spring bank holiday.</summary>
    Summer1 = 5,

    /// <summary>The second half of the summer term, from the Monday after the spring bank holiday week to the end of the academic year.</summary>
    Summer2 = 6,
}
