using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using Measures.Returns;
using Measures.Returns.Ssda903;
using NodaTime;

namespace Measures.Indicators;

/// <summary>One child's records of an SSDA903 return, put in order, with short breaks set apart and placements found.</summary>
internal readonly struct Ssda903Child
{
    // A value, held in one array with the other children's: a national return has a hundred thousand children, every
    // one kept for explanations, and an object a child would be a hundred thousand objects for the collector to move.
    // The episodes that start a placement are a bit each, for a child of at most 64 episodes (almost every child), for
    // the same reason. Beyond 64 episodes, one array holds the placement of each episode, then the first episode of
    // each placement.
    private const int MaxBits = 64;
    private readonly ulong placementStarts;
    private readonly int[]? placements;

    // Null when there are none: most children have none, and the array of those who do is their own.
    private readonly EpisodeRow[]? shortBreaks;

    // The child's Header row, where the return holds it (not copied: a row is a large value, and there is one a child).
    private readonly HeaderRow[]? headerRows;
    private readonly int headerAt;

    public Ssda903Child(string id, ArraySegment<HeaderRow> headers, ArraySegment<EpisodeRow> episodes, ReadOnlySpan<ReturnProblem> problems)
    {
        Id = id;
        if (headers.Count > 0)
        {
            // A child Header lists twice (a problem, in lenient mode) is the first row by file and line.
            int chosen = 0;
            for (int i = 1; i < headers.Count; i++)
            {
                if (HeaderOrder(headers[i], headers[chosen]) < 0)
                {
                    chosen = i;
                }
            }

            (headerRows, headerAt) = (headers.Array, headers.Offset + chosen);
        }

        // The child's own stretch of the return's episodes, kept as it is when already in order (as a return's files
        // list them); otherwise copied and sorted, as the return's records are never changed.
        var all = episodes;
        if (all.Count > 1 && !InOrder(all))
        {
            // Stable whatever the rows' order: the order is total.
            all = new([.. all]);
            Array.Sort(all.Array!, EpisodeOrder.Instance);
        }

        int breaks = 0;
        foreach (ref readonly var episode in all.AsSpan())
        {
            breaks += IsShortBreak(episode) ? 1 : 0;
        }

        if (breaks == 0)
        {
            Episodes = all;
        }
        else
        {
            // Split in one pass into arrays of their exact sizes.
            var others = new EpisodeRow[all.Count - breaks];
            shortBreaks = new EpisodeRow[breaks];
            int k = 0;
            int b = 0;
            foreach (ref readonly var episode in all.AsSpan())
            {
                if (IsShortBreak(episode))
                {
                    shortBreaks[b++] = episode;
                }
                else
                {
                    others[k++] = episode;
                }
            }

            Episodes = others;
        }

        Problems = problems.IsEmpty ? [] : problems.ToArray();

        // A placement is a run of consecutive episodes in which every one after the first has RNE L.
        var kept = Episodes;
        int count = kept.Count;
        if (count <= MaxBits)
        {
            for (int i = 0; i < count; i++)
            {
                if (i == 0 || !IsLegalStatusChange(kept[i]))
                {
                    placementStarts |= 1UL << i;
                }
            }

            PlacementCount = BitOperations.PopCount(placementStarts);
            return;
        }

        placements = new int[count + count];
        int placement = -1;
        for (int i = 0; i < count; i++)
        {
            if (i == 0 || !IsLegalStatusChange(kept[i]))
            {
                placement++;
            }

            placements[i] = placement;
        }

        PlacementCount = placement + 1;
        for (int i = count - 1; i >= 0; i--)
        {
            placements[count + placements[i]] = i;
        }
    }

    public string Id { get; }

    public HeaderRow? Header => headerRows is null ? null : headerRows[headerAt];

    /// <summary>Gets the episodes that are not short breaks, in order of start.</summary>
    public ArraySegment<EpisodeRow> Episodes { get; }

    public ArraySegment<EpisodeRow> ShortBreaks => shortBreaks ?? ArraySegment<EpisodeRow>.Empty;

    public IReadOnlyList<ReturnProblem> Problems { get; }

    public int PlacementCount { get; }

    private static bool InOrder(ArraySegment<EpisodeRow> segment)
    {
        var episodes = segment.AsSpan();
        for (int i = 1; i < episodes.Length; i++)
        {
            if (EpisodeOrder.Compare(episodes[i - 1], episodes[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    public static string Code(string? code) => (code ?? string.Empty).Trim().ToUpperInvariant();

    public static bool IsShortBreak(in EpisodeRow episode) => Code(episode.LegalStatus) is "V3" or "V4";

    // RNE L: the legal status changed and the placement did not.
    private static bool IsLegalStatusChange(in EpisodeRow episode) => Code(episode.ReasonForNewEpisode).Equals("L", StringComparison.Ordinal);

    public static bool IsOpenOn(LocalDate start, LocalDate? end, LocalDate day) => start <= day && (end is null || end > day);

    /// <summary>Open on at least one day of [first, last]: some day d in it with start ≤ d and end &gt; d.</summary>
    public static bool IsOpenDuring(LocalDate start, LocalDate? end, LocalDate first, LocalDate last)
    {
        if (start > last)
        {
            return false;
        }

        LocalDate day = start > first ? start : first;
        return end is null || end > day;
    }

    public int PlacementOf(int episode)
    {
        if ((uint)episode >= (uint)Episodes.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(episode));
        }

        if (placements is not null)
        {
            return placements[episode];
        }

        // The placements started up to and including this episode, less one.
        return BitOperations.PopCount(placementStarts & (ulong.MaxValue >> (MaxBits - 1 - episode))) - 1;
    }

    /// <summary>The episodes of placement <paramref name="placement"/>, first to last: a placement is a run of consecutive episodes.</summary>
    public IEnumerable<int> EpisodesOf(int placement) => Enumerable.Range(FirstOf(placement), LastOf(placement) - FirstOf(placement) + 1);

    public int FirstEpisodeOfPlacementOf(int episode) => FirstOf(PlacementOf(episode));

    /// <summary>The placement's start and end: the first episode's DECOM and the last one's DEC.</summary>
    public (LocalDate Start, LocalDate? End) Placement(int placement)
    {
        var episodes = Episodes.AsSpan();
        return (episodes[FirstOf(placement)].Start, episodes[LastOf(placement)].End);
    }

    /// <summary>The latest episode (by start) open on <paramref name="day"/>, or -1.</summary>
    public int OpenOn(LocalDate day)
    {
        // By reference: an episode is a large value, and this runs for every child of every figure.
        var episodes = Episodes.AsSpan();
        for (int i = episodes.Length - 1; i >= 0; i--)
        {
            if (IsOpenOn(episodes[i].Start, episodes[i].End, day))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The episode with RNE S that starts the period of care of episode <paramref name="episode"/>: the latest with DECOM on or before its DECOM; -1 when the history is cut off.</summary>
    public int PeriodOfCareStart(int episode)
    {
        int found = -1;
        for (int i = 0; i < Episodes.Count; i++)
        {
            if (Code(Episodes[i].ReasonForNewEpisode) == "S" && Episodes[i].Start <= Episodes[episode].Start && (found < 0 || Episodes[i].Start >= Episodes[found].Start))
            {
                found = i;
            }
        }

        return found;
    }

    private int LastOf(int placement) => placement + 1 < PlacementCount ? FirstOf(placement + 1) - 1 : Episodes.Count - 1;

    private int FirstOf(int placement)
    {
        if ((uint)placement >= (uint)PlacementCount)
        {
            throw new ArgumentOutOfRangeException(nameof(placement));
        }

        if (placements is not null)
        {
            return placements[Episodes.Count + placement];
        }

        ulong starts = placementStarts;
        for (int i = 0; i < placement; i++)
        {
            starts &= starts - 1;
        }

        return BitOperations.TrailingZeroCount(starts);
    }

    private static int HeaderOrder(in HeaderRow a, in HeaderRow b)
    {
        int order = string.CompareOrdinal(a.Location.File, b.Location.File);
        order = order != 0 ? order : a.Location.Line.CompareTo(b.Location.Line);
        order = order != 0 ? order : a.DateOfBirth.CompareTo(b.DateOfBirth);
        return order != 0 ? order : string.CompareOrdinal(a.Sex, b.Sex);
    }

    public int? AgeOn(LocalDate day)
    {
        if (Header is not { } header || day < header.DateOfBirth)
        {
            return null;
        }

        return Period.Between(header.DateOfBirth, day, PeriodUnits.Years).Years;
    }

    public ReturnProblem? ProblemIn(IReadOnlyCollection<Ssda903File> files) =>
        Problems.FirstOrDefault(p => files.Contains((Ssda903File)p.Part));

    // A total order on episodes, so that the order of rows in a file never changes a result.
    private sealed class EpisodeOrder : IComparer<EpisodeRow>
    {
        public static readonly EpisodeOrder Instance = new();

        public int Compare(EpisodeRow x, EpisodeRow y) => Compare(in x, in y);

        public static int Compare(in EpisodeRow x, in EpisodeRow y)
        {
            int c = x.Start.CompareTo(y.Start);
            if (c == 0)
            {
                c = (x.End ?? LocalDate.MaxIsoValue).CompareTo(y.End ?? LocalDate.MaxIsoValue);
            }

            if (c == 0)
            {
                // RNE S before any change on the same day: a period of care begins before it changes.
                c = (Code(x.ReasonForNewEpisode) == "S" ? 0 : 1).CompareTo(Code(y.ReasonForNewEpisode) == "S" ? 0 : 1);
            }

            // Codes in a fixed order, compared without allocating: this runs for every pair a sort compares.
            c = c != 0 ? c : string.CompareOrdinal(x.ReasonForNewEpisode, y.ReasonForNewEpisode);
            c = c != 0 ? c : string.CompareOrdinal(x.LegalStatus, y.LegalStatus);
            c = c != 0 ? c : string.CompareOrdinal(x.Placement, y.Placement);
            c = c != 0 ? c : string.CompareOrdinal(x.ReasonEpisodeCeased ?? string.Empty, y.ReasonEpisodeCeased ?? string.Empty);
            c = c != 0 ? c : string.CompareOrdinal(x.CategoryOfNeed, y.CategoryOfNeed);
            c = c != 0 ? c : string.CompareOrdinal(x.Location.File ?? string.Empty, y.Location.File ?? string.Empty);
            return c != 0 ? c : x.Location.Line.CompareTo(y.Location.Line);
        }
    }
}
