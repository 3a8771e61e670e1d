using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;

namespace Measures.Returns.Ssda903;

/// <summary>
/// The checks across rows, run once every file is read: episodes of one child that overlap, an episode ended
/// with REC X1 that no episode follows on the same day, and children in Episodes that Header does not list.
/// </summary>
internal static class Ssda903Checks
{
    // Positions of the columns in the Episodes layout (Ssda903Layout).
    private const int Decom = 1;
    private const int Dec = 7;
    private const int Rec = 8;

    /// <summary>Runs the checks and gives the episodes kept.</summary>
    /// <remarks>
    /// An episode open in one file and closed in another, same child and same start, is the same episode seen in
    /// two years' returns: the closed one is its later state and is kept, whichever file came first.
    /// </remarks>
    public static ArraySegment<EpisodeRow> Run(Ssda903ReturnBuilder builder)
    {
        var episodes = builder.Episodes;

        // The order lives only while the checks run: borrowed, as a national return's is a megabyte of fresh pages.
        int[] rented = ArrayPool<int>.Shared.Rent(Math.Max(1, episodes.Count));
        try
        {
            return Run(builder, episodes, rented.AsSpan(0, episodes.Count));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    private static ArraySegment<EpisodeRow> Run(Ssda903ReturnBuilder builder, RowList<EpisodeRow> episodes, Span<int> order)
    {
        ByChildAndStart(episodes, order, builder.OrderShortcuts, out bool childOrder);
        var drop = Superseded(builder, episodes, order);
        var listed = builder.Files.Contains(Ssda903File.Header) ? new Listed(builder.Children.Segment(), childOrder) : null;

        EpisodeRow? previous = null;
        foreach (int i in order)
        {
            if (drop?.Contains(i) == true)
            {
                continue;
            }

            var episode = episodes[i];
            bool sameChild = previous is { } p && p.ChildId == episode.ChildId;
            if (!sameChild)
            {
                if (previous is { } last)
                {
                    NothingFollows(builder, last);
                }

                if (listed is not null && !listed.Contains(episode.ChildId))
                {
                    Report(builder, episode, 0, DataProblemKind.Inconsistent, "This child has episodes but no row in the Header file; add the child to Header (CHILD, SEX, DOB, ETHNIC…).");
                }
            }
            else
            {
                Follows(builder, previous!.Value, episode);
            }

            previous = episode;
        }

        if (previous is { } final)
        {
            NothingFollows(builder, final);
        }

        if (drop is null)
        {
            return episodes.Segment();
        }

        var kept = new EpisodeRow[episodes.Count - drop.Count];
        for (int i = 0, at = 0; i < episodes.Count; i++)
        {
            if (!drop.Contains(i))
            {
                kept[at++] = episodes[i];
            }
        }

        return kept;
    }

    // The episodes' positions, each child's together (children in the order first seen) and by start within a child:
    // a chain through each child's episodes, then a small sort of each child's, so that a national return costs no large sort.
    private static void ByChildAndStart(RowList<EpisodeRow> episodes, Span<int> order, bool shortcuts, out bool childOrder)
    {
        childOrder = shortcuts && InChildOrder(episodes);
        if (childOrder)
        {
            // A return's file usually lists the children in order and each child's episodes by start: that order is this one.
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            return;
        }

        var last = new Dictionary<string, int>(episodes.Count / 2, StringComparer.Ordinal);
        var children = new List<int>();
        var next = new int[episodes.Count];
        for (int i = 0; i < episodes.Count; i++)
        {
            next[i] = -1;
            string child = episodes[i].ChildId;
            if (last.TryGetValue(child, out int tail))
            {
                next[tail] = i;
            }
            else
            {
                children.Add(i);
            }

            last[child] = i;
        }

        int at = 0;
        foreach (int head in children)
        {
            int from = at;
            for (int i = head; i >= 0; i = next[i])
            {
                order[at++] = i;
            }

            // A child has few episodes: an insertion sort (stable, as the order is total anyway).
            for (int k = from + 1; k < at; k++)
            {
                int moving = order[k];
                int j = k - 1;
                while (j >= from && ByStart(episodes[order[j]], episodes[moving]) > 0)
                {
                    order[j + 1] = order[j];
                    j--;
                }

                order[j + 1] = moving;
            }
        }
    }

    private static int ByStart(in EpisodeRow x, in EpisodeRow y)
    {
        int c = x.Start.CompareTo(y.Start);
        c = c != 0 ? c : string.CompareOrdinal(x.Location.File, y.Location.File);
        return c != 0 ? c : x.Location.Line.CompareTo(y.Location.Line);
    }

    // Whether the rows are already by child (in ordinal order, so no child comes back later) and by start within a child.
    private static bool InChildOrder(RowList<EpisodeRow> episodes)
    {
        for (int i = 1; i < episodes.Count; i++)
        {
            int c = string.CompareOrdinal(episodes[i - 1].ChildId, episodes[i].ChildId);
            if (c > 0 || (c == 0 && ByStart(episodes[i - 1], episodes[i]) > 0))
            {
                return false;
            }
        }

        return true;
    }

    private static HashSet<int>? Superseded(Ssda903ReturnBuilder builder, RowList<EpisodeRow> episodes, ReadOnlySpan<int> order)
    {
        HashSet<int>? drop = null;
        for (int k = 1; k < order.Length; k++)
        {
            var a = episodes[order[k - 1]];
            var b = episodes[order[k]];
            if (a.ChildId != b.ChildId || a.Start != b.Start || a.Location.File == b.Location.File)
            {
                continue;
            }

            int? open = IsOpen(a) && !IsOpen(b) ? order[k - 1] : IsOpen(b) && !IsOpen(a) ? order[k] : null;
            if (open is int o && (drop ??= []).Add(o))
            {
                builder.CarriedOver(Ssda903File.Episodes);
            }
        }

        return drop;
    }

    private static bool IsOpen(in EpisodeRow episode) => episode.End is null && episode.ReasonEpisodeCeased is null;

    private static void Follows(Ssda903ReturnBuilder builder, in EpisodeRow previous, in EpisodeRow next)
    {
        if (previous.End is not { } end || end > next.Start)
        {
            string until = previous.End is { } e ? "until " + Ssda903Dates.Format(e) : "with no end (DEC empty)";
            Report(builder, next, Decom, DataProblemKind.Inconsistent, string.Create(CultureInfo.InvariantCulture, $"This episode starts on {Ssda903Dates.Format(next.Start)}, inside the child's episode that starts on {Ssda903Dates.Format(previous.Start)} ({previous.Location}) and runs {until}; a child's episodes must not overlap."));
        }
        else if (previous.ReasonEpisodeCeased == "X1" && end < next.Start)
        {
            Report(builder, previous, Dec, DataProblemKind.Inconsistent, string.Create(CultureInfo.InvariantCulture, $"This episode ends with REC X1 (another episode follows) on {Ssda903Dates.Format(end)}, but the child's next episode starts on {Ssda903Dates.Format(next.Start)} ({next.Location}); with X1 the next episode starts the day this one ends."));
        }
    }

    private static void NothingFollows(Ssda903ReturnBuilder builder, in EpisodeRow last)
    {
        if (last.ReasonEpisodeCeased == "X1" && last.End is { } end)
        {
            Report(builder, last, Rec, DataProblemKind.Inconsistent, string.Create(CultureInfo.InvariantCulture, $"This episode ends with REC X1 (another episode follows) on {Ssda903Dates.Format(end)}, but no episode of the child starts that day; give the next episode, or the reason the child ceased to be looked after."));
        }
    }

    private static void Report(Ssda903ReturnBuilder builder, in EpisodeRow episode, int index, DataProblemKind kind, string message)
    {
        string field = Ssda903Layout.ColumnsOf(Ssda903File.Episodes)[index];
        string? value = index switch
        {
            Decom => Ssda903Dates.Format(episode.Start),
            Dec => episode.End is { } end ? Ssda903Dates.Format(end) : null,
            Rec => episode.ReasonEpisodeCeased,
            _ => episode.ChildId,
        };
        builder.Problem(kind, Ssda903File.Episodes, episode.Location.File, episode.Location.Line, builder.ColumnOf(episode.Location, index), field, value, episode.ChildId, message);
    }

    /// <summary>The children Header lists, asked in turn about each child with episodes.</summary>
    private sealed class Listed
    {
        private readonly ArraySegment<HeaderRow> children;
        private readonly HashSet<string>? set;
        private int cursor;

        // Asked in ordinal order, as the episodes are when in child order, about children Header lists in that order
        // too (as a return's files usually do): one pass through both, with no set of a hundred thousand strings.
        public Listed(ArraySegment<HeaderRow> children, bool askedInOrder)
        {
            this.children = children;
            if (!askedInOrder || !InOrder(children))
            {
                set = new HashSet<string>(children.Count, StringComparer.Ordinal);
                foreach (var child in children)
                {
                    set.Add(child.ChildId);
                }
            }
        }

        public bool Contains(string childId)
        {
            if (set is not null)
            {
                return set.Contains(childId);
            }

            while (cursor < children.Count && string.CompareOrdinal(children[cursor].ChildId, childId) < 0)
            {
                cursor++;
            }

            return cursor < children.Count && children[cursor].ChildId == childId;
        }

        private static bool InOrder(ArraySegment<HeaderRow> children)
        {
            for (int i = 1; i < children.Count; i++)
            {
                if (string.CompareOrdinal(children[i - 1].ChildId, children[i].ChildId) > 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
