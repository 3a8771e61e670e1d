using NodaTime;

namespace Measures.Returns.Sen2;

/// <summary>The Header of a SEN2 return: CollectionDetails and Source.</summary>
/// <param name="Collection">CollectionDetails/Collection: "SEN2" for a SEN2 return.</param>
/// <param name="Year">CollectionDetails/Year: the collection year, as written ("2024").</param>
/// <param name="ReferenceDate">CollectionDetails/ReferenceDate: the census day (mid-January), or <see langword="null"/>.</param>
/// <param name="LocalAuthority">Source/LEA: the local authority's three-digit code.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Sen2Header(string? Collection, string? Year, LocalDate? ReferenceDate, string? LocalAuthority)
{
    /// <summary>Gets a header with nothing in it, for a return whose file has none.</summary>
    public static Sen2Header Empty { get; } = new(null, null, null, null);
}
