using System;
using System.Collections.Frozen;
using System.Linq;
using NodaTime;

namespace Measures.Returns.Ssda903;

/// <summary>
/// An episode as a return read from files holds it: the fields of <see cref="Episode"/> in a value, so that a national
/// return's quarter of a million episodes are one array the garbage collector never copies, rather than as many objects.
/// </summary>
/// <remarks>
/// The seven code columns are held as a byte each (their place in a fixed list of the DfE's codes), so that a row is
/// 88 bytes rather than 120: the array is made afresh at every read, and every megabyte of it is memory the collector
/// may have to take anew from the system. A code outside the list is kept as written, in <see cref="unlisted"/>.
/// </remarks>
internal readonly struct EpisodeRow : IEquatable<EpisodeRow>
{
    private const int Columns = 7;
    private const byte Unlisted = byte.MaxValue;

    // RNE, LS, CIN, PLACE, PLACE_PROVIDER, REC, REASON_PLACE_CHANGE: the checked columns' lists as the reader checks
    // them (Ssda903Layout); PLACE_PROVIDER and REASON_PLACE_CHANGE as the DfE's SSDA903 guidance lists them.
    private static readonly string[][] Lists =
    [
        Ssda903Layout.CodeListOf("RNE"),
        Ssda903Layout.CodeListOf("LS"),
        Ssda903Layout.CodeListOf("CIN"),
        Ssda903Layout.CodeListOf("PLACE"),
        ["PR0", "PR1", "PR2", "PR3", "PR4", "PR5"],
        Ssda903Layout.CodeListOf("REC"),
        ["ALLEG", "APPRR", "CARPL", "CHILD", "CLOSE", "CREQB", "CREQO", "CUSTOD", "LAREQ", "OTHER", "PLACE", "PPUSH", "STAND"],
    ];

    private static readonly FrozenDictionary<string, byte>[] Codes =
        [.. Lists.Select(list => list.Select((code, i) => (code, (byte)(i + 1))).ToFrozenDictionary(c => c.code, c => c.Item2, StringComparer.Ordinal))];

    private readonly string? homePostcode;
    private readonly string? placementPostcode;
    private readonly string? urn;
    private readonly string? file;

    // The texts of codes outside the lists, by column; null when every code is in its list (almost every row).
    private readonly string?[]? unlisted;
    private readonly int line;
    private readonly byte rne;
    private readonly byte ls;
    private readonly byte cin;
    private readonly byte place;
    private readonly byte provider;
    private readonly byte rec;
    private readonly byte rpc;

    /// <summary>Initializes a new instance of the <see cref="EpisodeRow"/> struct from the fields of an <see cref="Episode"/>.</summary>
    public EpisodeRow(
        string childId,
        LocalDate start,
        string reasonForNewEpisode,
        string legalStatus,
        string categoryOfNeed,
        string placement,
        string? placementProvider,
        LocalDate? end,
        string? reasonEpisodeCeased,
        string? reasonPlaceChange,
        string? homePostcode,
        string? placementPostcode,
        string? urn,
        RecordLocation location)
    {
        ChildId = childId;
        Start = start;
        End = end;
        this.homePostcode = homePostcode;
        this.placementPostcode = placementPostcode;
        this.urn = urn;
        file = location.File;
        line = location.Line;
        string?[]? odd = null;
        rne = Code(reasonForNewEpisode, 0, ref odd);
        ls = Code(legalStatus, 1, ref odd);
        cin = Code(categoryOfNeed, 2, ref odd);
        place = Code(placement, 3, ref odd);
        provider = Code(placementProvider, 4, ref odd);
        rec = Code(reasonEpisodeCeased, 5, ref odd);
        rpc = Code(reasonPlaceChange, 6, ref odd);
        unlisted = odd;
    }

    private EpisodeRow(in EpisodeRow row, string? file, int line)
    {
        this = row;
        this.file = file;
        this.line = line;
    }

    public string ChildId { get; }

    public LocalDate Start { get; }

    public string ReasonForNewEpisode => Text(rne, 0)!;

    public string LegalStatus => Text(ls, 1)!;

    public string CategoryOfNeed => Text(cin, 2)!;

    public string Placement => Text(place, 3)!;

    public string? PlacementProvider => Text(provider, 4);

    public LocalDate? End { get; }

    public string? ReasonEpisodeCeased => Text(rec, 5);

    public string? ReasonPlaceChange => Text(rpc, 6);

    public string? HomePostcode => homePostcode;

    public string? PlacementPostcode => placementPostcode;

    public string? Urn => urn;

    public RecordLocation Location => new(file!, line);

    /// <summary>The row of <paramref name="episode"/>.</summary>
    public static EpisodeRow Of(Episode episode) => new(
        episode.ChildId, episode.Start, episode.ReasonForNewEpisode, episode.LegalStatus, episode.CategoryOfNeed, episode.Placement,
        episode.PlacementProvider, episode.End, episode.ReasonEpisodeCeased, episode.ReasonPlaceChange, episode.HomePostcode,
        episode.PlacementPostcode, episode.Urn, episode.Location);

    /// <summary>The public record of this row.</summary>
    public Episode ToEpisode() => new(
        ChildId, Start, ReasonForNewEpisode, LegalStatus, CategoryOfNeed, Placement, PlacementProvider, End, ReasonEpisodeCeased,
        ReasonPlaceChange, HomePostcode, PlacementPostcode, Urn, Location);

    /// <summary>This row with no location, so that rows read from two places compare by their fields alone.</summary>
    public EpisodeRow WithoutLocation() => new(this, null, 0);

    /// <inheritdoc/>
    public bool Equals(EpisodeRow other) =>
        ChildId == other.ChildId && Start == other.Start && End == other.End
        && rne == other.rne && ls == other.ls && cin == other.cin && place == other.place && provider == other.provider && rec == other.rec && rpc == other.rpc
        && homePostcode == other.homePostcode && placementPostcode == other.placementPostcode && urn == other.urn
        && file == other.file && line == other.line
        && (ReferenceEquals(unlisted, other.unlisted) || (unlisted is not null && other.unlisted is not null && unlisted.AsSpan().SequenceEqual(other.unlisted)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EpisodeRow other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(ChildId);
        hash.Add(Start);
        hash.Add(End);
        hash.Add(rne | (ls << 8) | (cin << 16) | (place << 24));
        hash.Add(provider | (rec << 8) | (rpc << 16));
        hash.Add(homePostcode);
        hash.Add(placementPostcode);
        hash.Add(urn);
        hash.Add(file);
        hash.Add(line);
        foreach (string? text in unlisted ?? [])
        {
            hash.Add(text);
        }

        return hash.ToHashCode();
    }

    private static byte Code(string? text, int column, ref string?[]? odd)
    {
        if (text is null)
        {
            return 0;
        }

        if (Codes[column].TryGetValue(text, out byte code))
        {
            return code;
        }

        (odd ??= new string?[Columns])[column] = text;
        return Unlisted;
    }

    private string? Text(byte code, int column) => code switch
    {
        0 => null,
        Unlisted => unlisted![column],
        _ => Lists[column][code - 1],
    };
}
