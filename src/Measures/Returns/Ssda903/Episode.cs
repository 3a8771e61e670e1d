using NodaTime;

namespace Measures.Returns.Ssda903;

/// <summary>One episode of care (the Episodes file): a stretch with one legal status and one placement.</summary>
/// <param name="ChildId">CHILD: the child.</param>
/// <param name="Start">DECOM: the date the episode began.</param>
/// <param name="ReasonForNewEpisode">RNE: S started to be looked after; L legal status changed; P placement and carer changed; T placement and legal status changed; B legal status, placement and carer changed; U placement changed, same carer.</param>
/// <param name="LegalStatus">LS: the legal status (C1, C2, E1, J1, V2, V3, V4…); V3 and V4 are short breaks.</param>
/// <param name="CategoryOfNeed">CIN: the category of need (N1–N8).</param>
/// <param name="Placement">PLACE: the placement type (U1–U6 foster, A3–A6 placed for adoption, K2 children's home…).</param>
/// <param name="PlacementProvider">PLACE_PROVIDER: the provider (PR0–PR5).</param>
/// <param name="End">DEC: the date the episode ceased, or none while it is open.</param>
/// <param name="ReasonEpisodeCeased">REC: X1 when another episode follows; any other code when the child ceased to be looked after (E11, E12 adopted…).</param>
/// <param name="ReasonPlaceChange">REASON_PLACE_CHANGE: why the placement changed.</param>
/// <param name="HomePostcode">HOME_POST: the partial postcode of the child's home.</param>
/// <param name="PlacementPostcode">PL_POST: the partial postcode of the placement.</param>
/// <param name="Urn">URN: Ofsted's unique reference number of the placement, or XXXXXXX.</param>
/// <param name="Location">Where the row was read from; <see cref="RecordLocation.None"/> for a record made in code.</param>
/// <remarks>An episode is open on a day when it began on or before that day and has no end or ends after it. Codes are kept as written (trimmed), so that a return read and written back is unchanged. This type is immutable and thread-safe.</remarks>
public sealed record Episode(
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
    RecordLocation Location = default);
