using NodaTime;

namespace Measures.Returns.Ssda903;

/// <summary>
/// A child as a return read from files holds it: the fields of <see cref="ChildHeader"/> in a value, so that a national
/// return's hundred thousand children are one array the garbage collector never copies, rather than as many objects.
/// </summary>
internal readonly record struct HeaderRow(
    string ChildId,
    string Sex,
    LocalDate DateOfBirth,
    string Ethnicity,
    PackedUpn Upn,
    string? Mother,
    LocalDate? MotherChildDateOfBirth,
    RecordLocation Location)
{
    /// <summary>The row of <paramref name="header"/>.</summary>
    public static HeaderRow Of(ChildHeader header) => new(
        header.ChildId, header.Sex, header.DateOfBirth, header.Ethnicity, PackedUpn.Of(header.Upn), header.Mother, header.MotherChildDateOfBirth, header.Location);

    /// <summary>The public record of this row.</summary>
    public ChildHeader ToChildHeader() => new(ChildId, Sex, DateOfBirth, Ethnicity, Upn.Value, Mother, MotherChildDateOfBirth, Location);
}
