using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Measures.Returns.Ssda903;

/// <summary>
/// An SSDA903 return (children looked after) as read: the records of each file present, which files were
/// present, and, when read leniently, the problems found and the children they concern.
/// </summary>
/// <remarks>
/// Any subset of the files may be present (<see cref="Files"/>); an indicator that needs a missing file says
/// which. Current and previous years' files may be read together: their records are then all here. Build one
/// in code with an object initializer (tests, generators), or read one with the return's reader.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class Ssda903Return
{
    /// <summary>Gets the files the return was read from, or that a return made in code stands for.</summary>
    public IReadOnlySet<Ssda903File> Files { get; init; } = new HashSet<Ssda903File>();

    // A return read from files holds its children and episodes as rows, each in one array, and makes the records the
    // first time they are asked for; a return made in code holds its records, and makes rows when an indicator needs them.
    private readonly RecordsOrRows<ChildHeader, HeaderRow> children = RecordsOrRows<ChildHeader, HeaderRow>.OfRecords([], ToChildHeader, HeaderRow.Of);
    private readonly RecordsOrRows<Episode, EpisodeRow> episodes = RecordsOrRows<Episode, EpisodeRow>.OfRecords([], ToEpisode, EpisodeRow.Of);

    /// <summary>Gets the children (Header).</summary>
    public IReadOnlyList<ChildHeader> Children
    {
        get => children.Records;
        init => children = RecordsOrRows<ChildHeader, HeaderRow>.OfRecords(value ?? [], ToChildHeader, HeaderRow.Of);
    }

    /// <summary>Gets the episodes of care (Episodes).</summary>
    public IReadOnlyList<Episode> Episodes
    {
        get => episodes.Records;
        init => episodes = RecordsOrRows<Episode, EpisodeRow>.OfRecords(value ?? [], ToEpisode, EpisodeRow.Of);
    }

    /// <summary>Gets the children as rows, in the order of <see cref="Children"/>; never changed once made.</summary>
    internal ArraySegment<HeaderRow> HeaderRows
    {
        get => children.Rows;
        init => children = RecordsOrRows<ChildHeader, HeaderRow>.OfRows(value, ToChildHeader, HeaderRow.Of);
    }

    /// <summary>Gets the episodes as rows, in the order of <see cref="Episodes"/>; never changed once made.</summary>
    internal ArraySegment<EpisodeRow> EpisodeRows
    {
        get => episodes.Rows;
        init => episodes = RecordsOrRows<Episode, EpisodeRow>.OfRows(value, ToEpisode, EpisodeRow.Of);
    }

    /// <summary>Gets the reviews (Reviews).</summary>
    public IReadOnlyList<Review> Reviews { get; init; } = [];

    /// <summary>Gets the children who ceased to be unaccompanied asylum seekers (UASC).</summary>
    public IReadOnlyList<UnaccompaniedAsylumSeeker> UnaccompaniedAsylumSeekers { get; init; } = [];

    /// <summary>Gets the health outcomes (OC2).</summary>
    public IReadOnlyList<HealthOutcome> HealthOutcomes { get; init; } = [];

    /// <summary>Gets the care leavers' outcomes (OC3).</summary>
    public IReadOnlyList<CareLeaverOutcome> CareLeaverOutcomes { get; init; } = [];

    /// <summary>Gets the adoptions (AD1).</summary>
    public IReadOnlyList<AdoptionRecord> Adoptions { get; init; } = [];

    /// <summary>Gets the decisions to place for adoption (PlacedAdoption).</summary>
    public IReadOnlyList<PlacedForAdoption> PlacedForAdoption { get; init; } = [];

    /// <summary>Gets the permanence orders before care (PrevPerm).</summary>
    public IReadOnlyList<PreviousPermanence> PreviousPermanence { get; init; } = [];

    /// <summary>Gets the episodes of going missing (Missing).</summary>
    public IReadOnlyList<MissingEpisode> MissingEpisodes { get; init; } = [];

    /// <summary>Gets the social workers' episodes (SW_Episodes).</summary>
    public IReadOnlyList<SocialWorkerEpisode> SocialWorkerEpisodes { get; init; } = [];

    /// <summary>
    /// Gets the problems found when the return was read leniently, each with its child; empty for a return read
    /// strictly (which is refused on any problem) or made in code.
    /// </summary>
    public IReadOnlyList<ReturnProblem> Problems { get; init; } = [];

    /// <summary>Whether the return holds <paramref name="file"/>.</summary>
    /// <param name="file">The file.</param>
    /// <returns><see langword="true"/> when it was read, or the return was made with it.</returns>
    public bool Has(Ssda903File file) => Files.Contains(file);

    private static ChildHeader ToChildHeader(HeaderRow row) => row.ToChildHeader();

    private static Episode ToEpisode(EpisodeRow row) => row.ToEpisode();
}
