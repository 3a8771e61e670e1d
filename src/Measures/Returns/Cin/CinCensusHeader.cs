using NodaTime;

namespace Measures.Returns.Cin;

/// <summary>The census's Header: which collection it is, for which council, made by which system.</summary>
/// <param name="Collection">CollectionDetails/Collection: "CIN".</param>
/// <param name="Year">CollectionDetails/Year: the collection year as written ("2024").</param>
/// <param name="ReferenceDate">CollectionDetails/ReferenceDate: the census date (31 March), or none when missing or unreadable.</param>
/// <param name="SourceLevel">Source/SourceLevel: "L" for a local authority.</param>
/// <param name="La">Source/LEA: the council's three-digit code.</param>
/// <param name="SoftwareCode">Source/SoftwareCode: the system that wrote the file.</param>
/// <param name="Release">Source/Release: its release.</param>
/// <param name="SerialNo">Source/SerialNo: the file's serial number.</param>
/// <param name="DateTime">Source/DateTime: when the file was written, as written.</param>
/// <remarks>Every part is as written (trimmed), or <see langword="null"/> when absent. This type is immutable and thread-safe.</remarks>
public sealed record CinCensusHeader(
    string? Collection,
    string? Year,
    LocalDate? ReferenceDate,
    string? SourceLevel,
    string? La,
    string? SoftwareCode,
    string? Release,
    string? SerialNo,
    string? DateTime);
