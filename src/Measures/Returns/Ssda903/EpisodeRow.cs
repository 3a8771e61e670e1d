using NodaTime;

namespace Measures.Returns.Ssda903;

/// <summary>
/// An episode as a return read from files holds it: the fields of <see cref="Episode"/> in a value, so that a national
/// return's quarter of a million episodes are one array the garbage collector never copies, rather than as many objects.
/// </summary>
internal readonly record struct EpisodeRow(
    string ChildId,
    LocalDate Start,
    string ReasonForNewEpisode,
    string LegalStatus,
    string CategoryOfNeed,
    string Placement,
    string? PlacementProvider,
    LocalDate? End,
    string? ReasonEpisodeCeased,
    string? ReasonPlaceChange,
    string? HomePostcode,
    string? PlacementPostcode,
    string? Urn,
    RecordLocation Location)
{
    /// <summary>The row of <paramref name="episode"/>.</summary>
    public static EpisodeRow Of(Episode episode) => new(
        episode.ChildId, episode.Start, episode.ReasonForNewEpisode, episode.LegalStatus, episode.CategoryOfNeed, episode.Placement,
        episode.PlacementProvider, episode.End, episode.ReasonEpisodeCeased, episode.ReasonPlaceChange, episode.HomePostcode,
        episode.PlacementPostcode, episode.Urn, episode.Location);

    /// <summary>The public record of this row.</summary>
    public Episode ToEpisode() => new(
        ChildId, Start, ReasonForNewEpisode, LegalStatus, CategoryOfNeed, Placement, PlacementProvider, End, ReasonEpisodeCeased,
        ReasonPlaceChange, HomePostcode, PlacementPostcode, Urn, Location);
}
